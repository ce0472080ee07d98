"""Calendar months: the first day of a month some months away, the last day of a month, the start of the work."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .situatie import Situatie


def plus_maanden(dag: date, maanden: int) -> date:
    """The first day of the month `maanden` after (or before) the month of `dag`."""
    totaal = dag.year * 12 + dag.month - 1 + maanden
    return date(totaal // 12, totaal % 12 + 1, 1)


def laatste_dag(maand: date) -> date:
    return plus_maanden(maand, 1) - timedelta(days=1)


def start_werk(s: Situatie) -> date:
    """The first day of month 1 of the work: the peildatum's month minus (maand_sinds_start - 1) months."""
    return plus_maanden(s.peildatum, 1 - s.straks.maand_sinds_start)


def maand_code(maand: date) -> str:
    """A calendar month as `YYYY-MM`."""
    return f"{maand.year:04d}-{maand.month:02d}"
