"""The answer, decided once: what to say to this reader about this result.

`maak_antwoord` turns a Situatie and its Uitkomst into an `Antwoord`: the sentences, the lines with their
amounts, the months, the hours, what to report, the way back, the steps and the assumptions, in the reader's
words. The wizard and the plain text (and later the PDF) only lay it out: none of them decides what to say,
so they cannot drift apart. A renderer that needs a new fact asks for a field here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from itertools import pairwise
from typing import Any

from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst, UrenPunt
from switchwijzer.i18n import datum, geld, getal, maand_jaar, uren_getal
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg import advies as _advies
from switchwijzer.uitleg import maanden as _maanden
from switchwijzer.uitleg.geld import Rij, kop, omslag_zin, reden_tekst, rijen, telt_niet_op_in_hele_euros
from switchwijzer.uitleg.kosten import heeft_kosten, kosten_rijen, kosten_zinnen
from switchwijzer.uitleg.namen import regel_naam
from switchwijzer.uitleg.regelingen import overstap_stappen, regeling_items
from switchwijzer.uitleg.signalen import in_groep
from switchwijzer.uitleg.stappen import stappen
from switchwijzer.uitleg.teksten import Keuze, Woorden, Zin, ongezegd, per_centen, samen, uit, uitleg, woorden, zin
from switchwijzer.uitleg.teksten import antwoord as _t
from switchwijzer.uitleg.toeslagen import toeslag_rijen, voor_ouders, wat_doen

VLAK_PER_UUR = Decimal(3)
"""Less than € 3 more per month for each extra hour a week counts as "almost no change"."""
VLAK_MINSTE_UREN = 4
"""A flat stretch is worth a sentence when it is at least this many hours long."""

ADVIES_DELEN = (("terug_kunnen", "titel_terug"), ("indicatie", "titel_indicatie"), ("nu_doen", "titel_doen"))

VERVANGT = {
    "geen_vrijlating_onder_27": ("aanname_vrijlating_college",),
    # "stopt, maar de gemeente mag het langer geven" says all that "stopt" says; the amount is in the months.
    "vrijlating_kan_langer": ("vrijlating_stopt",),
}
"""A sentence that makes another one wrong for this reader: say only the first (they contradict each other)."""
HIER_GEZEGD = ("winst_onder_10_procent",)
"""Signals this module says itself, with more of the facts (the 10 % sentence names its months and percentage)."""


@dataclass(frozen=True)
class AdviesDeel:
    scherm: str
    titel: str
    stappen: tuple[str, ...]
    items: tuple[_advies.Item, ...]


@dataclass(frozen=True)
class Antwoord:
    woorden: Woorden
    """The reader's words: the glossary under the answer, and whether amounts have cents."""
    berekend: bool
    kop: str
    """What lasts: "Met werk houd je vanaf januari 2028 elke maand ongeveer € 214 meer over."."""
    kop_zinnen: tuple[str, ...]
    """Under the headline: the first months when they differ, and a cost that comes later (when, how much)."""
    nu_zin: str
    """What the person has now, in this month."""
    schatting: str
    geld_titel: str
    tabel_titel: str
    """The month of the table: "In januari 2027, zonder werk en met werk:"."""
    geld: tuple[Rij, ...]
    totaal: tuple[Decimal, Decimal] | None
    """The income without and with the work in the month of the table: the sum of `geld`, before the costs."""
    geld_zinnen: tuple[str, ...]
    grafiek_titel: str
    uren_reeks: tuple[UrenPunt, ...]
    """The points the hours chart draws: `totaal` is what is left after the costs when `na_kosten`."""
    gekozen_uren: Decimal | None
    omslagpunt_uren: Decimal | None
    uren_zinnen: tuple[str, ...]
    aannames_titel: str
    aannames: tuple[str, ...]
    toeslagen_titel: str
    toeslagen: tuple[Rij, ...]
    toeslag_redenen: tuple[str, ...]
    melden: tuple[str, ...]
    ouders_titel: str | None
    ouders: tuple[str, ...]
    delen: tuple[AdviesDeel, ...] = field(default_factory=tuple)
    regels_zin: str = ""
    jaarwissel_titel: str | None = None
    jaarwissel: tuple[str, ...] = ()
    na_kosten: bool = False
    """The headline, the months, the 10 % sentence and the chart are after the costs (eigen bijdrage,
    lokale belastingen after kwijtschelding, travel): the answer has such costs."""
    kosten: tuple[Rij, ...] = ()
    """The costs now and later (negative), as rows under `totaal`."""
    totaal_na_kosten: tuple[Decimal, Decimal] | None = None
    """What is left now and later after `kosten`: the amounts of the headline (only when there are costs)."""
    afronding: str = ""
    """Under the table, when its whole euros do not add up (each amount is rounded on its own)."""
    maanden_titel: str = ""
    maanden_uitleg: str = ""
    maanden: tuple[_maanden.Stuk, ...] = ()
    """The months from the start, as stretches of equal amounts, each with why it starts."""
    uren_reeks_blijvend: tuple[UrenPunt, ...] = ()
    """The hours chart's second line: once nothing temporary is left (empty when it equals the first)."""
    omslagpunt_uren_blijvend: Decimal | None = None
    grafiek_lijnen: tuple[str, str] = ("", "")
    """The names of the chart's two lines: the first months, and from when the rules last."""
    afdruk_titel: str = ""
    """The title on paper: "Mijn overzicht", "Overzicht voor uw kind", "Overzicht voor uw cliënt"."""

    @property
    def uren_tonen(self) -> bool:
        """Hours can be changed only when there is an hours sweep (nothing is shown for an answer not computed)."""
        return bool(self.uren_reeks)

    @property
    def centen(self) -> bool:
        """Amounts with cents, and the rules, parameters and sources under them (the budgetcoach)."""
        return self.woorden.centen

    def deel(self, scherm: str) -> AdviesDeel:
        return next(d for d in self.delen if d.scherm == scherm)


