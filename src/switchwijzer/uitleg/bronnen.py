"""The sources of an answer as a reader can look them up: the law and its articles, and the date of the rules.

Each money line names the rule it was computed with (`Regel.regel`, e.g. "Pw art. 21 a, art. 19 lid 2 en 31")
and the date those rules are valid from. A guidance item's source keeps only the parts that name a law; a part
that names a file is left out too, as a second guard (content names reports by title, never by file name).
"""

from __future__ import annotations

import re

from switchwijzer.i18n import _, datum
from switchwijzer.uitleg.antwoord import Antwoord

BESTAND = re.compile(r"\.(txt|ya?ml|toml|json|md|pdf)\b|\bseed\b", re.IGNORECASE)
"""A part of a source that points at a file (a research note, a data file) rather than at a law or a table."""
WET = re.compile(r"\bart\.|\bartikel\b|wet\b|\bStcrt\b|\bRegeling\b|\bBesluit\b", re.IGNORECASE)
"""A part of a source that names a law, an article, a regulation or the Staatscourant."""


def _delen(bron: str) -> list[str]:
    """A source split at each `;` that is not inside brackets (notes in brackets may hold a `;` of their own)."""
    delen, diepte, begin = [], 0, 0
    for plek, teken in enumerate(bron):
        diepte += {"(": 1, ")": -1}.get(teken, 0)
        if teken == ";" and diepte <= 0:
            delen.append(bron[begin:plek])
            begin = plek + 1
    return [deel.strip() for deel in [*delen, bron[begin:]] if deel.strip()]


def wet_bron(bron: str) -> str:
    """The parts of a source that name a law, an article or a regulation; notes on research files are left out."""
    return "; ".join(deel for deel in _delen(bron) if WET.search(deel) and not BESTAND.search(deel))


def bronnen(antwoord: Antwoord) -> list[str]:
    """One line per money line and per law the advice cites, each once, in the order of the answer."""
    uit: list[str] = []
    for rij in (*antwoord.geld, *antwoord.toeslagen):
        regel = rij.regel_straks or rij.regel_nu
        if regel is None or not regel.regel or (rij.nu is None and rij.straks is None):
            continue
        uit.append(_("{naam}: {regel} (rules from {datum})").format(
            naam=rij.naam, regel=regel.regel, datum=datum(regel.geldig_vanaf)))
    for deel in antwoord.delen:
        for item in deel.items:
            wet = wet_bron(item.bron)
            if wet:
                uit.append(wet)
    return list(dict.fromkeys(uit))
