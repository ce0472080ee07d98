"""The lines around the income: the dagbesteding allowance, the partner's income and the three toeslagen."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .geld import NUL, centen, per_maand
from .parameters import ParameterSet, Spoor
from .regel import niet_van_toepassing, regel
from .situatie import Situatie
from .toeslagen import huurtoeslag_per_maand, kindgebonden_budget_per_jaar, zorgtoeslag_per_jaar, zorgtoeslag_per_maand
from .uitkomst import Onderdeel, Regel

if TYPE_CHECKING:
    from .maand import Maand


def toeslagregels(
    params: ParameterSet, s: Situatie, vergoeding: Decimal, nu: bool, eigen_jaar: Decimal, partner_jaar: Decimal,
    maand: Maand,
) -> list[Regel]:
    regels = [_vergoeding(params, vergoeding, nu)]
    if s.huishouden.soort == "met_partner" and s.huishouden.partner_netto_per_maand > 0:
        regels.append(_partner(params, s))
    huishouden_jaar = eigen_jaar + partner_jaar
    regels.append(_zorgtoeslag(params, s, huishouden_jaar))
    regels.append(_huurtoeslag(params, s, huishouden_jaar, maand))
    regels.append(_kindgebonden_budget(params, s, huishouden_jaar))
    return regels


def _vergoeding(params: ParameterSet, vergoeding: Decimal, nu: bool) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet IB 2001 art. 3.84 (vrijwilligersvergoeding)"
    if vergoeding <= 0:
        return niet_van_toepassing("vergoeding_dagbesteding", spoor, artikel, "geen_vergoeding" if nu else "stopt_bij_werk")
    spoor.tabel("vrijwilligersvergoeding.maximum")
    return regel("vergoeding_dagbesteding", vergoeding, artikel, spoor)


def _partner(params: ParameterSet, s: Situatie) -> Regel:
    """The partner's net income as given: it stays the same, so the household totals compare fairly."""
    return Regel(
        naam="inkomen_partner", bedrag=s.huishouden.partner_netto_per_maand,
        regel="Opgegeven: huishouden.partner_netto_per_maand", bron="invoer", geldig_vanaf=params.geldig_vanaf,
    )


def _zorgtoeslag(params: ParameterSet, s: Situatie, toetsingsinkomen: Decimal) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op de zorgtoeslag art. 2"
    if s.leeftijd < spoor.getal("zorgtoeslag.minimumleeftijd"):
        return niet_van_toepassing("zorgtoeslag", spoor, artikel, "jonger_dan_18")
    per_jaar = zorgtoeslag_per_jaar(spoor, toetsingsinkomen, s.huishouden.soort == "met_partner")
    if per_jaar <= 0:
        return niet_van_toepassing("zorgtoeslag", spoor, artikel, "inkomen_te_hoog")
    return regel("zorgtoeslag", zorgtoeslag_per_maand(per_jaar), artikel, spoor,
                 onderdelen=[Onderdeel(naam="toetsingsinkomen_per_jaar", bedrag=centen(toetsingsinkomen))])


def _huurtoeslag(params: ParameterSet, s: Situatie, inkomen: Decimal, maand: Maand) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op de huurtoeslag art. 13, 16, 17, 20 en 21"
    h = s.huishouden
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
    # The lower rent limit for young households does not apply to someone under 21 with a handicap
    # (Wht art. 13 lid 1 a 2°); people in dagbesteding have one, so the standard limit is used.
    if s.leeftijd < 21:
        maand.aannames.append("handicap_huurgrens")
    huur = s.wonen.kale_huur_per_maand or NUL
    bedrag = huurtoeslag_per_maand(spoor, huur, rekeninkomen, personen > 1, personen, jong=False)
    if bedrag <= 0:
        return niet_van_toepassing("huurtoeslag", spoor, artikel, "inkomen_te_hoog_of_huur_te_laag")
    return regel("huurtoeslag", bedrag, artikel, spoor,
                 onderdelen=[Onderdeel(naam="rekeninkomen_per_jaar", bedrag=centen(rekeninkomen))])


def _kindgebonden_budget(params: ParameterSet, s: Situatie, toetsingsinkomen: Decimal) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op het kindgebonden budget art. 2"
    h = s.huishouden
    if not h.kinderen:
        return niet_van_toepassing("kindgebonden_budget", spoor, artikel, "geen_kinderen")
    per_jaar = kindgebonden_budget_per_jaar(
        spoor, toetsingsinkomen, h.kinderen, h.soort == "alleenstaande_ouder", h.soort == "met_partner"
    )
    if per_jaar <= 0:
        return niet_van_toepassing("kindgebonden_budget", spoor, artikel, "inkomen_te_hoog_of_kinderen_te_oud")
    return regel("kindgebonden_budget", per_maand(per_jaar), artikel, spoor)
