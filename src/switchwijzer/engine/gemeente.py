"""A gemeente as typed ('Gemeente De Fryske Marren', 'aa-en-hunze', "'s-Gravenhage") reduced to one key
(`de_fryske_marren`, `aa_en_hunze`, `den_haag`): the key of the parameters about that gemeente
(`kwijtschelding.gemeente.<sleutel>.procent`) and of its file in content/regelingen.

`naam_sleutel` ignores case, accents, hyphens, apostrophes and a word that only says 'the gemeente itself'
('gemeente', 'stad', '(stad)'). `gemeente_sleutel` also knows the other names a file in content/regelingen lists
(`gemeenten`, `ook`): "'s-Gravenhage" and "Scheveningen" give `den_haag`. Nothing else is guessed.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from pathlib import Path

from switchwijzer.paths import content_dir

_AANDUIDING = re.compile(r"\s*\((?:stad|gemeente|gem\.?)\)\s*$|^\s*(?:stad|gemeente)\s+", re.IGNORECASE)
"""'Utrecht (stad)', 'Groningen (gemeente)', 'stad Utrecht': a word that only says 'the gemeente itself'. Any other
addition ('Utrecht (provincie)', 'Bergen (NH)') stays in the key, so it matches only where a file lists it."""


class GemeenteBestandFout(Exception):
    """A file in content/regelingen cannot be read for its names. `bestand` is the file's name, `detail` why."""

    def __init__(self, bestand: str, detail: str) -> None:
        self.bestand = bestand
        self.detail = detail
        super().__init__(f"{bestand}: {detail}")


def naam_sleutel(tekst: str | None) -> str:
    """The key a typed gemeente name is compared by: case, accents, hyphens, apostrophes and 'gemeente'/'stad'
    ignored ("'s-Gravenhage" and "s gravenhage" meet, "Súdwest" and "sudwest" meet); "" when empty."""
    if not tekst:
        return ""
    zonder_accent = "".join(t for t in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(t))
    kaal = zonder_accent.replace("’", "'").replace("/", " ")
    while (korter := _AANDUIDING.sub("", kaal, count=1)) != kaal:
        kaal = korter
    sleutel = kaal.strip().lower().replace("-", " ").replace("_", " ")
    sleutel = re.sub(r"[^\w ]", "", sleutel)
    return "_".join(sleutel.split())


def regelingen_map() -> Path:
    return content_dir() / "regelingen"


@cache
def namen_per_bestand() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per file in content/regelingen (by its stem): the gemeenten it is for and the other names of its one
    gemeente (`ook`). Raises GemeenteBestandFout for a file that cannot be read or has no list of names."""
    uit = {}
    for pad in sorted(regelingen_map().glob("*.toml")):
        try:
            inhoud = tomllib.loads(pad.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as fout:
            raise GemeenteBestandFout(pad.name, str(fout)) from None
        gemeenten, ook = _namen(inhoud.get("gemeenten"), "gemeenten", pad), _namen(inhoud.get("ook", []), "ook", pad)
        if ook and len(gemeenten) != 1:
            raise GemeenteBestandFout(pad.name, "'ook' hoort bij een bestand voor één gemeente")
        uit[pad.stem] = (gemeenten, ook)
    return uit


def _namen(lijst: object, veld: str, pad: Path) -> tuple[str, ...]:
    if not isinstance(lijst, list) or not all(isinstance(n, str) for n in lijst):
        raise GemeenteBestandFout(pad.name, f"'{veld}' is geen lijst met namen")
    return tuple(lijst)


@cache
def _sleutels() -> dict[str, str]:
    """Every name a file lists, by its naam_sleutel, to the key of its gemeente (an `ook` name: the file's one
    gemeente)."""
    uit: dict[str, str] = {}
    for gemeenten, ook in namen_per_bestand().values():
        for naam in gemeenten:
            uit[naam_sleutel(naam)] = naam_sleutel(naam)
        for naam in ook:
            uit[naam_sleutel(naam)] = naam_sleutel(gemeenten[0])
    return uit


def gemeente_sleutel(tekst: str | None) -> str | None:
    """The key of the gemeente as typed: a name a file in content/regelingen lists gives its gemeente's key
    ("'s-Gravenhage" -> `den_haag`), any other name its own `naam_sleutel`; None when empty."""
    sleutel = naam_sleutel(tekst)
    if not sleutel:
        return None
    return _sleutels().get(sleutel, sleutel)


def bestand_van(tekst: str | None) -> str | None:
    """The stem of the file in content/regelingen that lists this gemeente (by a name or an `ook` name); None if
    none does."""
    sleutel = naam_sleutel(tekst)
    if not sleutel:
        return None
    for stam, (gemeenten, ook) in namen_per_bestand().items():
        if sleutel in {naam_sleutel(naam) for naam in (*gemeenten, *ook)}:
            return stam
    return None
