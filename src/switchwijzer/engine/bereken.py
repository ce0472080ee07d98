"""The engine's entry point: a Situatie in, an Uitkomst out."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import astuple
from datetime import date
from decimal import ROUND_UP, Decimal

from .baan import loondispensatie, werk_op
from .belasting import vergeet_heffingen
from .datums import laatste_dag, maand_code, plus_maanden
from .eigen_bijdrage import vergeet_cak_regels
from .geld import NUL, centen
from .kalender import Kalender, Stand, WerkMaand, blijvend_van
from .loon import minimum_uurloon
from .maand import Huishouding, Maand, Werk, bereken_maand, uitkering_in_maand
from .parameters import ParameterSet, Spoor, dekking, parameters_op
from .regel import vergeet_uitleg
from .signalen_bouwen import bouw_signalen
from .signalen_kosten import kosten_signalen
from .situatie import Situatie
from .uitkomst import (
    GebruiktePeriode,
    Jaarwissel,
    NietBerekend,
    Overzicht,
    Periode,
    Regel,
    Uitkomst,
    UrenPunt,
    Wijziging,
    zwakste,
)

NIET_ONDERSTEUNDE_UITKERINGEN = ("ww", "wia", "anders")
UITKERINGEN_MET_OMSLAGPUNT = ("bijstand", "wajong_70", "wajong_75")
UREN_REEKS = range(0, 41)
UREN_REEKS_BLIJVEND = range(0, 41, 4)
"""The lasting chart's hours: every fourth hour, and the chosen hours themselves (from the lasting month of the
list), are enough for its line; the first months' chart has every hour, the one − / + moves along."""
JAARWISSEL_BINNEN = 12
"""A 1 January within this many months of the start gets its own before-and-after overview."""
TIENDE = Decimal("0.1")
HONDERDSTE = Decimal("0.01")


