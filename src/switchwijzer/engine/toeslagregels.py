"""The lines around the income: the dagbesteding allowance, the partner's income and the three toeslagen."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .geld import NUL, centen
from .parameters import ParameterSet, Spoor
from .regel import niet_van_toepassing, regel
from .situatie import Situatie
from .toeslagen import huurtoeslag_per_jaar, kindgebonden_budget_per_jaar, voorschot_per_maand, zorgtoeslag_per_jaar
from .uitkomst import Onderdeel, Regel
from .vergoeding import boven_maximum

if TYPE_CHECKING:
    from .maand import Maand


def toeslagregels(
    params: ParameterSet, s: Situatie, vergoeding: Decimal, nu: bool, eigen_jaar: Decimal, partner_jaar: Decimal,
    maand: Maand,
) -> list[Regel]:
    regels = [_vergoeding(params, vergoeding, nu, maand)]
    if s.huishouden.soort == "met_partner" and s.huishouden.partner_netto_per_maand > 0:
        regels.append(_partner(params, s))
    huishouden_jaar = eigen_jaar + partner_jaar
    regels.append(_zorgtoeslag(params, s, huishouden_jaar))
    regels.append(_huurtoeslag(params, s, huishouden_jaar, maand))
    regels.append(_kindgebonden_budget(params, s, huishouden_jaar))
    return regels


def _vergoeding(params: ParameterSet, vergoeding: Decimal, nu: bool, maand: Maand) -> Regel:
    """The allowance as paid; above the tax-free maximum the whole of it is taxed (its share of the tax)."""
    spoor = Spoor(params)
    artikel = "Wet IB 2001 art. 3.84 (vrijwilligersvergoeding)"
    if vergoeding <= 0:
        reden = "geen_vergoeding" if nu else "stopt_bij_werk"
        return niet_van_toepassing("vergoeding_dagbesteding", spoor, artikel, reden)
    if not boven_maximum(spoor, vergoeding):
        return regel("vergoeding_dagbesteding", vergoeding, artikel, spoor)
    belasting = maand.vergoeding_belasting
    return regel(
        "vergoeding_dagbesteding", vergoeding - belasting,
        "Wet IB 2001 art. 3.84: boven het maximum is de hele vergoeding belast", spoor, *maand.belasting_sporen,
        bruto=vergoeding,
        onderdelen=[Onderdeel(naam="vergoeding", bedrag=vergoeding),
                    Onderdeel(naam="belasting_en_premies", bedrag=-belasting)],
    )


def _partner(params: ParameterSet, s: Situatie) -> Regel:
    """The partner's net income as given: it stays the same, so the household totals compare fairly."""
    return Regel(
        naam="inkomen_partner", bedrag=s.huishouden.partner_netto_per_maand,
        regel="Opgegeven: huishouden.partner_netto_per_maand", bron="invoer", geldig_vanaf=params.geldig_vanaf,
    )


def _zorgtoeslag(params: ParameterSet, s: Situatie, toetsingsinkomen: Decimal) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op de zorgtoeslag art. 2; Awir art. 14 lid 4 en 5"
    if s.leeftijd < spoor.getal("zorgtoeslag.minimumleeftijd"):
        return niet_van_toepassing("zorgtoeslag", spoor, artikel, "jonger_dan_18")
    per_jaar = zorgtoeslag_per_jaar(spoor, toetsingsinkomen, s.huishouden.soort == "met_partner")
    if per_jaar <= 0:
        return niet_van_toepassing("zorgtoeslag", spoor, artikel, "inkomen_te_hoog")
    return regel("zorgtoeslag", voorschot_per_maand(per_jaar), artikel, spoor,
                 onderdelen=[Onderdeel(naam="toetsingsinkomen_per_jaar", bedrag=centen(toetsingsinkomen)),
                             Onderdeel(naam="per_jaar", bedrag=per_jaar)])


