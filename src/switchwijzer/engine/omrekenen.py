"""Find the gross amount that gives a wanted net amount, for any net function that rises with gross."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .geld import CENT, centen

_STAP = Decimal(1)
_MAX_RONDES = 40


def bruto_voor_netto(netto_doel: Decimal, netto_van: Callable[[Decimal], Decimal]) -> Decimal:
    """Newton steps on a piecewise-linear net function; exact within a bracket, a few steps overall."""
    if netto_doel <= 0:
        return Decimal(0)
    bruto = netto_doel
    for _ in range(_MAX_RONDES):
        netto = netto_van(bruto)
        tekort = netto_doel - netto
        if abs(tekort) < CENT / 2:
            break
        helling = netto_van(bruto + _STAP) - netto
        bruto = max(Decimal(0), bruto + tekort / max(helling, Decimal("0.05")))
    return centen(bruto)
