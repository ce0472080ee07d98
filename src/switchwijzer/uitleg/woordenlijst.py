"""The glossary (`content/woordenlijst.toml`) and finding its words in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from switchwijzer import i18n
from switchwijzer.uitleg.teksten import Woorden, lees_toml


@dataclass(frozen=True)
class Woord:
    id: str
    titel: str
    uitleg: str


def woorden() -> dict[str, dict[str, Any]]:
    return lees_toml("woordenlijst.toml")


def woord(woord_id: str, w: Woorden) -> Woord:
    """One word, explained to this reader: the `je` text for a participant, the `u` text with "uw kind" or
    "uw cliënt" for a parent or budgetcoach (the glossary's texts are role tables like every content text)."""
    data = woorden()[woord_id]
    return Woord(woord_id, w.kies(data["titel"]), w.kies(data["uitleg"]))


@cache
def _patroon(taal: str) -> tuple[re.Pattern[str], dict[str, str]]:
    vormen: dict[str, str] = {}
    for woord_id, data in woorden().items():
        for vorm in data["vormen"].get(taal, []):
            vormen[vorm.lower()] = woord_id
    gesorteerd = sorted(vormen, key=len, reverse=True)
    patroon = re.compile(r"(?<![\w-])(" + "|".join(re.escape(v) for v in gesorteerd) + r")(?![\w])", re.IGNORECASE)
    return patroon, vormen


def vind(tekst: str, taal: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word id) for every glossary word in the text."""
    patroon, vormen = _patroon(taal or i18n.taal())
    return [(m.start(), m.end(), vormen[m.group(1).lower()]) for m in patroon.finditer(tekst)]


def gebruikte_woorden(teksten: list[str], taal: str | None = None) -> list[str]:
    """The ids of glossary words in these texts, in order of first use."""
    gezien: list[str] = []
    for tekst in teksten:
        for _start, _eind, woord_id in vind(tekst, taal):
            if woord_id not in gezien:
                gezien.append(woord_id)
    return gezien
