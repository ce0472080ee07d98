"""The answer: Geld, Toeslagen, Terug kunnen, Indicatie and "Wat kan ik nu doen?", in tabs.

Thin: it asks the answers for a Situatie, calls the engine and hands the result to the panels.
"""

from __future__ import annotations

import gc
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, TabbedContent, TabPane

from switchwijzer.engine import bereken
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.i18n import N_, Invoerfout, _, als_invoer
from switchwijzer.tui.dialogs.pad import PadDialoog
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.widgets.antwoord import AdviesPaneel, GeldPaneel, MaandenPaneel, Paneel, ToeslagenPaneel
from switchwijzer.tui.widgets.tekst import Uitleg

if TYPE_CHECKING:
    from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.uitleg.antwoord import Antwoord, maak_antwoord
from switchwijzer.uitleg.scenarios import Vergelijking
from switchwijzer.uitleg.vragenlijst import vraag as vind_vraag

MINSTE_UREN, MEESTE_UREN = vind_vraag("uren").min or Decimal(1), vind_vraag("uren").max or Decimal(40)
"""The hours a person can choose (as the question allows): 0 hours is no job."""

VOORLEES_DELEN = {
    "geld": "geld",
    "maanden": "maanden",
    "toeslagen": "toeslagen",
    "terug": "terug_kunnen",
    "indicatie": "indicatie",
    "doen": "nu_doen",
}
"""The part of the answer (uitleg/voorlezen.py) that each tab shows."""
TABS = (
    ("geld", N_("Money")),
    ("maanden", N_("Per month")),
    ("toeslagen", N_("Toeslagen")),
    ("terug", N_("Going back")),
    ("indicatie", N_("Indicatie")),
    ("doen", N_("What now?")),
)