def bereken(situatie: Situatie) -> Uitkomst:
    params = parameters_op(situatie.peildatum)  # raises PeildatumBuitenPeriodes outside the periods
    gegeven = situatie  # the months count the ages on from the day they were given; all else reads the peildatum's
    situatie = situatie.op_peildatum()
    reden = _buiten_bereik(params, situatie)
    if reden:
        return _niet_berekend(situatie.peildatum, params, reden)

    werk, aannames = werk_op(params, situatie)
    kalender = Kalender(situatie, werk, gegeven)
    werkmaanden, blijvend_index = kalender.maanden()
    if any(_kwijtschelding_berekend(m.stand.kosten.kwijtschelding) for m in werkmaanden):
        aannames.append("kwijtschelding_per_jaar")
    maanden = kalender.uitkomsten(werkmaanden)
    hier = kalender.werkmaand(situatie.straks.maand_sinds_start)  # the peildatum's month
    nu = kalender.zonder_maand(hier)
    straks = kalender.met_maand(hier)
    # The stretches reach the peildatum's month too when it lies after the listed months (maand_sinds_start > 36).
    verloop = _verloop(kalender, werkmaanden + [kalender.werkmaand(nummer) for nummer in
                                                range(len(werkmaanden) + 1, situatie.straks.maand_sinds_start + 1)])
    jaarwissel = _jaarwissel(kalender, werkmaanden)
    blijvend = blijvend_van(maanden[blijvend_index])
    lang = werkmaanden[blijvend_index]
    assert nu.overzicht is not None and straks.overzicht is not None

    nu_totaal, straks_totaal = nu.overzicht.totaal, straks.overzicht.totaal
    verschil = straks_totaal - nu_totaal
    na_kosten, voor_kosten = straks.overzicht.totaal_na_kosten, nu.overzicht.totaal_na_kosten
    verschil_na_kosten = na_kosten - voor_kosten  # type: ignore[operator]  # met_kosten sets both, never None
    # The 10 % rule of thumb is judged on what lasts (after every temporary arrangement) and on what is left
    # after the kosten lines (eigen bijdrage, lokale belastingen after kwijtschelding, travel), like the headline.
    zonder_lang = maanden[blijvend_index].zonder_overstap.totaal_na_kosten
    assert zonder_lang is not None
    winst = blijvend.verschil_na_kosten_per_maand
    winst_10 = winst >= zonder_lang / 10 if zonder_lang > 0 else winst > 0
    if any(_hoogste_norm(m.met_overstap.kost("lokale_belastingen")) for m in maanden):
        aannames.append("kwijtschelding_hoogste_norm")  # also when only the months with the work computed it
    signalen = bouw_signalen(params, situatie, nu, straks, verloop, aannames + nu.aannames + straks.aannames, winst_10,
                             jaarwissel)
    signalen += kosten_signalen(situatie, hier.regels.hh, nu, maanden)
    niet = set(nu.niet_berekend + straks.niet_berekend)
    wlz = straks.overzicht.kost("eigen_bijdrage_wlz")
    if wlz is not None and not wlz.berekend and wlz.reden != "bijdrage_nu_op_beschikking":
        niet.add(("eigen_bijdrage", "wlz_eigen_bijdrage"))
    overzichten = [nu.overzicht, straks.overzicht] + ([jaarwissel.voor, jaarwissel.na] if jaarwissel else [])
    # The first months' chart: the peildatum month, its costs of the year as they are (this year's CAK bill rests on
    # earlier years, whatever the hours now); the lasting chart: as if the hours had lasted for years.
    reeks, omslag = _reeks_en_omslag(hier.regels.hh, hier.regels.werk, hier.stand)
    lang_stand = kalender.blijvende_stand(lang.regels)
    if lang.regels.sleutel == hier.regels.sleutel and lang_stand.sleutel == hier.stand.sleutel:
        reeks_lang, omslag_lang = reeks, omslag  # nothing temporary in the first months: one chart
    else:
        reeks_lang, omslag_lang = _reeks_en_omslag(lang.regels.hh, lang.regels.werk, lang_stand, UREN_REEKS_BLIJVEND)
        reeks_lang = _met_gekozen_uren(reeks_lang, situatie, maanden[blijvend_index].met_overstap)
    vandaag = _vandaag(kalender, situatie)
    return Uitkomst(
        peildatum=situatie.peildatum,
        parameters_geldig_vanaf=params.geldig_vanaf,
        status=zwakste([o.status for o in overzichten] + [p.status for p in verloop]),
        regels_gebruikt=_regels_gebruikt([params, *(m.params for m in werkmaanden)]),
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
        maanden=maanden,
        blijvend=blijvend,
        uren_reeks_blijvend=list(reeks_lang),
        omslagpunt_uren_blijvend=omslag_lang,
        vandaag_maand=maand_code(vandaag[0]),
        vandaag=vandaag[1],
        signalen=signalen,
        niet_berekend=[NietBerekend(onderdeel=o, reden=r) for o, r in sorted(niet)],
    )


def _hoogste_norm(regel: Regel | None) -> bool:
    return regel is not None and any(p.pad == "kwijtschelding.kosten_van_bestaan_hoogst" for p in regel.parameters)


def _kwijtschelding_berekend(regel: Regel | None) -> bool:
    return regel is not None and regel.van_toepassing and regel.berekend


def _vandaag(kalender: Kalender, s: Situatie) -> tuple[date, Overzicht | None]:
    """This month without the switch (the first known month when today lies before the files)."""
    dag = max(plus_maanden(s.vandaag or date.today(), 0), dekking()[0])
    return dag, kalender.zonder_in(dag)


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
    dispensatie = _dispensatie(s)
    if dispensatie and s.straks.uurloon is not None:
        dispensatie_loon = minimum_uurloon(spoor, s.leeftijd) * dispensatie / 100
        if s.straks.uurloon > centen(dispensatie_loon):
            return "uurloon_boven_loondispensatie"
    return None


def _dispensatie(s: Situatie) -> Decimal | None:
    return loondispensatie(s)


