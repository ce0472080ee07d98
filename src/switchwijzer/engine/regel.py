"""Building a line that explains itself from the parameters (and dated rule versions) its rule read."""

from __future__ import annotations

from decimal import Decimal

from .geld import NUL
from .parameters import Spoor
from .uitkomst import GebruikteRegelversie, GebruiktParameter, Regel, zwakste


def regel(naam: str, bedrag: Decimal, artikel: str, *sporen: Spoor, **extra) -> Regel:
    gebruikt: dict[str, GebruiktParameter] = {}
    versies: dict[str, GebruikteRegelversie] = {}
    for spoor in sporen:
        gebruikt.update(spoor.gebruikt)
        versies.update(spoor.regelversies)
    bronnen = "; ".join(dict.fromkeys(p.bron for p in gebruikt.values()))
    geldig = max((p.geldig_vanaf for p in gebruikt.values()), default=sporen[0].params.geldig_vanaf)
    status = zwakste([p.status for p in gebruikt.values()] + [v.status for v in versies.values()])
    return Regel(
        naam=naam, bedrag=bedrag, regel=artikel, bron=bronnen or artikel, geldig_vanaf=geldig,
        parameters=list(gebruikt.values()), status=status, regelversies=list(versies.values()), **extra,
    )


def niet_van_toepassing(naam: str, spoor: Spoor, artikel: str, reden: str, berekend: bool = True) -> Regel:
    """A line that does not apply (or could not be computed), with the reason as a code. Its status is that
    of the parameters that decided it (an income limit that is a schatting makes the 'no' a schatting too)."""
    return Regel(
        naam=naam, bedrag=NUL, regel=artikel, bron=artikel, geldig_vanaf=spoor.params.geldig_vanaf,
        van_toepassing=False, berekend=berekend, reden=reden, status=spoor.status,
    )
