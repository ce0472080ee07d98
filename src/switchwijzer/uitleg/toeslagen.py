"""The toeslagen answer: each toeslag now and later, and what to report to whom, when and why."""

from __future__ import annotations

from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.uitleg.geld import Rij, rijen
from switchwijzer.uitleg.namen import TOESLAGEN
from switchwijzer.uitleg.signalen import in_groep
from switchwijzer.uitleg.teksten import Zin, uitleg


def toeslag_rijen(uitkomst: Uitkomst) -> list[Rij]:
    return rijen(uitkomst, namen=TOESLAGEN)


def wat_doen(uitkomst: Uitkomst) -> list[Zin]:
    """What to report: what the engine found for this case, or else the general rule (never both)."""
    if not uitkomst.berekend:
        # nothing was computed, so say nothing about which toeslagen there are; the reason is shown already
        return [uitleg("toeslag_wat_doen")]
    heeft_toeslag = any((r.nu or r.straks) for r in toeslag_rijen(uitkomst))
    genoemd = any(s.code == "toeslagen_doorgeven" for s in uitkomst.signalen)
    if not heeft_toeslag:
        algemeen = [uitleg("geen_toeslagen")]
    elif genoemd:
        algemeen = []
    else:
        algemeen = [uitleg("toeslag_wat_doen")]
    return algemeen + in_groep(uitkomst, "toeslagen", "melden")


def voor_ouders(uitkomst: Uitkomst) -> list[Zin]:
    """What changes for the parents' own household (the engine's signals about a co-resident child)."""
    return in_groep(uitkomst, "ouders")
