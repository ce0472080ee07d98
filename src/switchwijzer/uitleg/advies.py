"""The guidance items for the "Terug kunnen", "Indicatie" and "Wat kan ik nu doen?" parts.

The guidance module is built by another part of the project; until it can be imported, these
parts say "nog niet beschikbaar" instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass

from switchwijzer import i18n
from switchwijzer.engine.situatie import Situatie


@dataclass(frozen=True)
class Item:
    titel: str
    tekst: str
    acties: tuple[str, ...]
    bron: str


def items(situatie: Situatie, rol: str, scherm: str) -> list[Item] | None:
    """The items for one screen ("terug_kunnen", "indicatie", "nu_doen"), or None when unavailable."""
    try:
        from switchwijzer.guidance import SCHERMEN, advies
    except ImportError:
        return None
    try:
        gevonden = advies(situatie, rol, taal=i18n.taal(), vandaag=situatie.peildatum)
    except Exception:  # the wizard must never show a traceback; the tab then says it is not available
        return None
    onderwerpen = SCHERMEN.get(scherm, ())
    return [Item(i.titel, i.tekst, tuple(i.acties), i.bron) for i in gevonden if i.onderwerp in onderwerpen]
