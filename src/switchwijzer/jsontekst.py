"""JSON from outside (a saved intake, the input of `bereken`): a number of absurd length is refused before Python
turns it into a number.

Python refuses to convert an integer of more than 4 300 digits (a ValueError that is no JSONDecodeError, so it
went past every check as a traceback), and a float or Decimal of a million digits is slow to read and means
nothing. No amount, age or number of hours needs more than a few digits: `MAX_GETAL_TEKENS` is far above that.
Digits inside a JSON string (typed text) are text, not a number, and are not counted here.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

MAX_GETAL_TEKENS = 30
"""The longest number, as written, that we read: `1000000.00` has 10; a float written by a program has at most
about 24 (`-1.2345678901234567e-300`)."""


class TeLangGetal(ValueError):
    """A number in the JSON text is longer than MAX_GETAL_TEKENS; `tekens` is its length as written."""

    def __init__(self, tekens: int) -> None:
        super().__init__(f"een getal van {tekens} tekens")
        self.tekens = tekens


def _kort(tekst: str) -> str:
    if len(tekst) > MAX_GETAL_TEKENS:
        raise TeLangGetal(len(tekst))
    return tekst


def laad(tekst: str) -> Any:
    """`json.loads`, but a number longer than MAX_GETAL_TEKENS raises TeLangGetal before it is converted.

    Raises json.JSONDecodeError for text that is not JSON, RecursionError for nesting deeper than Python's stack."""
    return json.loads(tekst, parse_int=lambda t: int(_kort(t)), parse_float=lambda t: float(_kort(t)))


def controleer_getallen(tekst: str) -> None:
    """Raise TeLangGetal when the JSON text has a number that is too long; say nothing about anything else (text
    that is not JSON is left to the parser that reads it next, with its own message per field)."""
    with contextlib.suppress(json.JSONDecodeError, RecursionError):
        json.loads(tekst, parse_int=_kort, parse_float=_kort)
