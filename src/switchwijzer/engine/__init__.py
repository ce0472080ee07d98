"""The income engine: pure functions from a Situatie to an Uitkomst. Imports nothing from the UI."""

from .bereken import bereken
from .parameters import ParameterBestandFout, PeildatumBuitenPeriodes, dekking
from .parameters import alle_periodes as laad_parameters
from .situatie import Situatie
from .uitkomst import Uitkomst

__all__ = [
    "ParameterBestandFout", "PeildatumBuitenPeriodes", "Situatie", "Uitkomst", "bereken", "dekking",
    "laad_parameters",
]
