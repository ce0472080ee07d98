"""The dagbesteding allowance: tax-free within the volunteer maximum, otherwise taxable as a whole."""

from __future__ import annotations

from decimal import Decimal

from .geld import MAANDEN, NUL
from .parameters import Spoor


def boven_maximum(spoor: Spoor, vergoeding_per_maand: Decimal) -> bool:
    """Above € 220 a month, or above € 2.200 over a year of this monthly amount (Wet IB 2001 art. 3.84 with
    the Uitvoeringsregeling; belastingdienst.nl vrijwilligers): then the allowance is no volunteer allowance."""
    maximum = spoor.tabel("vrijwilligersvergoeding.maximum")
    return vergoeding_per_maand > maximum["per_maand"] or vergoeding_per_maand * MAANDEN > maximum["per_jaar"]


def belast_deel(spoor: Spoor, vergoeding_per_maand: Decimal) -> Decimal:
    """The part of the allowance that is taxable income: all of it above the maximum, else nothing."""
    return vergoeding_per_maand if boven_maximum(spoor, vergoeding_per_maand) else NUL
