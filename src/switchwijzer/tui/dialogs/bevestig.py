"""A Ja/Nee question in a box (`ModalScreen[bool]`). It starts on "Nee": every question it asks would delete or
replace something, so Enter (or Esc) without looking keeps what is there."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from switchwijzer.i18n import N_, _
from switchwijzer.tui.dialogs.basis import Dialoog
from switchwijzer.tui.widgets.tekst import Tekst


class Bevestig(Dialoog[bool]):
    BINDINGS = [
        Binding("escape", "nee", N_("No"), show=False),
        # The two buttons side by side: the left arrow goes to the left one (Ja), the right arrow to "Nee".
        Binding("left", "kies('ja')", show=False),
        Binding("right", "kies('nee')", show=False),
    ]
    AUTO_FOCUS = "#nee"

    def __init__(self, vraag: str) -> None:
        super().__init__()
        self.vraag = vraag

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(self.vraag, classes="dialoog-tekst")
            with Horizontal(classes="knoppen"):
                yield Button(_("Yes"), id="ja")
                yield Button(_("No"), id="nee", variant="primary")

    def voorleestekst(self) -> list[str]:
        from switchwijzer.uitleg.uitspraak import zinnen

        return zinnen([self.vraag, _("Choose Yes or No.")])

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.sluit(event.button.id == "ja")

    def action_kies(self, knop: str) -> None:
        self.query_one(f"#{knop}", Button).focus()

    def action_nee(self) -> None:
        self.sluit(False)