def maak_antwoord(
    situatie: Situatie, uitkomst: Uitkomst, lezer: Lezer, aannames: Sequence[str | Zin] = (),
    vandaag: date | None = None,
) -> Antwoord:
    """The answer for this reader. It is built without the reader (`_ontwerp`), then said in the reader's words at
    once (`Woorden.zeg`): no sentence below asks who reads. `aannames`: what the wizard assumed for each "Weet ik
    niet". `vandaag`: the day the answer is read (how long an indicatie still runs is counted from it); without it
    the day of the amounts (`situatie.peildatum`, the start month)."""
    w = woorden(lezer)
    return _opgeruimd(w.zeg(_ontwerp(situatie, uitkomst, w, lezer.ouder, tuple(aannames), vandaag)))


def _ontwerp(
    situatie: Situatie, uitkomst: Uitkomst, w: Woorden, ouder_leest: bool, aannames: tuple[str | Zin, ...],
    vandaag: date | None,
) -> Any:
    """The answer with its texts still as `Zin`s and `Keuze`s; `w` is only put in it (the glossary under the
    answer, and whether amounts have cents)."""
    geld_rijen = tuple(rijen(uitkomst))
    toeslagen = tuple(toeslag_rijen(uitkomst))
    totaal = (uitkomst.nu.totaal, uitkomst.straks.totaal) if uitkomst.nu and uitkomst.straks else None
    na_kosten = heeft_kosten(uitkomst)
    kosten = tuple(kosten_rijen(uitkomst))
    totaal_na_kosten = None
    if na_kosten and uitkomst.nu and uitkomst.straks:
        nu_over, straks_over = uitkomst.nu.totaal_na_kosten, uitkomst.straks.totaal_na_kosten
        totaal_na_kosten = (nu_over, straks_over) if nu_over is not None and straks_over is not None else None
    woont_bij_ouders = ouder_leest or situatie.huishouden.soort == "bij_ouders"
    geld_zinnen = [*kosten_zinnen(uitkomst), *_zonder_tegenspraak(uitkomst, "geld"), _tien_procent(uitkomst)]
    geld_zinnen += [reden_tekst(n.reden) or reden_tekst(n.onderdeel) for n in uitkomst.niet_berekend]
    met_maanden = uitkomst.berekend and uitkomst.blijvend is not None
    tweede_lijn = grafiek_punten(uitkomst, na_kosten, blijvend=True)
    if [p.totaal for p in tweede_lijn] == [p.totaal for p in grafiek_punten(uitkomst, na_kosten)]:
        tweede_lijn = ()
    return ongezegd(
        Antwoord,
        woorden=w,
        berekend=uitkomst.berekend,
        kop=_maanden.kop_blijvend(uitkomst, na_kosten) if met_maanden else kop(uitkomst),
        kop_zinnen=tuple([*_maanden.kop_eerst(uitkomst, na_kosten), *_maanden.kop_later(uitkomst)])
        if met_maanden else (),
        nu_zin=_maanden.nu_zin(uitkomst, na_kosten) if uitkomst.berekend else "",
        schatting=uitleg("schatting") if uitkomst.berekend else "",
        geld_titel=uitleg("titel_geld"),
        tabel_titel=_t("maand_tabel", maand=maand_jaar(situatie.peildatum)),
        geld=geld_rijen,
        totaal=totaal,
        geld_zinnen=tuple(geld_zinnen),
        grafiek_titel=uitleg("grafiek_uitleg_na_kosten" if na_kosten else "grafiek_uitleg"),
        uren_reeks=grafiek_punten(uitkomst, na_kosten),
        gekozen_uren=situatie.straks.uren_per_week,
        omslagpunt_uren=uitkomst.omslagpunt_uren,
        uren_zinnen=(omslag_zin(uitkomst), _omslag_blijvend(uitkomst), vlak_stuk(uitkomst, situatie)),
        aannames_titel=uitleg("titel_aannames"),
        aannames=(*aannames, *_zonder_tegenspraak(uitkomst, "aanname")),
        toeslagen_titel=uitleg("titel_toeslagen"),
        toeslagen=toeslagen,
        toeslag_redenen=tuple(zin("{naam}: {reden}", naam=r.naam, reden=r.reden) for r in toeslagen if r.reden),
        melden=tuple(wat_doen(uitkomst)),
        ouders_titel=uitleg("titel_ouders") if woont_bij_ouders else None,
        ouders=tuple(voor_ouders(uitkomst) or [uitleg("geen_ouders")]) if woont_bij_ouders else (),
        regels_zin=_regels_zin(uitkomst) if uitkomst.berekend else "",
        jaarwissel_titel=(
            _t("titel_jaarwissel", datum=datum(uitkomst.jaarwissel.datum)) if uitkomst.jaarwissel else None
        ),
        jaarwissel=tuple(jaarwissel_zinnen(uitkomst)),
        delen=tuple(
            ongezegd(
                AdviesDeel,
                scherm=scherm,
                titel=uitleg(titel),
                stappen=tuple(stappen(situatie, uitkomst) + overstap_stappen(situatie, uitkomst))
                if scherm == "nu_doen" else (),
                items=tuple(_advies.items(situatie, scherm, vandaag)
                            + (regeling_items(situatie, uitkomst) if scherm == "nu_doen" else [])),
            )
            for scherm, titel in ADVIES_DELEN
        ),
        na_kosten=na_kosten,
        kosten=kosten,
        totaal_na_kosten=totaal_na_kosten,
        afronding=_afronding(geld_rijen, totaal, kosten, totaal_na_kosten),
        maanden_titel=_t("titel_maanden"),
        maanden_uitleg=_t("maanden_uitleg_na_kosten" if na_kosten else "maanden_uitleg") if met_maanden else "",
        maanden=tuple(_maanden.stukken(uitkomst, na_kosten)) if met_maanden else (),
        uren_reeks_blijvend=tweede_lijn,
        omslagpunt_uren_blijvend=uitkomst.omslagpunt_uren_blijvend if tweede_lijn else None,
        grafiek_lijnen=(_t("grafiek_lijn_eerst"), _t("grafiek_lijn_blijvend", vanaf=_maanden.blijvend_vanaf(uitkomst)))
        if met_maanden else ("", ""),
        afdruk_titel=uit("overzicht", "titel"),
    )


