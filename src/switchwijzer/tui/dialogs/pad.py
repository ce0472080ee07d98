"""Where to save a file: a box with a proposed path, to keep or to change (`PadVraag[str | None]`).

Used for the answers (Ctrl+S) and for "Mijn overzicht" as a PDF (Ctrl+E). It answers what was typed (without
spaces around it), so the caller decides what a path means: a PDF adds `.pdf`, a folder with `/` stays one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from switchwijzer.i18n import _
from switchwijzer.tui.dialogs.basis import PadVraag
from switchwijzer.tui.widgets.tekst import Tekst

MAX_PAD = 1000


class PadDialoog(PadVraag[str | None]):
    """Answers the typed path, or None when the person cancels. An empty field gets a message, not a close."""

    KNOP = "bewaar"

    def __init__(self, titel: str, uitleg: str, voorstel: str) -> None:
        super().__init__()
        self.titel = titel
        self.uitleg = uitleg
        self.voorstel = voorstel

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(self.titel, classes="dialoog-titel")
            yield Tekst(self.uitleg, classes="dialoog-tekst")
            yield Input(self.voorstel, id="pad", max_length=MAX_PAD, select_on_focus=False)
            with Horizontal(classes="knoppen"):
                yield Button(_("Save"), id="bewaar", variant="primary")
                yield Button(_("Cancel"), id="annuleer")

    def on_mount(self) -> None:
        self.query_one("#pad", Input).focus()

    def _klaar(self) -> None:
        tekst = self.query_one("#pad", Input).value.strip()
        if not tekst:
            self.app.notify(_("Type where to save the file."), severity="warning")
            return
        self.sluit(tekst)
