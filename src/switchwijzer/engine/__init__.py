"""The income engine: pure functions from a Situatie to an Uitkomst. Imports nothing from the UI.

The names below load on first use (PEP 562), so importing one module of the engine (the Situatie model, say)
does not build the whole engine first.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .bereken import bereken
    from .parameters import ParameterBestandFout, PeildatumBuitenPeriodes, dekking
    from .parameters import alle_periodes as laad_parameters
    from .situatie import Situatie
    from .uitkomst import Uitkomst

_WAAR = {
    "bereken": ("bereken", "bereken"),
    "ParameterBestandFout": ("parameters", "ParameterBestandFout"),
    "PeildatumBuitenPeriodes": ("parameters", "PeildatumBuitenPeriodes"),
    "laad_parameters": ("parameters", "alle_periodes"),
    "dekking": ("parameters", "dekking"),
    "Situatie": ("situatie", "Situatie"),
    "Uitkomst": ("uitkomst", "Uitkomst"),
}

__all__ = sorted(_WAAR)


def __getattr__(naam: str) -> object:
    try:
        module, attribuut = _WAAR[naam]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {naam!r}") from None
    waarde = getattr(import_module(f".{module}", __name__), attribuut)
    globals()[naam] = waarde
    return waarde
