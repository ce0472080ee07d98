"""Participatiewet: the norm, the kostendelersnorm, the vrijlating and the aanvulling when working."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from .geld import NUL, centen, niet_negatief
from .parameters import Spoor
from .regelversies import VERSIES

if TYPE_CHECKING:
    from .situatie import Situatie

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
    inrichting: bool = False,
) -> Norm:
    norm = "bijstand.norm."
    if inrichting:
        return inrichtingsnorm(spoor, leeftijd, soort)
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


def inrichtingsnorm(spoor: Spoor, leeftijd: int, soort: str) -> Norm:
    """Pw art. 23 lid 1 a and lid 2 a: the norm of a single person (or single parent) who stays in an inrichting.

    At 18, 19 or 20 there is no algemene bijstand in an inrichting (art. 13 lid 2 a). With a partner the norm is
    lid 1 b (both there) or the sum of two single norms (lid 3, one there): we do not know which, so no norm."""
    if leeftijd < 18:
        return Norm(None, "Pw art. 13 lid 2", reden="jonger_dan_18")
    if leeftijd < VOLWASSEN:
        return Norm(None, "Pw art. 13 lid 2 a", reden="geen_bijstand_18_20_in_instelling")
    if soort == "met_partner":
        return Norm(None, "Pw art. 23 lid 1 b en lid 3", reden="inrichting_met_partner")
    bedrag = spoor.getal("bijstand.norm.inrichting_alleenstaand") + spoor.getal(
        "bijstand.norm.inrichting_verhoging_alleenstaand")
    return Norm(bedrag, "Pw art. 23 lid 1 a en lid 2 a")


def zak_en_kleedgeld(spoor: Spoor) -> Decimal:
    """Pw art. 23 lid 1 a: the norm in an inrichting without the verhoging of lid 2; the Besluit langdurige zorg
    calls it the zak- en kleedgeld (art. 1.1.1) and leaves it out of the hoge bijdrage (art. 3.3.2.3 lid 1 b 2°)."""
    return spoor.getal("bijstand.norm.inrichting_alleenstaand")


def in_inrichting(s: Situatie) -> bool:
    """Whether the person stays in an inrichting (Pw art. 1 f): lives in an instelling (the wizard's housing
    question sets this whoever pays the care)."""
    return s.dagbesteding.wlz_zorg == "instelling"


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


@dataclass(frozen=True)
class Werkende:
    """What the vrijlating rules need to know about the person and the work."""

    leeftijd: int
    soort_werk: str
    medisch_urenbeperkt: bool
    alleenstaande_ouder: bool
    kinderen: tuple[int, ...] = ()


def onderdeel_in_maand(perioden: Sequence[VrijlatingPeriode], maand: int) -> str | None:
    for periode in perioden:
        if periode.vanaf_maand <= maand and (periode.tot_en_met_maand is None or maand <= periode.tot_en_met_maand):
            return periode.onderdeel
    return None


class Art31Lid2:
    """Version `pw_31_2026`: Pw art. 31 lid 2 n, r, y, z, aa and lid 5 (text valid 2026-07-01).

    n excludes y, y excludes z, and y, z and aa exclude r. Under 27, n and r do not apply (lid 5); z still
    waits for the six months of n to pass (see docs/onderzoek-regels.md), so those months have none.
    """

    onderdelen = ("n", "r", "y", "z", "aa")

    def verloop(self, spoor: Spoor, w: Werkende) -> list[VrijlatingPeriode]:
        kind_grens = spoor.tabel("bijstand.vrijlating.r")["kind_jonger_dan"]
        kind_onder_grens = w.alleenstaande_ouder and any(k < kind_grens for k in w.kinderen)
        return vrijlating_verloop(spoor, w.leeftijd, w.soort_werk, w.medisch_urenbeperkt, kind_onder_grens)

    def bedrag(self, spoor: Spoor, onderdeel: str | None, netto_arbeid: Decimal) -> Decimal:
        return vrijlating(spoor, onderdeel, netto_arbeid)

    def artikel(self, onderdeel: str) -> str:
        return f"art. 31 lid 2 {onderdeel}"


class Art34a:
    """Version `pw_34a_2027`: Pw art. 34a (Participatiewet in balans), text in MinBZK/regelrecht-corpus
    participatiewet/2026-01-01.yaml (not yet in force there).

    lid 1 a: 15 % of the income from work, for at most twelve consecutive months, if the college finds it
    helps towards work (an assumption we signal); no euro maximum in the text. lid 1 b: medisch urenbeperkt,
    15 % without a time limit. lid 1 c (AOW age, 25 % up to € 226) is not computed: the engine does not
    compute at AOW age. lid 2 (the college may extend after twelve months) is not assumed. lid 3 (a new job
    starts the twelve months again) means: give straks.maand_sinds_start = 1 for the new job. The twelve
    months are counted from the start of the work, also when it started before 2027 (no overgangsrecht found;
    signalled as an assumption).
    """

    onderdelen = ("34a_a", "34a_b")

    def verloop(self, spoor: Spoor, w: Werkende) -> list[VrijlatingPeriode]:
        if w.medisch_urenbeperkt:
            spoor.tabel("bijstand.vrijlating.art34a_b")
            return [VrijlatingPeriode(1, None, "34a_b")]
        maanden = int(spoor.tabel("bijstand.vrijlating.art34a_a")["maanden"])
        return [VrijlatingPeriode(1, maanden, "34a_a"), VrijlatingPeriode(maanden + 1, None, None)]

    def bedrag(self, spoor: Spoor, onderdeel: str | None, netto_arbeid: Decimal) -> Decimal:
        if onderdeel is None or netto_arbeid <= 0:
            return NUL
        regel = spoor.tabel(f"bijstand.vrijlating.art{onderdeel}")
        return centen(netto_arbeid * regel["procent"] / 100)

    def artikel(self, onderdeel: str) -> str:
        return f"art. 34a lid 1 {onderdeel.removeprefix('34a_')}"


VRIJLATING: dict[str, Art31Lid2 | Art34a] = {"pw_31_2026": Art31Lid2(), "pw_34a_2027": Art34a()}
assert set(VRIJLATING) == set(VERSIES["vrijlating"]), "every vrijlating version needs its function"


def vrijlatingregels(spoor: Spoor) -> Art31Lid2 | Art34a:
    """The vrijlating rules in force for the spoor's period (the version is traced like a parameter)."""
    return VRIJLATING[spoor.versie("vrijlating")]


def vrijlating_in_maand(spoor: Spoor, w: Werkende, maand: int) -> str | None:
    """The onderdeel of the vrijlating in force in month `maand` of the work, under the spoor's rules."""
    return onderdeel_in_maand(vrijlatingregels(spoor).verloop(spoor, w), maand)


def vrijlating_verloop(
    spoor: Spoor, leeftijd: int, soort_werk: str, medisch_urenbeperkt: bool, kind_onder_grens: bool
) -> list[VrijlatingPeriode]:
    """Art. 31 lid 2 n, r, y, z, aa and lid 5: which vrijlating applies in which month after the start.

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


def vrijlating(spoor: Spoor, onderdeel: str | None, netto_arbeid: Decimal) -> Decimal:
    """Art. 31 lid 2: a percentage of the net income from work, up to the onderdeel's maximum."""
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
