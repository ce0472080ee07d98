"""The income engine: pure functions from a Situatie to an Uitkomst. Imports nothing from the UI."""

from .bereken import bereken
from .situatie import Situatie
from .uitkomst import Uitkomst

__all__ = ["Situatie", "Uitkomst", "bereken"]
