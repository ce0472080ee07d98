"""Reading sentences aloud in a thread of its own: the interface hands them over and goes on at once.

Each sentence is made into samples (eSpeak NG, about 10-20 ms a sentence) and given to a player; the first
sound comes after the first sentence, not after the whole text. `stop` stops at once: it tells the voice to
stop inside the sentence it is making and the player to stop playing, and never waits for the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from switchwijzer.spraak.fouten import SpraakFout
from switchwijzer.spraak.speler import ApparaatSpeler, Speler
from switchwijzer.spraak.stem import Stem, stem

MaakSpeler = Callable[[int], Speler]
"""Makes the player for one reading, given the voice's sample rate (may raise GeenGeluid)."""


class Voorlezer:
    def __init__(self, maak_speler: MaakSpeler = ApparaatSpeler, maak_stem: Callable[[], Stem] = stem) -> None:
        self._maak_speler = maak_speler
        self._maak_stem = maak_stem
        self._slot = threading.Lock()
        self._gestopt: threading.Event | None = None
        self._speler: Speler | None = None
        self._draad: threading.Thread | None = None

    @property
    def bezig(self) -> bool:
        """A reading is going on (from `lees` until it ends or `stop`)."""
        return self._gestopt is not None and not self._gestopt.is_set()

    def lees(
        self, zinnen: Sequence[str], taal: str, *,
        bij_fout: Callable[[SpraakFout], None] = lambda fout: None,
        klaar: Callable[[], None] = lambda: None,
    ) -> None:
        """Start reading `zinnen` (stopping a reading that is going on); returns at once. `bij_fout` and `klaar`
        are called from the reading thread: `klaar` when the reading ends by itself, not after `stop`."""
        self.stop()
        gestopt = threading.Event()
        with self._slot:
            self._gestopt = gestopt
        self._draad = threading.Thread(
            target=self._lees, args=(list(zinnen), taal, gestopt, bij_fout, klaar), name="voorlezen", daemon=True,
        )
        self._draad.start()

    def _lees(
        self, zinnen: list[str], taal: str, gestopt: threading.Event,
        bij_fout: Callable[[SpraakFout], None], klaar: Callable[[], None],
    ) -> None:
        try:
            voice = self._maak_stem()
            speler = self._maak_speler(voice.sample_rate)
            with self._slot:
                if gestopt.is_set():
                    speler.stop()
                    return
                self._speler = speler
            for zin in zinnen:
                samples = voice.spreek(zin, taal, door=lambda: not gestopt.is_set())
                if gestopt.is_set():
                    return
                speler.speel(samples)
            speler.einde()
        except SpraakFout as fout:
            if not gestopt.is_set():
                gestopt.set()
                bij_fout(fout)
            return
        if not gestopt.is_set():
            gestopt.set()
            klaar()

    def stop(self) -> None:
        """Stop the reading now (from any thread); returns at once."""
        with self._slot:  # together with the thread's check: a player is either stopped here or never used
            gestopt, speler = self._gestopt, self._speler
            self._speler = None
            if gestopt is not None:
                gestopt.set()
        if speler is not None:
            speler.stop()

    def wacht(self, seconden: float | None = None) -> None:
        """Wait until the reading thread has ended (for the command line and tests, never the interface)."""
        if self._draad is not None:
            self._draad.join(seconden)
