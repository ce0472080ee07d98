"""Money helpers: explicit rounding, never left to formatting."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NUL = Decimal(0)
CENT = Decimal("0.01")
EURO = Decimal(1)
MAANDEN = Decimal(12)
WEKEN_PER_MAAND = Decimal(52) / Decimal(12)
"""Hours per week to hours per month: 52 weeks spread over 12 months."""


def centen(bedrag: Decimal) -> Decimal:
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)


def euros(bedrag: Decimal) -> Decimal:
    return bedrag.quantize(EURO, rounding=ROUND_HALF_UP)


def niet_negatief(bedrag: Decimal) -> Decimal:
    return bedrag if bedrag > 0 else NUL


def per_maand(per_jaar: Decimal) -> Decimal:
    return centen(per_jaar / MAANDEN)