_LIJSTEN = ("kop_zinnen", "geld_zinnen", "uren_zinnen", "aannames", "melden", "ouders", "jaarwissel")
"""Lists of sentences: a sentence with no words for this reader is left out, and one said twice is said once."""


def _opgeruimd(a: Antwoord) -> Antwoord:
    lijsten: dict[str, Any] = {naam: tuple(dict.fromkeys(z for z in getattr(a, naam) if z)) for naam in _LIJSTEN}
    return replace(a, **lijsten)


def _omslag_blijvend(uitkomst: Uitkomst) -> Zin | str:
    """The lasting tipping point, when it differs from the first months' one."""
    lang = uitkomst.omslagpunt_uren_blijvend
    if lang is None or lang == uitkomst.omslagpunt_uren or uitkomst.blijvend is None:
        return ""
    return _t("omslag_blijvend", vanaf=_maanden.blijvend_vanaf(uitkomst), uren=uren_getal(lang, vanaf=True))


def grafiek_punten(uitkomst: Uitkomst, na_kosten: bool, blijvend: bool = False) -> tuple[UrenPunt, ...]:
    """The hours sweep as the chart draws it (the first months', or the lasting one): with costs, each point's
    `totaal` is what is left after them, so the point at the chosen hours is the amount the headline compares."""
    reeks = uitkomst.uren_reeks_blijvend if blijvend else uitkomst.uren_reeks
    if not na_kosten:
        return tuple(reeks)
    return tuple(
        p.model_copy(update={"totaal": p.totaal_na_kosten}) if p.totaal_na_kosten is not None else p for p in reeks
    )