def _huurtoeslag(params: ParameterSet, s: Situatie, inkomen: Decimal, maand: Maand) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op de huurtoeslag art. 13, 16, 17, 20 en 21; Awir art. 14 lid 4 en 5"
    h = s.huishouden
    if s.dagbesteding.wlz_zorg == "instelling":
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "instelling_geen_huur")
    if not s.wonen.huurt:
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "huurt_niet")
    if h.soort == "bij_ouders":
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "woont_bij_ouders")
    if s.leeftijd < 18:
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "jonger_dan_18")
    medebewoners = h.kostendelers_27_plus + h.andere_medebewoners
    if medebewoners and h.medebewoners_inkomen_per_jaar is None:
        maand.niet_berekend.append(("huurtoeslag", "inkomen_medebewoners_onbekend"))
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "inkomen_medebewoners_onbekend", berekend=False)
    rekeninkomen = inkomen + (h.medebewoners_inkomen_per_jaar or NUL)
    personen = 1 + (h.soort == "met_partner") + medebewoners + len(h.kinderen)
    huur = s.wonen.kale_huur_per_maand or NUL
    per_jaar = huurtoeslag_per_jaar(spoor, huur, rekeninkomen, personen > 1, personen, jong=False)
    if _jongerengrens(spoor, s):
        # Wht art. 13 lid 1 a 2°: under 21 with a handicap the full limit applies, but Dienst Toeslagen grants
        # it only on a "Verzoek bijzondere situatie huurtoeslag" with proof. A Wlz indicatie is that proof.
        laag = huurtoeslag_per_jaar(spoor, huur, rekeninkomen, personen > 1, personen, jong=True)
        maand.huurtoeslag_zonder_en_met_verzoek = (voorschot_per_maand(laag), voorschot_per_maand(per_jaar))
        if s.dagbesteding.financiering != "wlz":
            per_jaar = laag
    if per_jaar <= 0:
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "inkomen_te_hoog_of_huur_te_laag")
    return regel("huurtoeslag", voorschot_per_maand(per_jaar), artikel, spoor,
                 onderdelen=[Onderdeel(naam="rekeninkomen_per_jaar", bedrag=centen(rekeninkomen)),
                             Onderdeel(naam="per_jaar", bedrag=per_jaar)])


def _jongerengrens(spoor: Spoor, s: Situatie) -> bool:
    """Wht art. 13 lid 1: the low maximum rent unless someone in the home is 21 or older or there is a child.

    A partner of unknown age is taken as 21+ (as for bijstand); other housemates may be 21+ too.
    """
    h = s.huishouden
    volwassen = spoor.getal("huurtoeslag.jongerengrens_leeftijd")
    partner_jong = h.soort != "met_partner" or (h.partner_leeftijd is not None and h.partner_leeftijd < volwassen)
    return (
        s.leeftijd < volwassen and partner_jong and not h.kinderen
        and not h.kostendelers_27_plus and not h.andere_medebewoners
    )


def _kindgebonden_budget(params: ParameterSet, s: Situatie, toetsingsinkomen: Decimal) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op het kindgebonden budget art. 2; Awir art. 14 lid 4 en 5"
    h = s.huishouden
    if not h.kinderen:
        return niet_van_toepassing("kindgebonden_budget", spoor, artikel, "geen_kinderen")
    per_jaar = kindgebonden_budget_per_jaar(
        spoor, toetsingsinkomen, h.kinderen, h.soort == "alleenstaande_ouder", h.soort == "met_partner"
    )
    if per_jaar <= 0:
        return niet_van_toepassing("kindgebonden_budget", spoor, artikel, "inkomen_te_hoog_of_kinderen_te_oud")
    return regel("kindgebonden_budget", voorschot_per_maand(per_jaar), artikel, spoor,
                 onderdelen=[Onderdeel(naam="per_jaar", bedrag=per_jaar)])
