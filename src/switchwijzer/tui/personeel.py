"""The staff key combination that ends a kiosk: F12, then Ctrl+Q within a few seconds."""

from __future__ import annotations

import time

PERSONEEL_TOETSEN = ("f12", "ctrl+q")
PERSONEEL_SECONDEN = 3.0


class PersoneelsToetsen:
    """Feed it every key; it answers True once the staff combination is complete."""

    def __init__(self) -> None:
        self._start: float | None = None

    def toets(self, toets: str) -> bool:
        nu = time.monotonic()
        if toets == PERSONEEL_TOETSEN[0]:
            self._start = nu
            return False
        klaar = toets == PERSONEEL_TOETSEN[1] and self._start is not None and nu - self._start <= PERSONEEL_SECONDEN
        self._start = None
        return klaar
