"""What every dialog shares: it answers once."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from switchwijzer.i18n import N_

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


class PadVraag(Dialoog[Uitkomst], Generic[Uitkomst]):
    """A box with a field for a path: Enter in the field or the main button (id `KNOP`) answers what
    `_klaar` makes of it; the other button and Esc answer None."""

    BINDINGS = [Binding("escape", "annuleer", N_("Cancel"), show=False)]
    KNOP = ""

    def _klaar(self) -> None:
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._klaar()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == self.KNOP:
            self._klaar()
        else:
            self.sluit(None)  # type: ignore[arg-type]  # every PadVraag's result may be None: Esc answers None

    def action_annuleer(self) -> None:
        self.sluit(None)  # type: ignore[arg-type]  # every PadVraag's result may be None: Esc answers None