def _zonder_tegenspraak(uitkomst: Uitkomst, *groepen: str) -> list[Zin]:
    codes = {s.code for s in uitkomst.signalen}
    weg = {code for sterker, zwakker in VERVANGT.items() if sterker in codes for code in zwakker} | set(HIER_GEZEGD)
    gefilterd = uitkomst.model_copy(update={"signalen": [s for s in uitkomst.signalen if s.code not in weg]})
    return in_groep(gefilterd, *groepen)


def _afronding(
    geld: tuple[Rij, ...], totaal: tuple[Decimal, Decimal] | None, kosten: tuple[Rij, ...],
    na_kosten: tuple[Decimal, Decimal] | None,
) -> Keuze | str:
    """The coach sees cents, which add up; whole euros may not, and then the table says so."""
    if totaal is None:
        return ""
    totaal_rij = Rij("", "", totaal[0], totaal[1], "", None, None)
    mis = telt_niet_op_in_hele_euros(geld, totaal) or (
        na_kosten is not None and telt_niet_op_in_hele_euros((totaal_rij, *kosten), na_kosten)
    )
    return per_centen("", uitleg("afronding")) if mis else ""


def _tien_procent(uitkomst: Uitkomst) -> Zin | str:
    """What the 10 % rule of thumb judged: the lasting months (`blijvend`), with and without the work in the same
    month, after the costs when there are costs (as the engine judges it); the sentence then says so."""
    if uitkomst.winst_minstens_10_procent is not False or uitkomst.blijvend is None:
        return ""
    lang = next(m for m in uitkomst.maanden if m.maand == uitkomst.blijvend.vanaf)
    na_kosten = heeft_kosten(uitkomst) and lang.zonder_overstap.totaal_na_kosten is not None
    achter = "_na_kosten" if na_kosten else ""
    maand = _maanden.blijvend_vanaf(uitkomst)
    zonder = lang.zonder_overstap.totaal_na_kosten if na_kosten else lang.zonder_overstap.totaal
    verschil = lang.verschil_na_kosten if na_kosten else lang.verschil
    assert zonder is not None
    if zonder <= 0:
        return _t("tien_procent_weinig" + achter, maand=maand)
    procent = verschil / zonder * 100
    if procent < 0:
        return _t("tien_procent_minder" + achter, maand=maand)
    heel = procent.quantize(Decimal(1), ROUND_FLOOR)  # 9,6 % is "9 procent", never "10 procent ... minder dan 10"
    if heel < 1:
        return _t("tien_procent_weinig" + achter, maand=maand)
    return _t("tien_procent_niet" + achter, procent=getal(heel), maand=maand)


