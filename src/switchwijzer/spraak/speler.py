"""Playing the voice on this computer's sound card, without ever holding up the wizard.

One `aplay` process (alsa-utils, on nearly every Linux; through PulseAudio or PipeWire where they run) plays a
whole reading: the samples of each sentence are written to its standard input as soon as they are made, so
speech starts after the first sentence and the pipe's buffer (about 1,5 s of speech) keeps the next one ready.
`stop` ends the process at once. Its messages go nowhere: without a sound card ALSA prints errors on stderr,
which would paint over the wizard's screen. It does not report a missing card by its exit code alone: an `aplay`
that ends before the end of the text, or with an error, means there is no sound.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from typing import Protocol

from switchwijzer.spraak.fouten import GeenGeluid

SPELER = "aplay"


class Speler(Protocol):
    """Where the samples of a reading go, sentence after sentence. `speel` and `einde` run in the reading
    thread and may take as long as playing takes; `stop` comes from the interface and returns at once."""

    def speel(self, samples: bytes) -> None: ...

    def einde(self) -> None: ...

    def stop(self) -> None: ...


class ApparaatSpeler:
    """The sound card, through `aplay` reading raw 16-bit mono samples from a pipe."""

    def __init__(self, sample_rate: int) -> None:
        programma = shutil.which(SPELER)
        if programma is None:
            raise GeenGeluid()
        self._gestopt = threading.Event()
        self._proces = subprocess.Popen(
            [programma, "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", str(sample_rate), "-"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl+C in the terminal is for the wizard, not for the player
        )

    def speel(self, samples: bytes) -> None:
        assert self._proces.stdin is not None
        try:
            self._proces.stdin.write(samples)
            self._proces.stdin.flush()
        except (BrokenPipeError, ValueError):  # the player is gone: stopped, or there is no sound card
            if not self._gestopt.is_set():
                raise GeenGeluid() from None

    def einde(self) -> None:
        """Wait until everything written has been played."""
        try:
            if self._proces.stdin is not None:
                self._proces.stdin.close()
        except BrokenPipeError:
            pass
        code = self._proces.wait()
        if code != 0 and not self._gestopt.is_set():
            raise GeenGeluid()

    def stop(self) -> None:
        """Silence now; called from the interface, so it never waits for the process (a thread reaps it)."""
        self._gestopt.set()
        if self._proces.poll() is None:
            self._proces.kill()
            threading.Thread(target=self._proces.wait, name="aplay-opruimen", daemon=True).start()
