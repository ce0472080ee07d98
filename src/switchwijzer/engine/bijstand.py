"""Participatiewet: the norm, the kostendelersnorm, the vrijlating and the aanvulling when working."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .geld import NUL, centen, niet_negatief
from .parameters import Spoor

VOLWASSEN = 21
LKS_WERK = ("beschut_werk", "loonkostensubsidie")


@dataclass(frozen=True)
class Norm:
    bedrag: Decimal | None
    artikel: str
    aannames: list[str] = field(default_factory=list)
    reden: str | None = None
    """Why no norm could be set (then bedrag is None)."""


def kostendelersnorm(spoor: Spoor, personen: int, gehuwdennorm: Decimal) -> Decimal:
    """Art. 22a lid 1: ((40 + A x 30) / (A x 100)) x B for one person, A = persons who share costs."""
    formule = spoor.tabel("bijstand.kostendelersnorm")
    a = Decimal(personen)
    return centen((formule["basis"] + a * formule["per_persoon"]) / (a * formule["deler"]) * gehuwdennorm)


def bijstandsnorm(
    spoor: Spoor,
    leeftijd: int,
    soort: str,
    kostendelers_27_plus: int = 0,
    partner_leeftijd: int | None = None,
    kinderen: Sequence[int] = (),
    ouders_kunnen_bijdragen: bool | None = None,
) -> Norm:
    norm = "bijstand.norm."
    if soort == "met_partner":
        return _norm_partners(spoor, leeftijd, kostendelers_27_plus, partner_leeftijd, kinderen)
    if leeftijd < 18:
        return Norm(None, "Pw art. 13 lid 2", reden="jonger_dan_18")
    if leeftijd < VOLWASSEN:
        bedrag = spoor.getal(norm + "alleenstaand_18")
        if ouders_kunnen_bijdragen is False:
            verhoging = spoor.getal(norm + "verhoging_18_zonder_steun_ouders")
            return Norm(bedrag + verhoging, "Pw art. 20 lid 1 a en lid 3")
        aanname = ["ouders_kunnen_bijdragen"] if ouders_kunnen_bijdragen is None else []
        return Norm(bedrag, "Pw art. 20 lid 1 a", aanname)
    if kostendelers_27_plus:
        gehuwd = spoor.getal(norm + "gehuwd_21")
        return Norm(kostendelersnorm(spoor, 1 + kostendelers_27_plus, gehuwd), "Pw art. 22a")
    return Norm(spoor.getal(norm + "alleenstaand_21"), "Pw art. 21 a")


def _norm_partners(
    spoor: Spoor, leeftijd: int, kostendelers: int, partner_leeftijd: int | None, kinderen: Sequence[int]
) -> Norm:
    aannames = []
    if partner_leeftijd is None:
        partner_leeftijd = VOLWASSEN
        aannames.append("partner_21_plus")
    jongeren = sum(1 for a in (leeftijd, partner_leeftijd) if a < VOLWASSEN)
    if leeftijd < 18:
        return Norm(None, "Pw art. 13 lid 2", reden="jonger_dan_18")
    if jongeren == 0:
        gehuwd = spoor.getal("bijstand.norm.gehuwd_21")
        if kostendelers:
            per_persoon = kostendelersnorm(spoor, 2 + kostendelers, gehuwd)
            return Norm(2 * per_persoon, "Pw art. 22a", aannames)
        return Norm(gehuwd, "Pw art. 21 b", aannames)
    if kostendelers:
        return Norm(None, "Pw art. 22a lid 3", aannames, reden="jonge_partners_met_kostendelers")
    kind = "met_kind" if kinderen else "zonder_kind"
    welke = "beiden_18" if jongeren == 2 else "een_18"
    artikel = f"Pw art. 20 lid {2 if kinderen else 1} {'b' if jongeren == 2 else 'c'}"
    return Norm(spoor.getal(f"bijstand.norm.gehuwd_{welke}_{kind}"), artikel, aannames)


@dataclass(frozen=True)
class VrijlatingPeriode:
    vanaf_maand: int
    tot_en_met_maand: int | None
    onderdeel: str | None


def vrijlating_verloop(
    spoor: Spoor, leeftijd: int, soort_werk: str, medisch_urenbeperkt: bool, kind_onder_grens: bool
) -> list[VrijlatingPeriode]:
    """Art. 31 lid 2 n, r, y, z, aa and lid 5: which vrijlating applies in which month after the start.

    n excludes y, y excludes z, and y, z and aa exclude r. Under 27, n and r do not apply (lid 5); z still
    waits for the six months of n to pass (see docs/onderzoek-regels.md), so those months have none.
    `kind_onder_grens`: a single parent who cares for a child younger than the age in onderdeel r.
    """
    volwassen = leeftijd >= spoor.getal("bijstand.vrijlating.minimumleeftijd")
    perioden: list[VrijlatingPeriode] = []
    maand = 1
    if volwassen:
        n_maanden = int(spoor.tabel("bijstand.vrijlating.n")["maanden"])
        perioden.append(VrijlatingPeriode(1, n_maanden, "n"))
        maand = n_maanden + 1
    if medisch_urenbeperkt:
        perioden.append(VrijlatingPeriode(maand, None, "y"))
    elif soort_werk in LKS_WERK:
        z = spoor.tabel("bijstand.vrijlating.z")
        start = int(z["start_na_maanden"]) + 1
        if maand < start:
            perioden.append(VrijlatingPeriode(maand, start - 1, None))
        perioden.append(VrijlatingPeriode(start, start + int(z["maanden"]) - 1, "z"))
        perioden.append(VrijlatingPeriode(start + int(z["maanden"]), None, "aa"))
    elif kind_onder_grens and volwassen:
        r_maanden = int(spoor.tabel("bijstand.vrijlating.r")["maanden"])
        perioden.append(VrijlatingPeriode(maand, maand + r_maanden - 1, "r"))
        perioden.append(VrijlatingPeriode(maand + r_maanden, None, None))
    else:
        perioden.append(VrijlatingPeriode(maand, None, None))
    return perioden


def onderdeel_in_maand(perioden: Sequence[VrijlatingPeriode], maand: int) -> str | None:
    for periode in perioden:
        if periode.vanaf_maand <= maand and (periode.tot_en_met_maand is None or maand <= periode.tot_en_met_maand):
            return periode.onderdeel
    return None


def vrijlating(spoor: Spoor, onderdeel: str | None, netto_arbeid: Decimal) -> Decimal:
    if onderdeel is None or netto_arbeid <= 0:
        return NUL
    regel = spoor.tabel(f"bijstand.vrijlating.{onderdeel}")
    return min(centen(netto_arbeid * regel["procent"] / 100), regel["maximum"])


def vrijgelaten_vergoeding(spoor: Spoor, leeftijd: int, vergoeding: Decimal) -> Decimal:
    """Art. 31 lid 2 k with lid 5: a volunteer allowance is left alone up to the maximum, from age 27."""
    if leeftijd < spoor.getal("bijstand.vrijlating.minimumleeftijd"):
        return NUL
    k = spoor.tabel("bijstand.vrijlating.k")
    return min(vergoeding, k["maximum"], centen(k["maximum_per_jaar"] / 12))


def aanvulling(norm: Decimal, middelen: Decimal) -> Decimal:
    """Art. 19 lid 2: bijstand is the norm minus the means that count."""
    return niet_negatief(norm - middelen)