def _uren_bekend(s: Situatie) -> bool:
    """Whether there is a wage per hour to draw the hours chart with: a payslip's net wage with 0 hours a week
    names none (werk_op then takes the month as one hour, which the chart must not multiply)."""
    uren = s.straks.uren_per_week
    return uren is not None and not (uren == 0 and s.straks.netto_loon_per_maand is not None)


def _verloop(kalender: Kalender, maanden: list[WerkMaand]) -> list[Periode]:
    """Consecutive months with the same parameter period, the same vrijlating and the same amounts make one
    stretch."""
    groepen: list[list[WerkMaand]] = []
    for maand in maanden:
        if groepen and _stuk_sleutel(kalender, groepen[-1][0]) == _stuk_sleutel(kalender, maand):
            groepen[-1].append(maand)
        else:
            groepen.append([maand])
    uit = []
    laatste_dag_bekend = dekking()[1]
    for nummer, groep in enumerate(groepen):
        eerste, laatste = groep[0], groep[-1]
        open_einde = nummer == len(groepen) - 1
        m = kalender.met(eerste.regels, eerste.stand)
        # A stretch that runs past the last day the files cover is a schatting after that day.
        voorbij = not laatste.regels.bekend or (open_einde and eerste.params.geldig_tot == laatste_dag_bekend)
        uit.append(Periode(
            vanaf_maand=eerste.nummer,
            tot_en_met_maand=None if open_einde else laatste.nummer,
            vrijlating=eerste.stand.vrijlating,
            totaal=m.totaal,
            totaal_na_kosten=m.totaal_na_kosten,
            vanaf_datum=eerste.datum,
            tot_en_met_datum=None if open_einde else laatste_dag(laatste.datum),
            parameters_geldig_vanaf=eerste.params.geldig_vanaf,
            vrijlating_regels=(eerste.params.regel("vrijlating").versie if kalender.s.nu.uitkering == "bijstand"
                               else None),
            status="schatting" if voorbij else m.status,
            bekend_tot=laatste_dag_bekend if voorbij else None,
        ))
    return uit


def _stuk_sleutel(kalender: Kalender, maand: WerkMaand) -> tuple[object, ...]:
    met = kalender.met(maand.regels, maand.stand)
    return maand.params.geldig_vanaf, maand.stand.vrijlating, met.totaal, met.totaal_na_kosten


def _jaarwissel(kalender: Kalender, maanden: list[WerkMaand]) -> Jaarwissel | None:
    """The first 1 January in months 2 to 12 of the work on which a new parameter period starts."""
    for vorige, maand in zip(maanden, maanden[1:JAARWISSEL_BINNEN], strict=False):
        if maand.datum.month == 1 and maand.regels.bekend and maand.params.geldig_vanaf == maand.datum:
            voor, na = kalender.met(vorige.regels, vorige.stand), kalender.met(maand.regels, maand.stand)
            return Jaarwissel(
                datum=maand.datum, maand=maand.nummer, voor=voor, na=na,
                vrijlating_voor=vorige.stand.vrijlating, vrijlating_na=maand.stand.vrijlating,
                wijzigingen=_wijzigingen(kalender.s, vorige, maand, voor, na),
            )
    return None


def _onderdeel_bedrag(overzicht: Overzicht, regelnaam: str, onderdeel: str) -> Decimal | None:
    regel = overzicht.regel(regelnaam)
    if regel is None:
        return None
    return next((o.bedrag for o in regel.onderdelen if o.naam == onderdeel), None)


