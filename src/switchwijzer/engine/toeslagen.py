"""Zorgtoeslag, huurtoeslag (2026 system) and kindgebonden budget, from a yearly toetsingsinkomen."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal

from .geld import EURO, MAANDEN, NUL, centen, euros, niet_negatief
from .parameters import Spoor


def toegekend_per_jaar(spoor: Spoor, berekend_per_jaar: Decimal) -> Decimal:
    """Awir art. 14 lid 4: the toeslag is rounded to whole euros ("rekenkundig", half up); lid 5: a toeslag
    under € 24 a year is not granted."""
    per_jaar = euros(niet_negatief(berekend_per_jaar))
    return per_jaar if per_jaar >= spoor.getal("toeslagen.minimum_per_jaar") else NUL


def voorschot_per_maand(per_jaar: Decimal) -> Decimal:
    """The monthly advance: the yearly toeslag / 12, rounded down to whole euros. This reproduces every row
    of the Belastingdienst zorgtoeslag table 2026 and its rekenvoorbeeld 1 (€ 1.550 a year -> € 129)."""
    return (per_jaar / MAANDEN).quantize(EURO, rounding=ROUND_DOWN)


def zorgtoeslag_per_jaar(spoor: Spoor, toetsingsinkomen: Decimal, met_partner: bool) -> Decimal:
    """Wzt art. 2: standaardpremie (twice for partners) minus the normpremie."""
    drempel = spoor.getal("zorgtoeslag.drempelinkomen")
    normpremie = spoor.tabel("zorgtoeslag.normpremie")
    basis_procent = normpremie["met_partner" if met_partner else "alleenstaand"]
    premie = drempel * basis_procent / 100 + niet_negatief(toetsingsinkomen - drempel) * normpremie[
        "boven_drempel"
    ] / 100
    standaard = spoor.getal("zorgtoeslag.standaardpremie") * (2 if met_partner else 1)
    return toegekend_per_jaar(spoor, standaard - premie)


def huurtoeslag_per_jaar(
    spoor: Spoor, kale_huur: Decimal, rekeninkomen: Decimal, meerpersoons: bool, personen: int, jong: bool
) -> Decimal:
    """Wht 2026 art. 13, 16, 17, 20, 21: three subsidy bands above the basishuur, then the afbouw, per month;
    twelve months make the toeslag that Awir art. 14 rounds."""
    soort = "meerpersoons" if meerpersoons else "eenpersoons"
    grens = spoor.tabel("huurtoeslag.maximale_huurgrens")["jong" if jong else "standaard"]
    kwaliteit = spoor.getal("huurtoeslag.kwaliteitskortingsgrens")
    aftopping = spoor.tabel("huurtoeslag.aftoppingsgrens")["groot" if personen >= 3 else "klein"]
    basishuur = spoor.tabel("huurtoeslag.basishuur")[soort]
    band = spoor.tabel("huurtoeslag.subsidie")
    ijkpunt = spoor.tabel("huurtoeslag.minimum_inkomensijkpunt")[soort]
    afbouw = spoor.tabel("huurtoeslag.afbouw")[soort]

    huur = min(kale_huur, grens)  # art. 21 lid 1 d: rent above the maximale huurgrens is not subsidised

    def deel(van: Decimal, tot: Decimal) -> Decimal:
        return niet_negatief(min(huur, tot) - van)

    bijdrage = (
        deel(basishuur, kwaliteit) * band["tot_kwaliteitskortingsgrens"]
        + deel(kwaliteit, aftopping) * band["tot_aftoppingsgrens"]
        + deel(aftopping, grens) * band["tot_maximale_huurgrens"]
    ) / 100
    korting = niet_negatief(rekeninkomen - ijkpunt) * afbouw / 100 / MAANDEN
    return toegekend_per_jaar(spoor, centen(niet_negatief(bijdrage - korting)) * MAANDEN)


def kindgebonden_budget_per_jaar(
    spoor: Spoor,
    toetsingsinkomen: Decimal,
    kinderen: Sequence[int],
    alleenstaande_ouder: bool,
    met_partner: bool,
) -> Decimal:
    """Wkb art. 2: an amount per child, extra for older children and single parents, minus the afbouw."""
    grens = spoor.getal("kindgebonden_budget.maximum_leeftijd_kind")
    tellend = [k for k in kinderen if k < grens]
    if not tellend:
        return NUL
    verhoging = spoor.tabel("kindgebonden_budget.verhoging")
    bedrag = spoor.getal("kindgebonden_budget.per_kind") * len(tellend)
    for leeftijd in tellend:
        vanaf = [int(sleutel) for sleutel in verhoging if int(sleutel) <= leeftijd]
        if vanaf:
            bedrag += verhoging[str(max(vanaf))]
    if alleenstaande_ouder and not met_partner:
        bedrag += spoor.getal("kindgebonden_budget.alleenstaande_ouderkop")
    afbouw = spoor.tabel("kindgebonden_budget.afbouw")
    drempel = afbouw["drempelinkomen"] + (afbouw["extra_drempel_partners"] if met_partner else NUL)
    if "tweede_drempel" in afbouw:
        # From 2027 (Wkb as in the SZW-begroting 2027): a steeper afbouw above a second threshold.
        tweede = max(afbouw["tweede_drempel"], drempel)
        bedrag -= (niet_negatief(min(toetsingsinkomen, tweede) - drempel) * afbouw["procent"]
                   + niet_negatief(toetsingsinkomen - tweede) * afbouw["tweede_procent"]) / 100
    else:
        bedrag -= niet_negatief(toetsingsinkomen - drempel) * afbouw["procent"] / 100
    return toegekend_per_jaar(spoor, bedrag)
