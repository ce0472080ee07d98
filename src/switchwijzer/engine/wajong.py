"""Wajong hoofdstuk 2: the uitkering next to income from work, with and without loondispensatie."""

from __future__ import annotations

from decimal import Decimal

from .geld import centen, niet_negatief
from .parameters import Spoor


def compensatiefactor(spoor: Spoor, loonwaarde: Decimal) -> Decimal:
    """Art. 2:40 lid 2: CF = (LW - 0,3) / (0,7 x LW); never below zero."""
    rest = spoor.getal("wajong.loondispensatie_restfactor")
    return niet_negatief((loonwaarde - rest) / ((1 - rest) * loonwaarde))


def wajong_per_maand(
    spoor: Spoor,
    grondslag: Decimal,
    inkomen: Decimal,
    regime: str,
    loonwaarde_procent: Decimal | None = None,
) -> Decimal:
    """The monthly uitkering without vakantiebijslag.

    70 % regime: 0,7 x (G - I) (art. 2:40 lid 1 b), with loondispensatie 0,7G - 0,7 x CF x I or, if
    higher, I / LW - I (art. 2:40 lid 1 a, lid 2 and 3). 75 % regime: 0,75 x (G - I) (art. 2:46).
    """
    factor = spoor.tabel("wajong.percentage")[regime] / 100
    if regime == "wajong_70" and loonwaarde_procent:
        lw = loonwaarde_procent / 100
        cf = compensatiefactor(spoor, lw)
        gewoon = factor * grondslag - factor * cf * inkomen
        garantie = inkomen / lw - inkomen
        return centen(niet_negatief(max(gewoon, garantie)))
    return centen(niet_negatief(factor * (grondslag - inkomen)))


def vakantiebijslag(spoor: Spoor, uitkering: Decimal) -> Decimal:
    return centen(uitkering * spoor.procent("wajong.vakantiebijslag"))