def vlak_stuk(uitkomst: Uitkomst, situatie: Situatie) -> Zin | str:
    """The longest stretch of hours where more hours bring almost no more money, and why."""
    reeks = uitkomst.uren_reeks
    beste: tuple[int, int] | None = None
    begin = None
    for vorige, punt in pairwise(reeks):
        vlak = punt.totaal - vorige.totaal < VLAK_PER_UUR
        if vlak and begin is None:
            begin = vorige.uren
        if begin is not None and (not vlak or punt is reeks[-1]):
            einde = punt.uren if vlak else vorige.uren
            if einde - begin >= VLAK_MINSTE_UREN and (beste is None or einde - begin > beste[1] - beste[0]):
                beste = (begin, einde)
            begin = None
    if beste is None or situatie.nu.uitkering == "geen":
        return ""
    sleutel = "vlak_bijstand" if situatie.nu.uitkering == "bijstand" else "vlak_wajong"
    return _t(sleutel, van=beste[0], tot=beste[1])


def status_achter(status: str) -> Zin | str:
    """What to put after an amount that is not fixed yet: "(schatting)" or "(voorstel, nog niet besloten)"."""
    return "" if status == "vastgesteld" else _t(f"{status}_achter")


def _met_status(tekst: Zin, status: str) -> Zin:
    achter = status_achter(status)
    return samen(" ", (tekst, achter)) if achter else tekst


def _regels_zin(uitkomst: Uitkomst) -> Zin:
    tekst = _t("regels_gebruikt", datum=datum(uitkomst.parameters_geldig_vanaf))
    status = uitkomst.straks.status if uitkomst.straks is not None else uitkomst.status
    return _met_status(tekst, status)


def jaarwissel_zinnen(uitkomst: Uitkomst) -> list[Zin]:
    """Before and after 1 January for this person: the total (after the costs when there are costs), the rules for
    keeping part of the wage, the bijstandsnorm and each line that changes, each marked when the new value is not
    fixed yet."""
    wissel = uitkomst.jaarwissel
    if wissel is None:
        return []
    dag = datum(wissel.datum)
    voor, na = wissel.voor.totaal_na_kosten, wissel.na.totaal_na_kosten
    if heeft_kosten(uitkomst) and voor is not None and na is not None:  # as the headline and the months
        tekst = _t("jaarwissel_totaal_na_kosten", datum=dag, voor=geld(voor), na=geld(na))
        status = wissel.na.status_na_kosten
    else:
        tekst = _t("jaarwissel_totaal", datum=dag, voor=geld(wissel.voor.totaal), na=geld(wissel.na.totaal))
        status = wissel.na.status
    uit = [_met_status(tekst, status)]
    for wijziging in wissel.wijzigingen:
        if wijziging.onderwerp == "totaal":
            continue
        if wijziging.onderwerp == "vrijlating_regels":
            tekst = _t("jaarwissel_vrijlating_regels")
        elif wijziging.voor is None or wijziging.na is None or wijziging.voor == wijziging.na:
            continue
        elif wijziging.onderwerp in ("vrijlating", "bijstandsnorm"):
            tekst = _t(f"jaarwissel_{wijziging.onderwerp}", voor=geld(wijziging.voor), na=geld(wijziging.na))
        else:
            tekst = _t("jaarwissel_regel", naam=regel_naam(wijziging.onderwerp),
                             voor=geld(wijziging.voor), na=geld(wijziging.na))
        uit.append(_met_status(tekst, wijziging.status))
    return uit
