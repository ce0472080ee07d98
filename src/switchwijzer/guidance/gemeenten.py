"""The gemeenten whose local practice the seed reports describe, and matching what a user typed to one of them."""

from __future__ import annotations

from switchwijzer.engine.gemeente import gemeente_sleutel
from switchwijzer.guidance.inhoud import gemeenten
from switchwijzer.guidance.model import Gemeente


def _sleutel(tekst: str) -> str:
    return gemeente_sleutel(tekst) or ""


def bekende_gemeenten() -> list[Gemeente]:
    """The gemeenten with local guidance, sorted by name (for a choice list in the wizard)."""
    return sorted(gemeenten(), key=lambda g: g.naam)


def zoek_gemeente(tekst: str | None) -> Gemeente | None:
    """The known gemeente for an id or a name as typed ('Nijmegen', 'gemeente Oss', 'aa-en-hunze'); else None."""
    if not tekst:
        return None
    sleutel = _sleutel(tekst)
    for gemeente in gemeenten():
        namen = {gemeente.id.replace("_", " "), gemeente.naam, *gemeente.ook}
        if sleutel in {_sleutel(naam) for naam in namen}:
            return gemeente
    return None
