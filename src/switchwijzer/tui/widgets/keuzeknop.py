"""A choice button: ↑ and ↓ go to the previous and next choice of the same question, round the list as in a
radio list. Tab still leaves the question. It remembers whether it was pressed with a key or clicked: on the
coach's form a key moves on to the next question, a click leaves the focus under the pointer."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button

GROEP = "keuzegroep"
"""The class of the widget whose choices belong together (one question); without one, the screen."""


class Keuzeknop(Button):
    BINDINGS = [
        Binding("down", "naast(1)", show=False),
        Binding("up", "naast(-1)", show=False),
    ]

    met_toets = False
    """The last press came from the keyboard (Enter, or a digit through `VraagVeld.kies_nummer`)."""

    def action_press(self) -> None:
        self.met_toets = True
        super().action_press()

    def on_click(self) -> None:
        self.met_toets = False

    def _groep(self) -> Widget:
        for ouder in self.ancestors:
            if isinstance(ouder, Widget) and (ouder.has_class(GROEP) or isinstance(ouder, Screen)):
                return ouder
        return self.screen

    def action_naast(self, stap: int) -> None:
        knoppen = [k for k in self._groep().query(Keuzeknop).results(Keuzeknop) if k.display and k.focusable]
        if self in knoppen:
            knoppen[(knoppen.index(self) + stap) % len(knoppen)].focus()
