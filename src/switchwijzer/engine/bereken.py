"""Entry point of the engine (being built)."""

from .situatie import Situatie
from .uitkomst import Uitkomst


def bereken(situatie: Situatie) -> Uitkomst:
    raise NotImplementedError
