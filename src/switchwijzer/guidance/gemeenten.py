"""The gemeenten whose local practice the seed reports describe, and matching what a user typed to a gemeente."""

from __future__ import annotations

from collections.abc import Iterable

from switchwijzer.engine.gemeente import naam_sleutel
from switchwijzer.guidance.inhoud import gemeenten
from switchwijzer.guidance.model import Gemeente

__all__ = ["bekende_gemeenten", "naam_sleutel", "noemt", "zoek_gemeente"]
"""`naam_sleutel` lives in the engine (engine.gemeente), which resolves the gemeente for its own parameters too."""


def noemt(tekst: str | None, namen: Iterable[str]) -> bool:
    """Whether the typed text is one of the names (by `naam_sleutel`); never for an empty text."""
    sleutel = naam_sleutel(tekst)
    return bool(sleutel) and sleutel in {naam_sleutel(naam) for naam in namen}


def bekende_gemeenten() -> list[Gemeente]:
    """The gemeenten with local guidance, sorted by name (for a choice list in the wizard)."""
    return sorted(gemeenten(), key=lambda g: g.naam)


def zoek_gemeente(tekst: str | None) -> Gemeente | None:
    """The known gemeente for an id or a name as typed ('Nijmegen', 'gemeente Oss', 'aa-en-hunze'); else None."""
    for gemeente in gemeenten():
        if noemt(tekst, (gemeente.id.replace("_", " "), gemeente.naam, *gemeente.ook)):
            return gemeente
    return None
