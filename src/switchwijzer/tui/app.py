"""The Switchwijzer app: wires the steps together, owns the answers, the language, the theme and the kiosk.

`start(kiosk, taal, rol)` is what `switchwijzer` runs.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import ModalScreen, Screen

from switchwijzer import i18n
from switchwijzer.foutmeldingen import zichtbaar
from switchwijzer.i18n import N_, _
from switchwijzer.lezer import Lezer, Rol
from switchwijzer.tui.commando import Opdrachten
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.dialogs.nog_daar import NogDaar
from switchwijzer.tui.harde_spatie import houd_samen
from switchwijzer.tui.personeel import PersoneelsToetsen
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.screens.rol import RolScherm
from switchwijzer.tui.thema import HOOG_CONTRAST, RUSTIG, THEMAS
from switchwijzer.tui.voorlezen import Voorlezen
from switchwijzer.uitleg.teksten import Woorden, woorden

houd_samen()  # "€ 231" never split at a line end

if TYPE_CHECKING:
    from switchwijzer.intake import Geopend
    from switchwijzer.onverwacht import Onverwacht
    from switchwijzer.spraak.voorlezer import MaakSpeler
    from switchwijzer.tui.antwoorden import Antwoorden
    from switchwijzer.tui.herstel import NaFout

# Only what the first screen (who is at the keyboard?) needs is imported above. The questions, the engine, the
# answer, saved intakes and the PDF are imported where they are used. Once the first screen is shown, the app
# imports them in the background, one part at a time between key presses (`_laad_de_rest`), so the first screen
# comes as fast as a bare Textual app and the second screen does not wait either. The PDF code (fpdf2) loads only
# when a PDF is asked for.
LATER_NODIG = (
    "switchwijzer.engine",
    "switchwijzer.guidance",
    "switchwijzer.uitleg.antwoord",
    "switchwijzer.uitleg.vragenlijst",
    "switchwijzer.tui.antwoorden",
    "switchwijzer.tui.screens.vraag",
    "switchwijzer.tui.screens.formulier",
    "switchwijzer.tui.screens.overzicht",
    "switchwijzer.tui.widgets.urengrafiek",
    "switchwijzer.tui.screens.uitkomst",
    "switchwijzer.tui.dialogs.woord",
    "switchwijzer.intake",
    "switchwijzer.tui.dialogs.bewaren",
)
LADEN_NA = 0.3
"""Seconds after the first screen before the rest is loaded (the first screen is drawn and usable by then)."""


KIOSK_GEBLOKKEERD = (
    "suspend_process", "screenshot", "simulate_key", "push_screen", "switch_screen", "pop_screen",
    "switch_mode", "change_theme", "show_help_panel", "command_palette", "bewaar", "open", "overzicht",
)
"""Actions that reach outside the wizard or around its flow, or read and write files (saved answers, the PDF);
a kiosk never runs them, whatever asks, and does not show their keys."""


class SwitchwijzerApp(App[int]):
    CSS_PATH = "switchwijzer.tcss"
    TITLE = "Switchwijzer"
    COMMANDS = {Opdrachten}
    COMMAND_PALETTE_DISPLAY = "Ctrl+P"
    HORIZONTAL_BREAKPOINTS = [(0, "-smal"), (80, "-normaal"), (100, "-breed")]
    """Below 80 columns the top bar drops the name and the step, so "Opnieuw beginnen" stays visible next to
    "Voorlezen"; below 100 it drops the name (the step can be long: "Vraag 3 van ongeveer 20")."""
    BINDINGS = [
        # Save and Open come first in the footer: on the budgetcoach's form at 80 columns the last key is cut
        # off, and "Start over" is also a button in the top bar.
        Binding("ctrl+s", "bewaar", N_("Save")),
        Binding("ctrl+o", "open", N_("Open")),
        Binding("f6", "voorlezen", N_("Read aloud")),
        Binding("ctrl+q", "quit", N_("Quit"), priority=True),
        Binding("ctrl+p", "command_palette", N_("Commands"), show=False, priority=True),
        Binding("f2", "woordenlijst", N_("Words")),
        # Contrast and language are buttons in the top bar (their tooltips name the key); the footer stays
        # short enough for 80 columns.
        Binding("f3", "contrast", N_("Contrast"), show=False),
        Binding("f4", "taal", N_("Language"), show=False),
        Binding("f5", "opnieuw", N_("Start over")),
    ]

    def __init__(
        self,
        *,
        kiosk: bool = False,
        taal: str = "nl",
        rol: Rol | None = None,
        peildatum: date | None = None,
        stil_seconden: float = 180,
        aftel_seconden: int = 30,
        vang_fouten: bool = False,
        geopend: Geopend | None = None,
        na_fout: NaFout | None = None,
        voorlezen: bool = False,
        speler: MaakSpeler | None = None,
    ) -> None:
        i18n.zet_taal(taal)
        super().__init__()
        self.kiosk = kiosk
        self.start_rol = rol
        self.peildatum = peildatum or date.today()  # chosen once; rendering never reads the clock
        self.stil_seconden = stil_seconden
        self.aftel_seconden = aftel_seconden
        self.vang_fouten = vang_fouten
        self.antwoorden: Antwoorden | None = None
        self.use_command_palette = False
        self._laatst_actief = time.monotonic()
        self._personeel = PersoneelsToetsen()
        self._te_openen = None if kiosk else geopend
        """Saved answers to show first (`switchwijzer --open`); used once, a start-over begins empty."""
        self._bewaard_pad: Path | None = None
        self._bewaarde_stand: Any = None
        self._na_fout = na_fout
        """A wizard before this one stopped on a mistake: show its answers again, and say what happened."""
        self.onverwacht: Onverwacht | None = None
        """The mistake (a bug) this wizard has not recovered from yet; set when it stops because of one."""
        self._hersteld_om: float | None = None
        self.voorlezen = Voorlezen(self, automatisch=voorlezen, maak_speler=speler)
        """F6 and --voorlezen (`speler`: where the sound goes instead of the sound card or browser, for tests)."""
        self.onderweg_getypt: list[events.Key] = []
        """Keys typed after an answer, while the next question was on its way (Stap.vang_toets)."""

    @property
    def blijft_aan(self) -> bool:
        """No key stops this wizard: a kiosk (staff use F12 then Ctrl+Q, see on_event), or a wizard in a browser
        tab (`switchwijzer web`), whose process runs on the server: there only closing the tab ends it, and staff
        stop the server itself with Ctrl+C."""
        return self.kiosk or self.is_web

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.kiosk and action in KIOSK_GEBLOKKEERD:
            return False
        if self.blijft_aan and action == "quit":
            return False
        if action == "bewaar" and self.antwoorden is None:
            return False  # nothing to save before the role is chosen
        return super().check_action(action, parameters)

    def action_suspend_process(self) -> None:
        if not self.kiosk:
            super().action_suspend_process()

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        if not self.kiosk:
            super().action_screenshot(filename, path)

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        if not self.kiosk:
            return super().deliver_screenshot(filename, path, time_format)
        return None

    def copy_to_clipboard(self, text: str) -> None:
        """In the kiosk a copy stays inside the app: nothing goes to the terminal's clipboard."""
        if self.kiosk:
            self._clipboard = text
            return
        super().copy_to_clipboard(text)

    def notify(self, message: str, *, markup: bool = False, **kwargs: Any) -> None:
        """Notifications show their text literally unless a caller asks for markup."""
        super().notify(message, markup=markup, **kwargs)

    # -- start and reset --------------------------------------------------------------------------
    def on_mount(self) -> None:
        for thema in THEMAS:
            self.register_theme(thema)
        self.theme = RUSTIG.name
        if self.kiosk:
            self.set_interval(1, self._kijk_of_stil)
        self.screen_change_signal.subscribe(self, lambda _scherm: self.voorlezen.scherm_veranderd())
        if self._na_fout is not None:
            na_fout, self._na_fout = self._na_fout, None
            self.antwoorden, self._bewaard_pad, self._bewaarde_stand = (
                na_fout.antwoorden, na_fout.bewaard_pad, na_fout.bewaarde_stand)
            self.call_later(self._herstel, na_fout.onverwacht)
            return
        if self._te_openen is not None:
            geopend, self._te_openen = self._te_openen, None
            self.call_later(self.laad, geopend, self.start_rol)
            return
        self._begin()
        self.set_timer(LADEN_NA, self._laad_de_rest)

    def on_unmount(self) -> None:
        self.voorlezen.stop()  # the player must not go on speaking after the wizard has ended

    async def _laad_de_rest(self) -> None:
        """Import the rest of the wizard while the first screen is read: one part at a time, and keys and clicks
        are handled in between (a thread would hold Python's lock and make every key wait)."""
        for naam in LATER_NODIG:
            try:
                importlib.import_module(naam)
            except Exception:  # noqa: BLE001 - the screen that needs it imports it again and says what is wrong
                return
            await asyncio.sleep(0)
        self.voorlezen.laad_stem()

    def _begin(self) -> None:
        self.antwoorden = None
        self._clipboard = ""  # nothing copied survives a fresh start
        self.use_command_palette = False
        self._bewaard_pad = None
        self._bewaarde_stand = None
        if self.start_rol:
            self.kies_rol(self.start_rol)
        else:
            self.push_screen(RolScherm())

    async def opnieuw_beginnen(self) -> None:
        """Forget every answer and go back to the first screen."""
        from switchwijzer.tui.vergeten import GEHEUGEN_TERUG_NA, geef_geheugen_terug, vergeet_bezoeker

        while len(self.screen_stack) > 1:
            await self.pop_screen()
        vergeet_bezoeker()
        if self.kiosk:
            self.set_timer(GEHEUGEN_TERUG_NA, geef_geheugen_terug)
        self._begin()

    # -- the flow ---------------------------------------------------------------------------------
    def kies_rol(self, rol: Rol) -> None:
        from switchwijzer.tui.antwoorden import Antwoorden
        from switchwijzer.tui.screens.formulier import FormulierScherm
        from switchwijzer.tui.screens.vraag import VraagScherm

        self.antwoorden = Antwoorden(rol=rol, peildatum=self.peildatum)
        self.use_command_palette = self.lezer.formulier
        if self.lezer.formulier:
            self.push_screen(FormulierScherm())
        else:
            eerste = self.antwoorden.zichtbaar()[0]
            self.push_screen(VraagScherm(eerste.id))

    def volgende_vraag(self, vraag_id: str, naar_overzicht: bool) -> None:
        from switchwijzer.tui.screens.overzicht import OverzichtScherm
        from switchwijzer.tui.screens.vraag import VraagScherm

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
        from switchwijzer.tui.screens.vraag import VraagScherm

        assert self.antwoorden is not None
        ids = [v.id for v in self.antwoorden.zichtbaar()]
        if vraag_id in ids and ids.index(vraag_id) > 0:
            self.switch_screen(VraagScherm(ids[ids.index(vraag_id) - 1]))
        else:
            self.naar_begin()

    def heeft_antwoorden(self) -> bool:
        return self.antwoorden is not None and bool(self.antwoorden.waarden)

    def naar_begin(self) -> None:
        """Back from the first question to the first screen; asks first when that would delete answers."""
        if not self.heeft_antwoorden():
            self.call_later(self.opnieuw_beginnen)
            return
        self._vraag_eerst(
            _("Go back to the start?") + " " + self._wat_er_gewist_wordt(),
            lambda: self.call_later(self.opnieuw_beginnen),
        )

    def _vraag_eerst(self, vraag: str, dan: Callable[[], object]) -> None:
        if isinstance(self.screen, Bevestig):
            return

        def klaar(ja: bool | None) -> None:
            if ja:
                dan()

        self.push_screen(Bevestig(vraag), klaar)

    def wijzig(self, vraag_id: str, naar_overzicht: bool = True) -> None:
        from switchwijzer.tui.screens.vraag import VraagScherm

        self.switch_screen(VraagScherm(vraag_id, naar_overzicht))

    def toon_uitkomst(self) -> None:
        from switchwijzer.tui.screens.overzicht import OverzichtScherm
        from switchwijzer.tui.screens.uitkomst import UitkomstScherm
        if self.antwoorden is None or isinstance(self.screen, UitkomstScherm):
            return
        if self.antwoorden.open_vraag() is not None:
            self.notify(_("Some questions have no answer yet."), severity="warning")
            return
        tegenstrijdig = self.antwoorden.tegenstrijdigheden()
        if tegenstrijdig:
            self.notify(
                self.woorden.kies(tegenstrijdig[0].tekst),
                title=_("Two answers do not fit together"),
                severity="warning",
            )
            if not self.lezer.formulier and not isinstance(self.screen, OverzichtScherm):
                self.switch_screen(OverzichtScherm())
            return
        fout = self.antwoorden.fout()
        if fout is not None and fout.vraag in {v.id for v in self.antwoorden.zichtbaar()}:
            self.naar_fout(fout.vraag, str(fout))
            return
        self.push_screen(UitkomstScherm())

    def naar_fout(self, vraag_id: str, tekst: str) -> None:
        """An answer that cannot be used: its question, with what is wrong in its field and the focus there."""
        from switchwijzer.tui.screens.formulier import FormulierScherm
        from switchwijzer.tui.screens.vraag import VraagScherm

        if isinstance(self.screen, FormulierScherm):
            self.screen.toon_fout(vraag_id, tekst)
        else:
            self.switch_screen(VraagScherm(vraag_id, naar_overzicht=True, fout=tekst))

    # -- actions on every screen ------------------------------------------------------------------
    @property
    def lezer(self) -> Lezer:
        """Who reads: the role settled once at the start (the first screen, `--rol`, saved answers; it is kept with
        the answers), with the language and the kiosk."""
        return Lezer(self.antwoorden.rol if self.antwoorden else "deelnemer", i18n.taal(), self.kiosk)

    @property
    def woorden(self) -> Woorden:
        return woorden(self.lezer)

    def action_woord(self, woord_id: str) -> None:
        from switchwijzer.tui.dialogs.woord import WoordUitleg

        self.push_screen(WoordUitleg(woord_id, self.woorden))

    def action_woordenlijst(self) -> None:
        from switchwijzer.tui.dialogs.woord import Woordenlijst

        if not isinstance(self.screen, Woordenlijst):
            self.push_screen(Woordenlijst(self.woorden))

    def action_voorlezen(self) -> None:
        self.voorlezen.wissel()

    def action_contrast(self) -> None:
        self.theme = RUSTIG.name if self.theme == HOOG_CONTRAST.name else HOOG_CONTRAST.name

    async def action_taal(self) -> None:
        i18n.zet_taal("en" if i18n.taal() == "nl" else "nl")
        stappen = [s for s in self.screen_stack[1:] if isinstance(s, Stap)]
        kopieen = [s.kopie() for s in stappen]
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        for kopie in kopieen:
            await self.push_screen(kopie)

    def action_opnieuw(self) -> None:
        self._vraag_eerst(
            _("Do you want to start over?") + " " + self._wat_er_gewist_wordt(),
            lambda: self.call_later(self.opnieuw_beginnen),
        )

    def _wat_er_gewist_wordt(self) -> str:
        """What starting over, quitting or opening other answers deletes: everything, or nothing that is saved
        (the file stays as it is)."""
        if self._bewaard_pad is None:
            return _("Your answers will be deleted.")
        if self.niet_bewaard():
            return _("The changes since saving will be deleted. The file {bestand} stays as it was.").format(
                bestand=zichtbaar(self._bewaard_pad.name)
            )
        return _("Your answers are in the file {bestand}. They only go off the screen.").format(
            bestand=zichtbaar(self._bewaard_pad.name)
        )

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]  # Textual types it App[object]; App is invariant in its result type
            self.push_screen(CommandPalette(placeholder=_("Search for a command…"), id="--command-palette"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        return iter(())  # Textual's own commands are English; ours are in `Opdrachten`

    # -- saved answers (never in the kiosk) -------------------------------------------------------
    def _stand(self) -> Any:
        a = self.antwoorden
        return None if a is None else (a.rol, a.peildatum, dict(a.waarden), dict(a.ruw), tuple(a.varianten))

    def niet_bewaard(self) -> bool:
        """There are answers that are not in a file as they are now."""
        return self.heeft_antwoorden() and self._stand() != self._bewaarde_stand

    def action_bewaar(self) -> None:
        """Ctrl+S: the first time, ask where (a new file in the data folder); then save to the same file."""
        from switchwijzer import intake
        from switchwijzer.bestanden import getypt_pad, is_bestand
        from switchwijzer.tui.dialogs.pad import PadDialoog

        if self.kiosk or self.antwoorden is None or isinstance(self.screen, ModalScreen):
            return
        if self._bewaard_pad is not None:
            self._schrijf(self._bewaard_pad)
            return

        def gekozen(tekst: str | None) -> None:
            if tekst is None:
                return
            pad = getypt_pad(tekst)
            if is_bestand(pad):
                self._vraag_eerst(
                    _("There is already a file {file}. Do you want to replace it?").format(file=zichtbaar(str(pad))),
                    lambda: self._schrijf(pad),
                )
                return
            self._schrijf(pad, nieuw=True)  # never over a file another save made in the meantime

        uitleg = _("We save the answers in this file. You can change the name or the folder. We never save a name.")
        self.push_screen(PadDialoog(_("Save the answers"), uitleg, str(intake.nieuw_pad())), gekozen)

    def _schrijf(self, pad: Path, nieuw: bool = False) -> None:
        from switchwijzer import intake
        from switchwijzer.intake import Intake, IntakeFout

        a = self.antwoorden
        if self.kiosk or a is None:
            return
        try:
            intake.bewaar(Intake(rol=a.rol, peildatum=a.peildatum, waarden=dict(a.waarden), getypt=dict(a.ruw),
                                 varianten=list(a.varianten)), pad, nieuw)
        except IntakeFout as fout:
            self.notify(str(fout), title=_("Not saved"), severity="error", timeout=15)
            return
        self._bewaard_pad, self._bewaarde_stand = pad, self._stand()
        self.notify(zichtbaar(str(pad)), title=_("Saved"))

    def action_open(self) -> None:
        """Ctrl+O: pick saved answers (or type a path), check them, then show them instead of these."""
        from switchwijzer import intake
        from switchwijzer.tui.dialogs.bewaren import OpenDialoog

        if self.kiosk or isinstance(self.screen, ModalScreen):
            return
        map_ = intake.intake_map()
        self.push_screen(OpenDialoog(intake.bewaarde(map_), map_), self.open_bestand)

    def open_bestand(self, pad: Path | None) -> None:
        from switchwijzer import intake
        from switchwijzer.intake import IntakeFout

        if pad is None or self.kiosk:
            return
        try:
            geopend = intake.lees(pad)
        except IntakeFout as fout:
            self.notify(str(fout), title=_("Cannot open"), severity="error", timeout=15)
            return
        if self.niet_bewaard():
            self._vraag_eerst(
                _("Open the saved answers?") + " " + self._wat_er_gewist_wordt(),
                lambda: self.call_later(self.laad, geopend),
            )
            return
        self.call_later(self.laad, geopend)

    async def _toon_antwoorden(self) -> None:
        """Only the answers on screen: the review, or the form for a budgetcoach (the first screen without them)."""
        from switchwijzer.tui.screens.formulier import FormulierScherm
        from switchwijzer.tui.screens.overzicht import OverzichtScherm

        while len(self.screen_stack) > 1:
            await self.pop_screen()
        if self.antwoorden is None:
            self._begin()
            return
        self.use_command_palette = self.lezer.formulier
        await self.push_screen(FormulierScherm() if self.lezer.formulier else OverzichtScherm())

    async def laad(self, geopend: Geopend, rol: Rol | None = None) -> None:
        """Replace the answers by saved ones and show them: the review, or the form for a budgetcoach. `rol`: the
        role given with the file on the command line (`--rol coach --open`), which wins over the saved one, as in
        `bereken --rol`; a file opened later (Ctrl+O) keeps the role it was saved with."""
        from switchwijzer.tui.antwoorden import Antwoorden

        bewaard = geopend.intake
        self.antwoorden = Antwoorden(
            rol=rol or bewaard.rol, peildatum=bewaard.peildatum, waarden=dict(bewaard.waarden),
            ruw=dict(bewaard.getypt), varianten=list(bewaard.varianten),
        )
        self._clipboard = ""
        self._bewaard_pad, self._bewaarde_stand = geopend.pad, self._stand()
        await self._toon_antwoorden()
        if geopend.oud_schema is not None:
            self.notify(
                _("These answers were saved by an older Switchwijzer. Press Ctrl+S to save them in the new way."),
                title=_("Opened"),
            )
        else:
            self.notify(zichtbaar(str(geopend.pad)), title=_("Opened"))

    # -- kiosk ------------------------------------------------------------------------------------
    async def action_quit(self) -> None:
        if self.kiosk:
            self.notify(_("Please ask a staff member."), title=_("This screen stays on"))
            return
        if not self.niet_bewaard():
            self.exit(0)
            return
        self._vraag_eerst(_("Do you want to quit?") + " " + self._wat_er_gewist_wordt(), lambda: self.exit(0))

    def action_help_quit(self) -> None:
        if not self.blijft_aan:
            self.notify(_("Press Ctrl+Q to quit."))

    async def _on_app_blur(self, event: events.AppBlur) -> None:
        """Keep the focus (and so its reversed, underlined letters) when the terminal or the browser page loses
        the keyboard. Textual takes it away until the next key: a browser showed its first screen with nothing
        focused, and a confirm dialog opened without its safe "Nee" focused. Nothing here needs to know that
        the window is in the background (Textual's own handler, skipped here, only sets `app_focus`)."""
        event.prevent_default()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.MouseScrollUp | events.MouseScrollDown):
            self._laatst_actief = time.monotonic()
            if self.kiosk and not self.is_web and isinstance(event, events.Key) and self._personeel.toets(event.key):
                self.exit(0)
                return
            if isinstance(event, events.Key) and event.key == "escape" and self.voorlezen.bezig:
                self.voorlezen.stop()  # Esc first stops the voice; the next Esc goes back
                return
            scherm = self.screen
            if (isinstance(event, events.Key) and not event.is_forwarded and isinstance(scherm, Stap)
                    and scherm.vang_toets(event)):
                return
        await super().on_event(event)

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

    # -- a mistake in Switchwijzer: never a traceback in front of a person, never taken for bad input --------
    def _handle_exception(self, error: Exception) -> None:
        """Textual calls this (a private method; tests/tui/test_onverwacht.py pins what it does) with an exception
        that nothing caught, after it stopped the message loop of whatever raised it. With `vang_fouten` (the
        wizard as people run it): a code, the traceback in fouten.log (not in a kiosk), and the answers shown
        again; without it (tests), Textual's own handling, so a bug fails the test."""
        if not self.vang_fouten:
            super()._handle_exception(error)
            return
        from switchwijzer.onverwacht import noteer
        from switchwijzer.tui.herstel import OPNIEUW_BINNEN

        self.onverwacht = noteer(error, kiosk=self.kiosk)
        if self._hersteld_om is not None and time.monotonic() - self._hersteld_om < OPNIEUW_BINNEN:
            self.exit(1)  # it came back at once: tui.start decides what comes next
            return
        self.call_later(self._herstel, self.onverwacht)  # never runs when the app's own loop stopped: then it ends

    def na_fout(self) -> NaFout:
        """What a next wizard needs after this one stopped on a mistake (tui.start)."""
        from switchwijzer.tui.herstel import NaFout

        assert self.onverwacht is not None
        return NaFout(self.onverwacht, self.antwoorden, self._bewaard_pad, self._bewaarde_stand)

    async def _herstel(self, onverwacht: Onverwacht) -> None:
        from switchwijzer.tui.herstel import melding

        await self._toon_antwoorden()
        self._hersteld_om = time.monotonic()
        self.onverwacht = None
        self.clear_notifications()  # one message about it, also when it happens again
        self.notify(melding(onverwacht), title=_("Something went wrong"), severity="error", timeout=60)

