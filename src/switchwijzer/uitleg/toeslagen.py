"""The toeslagen answer: each toeslag now and later, and what to report to whom, when and why."""

from __future__ import annotations

from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.uitleg.geld import Rij, rijen
from switchwijzer.uitleg.namen import TOESLAGEN
from switchwijzer.uitleg.signalen import in_groep
from switchwijzer.uitleg.teksten import tekst


def toeslag_rijen(uitkomst: Uitkomst, rol: str) -> list[Rij]:
    return rijen(uitkomst, rol, namen=TOESLAGEN)


def wat_doen(uitkomst: Uitkomst, rol: str) -> list[str]:
    """What to report: what the engine found for this case, or else the general rule (never both)."""
    if not uitkomst.berekend:
        # nothing was computed, so say nothing about which toeslagen there are; the reason is shown already
        return [tekst("toeslag_wat_doen", rol)]
    heeft_toeslag = any((r.nu or r.straks) for r in toeslag_rijen(uitkomst, rol))
    genoemd = any(s.code == "toeslagen_doorgeven" for s in uitkomst.signalen)
    if not heeft_toeslag:
        algemeen = [tekst("geen_toeslagen", rol)]
    else:
        algemeen = [] if genoemd else [tekst("toeslag_wat_doen", rol)]
    return algemeen + in_groep(uitkomst, rol, "toeslagen", "melden")


def voor_ouders(uitkomst: Uitkomst, rol: str) -> list[str]:
    """What changes for the parents' own household (the engine's signals about a co-resident child)."""
    return in_groep(uitkomst, rol, "ouders")
