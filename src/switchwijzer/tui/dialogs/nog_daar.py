"""Kiosk: "Ben je er nog?" after a quiet while; without an answer the app starts over."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button

from switchwijzer.i18n import _
from switchwijzer.tui.dialogs.basis import Dialoog
from switchwijzer.tui.widgets.tekst import Tekst


class NogDaar(Dialoog[bool]):
    """Dismisses with True when someone is still there, False when the time ran out."""

    def __init__(self, seconden: int) -> None:
        super().__init__()
        self.over = seconden

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(_("Are you still there?"), classes="dialoog-titel")
            yield Tekst(self._tekst(), id="aftellen", classes="dialoog-tekst")
            yield Button(_("Yes, I am still here"), id="ja", variant="primary")

    def _tekst(self) -> str:
        return _("If not, we start over in {n} seconds. Your answers are then deleted.").format(n=self.over)

    def voorleestekst(self) -> list[str]:
        from switchwijzer.uitleg.uitspraak import zinnen

        return zinnen([_("Are you still there?"), self._tekst()])

    def on_mount(self) -> None:
        self.set_interval(1, self._tik)

    def _tik(self) -> None:
        self.over -= 1
        if self.over <= 0:
            self.sluit(False)
            return
        self.query_one("#aftellen", Tekst).update(self._tekst())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.sluit(True)
