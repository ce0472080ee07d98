"""The lines after the income: eigen bijdrage (Wlz, Wmo), the lokale belastingen after kwijtschelding and the
travel costs of the work.

They are kept apart from the income lines (`Overzicht.kosten`), and `totaal_na_kosten` adds them up, so both
totals explain themselves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .eigen_bijdrage import CakJaar, wlz_regel, wmo_regel
from .geld import NUL
from .kwijtschelding import kwijtschelding_regel
from .uitkomst import Regel

if TYPE_CHECKING:
    from .maand import Huishouding, Maand, Werk


@dataclass(frozen=True)
class Kostenstand:
    """Where the costs of a month stand in the arrangements that follow the calendar year, for the months with
    work. A field left None: the month's own income decides, as it does once the arrangement is over."""

    cak: CakJaar | None = None
    """The year the CAK's bijdrage is for, with the incomes it rests on (the peiljaar, and the year before)."""
    kwijtschelding: Regel | None = None
    """The kwijtschelding as decided for this calendar year, before the work started: it stays for the year."""
    eerste_maanden_instelling: bool = False
    """Within the first four months of the stay in an instelling: the lage Wlz bijdrage (Blz art. 3.3.2.2 lid 1 a)."""


def kostenregels(hh: Huishouding, werk: Werk | None, maand: Maand, stand: Kostenstand | None = None) -> list[Regel]:
    nu = werk is None
    stand = stand or Kostenstand()
    regels = [
        wlz_regel(hh, maand, nu, stand.cak, stand.eerste_maanden_instelling),
        wmo_regel(hh, nu),
        stand.kwijtschelding or kwijtschelding_regel(hh, maand.regels, maand.aannames, nu),
        None if nu else _reiskosten(hh, werk, maand),
    ]
    if not nu and hh.s.dagbesteding.financiering == "wmo" and hh.s.dagbesteding.andere_wmo_hulp is None:
        maand.aannames.append("wmo_hulp_blijft")
    return [r for r in regels if r is not None]


def _reiskosten(hh: Huishouding, werk: Werk | None, maand: Maand) -> Regel | None:
    """What travel to work costs a month, as given; nothing when the employer pays it, or at 0 hours (the hours
    sweep: no work, no travel)."""
    straks = hh.s.straks
    if straks.reiskosten_per_maand <= 0 or (werk is not None and not werk.uren_per_week):
        return None
    if straks.reiskosten_vergoed:
        return Regel(naam="reiskosten", bedrag=NUL, regel="Opgegeven: de werkgever betaalt de reiskosten",
                     bron="invoer", geldig_vanaf=hh.params.geldig_vanaf, van_toepassing=False,
                     reden="vergoed_door_werkgever")
    if straks.reiskosten_vergoed is None:
        maand.aannames.append("reiskosten_niet_vergoed")
    return Regel(naam="reiskosten", bedrag=-straks.reiskosten_per_maand, regel="Opgegeven: straks.reiskosten_per_maand",
                 bron="invoer", geldig_vanaf=hh.params.geldig_vanaf)