def _wijzigingen(s: Situatie, vorige: WerkMaand, maand: WerkMaand, voor: Overzicht, na: Overzicht) -> list[Wijziging]:
    """What changes for this person on 1 January, as data: the vrijlating rules and amount, the norm, the lines."""
    uit: list[Wijziging] = []
    if s.nu.uitkering == "bijstand":
        oud, nieuw = vorige.params.regel("vrijlating"), maand.params.regel("vrijlating")
        if oud.versie != nieuw.versie:
            uit.append(Wijziging(onderwerp="vrijlating_regels", voor_code=oud.versie, na_code=nieuw.versie,
                                 status=nieuw.status))
        vrij_voor = _onderdeel_bedrag(voor, "bijstand", "vrijlating")
        vrij_na = _onderdeel_bedrag(na, "bijstand", "vrijlating")
        if vorige.stand.vrijlating != maand.stand.vrijlating or vrij_voor != vrij_na:
            bijstand = na.regel("bijstand")
            uit.append(Wijziging(onderwerp="vrijlating", voor=vrij_voor, na=vrij_na, voor_code=vorige.stand.vrijlating,
                                 na_code=maand.stand.vrijlating, status=bijstand.status if bijstand else "vastgesteld"))
        norm_voor, norm_na = _onderdeel_bedrag(voor, "bijstand", "norm"), _onderdeel_bedrag(na, "bijstand", "norm")
        if norm_voor != norm_na:
            bijstand = na.regel("bijstand")
            uit.append(Wijziging(onderwerp="bijstandsnorm", voor=norm_voor, na=norm_na,
                                 status=bijstand.status if bijstand else "vastgesteld"))
    for naam in ("loon", "bijstand", "wajong", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        oud_regel, nieuw_regel = voor.regel(naam), na.regel(naam)
        if oud_regel is None or nieuw_regel is None or oud_regel.bedrag == nieuw_regel.bedrag:
            continue
        uit.append(Wijziging(onderwerp=naam, voor=oud_regel.bedrag, na=nieuw_regel.bedrag,
                             status=nieuw_regel.status))
    if voor.totaal != na.totaal:
        uit.append(Wijziging(onderwerp="totaal", voor=voor.totaal, na=na.totaal, status=na.status))
    return uit


def _regels_gebruikt(sets: list[ParameterSet]) -> list[GebruiktePeriode]:
    uit: dict[date, GebruiktePeriode] = {}
    for params in sets:
        bekend = uit.get(params.geldig_vanaf)
        if bekend is not None:
            if params.doorgetrokken_na and not bekend.doorgetrokken_na:
                uit[params.geldig_vanaf] = bekend.model_copy(update={"doorgetrokken_na": params.doorgetrokken_na})
            continue
        uit[params.geldig_vanaf] = GebruiktePeriode(
            geldig_vanaf=params.geldig_vanaf,
            geldig_tot=params.geldig_tot or params.doorgetrokken_na or params.geldig_vanaf,
            status=params.status, omschrijving=params.omschrijving,
            regelversies=[params.regelversie(naam) for naam in sorted(params.regels)],
            doorgetrokken_na=params.doorgetrokken_na,
        )
    eerste = sets[0].geldig_vanaf
    return sorted(uit.values(), key=lambda p: (p.geldig_vanaf != eerste, p.geldig_vanaf))


REEKSEN_ONTHOUDEN = 16
_reeksen: OrderedDict[tuple[object, ...], tuple[ParameterSet, tuple[UrenPunt, ...], Decimal | None]] = OrderedDict()
"""The last hours sweeps and tipping points, by everything they depend on except the chosen hours: after − / +
in the wizard only the chosen month is worked out again (the sweep is 41 months, the tipping point 14 more)."""


def _reeks_en_omslag(
    hh: Huishouding, werk: Werk, stand: Stand, uren_reeks: range = UREN_REEKS
) -> tuple[tuple[UrenPunt, ...], Decimal | None]:
    """The sweep and the tipping point, worked out once per situation apart from its hours. Both work every
    month out with `werk.met_uren(...)`; the chosen hours reach them through nothing else (a test checks this)."""
    sleutel = (
        id(hh.params), hh.s.model_dump_json(exclude={"straks": {"uren_per_week"}}), hh.partner_bruto_per_maand,
        hh.eigen_nu, astuple(werk.met_uren(NUL)), _stand_inhoud(stand), uren_reeks,
        _uren_bekend(hh.s),  # a payslip at 1 hour and at 0 hours is the same job; only the first has a chart
    )
    bewaard = _reeksen.get(sleutel)
    if bewaard is not None and bewaard[0] is hh.params:  # the same rules object, never a reused id
        _reeksen.move_to_end(sleutel)
        return bewaard[1], bewaard[2]
    maanden = _uren_maanden(hh, werk, stand, uren_reeks)
    reeks = tuple(_punten(maanden, uren_reeks)) if maanden else ()  # no wage per hour: no chart
    omslag = _omslagpunt(hh, werk, stand.vrijlating, uren_reeks, [m.uitkering or NUL for m in maanden])
    _reeksen[sleutel] = (hh.params, reeks, omslag)
    if len(_reeksen) > REEKSEN_ONTHOUDEN:
        _reeksen.popitem(last=False)
    return reeks, omslag


def _stand_inhoud(stand: Stand) -> tuple[object, ...]:
    """The stand by its content, for a key that outlives the calculation: `Stand.sleutel` names the kwijtschelding
    line by its id, which a line of a later calculation can get again (the sweep would then carry another
    calculation's kwijtschelding)."""
    k = stand.kosten
    kwijtschelding = k.kwijtschelding.model_dump_json() if k.kwijtschelding is not None else None
    return stand.vrijlating, kwijtschelding, k.cak, k.eerste_maanden_instelling


def _met_gekozen_uren(reeks: tuple[UrenPunt, ...], s: Situatie, maand: Overzicht) -> tuple[UrenPunt, ...]:
    """The sweep with the chosen hours as a point of its own: the month itself, worked out already."""
    uren = s.straks.uren_per_week
    if not reeks or uren is None or uren != uren.to_integral_value() or any(p.uren == uren for p in reeks):
        return reeks
    punt = UrenPunt(uren=int(uren), totaal=maand.totaal, totaal_na_kosten=maand.totaal_na_kosten)
    return tuple(sorted((*reeks, punt), key=lambda p: p.uren))


def vergeet_reeksen() -> None:
    """Forget the remembered sweeps, line explanations, taxes and Wlz lines of a CAK year (for benchmarks and tests
    that time or check a calculation from scratch). The parameter files stay read."""
    _reeksen.clear()
    vergeet_uitleg()
    vergeet_heffingen()
    vergeet_cak_regels()


def _uren_maanden(hh: Huishouding, werk: Werk, stand: Stand, uren_reeks: range) -> list[Maand]:
    """The month at each number of hours of the sweep (none when the hours are not known)."""
    if not _uren_bekend(hh.s):
        return []
    return [bereken_maand(hh, werk.met_uren(Decimal(uren)), stand.vrijlating, NUL, stand.kosten) for uren in uren_reeks]


def _punten(maanden: list[Maand], uren_reeks: range) -> list[UrenPunt]:
    return [UrenPunt(uren=uren, totaal=m.volledig.totaal, totaal_na_kosten=m.volledig.totaal_na_kosten)
            for uren, m in zip(uren_reeks, maanden, strict=True)]


def _omslagpunt(
    hh: Huishouding, werk: Werk, onderdeel: str | None, uren_reeks: range, uitkering_per_uur: list[Decimal]
) -> Decimal | None:
    """The hours per week (rounded up to 0,1 hour) from which the uitkering is zero; None if not up to 40.

    `uitkering_per_uur` is the uitkering at each hour of the sweep: the search starts between the last hour with
    an uitkering and the first one without (the uitkering falls as the hours rise)."""
    if hh.s.nu.uitkering not in UITKERINGEN_MET_OMSLAGPUNT or not uitkering_per_uur:
        return None
    eerste_zonder = next(
        (uren for uren, bedrag in zip(uren_reeks, uitkering_per_uur, strict=True) if bedrag <= 0), None)
    if eerste_zonder is None:
        return None
    if eerste_zonder == 0:
        return NUL
    laag, hoog = Decimal(eerste_zonder - uren_reeks.step), Decimal(eerste_zonder)
    while hoog - laag > HONDERDSTE:
        midden = ((laag + hoog) / 2).quantize(HONDERDSTE)
        if uitkering_in_maand(hh, werk.met_uren(midden), onderdeel) > 0:
            laag = midden
        else:
            hoog = midden
    return hoog.quantize(TIENDE, rounding=ROUND_UP)
