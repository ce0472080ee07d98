"""Turning an Uitkomst and a reader into B1 text. No textual import, so `bereken --tekst` stays light.

`als_tekst` is loaded on first use: importing one small part of this package (the glossary, the texts) must not
load the whole answer, the guidance and the engine (the wizard's first screen needs only the glossary).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from switchwijzer.uitleg.tekst import als_tekst

__all__ = ["als_tekst"]


def __getattr__(naam: str) -> object:
    if naam == "als_tekst":
        from switchwijzer.uitleg.tekst import als_tekst

        return als_tekst
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")
