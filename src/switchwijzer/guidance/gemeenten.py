"""The gemeenten whose local practice the seed reports describe, and matching what a user typed to a gemeente."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from switchwijzer.engine.gemeente import gemeente_sleutel
from switchwijzer.guidance.inhoud import gemeenten
from switchwijzer.guidance.model import Gemeente

_AANDUIDING = re.compile(r"\s*\((?:stad|gemeente|gem\.?)\)\s*$|^\s*(?:stad|gemeente)\s+", re.IGNORECASE)
"""'Utrecht (stad)', 'Groningen (gemeente)', 'stad Utrecht': a word that only says 'the gemeente itself'. Any other
addition ('Utrecht (provincie)', 'Bergen (NH)') stays in the key, so it matches only where a file lists it."""


def naam_sleutel(tekst: str | None) -> str:
    """The key a typed gemeente name is compared by: case, accents, hyphens, apostrophes and 'gemeente'/'stad'
    ignored ("'s-Gravenhage" and "s gravenhage" meet, "Súdwest" and "sudwest" meet); "" when empty."""
    if not tekst:
        return ""
    zonder_accent = "".join(t for t in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(t))
    kaal = zonder_accent.replace("’", "'").replace("/", " ")
    while (korter := _AANDUIDING.sub("", kaal, count=1)) != kaal:
        kaal = korter
    return gemeente_sleutel(kaal) or ""


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
