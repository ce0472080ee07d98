"""The unit of a parameter (`eenheid`, Dutch free text in content/parameters) in the reader's language.

The English of each unit is in content/teksten/eenheden.toml, keyed by the Dutch exactly as the parameter files
write it. A unit without English there reads in Dutch (tests/test_eenheden.py fails on it first).
"""

from __future__ import annotations

from functools import cache

from switchwijzer import i18n
from switchwijzer.uitleg.teksten import lees_toml

BESTAND = "teksten/eenheden.toml"


@cache
def engels() -> dict[str, str]:
    """The English of each Dutch unit."""
    return {rij["nl"]: rij["en"] for rij in lees_toml(BESTAND)["eenheid"]}


def eenheid_tekst(eenheid: str) -> str:
    """`eenheid` in the current language: the Dutch as it is, or its English."""
    if i18n.taal() == "nl":
        return eenheid
    return engels().get(eenheid, eenheid)
