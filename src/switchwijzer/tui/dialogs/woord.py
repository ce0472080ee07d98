"""The glossary: one word explained, or the list of all words to pick from (keyboard friendly)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from switchwijzer.i18n import N_, _
from switchwijzer.tui.dialogs.basis import Dialoog
from switchwijzer.tui.widgets.tekst import Tekst
from switchwijzer.uitleg.teksten import Woorden
from switchwijzer.uitleg.woordenlijst import woord, woorden


class WoordUitleg(Dialoog[None]):
    """What one hard word means, in B1."""

    BINDINGS = [Binding("escape", "sluit", N_("Close"))]

    def __init__(self, woord_id: str, w: Woorden) -> None:
        super().__init__()
        self.woord = woord(woord_id, w)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(self.woord.titel, classes="dialoog-titel")
            with VerticalScroll(classes="dialoog-inhoud"):
                yield Tekst(self.woord.uitleg, classes="dialoog-tekst")
            yield Button(_("Close"), id="sluit", variant="primary")

    def voorleestekst(self) -> list[str]:
        from switchwijzer.uitleg.uitspraak import zinnen

        return zinnen([self.woord.titel, self.woord.uitleg])

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.sluit(None)

    def action_sluit(self) -> None:
        self.sluit(None)


class Woordenlijst(Dialoog[None]):
    """All hard words; pick one with the arrow keys and Enter."""

    BINDINGS = [Binding("escape", "sluit", N_("Close"))]

    def __init__(self, w: Woorden) -> None:
        super().__init__()
        self.w = w

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(_("Which word do you want explained?"), classes="dialoog-titel")
            opties = sorted((woord(w, self.w).titel, w) for w in woorden())
            yield OptionList(*(Option(titel, id=w) for titel, w in opties), id="woorden")
            yield Button(_("Close"), id="sluit")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.push_screen(WoordUitleg(event.option.id, self.w))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.sluit(None)

    def action_sluit(self) -> None:
        self.sluit(None)
