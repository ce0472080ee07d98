"""The Switchwijzer app: wires the steps together, owns the answers, the language, the theme and the kiosk.

`start(kiosk, taal, rol)` is what `switchwijzer` runs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from datetime import date

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from switchwijzer import i18n
from switchwijzer.i18n import N_, _
from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.commando import Opdrachten
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.dialogs.nog_daar import NogDaar
from switchwijzer.tui.dialogs.woord import Woordenlijst, WoordUitleg
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.rol import RolScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.thema import HOOG_CONTRAST, RUSTIG, THEMAS
from switchwijzer.tui.vertaal import vertaal_bindings

PERSONEEL_TOETSEN = ("f12", "ctrl+q")
"""Kiosk: staff end the app with F12 and then Ctrl+Q within PERSONEEL_SECONDEN seconds."""
PERSONEEL_SECONDEN = 3.0


class SwitchwijzerApp(App[int]):
    CSS_PATH = "switchwijzer.tcss"
    TITLE = "Switchwijzer"
    COMMANDS = {Opdrachten}
    COMMAND_PALETTE_DISPLAY = "Ctrl+P"
    BINDINGS = [
        Binding("ctrl+q", "quit", N_("Quit"), priority=True),
        Binding("ctrl+p", "command_palette", N_("Commands"), show=False, priority=True),
        Binding("f2", "woordenlijst", N_("Words")),
        Binding("f3", "contrast", N_("Contrast")),
        Binding("f4", "taal", N_("Language")),
        Binding("f5", "opnieuw", N_("Start over")),
    ]

    def __init__(
        self,
        *,
        kiosk: bool = False,
        taal: str = "nl",
        rol: str | None = None,
        peildatum: date | None = None,
        stil_seconden: float = 180,
        aftel_seconden: int = 30,
        vang_fouten: bool = False,
    ) -> None:
        i18n.zet_taal(taal)
        super().__init__()
        self.kiosk = kiosk
        self._vertaal()
        self.start_rol = rol
        self.peildatum = peildatum or date.today()  # chosen once; rendering never reads the clock
        self.stil_seconden = stil_seconden
        self.aftel_seconden = aftel_seconden
        self.vang_fouten = vang_fouten
        self.antwoorden: Antwoorden | None = None
        self.use_command_palette = False
        self._laatst_actief = time.monotonic()
        self._personeel_start: float | None = None

    def _vertaal(self) -> None:
        vertaal_bindings(self)
        if self.kiosk:  # no ordinary key ends the kiosk
            self._bindings.key_to_bindings.pop("ctrl+q", None)

    # -- start and reset --------------------------------------------------------------------------
    def on_mount(self) -> None:
        for thema in THEMAS:
            self.register_theme(thema)
        self.theme = RUSTIG.name
        if self.kiosk:
            self.set_interval(1, self._kijk_of_stil)
        self._begin()

    def _begin(self) -> None:
        self.antwoorden = None
        self.use_command_palette = False
        if self.start_rol:
            self.kies_rol(self.start_rol)
        else:
            self.push_screen(RolScherm())

    async def opnieuw_beginnen(self) -> None:
        """Forget every answer and go back to the first screen."""
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        self._begin()

    # -- the flow ---------------------------------------------------------------------------------
    def kies_rol(self, rol: str) -> None:
        self.antwoorden = Antwoorden(rol=rol, peildatum=self.peildatum)
        self.use_command_palette = rol == "coach"
        if rol == "coach":
            self.push_screen(FormulierScherm())
        else:
            eerste = self.antwoorden.zichtbaar()[0]
            self.push_screen(VraagScherm(eerste.id))

    def volgende_vraag(self, vraag_id: str, naar_overzicht: bool) -> None:
        assert self.antwoorden is not None
        zichtbaar = self.antwoorden.zichtbaar()
        ids = [v.id for v in zichtbaar]
        volgende = None
        if naar_overzicht:
            volgende = self.antwoorden.open_vraag()
        elif vraag_id in ids and ids.index(vraag_id) + 1 < len(ids):
            volgende = zichtbaar[ids.index(vraag_id) + 1]
        elif vraag_id not in ids:
            volgende = self.antwoorden.open_vraag()
        if volgende is None:
            if self.antwoorden.open_vraag() is not None:
                volgende = self.antwoorden.open_vraag()
            else:
                self.switch_screen(OverzichtScherm())
                return
        assert volgende is not None
        self.switch_screen(VraagScherm(volgende.id, naar_overzicht))

    def vorige_vraag(self, vraag_id: str) -> None:
        assert self.antwoorden is not None
        ids = [v.id for v in self.antwoorden.zichtbaar()]
        if vraag_id in ids and ids.index(vraag_id) > 0:
            self.switch_screen(VraagScherm(ids[ids.index(vraag_id) - 1]))
        else:
            self.pop_screen()

    def wijzig(self, vraag_id: str, naar_overzicht: bool = True) -> None:
        self.switch_screen(VraagScherm(vraag_id, naar_overzicht))

    def toon_uitkomst(self) -> None:
        if self.antwoorden is None or isinstance(self.screen, UitkomstScherm):
            return
        if self.antwoorden.open_vraag() is not None:
            self.notify(_("Some questions have no answer yet."), severity="warning")
            return
        self.push_screen(UitkomstScherm())

    # -- actions on every screen ------------------------------------------------------------------
    @property
    def rol(self) -> str:
        return self.antwoorden.rol if self.antwoorden else "deelnemer"

    def action_woord(self, woord_id: str) -> None:
        self.push_screen(WoordUitleg(woord_id, self.rol))

    def action_woordenlijst(self) -> None:
        if not isinstance(self.screen, Woordenlijst):
            self.push_screen(Woordenlijst(self.rol))

    def action_contrast(self) -> None:
        self.theme = RUSTIG.name if self.theme == HOOG_CONTRAST.name else HOOG_CONTRAST.name

    async def action_taal(self) -> None:
        i18n.zet_taal("en" if i18n.taal() == "nl" else "nl")
        self._vertaal()
        stappen = [s for s in self.screen_stack[1:] if isinstance(s, Stap)]
        kopieen = [s.kopie() for s in stappen]
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        for kopie in kopieen:
            await self.push_screen(kopie)

    def action_opnieuw(self) -> None:
        if isinstance(self.screen, Bevestig):
            return

        def klaar(ja: bool | None) -> None:
            if ja:
                self.call_later(self.opnieuw_beginnen)

        self.push_screen(Bevestig(_("Do you want to start over? Your answers will be deleted.")), klaar)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=_("Search for a command…"), id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return iter(())  # Textual's own commands are English; ours are in `Opdrachten`

    # -- kiosk ------------------------------------------------------------------------------------
    async def action_quit(self) -> None:
        if self.kiosk:
            self.notify(_("Please ask a staff member."), title=_("This screen stays on"))
            return
        self.exit(0)

    def action_help_quit(self) -> None:
        if not self.kiosk:
            self.notify(_("Press Ctrl+Q to quit."))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.MouseScrollUp | events.MouseScrollDown):
            self._laatst_actief = time.monotonic()
            if self.kiosk and isinstance(event, events.Key) and self._personeel(event.key):
                self.exit(0)
                return
        await super().on_event(event)

    def _personeel(self, toets: str) -> bool:
        nu = time.monotonic()
        if toets == PERSONEEL_TOETSEN[0]:
            self._personeel_start = nu
            return False
        klaar = (
            toets == PERSONEEL_TOETSEN[1]
            and self._personeel_start is not None
            and nu - self._personeel_start <= PERSONEEL_SECONDEN
        )
        self._personeel_start = None
        return klaar

    def _kijk_of_stil(self) -> None:
        if isinstance(self.screen, NogDaar) or time.monotonic() - self._laatst_actief < self.stil_seconden:
            return
        if self.antwoorden is None and isinstance(self.screen, RolScherm):
            return  # nothing to forget

        def klaar(nog_daar: bool | None) -> None:
            self._laatst_actief = time.monotonic()
            if not nog_daar:
                self.call_later(self.opnieuw_beginnen)

        self.push_screen(NogDaar(self.aftel_seconden), klaar)

    # -- never a traceback in front of a person ---------------------------------------------------
    def _handle_exception(self, error: Exception) -> None:
        if not self.vang_fouten:
            super()._handle_exception(error)
            return
        self.notify(_("Something went wrong. We start over."), severity="error")
        self.call_later(self.opnieuw_beginnen)


def start(kiosk: bool = False, taal: str = "nl", rol: str | None = None) -> int:
    """Run the wizard; returns the exit code."""
    if kiosk:
        sys.dont_write_bytecode = True  # the kiosk writes nothing to disk
    app = SwitchwijzerApp(kiosk=kiosk, taal=taal, rol=rol, vang_fouten=True)
    app.run()
    return app.return_code or 0
