"""Where to save "Mijn overzicht": a box with the proposed path, to keep or to change (`Dialoog[str | None]`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from switchwijzer.i18n import N_, _
from switchwijzer.tui.dialogs.basis import Dialoog
from switchwijzer.tui.widgets.tekst import Tekst

MAX_PAD = 1000


class Opslaan(Dialoog[str | None]):
    """Answers the typed path, or None when the person cancels."""

    BINDINGS = [Binding("escape", "annuleer", N_("Cancel"), show=False)]

    def __init__(self, voorstel: str) -> None:
        super().__init__()
        self.voorstel = voorstel

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(_("Save your summary as a PDF"), classes="dialoog-titel")
            yield Tekst(_("The file goes here. You can type another place."), classes="dialoog-tekst")
            yield Input(self.voorstel, id="pad", max_length=MAX_PAD, classes="dialoog-tekst")
            with Horizontal(classes="knoppen"):
                yield Button(_("Save"), id="opslaan", variant="primary")
                yield Button(_("Cancel"), id="annuleer")

    def on_mount(self) -> None:
        self.query_one("#pad", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.sluit(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.sluit(self.query_one("#pad", Input).value if event.button.id == "opslaan" else None)

    def action_annuleer(self) -> None:
        self.sluit(None)
