"""What every step of the wizard shares: the top bar, a scrolling body, buttons below, the footer."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget

from switchwijzer.tui.widgets.kopbalk import Kopbalk
from switchwijzer.tui.widgets.meer import MeerHieronder
from switchwijzer.tui.widgets.tekst import Tekst
from switchwijzer.tui.widgets.toetsenbalk import Toetsenbalk
from switchwijzer.uitleg.teksten import Woorden, woorden

if TYPE_CHECKING:
    from switchwijzer.lezer import Lezer
    from switchwijzer.tui.antwoorden import Antwoorden
    from switchwijzer.tui.app import SwitchwijzerApp


class Inhoud(VerticalScroll, can_focus=False):
    """The body of a step. It takes no focus: as a Tab stop it only scrolled, and showed nothing when focused.
    PageUp and PageDown scroll it from anywhere on the screen (Stap), the wheel and the scrollbar with the mouse,
    and Tab scrolls to each button or field it reaches."""


class Stap(Screen[None]):
    LANGE_STAP = False
    """The step text of this kind of step can be long ("Vraag 12 van ongeveer 20"): see Kopbalk."""
    BINDINGS = [
        Binding("pagedown", "blader(1)", show=False),
        Binding("pageup", "blader(-1)", show=False),
    ]

    @property
    def wizard(self) -> SwitchwijzerApp:
        """The app, typed: every step runs inside the Switchwijzer app."""
        return cast("SwitchwijzerApp", self.app)

    @property
    def antwoorden(self) -> Antwoorden:
        antwoorden = self.wizard.antwoorden
        assert antwoorden is not None, "a step is shown only after the role is chosen"
        return antwoorden

    @property
    def lezer(self) -> Lezer:
        return self.wizard.lezer

    @property
    def woorden(self) -> Woorden:
        """Every text in the reader's words (`Woorden.kies`, `Woorden.uit`)."""
        return woorden(self.lezer)

    def stap_tekst(self) -> str:
        return ""

    def eerste(self, selector: str) -> Widget | None:
        """The first widget that matches, or None while the screen is being built or taken down: a click on
        "English" in a burst of clicks can take a screen down before it was mounted (found by the random test)."""
        return next(iter(self.query(selector)), None)

    def compose(self) -> ComposeResult:
        stap = self.stap_tekst()
        kop = Kopbalk(stap, lang=self.LANGE_STAP)
        yield kop
        with Inhoud(classes="inhoud", id="inhoud"):
            if kop.lange_stap:
                # Below 100 columns a long step ("Vraag 3 van ongeveer 20") does not fit next to the buttons of
                # the top bar: there it is the first line of the screen instead (switchwijzer.tcss).
                yield Tekst(stap, classes="stap-regel")
            yield from self.inhoud()
        knoppen = list(self.knoppen())
        if knoppen:
            yield Horizontal(MeerHieronder(), *knoppen, classes="navigatie")
        yield Toetsenbalk(toon_opdrachten=self.wizard.use_command_palette)

    def inhoud(self) -> ComposeResult:
        yield from ()

    # -- keys typed while the next step comes -----------------------------------------------------
    def vang_toets(self, event: events.Key) -> bool:
        """True when this step keeps the key for the next step (the app then does not hand it to the focus)."""
        return False

    def neemt_toetsen(self) -> bool:
        """This step takes the keys typed on the step before, while it was on its way out."""
        return False

    def on_screen_resume(self) -> None:
        toetsen, self.wizard.onderweg_getypt = self.wizard.onderweg_getypt, []
        if self.neemt_toetsen():
            for toets in toetsen:  # after the focus is set (that is already waiting in the app's queue)
                self.app.post_message(events.Key(toets.key, toets.character))

    def on_resize(self) -> None:
        for meer in self.query(MeerHieronder).results(MeerHieronder):
            meer.call_after_refresh(meer.kijk)

    def action_blader(self, richting: int) -> None:
        """PageDown / PageUp: the body one screen further or back (a focused text or table scrolls itself)."""
        for inhoud in self.query("#inhoud").results(Inhoud):
            if richting > 0:
                inhoud.scroll_page_down(animate=False)
            else:
                inhoud.scroll_page_up(animate=False)

    def knoppen(self) -> list[Widget]:
        return []

    def kopie(self) -> Stap:
        """A fresh copy of this step (used to redraw everything after a language switch)."""
        return type(self)()
