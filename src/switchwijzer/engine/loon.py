"""Wage: the minimum wage for an age, gross per month, holiday pay (Wet minimumloon)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .geld import NUL, WEKEN_PER_MAAND, centen
from .parameters import Spoor

VOLWASSEN = 21


def _leeftijdssleutel(tabel: dict[str, Decimal], leeftijd: int) -> str:
    """The table row for an age: exact for youth ages, the 21+ row from 21 on."""
    sleutel = str(min(leeftijd, VOLWASSEN))
    if sleutel not in tabel:
        raise ValueError(f"geen minimumloon voor leeftijd {leeftijd}")
    return sleutel


def minimum_uurloon(spoor: Spoor, leeftijd: int) -> Decimal:
    tabel = spoor.tabel("minimumloon.uurloon")
    return tabel[_leeftijdssleutel(tabel, leeftijd)]


def minimum_maandloon(spoor: Spoor, leeftijd: int) -> Decimal:
    """The minimum wage per month for an age (WML art. 8 and the youth percentages)."""
    percentages = spoor.tabel("minimumloon.jeugdpercentage")
    procent = percentages[_leeftijdssleutel(percentages, leeftijd)]
    return centen(spoor.getal("minimumloon.referentiemaandloon") * procent / 100)


@dataclass(frozen=True)
class Maandloon:
    uurloon: Decimal
    uren_per_week: Decimal
    bruto: Decimal
    """Gross per month, holiday pay not included."""
    vakantiegeld: Decimal
    """The monthly share of the yearly holiday pay."""

    @property
    def bruto_met_vakantiegeld(self) -> Decimal:
        return self.bruto + self.vakantiegeld


def maandloon(spoor: Spoor, uurloon: Decimal, uren_per_week: Decimal) -> Maandloon:
    bruto = centen(uurloon * uren_per_week * WEKEN_PER_MAAND)
    vakantiegeld = centen(bruto * spoor.procent("minimumloon.vakantiebijslag"))
    return Maandloon(uurloon=uurloon, uren_per_week=uren_per_week, bruto=bruto, vakantiegeld=vakantiegeld)


def geen_loon() -> Maandloon:
    return Maandloon(uurloon=NUL, uren_per_week=NUL, bruto=NUL, vakantiegeld=NUL)
