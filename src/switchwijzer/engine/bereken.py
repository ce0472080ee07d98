"""The engine's entry point: a Situatie in, an Uitkomst out."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import astuple, dataclass, replace
from datetime import date
from decimal import ROUND_UP, Decimal

from . import bijstand as pw
from .belasting import vergeet_heffingen
from .eigen_bijdrage import eigen_netto
from .datums import laatste_dag, plus_maanden, start_werk
from .geld import NUL, WEKEN_PER_MAAND, centen
from .loon import minimum_uurloon
from .maand import (
    Huishouding, Maand, Werk, bereken_maand, bruto_uit_netto_loon, partner_bruto_per_maand, uitkering_in_maand,
)
from .parameters import ParameterSet, Spoor, dekking, parameters_in_maand, parameters_op
from .regel import vergeet_uitleg
from .signalen_bouwen import bouw_signalen
from .situatie import Situatie
from .uitkomst import (
    GebruiktePeriode, Jaarwissel, NietBerekend, Overzicht, Periode, Uitkomst, UrenPunt, Wijziging, zwakste,
)

NIET_ONDERSTEUNDE_UITKERINGEN = ("ww", "wia", "anders")
UITKERINGEN_MET_OMSLAGPUNT = ("bijstand", "wajong_70", "wajong_75")
UREN_REEKS = range(0, 41)
VERLOOP_MAANDEN = 37
"""Months of the verloop worked out one by one; after the last, nothing changes any more (the longest rule,
art. 31 lid 2 r, ends after month 6 + 30)."""
JAARWISSEL_BINNEN = 12
"""A 1 January within this many months of the start gets its own before-and-after overview."""
TIENDE = Decimal("0.1")
HONDERDSTE = Decimal("0.01")


def bereken(situatie: Situatie) -> Uitkomst:
    params = parameters_op(situatie.peildatum)  # raises PeildatumBuitenPeriodes outside the periods
    reden = _buiten_bereik(params, situatie)
    if reden:
        return _niet_berekend(situatie.peildatum, params, reden)

    hh = Huishouding(params, situatie, partner_bruto_per_maand(params, situatie))
    werk, aannames = _werk(params, situatie)
    nu = bereken_maand(hh, None, None, situatie.nu.vergoeding_dagbesteding_per_maand)
    hh = replace(hh, eigen_netto_nu=eigen_netto(nu.regels)[0])
    maanden = _maanden(situatie, werk, hh.eigen_netto_nu)
    onderdeel = _onderdeel(params, situatie, situatie.straks.maand_sinds_start)
    straks = bereken_maand(hh, werk, onderdeel, NUL)
    uitgewerkt: dict[tuple, Maand] = {}  # the verloop and the jaarwissel often need the same month
    verloop = _verloop(maanden, uitgewerkt)
    jaarwissel = _jaarwissel(maanden, uitgewerkt)

    nu_totaal, straks_totaal = nu.overzicht.totaal, straks.overzicht.totaal
    verschil = straks_totaal - nu_totaal
    verschil_na_kosten = straks.overzicht.totaal_na_kosten - nu.overzicht.totaal_na_kosten  # type: ignore[operator]
    # The 10 % rule of thumb is judged on what lasts, after any temporary vrijlating, and on what is left after
    # the kosten lines (eigen bijdrage, lokale belastingen after kwijtschelding, travel), like the headline.
    nu_over = nu.overzicht.totaal_na_kosten
    assert nu_over is not None and verloop[-1].totaal_na_kosten is not None
    blijvend = verloop[-1].totaal_na_kosten - nu_over
    winst_10 = blijvend >= nu_over / 10 if nu_over > 0 else blijvend > 0
    signalen = bouw_signalen(params, situatie, nu, straks, verloop, aannames + nu.aannames + straks.aannames, winst_10,
                             jaarwissel)
    niet = set(nu.niet_berekend + straks.niet_berekend)
    wlz = straks.overzicht.kost("eigen_bijdrage_wlz")
    if wlz is not None and not wlz.berekend and wlz.reden != "bijdrage_nu_op_beschikking":
        niet.add(("eigen_bijdrage", "wlz_eigen_bijdrage"))
    overzichten = [nu.overzicht, straks.overzicht] + ([jaarwissel.voor, jaarwissel.na] if jaarwissel else [])
    reeks, omslag = _reeks_en_omslag(hh, werk, onderdeel)
    return Uitkomst(
        peildatum=situatie.peildatum,
        parameters_geldig_vanaf=params.geldig_vanaf,
        status=zwakste([o.status for o in overzichten] + [p.status for p in verloop]),
        regels_gebruikt=_regels_gebruikt([params, *(m.params for m in maanden)]),
        nu=nu.overzicht,
        straks=straks.overzicht,
        verloop=verloop,
        jaarwissel=jaarwissel,
        verschil_per_maand=verschil,
        verschil_na_kosten_per_maand=verschil_na_kosten,
        verschil_procent=centen(verschil / nu_totaal * 100) if nu_totaal > 0 else None,
        winst_minstens_10_procent=winst_10,
        uren_reeks=list(reeks),
        omslagpunt_uren=omslag,
        signalen=signalen,
        niet_berekend=[NietBerekend(onderdeel=o, reden=r) for o, r in sorted(niet)],
    )


def _niet_berekend(peildatum: date, params: ParameterSet, reden: str) -> Uitkomst:
    return Uitkomst(
        peildatum=peildatum, parameters_geldig_vanaf=params.geldig_vanaf, berekend=False, nu=None, straks=None,
        status=params.status, regels_gebruikt=_regels_gebruikt([params]),
        verschil_per_maand=None, verschil_procent=None, winst_minstens_10_procent=None,
        niet_berekend=[NietBerekend(onderdeel="alles", reden=reden)],
    )


def _buiten_bereik(params: ParameterSet, s: Situatie) -> str | None:
    spoor = Spoor(params)
    if s.nu.uitkering in NIET_ONDERSTEUNDE_UITKERINGEN:
        return "uitkering_niet_ondersteund"
    if s.leeftijd >= spoor.getal("belasting.aow_leeftijd"):
        return "leeftijd_aow"
    if s.nu.uitkering == "bijstand" and s.dagbesteding.wlz_zorg == "instelling":
        return "bijstand_in_instelling"  # Pw art. 23: a norm for personal costs that the gemeente sets
    if _dispensatie(s) and s.straks.uurloon is not None:
        dispensatie_loon = minimum_uurloon(spoor, s.leeftijd) * _dispensatie(s) / 100
        if s.straks.uurloon > centen(dispensatie_loon):
            return "uurloon_boven_loondispensatie"
    return None


def _dispensatie(s: Situatie) -> Decimal | None:
    return s.straks.loonwaarde_procent if s.nu.uitkering.startswith("wajong") else None


def _werk(params: ParameterSet, s: Situatie) -> tuple[Werk, list[str]]:
    straks = s.straks
    dispensatie = _dispensatie(s)
    if straks.netto_loon_per_maand is not None:
        bruto = bruto_uit_netto_loon(params, straks.netto_loon_per_maand)
        # Hours unknown: a one-hour week whose hourly wage is the whole month keeps the wage as given.
        uren = straks.uren_per_week or Decimal(1)
        return Werk(straks.soort_werk, bruto / (uren * WEKEN_PER_MAAND), uren, dispensatie), ["loon_uit_netto"]
    uurloon, aannames = straks.uurloon, []
    if uurloon is None:
        uurloon = minimum_uurloon(Spoor(params), s.leeftijd)
        if dispensatie:
            uurloon = centen(uurloon * dispensatie / 100)
        aannames.append("minimumloon")
    return Werk(straks.soort_werk, uurloon, straks.uren_per_week or NUL, dispensatie, minimumloon=bool(aannames)), aannames


def _uren_bekend(s: Situatie) -> bool:
    return s.straks.uren_per_week is not None


def _werkende(s: Situatie) -> pw.Werkende:
    h = s.huishouden
    return pw.Werkende(s.leeftijd, s.straks.soort_werk, s.straks.medisch_urenbeperkt,
                       h.soort == "alleenstaande_ouder", tuple(h.kinderen))


def _onderdeel(params: ParameterSet, s: Situatie, maand: int) -> str | None:
    """The vrijlating in month `maand` of the work under the rules of `params` (None without bijstand)."""
    if s.nu.uitkering != "bijstand":
        return None
    return pw.vrijlating_in_maand(Spoor(params), _werkende(s), maand)


@dataclass(frozen=True)
class WerkMaand:
    """Month `nummer` of the work: its calendar month, the rules in force then, and the vrijlating."""

    nummer: int
    datum: date
    params: ParameterSet
    bekend: bool
    onderdeel: str | None
    hh: Huishouding
    werk: Werk

    @property
    def sleutel(self) -> tuple[date, str | None]:
        return self.params.geldig_vanaf, self.onderdeel

    def uitwerken(self, uitgewerkt: dict[tuple, Maand]) -> Maand:
        """This month worked out, once per calculation: months of one period share their `hh` and `werk`
        objects (see `_maanden`), so those objects and the vrijlating decide the month."""
        sleutel = (id(self.hh), id(self.werk), self.onderdeel)
        if sleutel not in uitgewerkt:
            uitgewerkt[sleutel] = bereken_maand(self.hh, self.werk, self.onderdeel, NUL)
        return uitgewerkt[sleutel]


def _maanden(s: Situatie, werk_op_peildatum: Werk, eigen_netto_nu: Decimal | None) -> list[WerkMaand]:
    """Months 1 to VERLOOP_MAANDEN of the work. Month k is the calendar month start + (k - 1), the start being
    the peildatum's month minus (maand_sinds_start - 1); each month gets the parameters and rule versions in
    force then. A month after the last period gets the last known set, marked as not known."""
    start = start_werk(s)
    per_set: dict[date, tuple[Huishouding, Werk]] = {}
    uit = []
    for nummer in range(1, VERLOOP_MAANDEN + 1):
        datum = plus_maanden(start, nummer - 1)
        params, bekend = parameters_in_maand(datum)
        if params.geldig_vanaf not in per_set:
            per_set[params.geldig_vanaf] = (Huishouding(params, s, partner_bruto_per_maand(params, s), eigen_netto_nu),
                                            _werk_in(params, s, werk_op_peildatum))
        hh, werk = per_set[params.geldig_vanaf]
        uit.append(WerkMaand(nummer, datum, params, bekend, _onderdeel(params, s, nummer), hh, werk))
    return uit


def _werk_in(params: ParameterSet, s: Situatie, werk: Werk) -> Werk:
    """The same job under another period's rules: a minimum wage follows the minimum wage of that period, and
    a given hourly wage is raised to it when the minimum rises above it (WML art. 7 and 8). A wage from a
    payslip stays as it is."""
    if s.straks.netto_loon_per_maand is not None or werk.loondispensatie_procent:
        return werk if not werk.minimumloon else _werk(params, s)[0]
    if werk.minimumloon:
        return _werk(params, s)[0]
    minimum = minimum_uurloon(Spoor(params), s.leeftijd)
    return werk if werk.uurloon >= minimum else Werk(werk.soort, minimum, werk.uren_per_week, minimumloon=True)


def _verloop(maanden: list[WerkMaand], uitgewerkt: dict[tuple, Maand]) -> list[Periode]:
    """Consecutive months with the same parameter period and the same vrijlating make one stretch."""
    groepen: list[list[WerkMaand]] = []
    for maand in maanden:
        if groepen and groepen[-1][0].sleutel == maand.sleutel:
            groepen[-1].append(maand)
        else:
            groepen.append([maand])
    uit = []
    for nummer, groep in enumerate(groepen):
        eerste, laatste = groep[0], groep[-1]
        open_einde = nummer == len(groepen) - 1
        m = eerste.uitwerken(uitgewerkt)
        # A stretch that runs past the last day the files cover is a schatting after that day.
        voorbij = (open_einde or not laatste.bekend) and eerste.params.geldig_tot == dekking()[1]
        uit.append(Periode(
            vanaf_maand=eerste.nummer,
            tot_en_met_maand=None if open_einde else laatste.nummer,
            vrijlating=eerste.onderdeel,
            totaal=m.overzicht.totaal,
            totaal_na_kosten=m.overzicht.totaal_na_kosten,
            vanaf_datum=eerste.datum,
            tot_en_met_datum=None if open_einde else laatste_dag(laatste.datum),
            parameters_geldig_vanaf=eerste.params.geldig_vanaf,
            vrijlating_regels=(eerste.params.regel("vrijlating").versie if eerste.hh.s.nu.uitkering == "bijstand"
                               else None),
            status="schatting" if voorbij else m.overzicht.status,
            bekend_tot=eerste.params.geldig_tot if voorbij else None,
        ))
    return uit


def _jaarwissel(maanden: list[WerkMaand], uitgewerkt: dict[tuple, Maand]) -> Jaarwissel | None:
    """The first 1 January in months 2 to 12 of the work on which a new parameter period starts."""
    for vorige, maand in zip(maanden, maanden[1:JAARWISSEL_BINNEN]):
        if maand.datum.month == 1 and maand.bekend and maand.params.geldig_vanaf == maand.datum:
            voor, na = vorige.uitwerken(uitgewerkt), maand.uitwerken(uitgewerkt)
            return Jaarwissel(
                datum=maand.datum, maand=maand.nummer, voor=voor.overzicht, na=na.overzicht,
                vrijlating_voor=vorige.onderdeel, vrijlating_na=maand.onderdeel,
                wijzigingen=_wijzigingen(vorige, maand, voor.overzicht, na.overzicht),
            )
    return None


def _onderdeel_bedrag(overzicht: Overzicht, regelnaam: str, onderdeel: str) -> Decimal | None:
    regel = overzicht.regel(regelnaam)
    if regel is None:
        return None
    return next((o.bedrag for o in regel.onderdelen if o.naam == onderdeel), None)


def _wijzigingen(vorige: WerkMaand, maand: WerkMaand, voor: Overzicht, na: Overzicht) -> list[Wijziging]:
    """What changes for this person on 1 January, as data: the vrijlating rules and amount, the norm, the lines."""
    uit: list[Wijziging] = []
    if maand.hh.s.nu.uitkering == "bijstand":
        oud, nieuw = vorige.params.regel("vrijlating"), maand.params.regel("vrijlating")
        if oud.versie != nieuw.versie:
            uit.append(Wijziging(onderwerp="vrijlating_regels", voor_code=oud.versie, na_code=nieuw.versie,
                                 status=nieuw.status))
        vrij_voor, vrij_na = _onderdeel_bedrag(voor, "bijstand", "vrijlating"), _onderdeel_bedrag(na, "bijstand", "vrijlating")
        if vorige.onderdeel != maand.onderdeel or vrij_voor != vrij_na:
            bijstand = na.regel("bijstand")
            uit.append(Wijziging(onderwerp="vrijlating", voor=vrij_voor, na=vrij_na, voor_code=vorige.onderdeel,
                                 na_code=maand.onderdeel, status=bijstand.status if bijstand else "vastgesteld"))
        norm_voor, norm_na = _onderdeel_bedrag(voor, "bijstand", "norm"), _onderdeel_bedrag(na, "bijstand", "norm")
        if norm_voor != norm_na:
            bijstand = na.regel("bijstand")
            uit.append(Wijziging(onderwerp="bijstandsnorm", voor=norm_voor, na=norm_na,
                                 status=bijstand.status if bijstand else "vastgesteld"))
    for naam in ("loon", "bijstand", "wajong", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        oud_regel, nieuw_regel = voor.regel(naam), na.regel(naam)
        if oud_regel is None or nieuw_regel is None or oud_regel.bedrag == nieuw_regel.bedrag:
            continue
        uit.append(Wijziging(onderwerp=naam, voor=oud_regel.bedrag, na=nieuw_regel.bedrag,  # type: ignore[arg-type]
                             status=nieuw_regel.status))
    if voor.totaal != na.totaal:
        uit.append(Wijziging(onderwerp="totaal", voor=voor.totaal, na=na.totaal, status=na.status))
    return uit


def _regels_gebruikt(sets: list[ParameterSet]) -> list[GebruiktePeriode]:
    uit: dict[date, GebruiktePeriode] = {}
    for params in sets:
        if params.geldig_vanaf in uit:
            continue
        uit[params.geldig_vanaf] = GebruiktePeriode(
            geldig_vanaf=params.geldig_vanaf, geldig_tot=params.geldig_tot or params.geldig_vanaf,
            status=params.status, omschrijving=params.omschrijving,  # type: ignore[arg-type]
            regelversies=[params.regelversie(naam) for naam in sorted(params.regels)],
        )
    eerste = sets[0].geldig_vanaf
    return sorted(uit.values(), key=lambda p: (p.geldig_vanaf != eerste, p.geldig_vanaf))


REEKSEN_ONTHOUDEN = 16
_reeksen: OrderedDict[tuple, tuple[ParameterSet, tuple[UrenPunt, ...], Decimal | None]] = OrderedDict()
"""The last hours sweeps and tipping points, by everything they depend on except the chosen hours: after − / +
in the wizard only the chosen month is worked out again (the sweep is 41 months, the tipping point 14 more)."""


def _reeks_en_omslag(hh: Huishouding, werk: Werk, onderdeel: str | None) -> tuple[tuple[UrenPunt, ...], Decimal | None]:
    """The sweep and the tipping point, worked out once per situation apart from its hours. Both work every
    month out with `werk.met_uren(...)`; the chosen hours reach them through nothing else (a test checks this)."""
    sleutel = (
        id(hh.params), hh.s.model_dump_json(exclude={"straks": {"uren_per_week"}}), hh.partner_bruto_per_maand,
        hh.eigen_netto_nu, astuple(werk.met_uren(NUL)), onderdeel,
    )
    bewaard = _reeksen.get(sleutel)
    if bewaard is not None and bewaard[0] is hh.params:  # the same rules object, never a reused id
        _reeksen.move_to_end(sleutel)
        return bewaard[1], bewaard[2]
    maanden = _uren_maanden(hh, werk, onderdeel)
    reeks = tuple(_punten(maanden))
    omslag = _omslagpunt(hh, werk, onderdeel, [m.uitkering or NUL for m in maanden])
    _reeksen[sleutel] = (hh.params, reeks, omslag)
    if len(_reeksen) > REEKSEN_ONTHOUDEN:
        _reeksen.popitem(last=False)
    return reeks, omslag


def vergeet_reeksen() -> None:
    """Forget the remembered sweeps, line explanations and taxes (for benchmarks and tests that time or check a
    calculation from scratch). The parameter files stay read."""
    _reeksen.clear()
    vergeet_uitleg()
    vergeet_heffingen()


def _uren_maanden(hh: Huishouding, werk: Werk, onderdeel: str | None) -> list[Maand]:
    """The month at each whole number of hours of the sweep (none when the hours are not known)."""
    if not _uren_bekend(hh.s):
        return []
    return [bereken_maand(hh, werk.met_uren(Decimal(uren)), onderdeel, NUL) for uren in UREN_REEKS]


def _punten(maanden: list[Maand]) -> list[UrenPunt]:
    return [UrenPunt(uren=uren, totaal=m.overzicht.totaal, totaal_na_kosten=m.overzicht.totaal_na_kosten)  # type: ignore[union-attr]
            for uren, m in zip(UREN_REEKS, maanden)]


def _uren_reeks(hh: Huishouding, werk: Werk, onderdeel: str | None) -> list[UrenPunt]:
    return _punten(_uren_maanden(hh, werk, onderdeel))


def _omslagpunt(hh: Huishouding, werk: Werk, onderdeel: str | None, uitkering_per_uur: list[Decimal]) -> Decimal | None:
    """The hours per week (rounded up to 0,1 hour) from which the uitkering is zero; None if not up to 40.

    `uitkering_per_uur` is the uitkering at each whole hour of the sweep: the search starts between the last
    whole hour with an uitkering and the first one without (the uitkering falls as the hours rise)."""
    if hh.s.nu.uitkering not in UITKERINGEN_MET_OMSLAGPUNT or not uitkering_per_uur:
        return None
    eerste_zonder = next((uren for uren, bedrag in zip(UREN_REEKS, uitkering_per_uur) if bedrag <= 0), None)
    if eerste_zonder is None:
        return None
    if eerste_zonder == 0:
        return NUL
    laag, hoog = Decimal(eerste_zonder - 1), Decimal(eerste_zonder)
    while hoog - laag > HONDERDSTE:
        midden = ((laag + hoog) / 2).quantize(HONDERDSTE)
        if uitkering_in_maand(hh, werk.met_uren(midden), onderdeel) > 0:
            laag = midden
        else:
            hoog = midden
    return hoog.quantize(TIENDE, rounding=ROUND_UP)
