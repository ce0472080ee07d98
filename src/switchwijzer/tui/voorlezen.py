"""F6 "Voorlezen" in the wizard: read what is on the screen now, and stop at once.

F6 (or the "Voorlezen" button in the top bar) reads the screen in front: each screen says what that is in its
`voorleestekst()` (a question with its choices, an answer tab, a dialog), made from the question data and the
answer model by `switchwijzer.uitleg.voorlezen`. F6 again, Esc, another screen or tab, starting over and the
kiosk's idle question stop it. With `--voorlezen` every new screen is read by itself.

Reading runs in a thread of its own (`switchwijzer.spraak.voorlezer`), so keys and clicks go on while it
speaks. In a terminal the sound goes to this computer's sound card; in `switchwijzer web` it goes to the
visitor's browser (`WebSpeler`), never to the server's speakers. Without a voice or a sound card the wizard says
so in one line and goes on.
"""

from __future__ import annotations

import contextlib
import threading
import time
from io import BytesIO
from typing import TYPE_CHECKING, Any

from switchwijzer import i18n
from switchwijzer.i18n import _

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from switchwijzer.spraak.fouten import SpraakFout
    from switchwijzer.spraak.voorlezer import MaakSpeler, Voorlezer

STIL_IN_BROWSER = "about:blank#switchwijzer-voorlezen-stil"
"""The "address" the wizard opens to tell the browser page to stop the sound now (see web/templates)."""
VOORSPRONG = 1.5
"""Seconds of speech the browser has waiting: enough to go on without a gap, little to throw away on a stop."""
WACHT_NA_NIEUW_SCHERM = 0.05
"""With --voorlezen: read a new screen after it is drawn (one reading when a screen and its first tab come)."""


class WebSpeler:
    """The visitor's browser as the player: each sentence goes as a WAV file through textual-serve's delivery
    (`App.deliver_binary`), and the page plays them one after another (web/templates/app_index.html). The
    sentences are handed over about as fast as they are spoken, so a stop throws little away."""

    def __init__(self, app: App[Any], sample_rate: int) -> None:
        self._app = app
        self._sample_rate = sample_rate
        self._gestopt = threading.Event()
        self._klaar_om = time.monotonic()
        self._geleverd = False

    def speel(self, samples: bytes) -> None:
        from switchwijzer.spraak.wav import als_wav, seconden

        if self._gestopt.wait(max(0.0, self._klaar_om - VOORSPRONG - time.monotonic())):
            return
        self._op_de_app(self._lever, als_wav(samples, self._sample_rate))
        self._klaar_om = max(self._klaar_om, time.monotonic()) + seconden(samples, self._sample_rate)

    def _lever(self, wav: bytes) -> None:
        if not self._gestopt.is_set():
            self._geleverd = True
            self._app.deliver_binary(
                BytesIO(wav), save_filename="voorlezen.wav", open_method="browser", mime_type="audio/wav",
            )

    def einde(self) -> None:
        self._gestopt.wait(max(0.0, self._klaar_om - time.monotonic()))

    def stop(self) -> None:
        self._gestopt.set()
        if self._geleverd:
            self._op_de_app(self._app.open_url, STIL_IN_BROWSER)

    def _op_de_app(self, functie: Any, *argumenten: object) -> None:
        """Run on the app's thread (Textual is not thread-safe): from the reading thread, or right here."""
        try:
            self._app.call_from_thread(functie, *argumenten)
        except RuntimeError:  # already on the app's thread (a stop from a key), or the app has ended
            if self._app.is_running:
                functie(*argumenten)


class Voorlezen:
    """The wizard's reader: one per app."""

    def __init__(self, app: App[Any], *, automatisch: bool = False, maak_speler: MaakSpeler | None = None) -> None:
        self.app = app
        self.automatisch = automatisch
        """--voorlezen: every new screen and tab is read by itself."""
        self._maak_speler = maak_speler
        self._voorlezer: Voorlezer | None = None
        self._wacht: Timer | None = None

    @property
    def bezig(self) -> bool:
        return self._voorlezer is not None and self._voorlezer.bezig

    def _speler(self, sample_rate: int) -> Any:
        from switchwijzer.spraak.speler import ApparaatSpeler

        if self._maak_speler is not None:
            return self._maak_speler(sample_rate)
        return WebSpeler(self.app, sample_rate) if self.app.is_web else ApparaatSpeler(sample_rate)

    def laad_stem(self) -> None:
        """Load the voice in the background (about 70 ms, +2 MB), so the first F6 speaks as fast as the next ones.
        The library works without Python's lock, so keys are handled meanwhile; a missing voice is said on F6."""
        from switchwijzer.spraak.fouten import SpraakFout
        from switchwijzer.spraak.stem import stem

        def laad() -> None:
            with contextlib.suppress(SpraakFout):
                stem()

        threading.Thread(target=laad, name="stem-laden", daemon=True).start()

    def wissel(self) -> None:
        """F6: read the screen, or stop when it is reading."""
        if self.bezig:
            self.stop()
        else:
            self.lees(zeg_als_leeg=True)

    def lees(self, zeg_als_leeg: bool = False) -> None:
        from switchwijzer.spraak.voorlezer import Voorlezer

        self._wacht = None
        voorleestekst = getattr(self.app.screen, "voorleestekst", None)
        zinnen = voorleestekst() if voorleestekst is not None else []
        if not zinnen:
            if zeg_als_leeg:
                self.app.notify(_("There is nothing to read aloud on this screen."))
            return
        if self._voorlezer is None:
            self._voorlezer = Voorlezer(self._speler)
        self._voorlezer.lees(zinnen, i18n.taal(), bij_fout=self._fout)

    def _fout(self, fout: SpraakFout) -> None:
        """No voice or no sound: one plain line, and the wizard goes on (called from the reading thread)."""
        with contextlib.suppress(RuntimeError):  # the app has ended meanwhile
            self.app.call_from_thread(self.app.notify, str(fout), severity="warning", timeout=8)

    def stop(self) -> None:
        if self._voorlezer is not None:
            self._voorlezer.stop()

    def scherm_veranderd(self) -> None:
        """Another screen, dialog or tab: stop, and with --voorlezen read the new one once it is drawn."""
        self.stop()
        if self.automatisch:
            if self._wacht is not None:
                self._wacht.stop()
            self._wacht = self.app.set_timer(WACHT_NA_NIEUW_SCHERM, self.lees)