class UitkomstScherm(Stap):
    BINDINGS = [
        Binding("escape", "terug", N_("Back")),
        Binding("minus", "uren(-1)", N_("Fewer hours"), key_display="-"),
        Binding("plus,equals_sign", "uren(1)", N_("More hours"), key_display="+"),
        Binding("v", "vergelijk", N_("Compare")),
        *(Binding(str(n), f"tab('{tab}')", show=False) for n, (tab, _titel) in enumerate(TABS, start=1)),
        Binding("ctrl+e", "overzicht", N_("Summary")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.situatie: Situatie | None = None
        self.uitkomst: Uitkomst | None = None
        self.fout = ""
        self._antwoord: Antwoord | None = None
        self._panelen: dict[str, Paneel] = {}
        """The panel of each tab (kept, so a redraw does not search the screen for them)."""
        self.reken()

    def reken(self) -> None:
        """Answers that do not fit together get their message here; a mistake in the engine is no bad input and
        is not caught here: the app says it is one, with a code (`SwitchwijzerApp._handle_exception`)."""
        self._antwoord = None
        try:
            self.situatie = self.antwoorden.situatie()
        except Invoerfout as fout:
            self.fout = str(fout)
            return
        self.uitkomst = bereken(self.situatie)
        self.fout = ""

    def antwoord(self) -> Antwoord:
        """What to say, decided once per result (all tabs lay out the same answer)."""
        assert self.situatie is not None and self.uitkomst is not None
        if self._antwoord is None:
            self._antwoord = maak_antwoord(self.situatie, self.uitkomst, self.lezer, self.antwoorden.aannames(),
                                           vandaag=self.antwoorden.peildatum)
        return self._antwoord

    def kopie(self) -> Stap:
        return UitkomstScherm()

    def voorleestekst(self) -> list[str]:
        """The tab in front, from the answer model (uitleg/voorlezen.py)."""
        from switchwijzer.uitleg.uitspraak import zinnen
        from switchwijzer.uitleg.voorlezen import antwoord_zinnen

        if self.fout or self.situatie is None or self.uitkomst is None:
            return zinnen([self.fout])
        tabs = next(iter(self.query("#tabs").results(TabbedContent)), None)
        return antwoord_zinnen(
            self.antwoord(), VOORLEES_DELEN[tabs.active if tabs is not None and tabs.active else "geld"]
        )

    def stap_tekst(self) -> str:
        return _("The answer")

    def inhoud(self) -> ComposeResult:
        if self.fout or self.situatie is None or self.uitkomst is None:
            yield Uitleg(self.fout, classes="fout -zichtbaar")
            return
        antwoord = self.antwoord()
        titels = {tab: f"{n} {_(titel)}" for n, (tab, titel) in enumerate(TABS, start=1)}  # the digit picks the tab
        self._panelen = {
            "geld": GeldPaneel(antwoord),
            "maanden": MaandenPaneel(antwoord),
            "toeslagen": ToeslagenPaneel(antwoord),
            "terug": AdviesPaneel(antwoord, "terug_kunnen"),
            "indicatie": AdviesPaneel(antwoord, "indicatie"),
            "doen": AdviesPaneel(antwoord, "nu_doen"),
        }
        with TabbedContent(id="tabs"):
            for tab, paneel in self._panelen.items():
                with TabPane(titels[tab], id=tab):
                    yield paneel

    def knoppen(self) -> list[Widget]:
        return [Button(_("← Change answers"), id="terug")]

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        knop = event.button.id
        if knop == "terug":
            event.stop()
            self.action_terug()
        elif knop in ("minder", "meer"):
            event.stop()
            await self.action_uren(-1 if knop == "minder" else 1)

    def on_mount(self) -> None:
        self.call_after_refresh(self._focus_paneel)

    # While the answer is in front, Python's garbage collector leaves alone what was there when it came: a full
    # collection otherwise walks every object of the program (Textual, the engine, the parameters) and held up one
    # press of + / − in about forty by 45-80 ms (see benchmarks/startup.py). New objects (each answer, the widgets
    # that change) are still collected as usual; when the answer is left, everything is collected again.
    def on_screen_resume(self) -> None:
        gc.freeze()

    def on_screen_suspend(self) -> None:
        gc.unfreeze()

    def on_unmount(self) -> None:
        gc.unfreeze()

    def _focus_paneel(self) -> None:
        """Focus the text of the open tab, so arrows and PageDown scroll it at once (no hidden Tab first)."""
        for tabs in self.query("#tabs").results(TabbedContent):
            for paneel in tabs.query(f"#{tabs.active} Paneel").results(Paneel):
                paneel.focus()

    def action_tab(self, tab: str) -> None:
        for tabs in self.query("#tabs").results(TabbedContent):
            tabs.active = tab
        self.call_after_refresh(self._focus_paneel)

    def action_terug(self) -> None:
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "overzicht" and (
            getattr(self.app, "kiosk", False) or self.situatie is None or self.uitkomst is None
        ):
            return False  # a kiosk writes nothing to disk; without an answer there is nothing to print
        if action in ("uren", "vergelijk") and (
            self.situatie is None or self.uitkomst is None or not self.uitkomst.uren_reeks
        ):
            return False  # no hours to change when nothing was computed: hide the keys too
        return super().check_action(action, parameters)

    def action_vergelijk(self) -> None:
        """Put other choices next to this answer (hours, kind of work, start month)."""
        from switchwijzer.tui.screens.scenarios import ScenarioScherm

        if self.situatie is not None and self.uitkomst is not None and self.uitkomst.uren_reeks:
            self.app.push_screen(ScenarioScherm())

    async def action_uren(self, stap: int) -> None:
        """Other hours: store them as the answer, calculate again and redraw the panels."""
        if self.situatie is None:
            return
        huidig = self.situatie.straks.uren_per_week or Decimal(0)
        nieuw = min(MEESTE_UREN, max(MINSTE_UREN, huidig + stap))
        if nieuw == huidig:
            return
        self.antwoorden.zet("uren", nieuw, ruw=als_invoer(nieuw))  # as typed: "13,5", never "13.5"
        self.reken()
        if self.situatie is None or self.uitkomst is None:
            return
        actief = self.query_one(TabbedContent).active
        for tab, paneel in self._panelen.items():
            # redraw the tab in view now; the others when they are opened
            if tab == actief:
                await paneel.toon(self.antwoord())
            else:
                paneel.verouderd = True

    def action_overzicht(self) -> None:
        """Ask where to save "Mijn overzicht" (a PDF of this answer), then save it there."""
        if getattr(self.app, "kiosk", False):
            self.notify(_("Saving is not possible on this computer."), severity="warning", markup=False)
            return
        if self.situatie is None or self.uitkomst is None or isinstance(self.app.screen, PadDialoog):
            return
        from switchwijzer.afdruk.bestand import bestandsnaam, standaard_map  # the PDF code loads only when asked

        voorstel = standaard_map() / bestandsnaam(self.situatie.peildatum)

        def klaar(tekst: str | None) -> None:
            if tekst:
                self._bewaar_overzicht(tekst)

        titel, uitleg = _("Save your summary as a PDF"), _("The file goes here. You can type another place.")
        self.app.push_screen(PadDialoog(titel, uitleg, str(voorstel)), klaar)

    def _bewaar_overzicht(self, tekst: str) -> None:
        from switchwijzer.afdruk import LettertypeOntbreekt, Schrijffout, als_pdf_pad, bewaar_pdf

        try:
            pad = bewaar_pdf(self.antwoord(), als_pdf_pad(tekst), cast("SwitchwijzerApp", self.app).peildatum,
                             self._vergelijking())
        except (Schrijffout, LettertypeOntbreekt) as fout:
            self.notify(str(fout), severity="error", timeout=10, markup=False)
            return
        self.notify(_("Your summary is saved: {pad}").format(pad=pad), title=_("Summary"), timeout=10, markup=False)

    def _vergelijking(self) -> Vergelijking | None:
        """The choices side by side for "Mijn overzicht", when there are any."""
        from switchwijzer.uitleg.scenarios import vergelijk

        if not self.antwoorden.varianten or self.situatie is None:
            return None
        return vergelijk(self.situatie, self.antwoorden.varianten, self.lezer, self.antwoorden.aannames())

    async def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.wizard.voorlezen.scherm_veranderd()  # another tab: stop (and with --voorlezen read the new one)
        if self.situatie is None or self.uitkomst is None:
            return
        for paneel in event.pane.query(Paneel):
            if paneel.verouderd:
                await paneel.toon(self.antwoord())

