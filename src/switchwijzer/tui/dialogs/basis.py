"""What every dialog shares: it answers once."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.screen import ModalScreen

Uitkomst = TypeVar("Uitkomst")


class Dialoog(ModalScreen[Uitkomst], Generic[Uitkomst]):
    """A modal box that closes with one answer. A second click or key that arrives while it is closing
    (a fast double click, keys typed in a burst) is ignored instead of answering twice."""

    _gesloten = False

    def sluit(self, uitkomst: Uitkomst) -> None:
        if self._gesloten:
            return
        self._gesloten = True
        self.dismiss(uitkomst)
