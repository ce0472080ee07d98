"""The bar at the top of every screen: the name, read aloud, help with words, language, contrast, start over."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button

from switchwijzer.i18n import _, taal
from switchwijzer.tui.widgets.tekst import Tekst

if TYPE_CHECKING:
    from switchwijzer.tui.app import SwitchwijzerApp

LANGE_STAP = 16
"""A step text longer than this ("Vraag 3 van ongeveer 20") does not fit next to the name at 80 columns: the name
gives way until the screen is wide enough for both (switchwijzer.tcss)."""


class Kopbalk(Horizontal):
    def __init__(self, stap: str = "", lang: bool = False) -> None:
        """`lang`: the name gives way even when this step text is short (the questions: the name does not come
        and go from one question to the next)."""
        self.lange_stap = bool(stap) and (lang or len(stap) > LANGE_STAP)
        super().__init__(classes="kopbalk" + (" -lange-stap" if self.lange_stap else ""))
        self.stap = stap

    def compose(self) -> ComposeResult:
        yield Tekst("Switchwijzer", classes="naam")
        yield Tekst(self.stap, classes="stap")
        yield Button(_("Read aloud"), id="kop-voorlezen", compact=True, tooltip=_("Read aloud, or stop (F6)"))
        yield Button(_("Words"), id="kop-woorden", compact=True, tooltip=_("Explain a hard word (F2)"))
        andere = "English" if taal() == "nl" else "Nederlands"
        yield Button(andere, id="kop-taal", compact=True, tooltip=_("Other language (F4)"))
        yield Button(_("Contrast"), id="kop-contrast", compact=True, tooltip=_("High contrast on or off (F3)"))
        yield Button(_("Start over"), id="kop-opnieuw", compact=True, tooltip=_("Start over (F5)"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        app = cast("SwitchwijzerApp", self.app)
        acties = {
            "kop-voorlezen": app.action_voorlezen,
            "kop-woorden": app.action_woordenlijst,
            "kop-taal": app.action_taal,
            "kop-contrast": app.action_contrast,
            "kop-opnieuw": app.action_opnieuw,
        }
        if event.button.id in acties:
            event.stop()
            # run on the app's loop: the action may remove this very screen (a new language redraws it)
            self.app.call_later(acties[event.button.id])
