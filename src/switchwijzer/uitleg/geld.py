"""The money answer in words: the one-sentence answer, now versus later, the lines, the months."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from switchwijzer.engine.uitkomst import Overzicht, Regel, Uitkomst
from switchwijzer.i18n import geld, uren_getal
from switchwijzer.uitleg.namen import regel_naam
from switchwijzer.uitleg.teksten import Keuze, Zin, lees_toml, ongezegd, per_centen, uitleg, zin

GELIJK_GRENS = Decimal(5)
"""A difference under € 5 per month is "about the same"."""


def kop(uitkomst: Uitkomst) -> Zin | Keuze:
    """The answer in one sentence: "Straks heb je ongeveer € 120 per maand meer.". It is what is kept after the
    costs (eigen bijdrage, lokale belastingen, travel); the answer says the amount before them right after.
    In whole euros it is the difference of the two amounts as the table shows them (1.369 − 774 = 595), not
    the exact difference rounded (594,45 → 594), so a reader who checks it finds the same; the coach sees cents."""
    verschil = uitkomst.verschil_na_kosten_per_maand
    if verschil is None:
        verschil = uitkomst.verschil_per_maand
    if not uitkomst.berekend or verschil is None:
        return uitleg("kop_niet_berekend")
    nu, straks = uitkomst.nu, uitkomst.straks
    heel = verschil
    if nu is not None and straks is not None:
        na_kosten = uitkomst.verschil_na_kosten_per_maand is not None
        bedragen = (nu.totaal_na_kosten, straks.totaal_na_kosten) if na_kosten else (nu.totaal, straks.totaal)
        if bedragen[0] is not None and bedragen[1] is not None:
            heel = hele_euros(bedragen[1]) - hele_euros(bedragen[0])
    return per_centen(_kop_zin(verschil), _kop_zin(heel))


def _kop_zin(verschil: Decimal) -> Zin:
    if abs(verschil) < GELIJK_GRENS:
        return uitleg("kop_gelijk")
    return uitleg("kop_meer" if verschil > 0 else "kop_minder", bedrag=geld(abs(verschil)))


@dataclass(frozen=True)
class Rij:
    """One line of the comparison: its name, now and later (None: not there), and why not."""

    naam: str
    code: str
    nu: Decimal | None
    straks: Decimal | None
    reden: str
    """Why the line is empty later (a `Zin` until the answer is said in the reader's words)."""
    regel_nu: Regel | None
    regel_straks: Regel | None


def _bedrag(regel: Regel | None) -> Decimal | None:
    if regel is None or not regel.van_toepassing or not regel.berekend:
        return None
    return regel.bedrag


def reden_tekst(code: str | None) -> Zin | str:
    if not code:
        return ""
    redenen = lees_toml("teksten/redenen.toml")
    for soort in ("redenen", "niet_berekend"):
        if code in redenen[soort]:
            return zin(redenen[soort][code])
    return ""


def rijen(uitkomst: Uitkomst, namen: tuple[str, ...] | None = None) -> list[Rij]:
    """The lines of now and later side by side, in the engine's order; lines that are zero twice are left out."""
    if uitkomst.nu is None or uitkomst.straks is None:
        return []
    return rijen_van(uitkomst.nu, uitkomst.straks, namen)


def rijen_van(zonder: Overzicht, met: Overzicht, namen: tuple[str, ...] | None = None) -> list[Rij]:
    """The lines of one month without and with the switch side by side (see `rijen`)."""
    volgorde: list[str] = []
    for regel in (*zonder.regels, *met.regels):
        if regel.naam not in volgorde and (namen is None or regel.naam in namen):
            volgorde.append(regel.naam)
    uit = []
    for naam in volgorde:
        voor, na = zonder.regel(naam), met.regel(naam)
        bedrag_nu, bedrag_straks = _bedrag(voor), _bedrag(na)
        if namen is None and not bedrag_nu and not bedrag_straks:
            continue
        reden: Zin | str = ""  # why a line is empty later; an empty "now" needs no words (no work yet, so no wage)
        for kant in (na, voor) if bedrag_straks is None else ():
            if kant is not None and (not kant.van_toepassing or not kant.berekend):
                reden = reden_tekst(kant.reden)
                break
        uit.append(ongezegd(Rij, regel_naam(naam), naam, bedrag_nu, bedrag_straks, reden, voor, na))
    return uit


def hele_euros(bedrag: Decimal) -> Decimal:
    return bedrag.quantize(Decimal(1), ROUND_HALF_UP)  # as `i18n.geld` shows it without cents


def telt_niet_op_in_hele_euros(rijen: Sequence[Rij], totaal: tuple[Decimal, Decimal]) -> bool:
    """Whether the rows, each rounded to whole euros as shown, fail to add up to the total rounded the same way
    (now or later): each amount is rounded on its own, so 1.548,46 - 21,80 shows as 1.548 - 22 = 1.527."""
    return any(
        sum((hele_euros(b) for b in (rij.nu if kant == 0 else rij.straks for rij in rijen) if b is not None),
            Decimal(0)) != hele_euros(totaal[kant])
        for kant in (0, 1)
    )


def bedrag_of_streep(bedrag: Decimal | None, centen: bool = False) -> str:
    return geld(bedrag, centen=centen) if bedrag is not None else "–"


def omslag_zin(uitkomst: Uitkomst) -> Zin | str:
    if uitkomst.omslagpunt_uren is None:
        return ""
    return uitleg("omslag", uren=uren_getal(uitkomst.omslagpunt_uren, vanaf=True))
