"""The voice: eSpeak NG's library, called through ctypes, speaking into a buffer (never to a sound card).

The library and its Dutch and English data come with `pip install` (the `espeakng-loader` wheel); where that wheel
does not exist (Linux on ARM), the system's `libespeak-ng` (Debian: `apt-get install espeak-ng`) is used. The
library is not thread-safe and keeps one voice, so every call goes through one lock. It synthesises
synchronously: `spreek` returns the samples of one text (16-bit mono at `sample_rate`), and a callback may
cut it short between blocks of about 20 ms, so stopping never waits for a long sentence. The same text gives the
same sound in a fresh process, but not twice in one: the sound generator goes on from where the last text ended
(a few samples more or less), which nothing in the library resets.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from switchwijzer.spraak.fouten import GeenStem

STEMMEN = {"nl": "nl", "en": "en"}
TEMPO = 150
"""Words per minute: eSpeak's own 175 is fast for a listener who reads poorly (tried: 150 is clearer)."""

_SYNCHROON = 2  # AUDIO_OUTPUT_SYNCHRONOUS: samples to our callback, in this thread
_NIET_STOPPEN = 0x8000  # espeakINITIALIZE_DONT_EXIT: report a missing data folder instead of ending the program
_UTF8 = 1  # espeakCHARS_UTF8
_PAUZE_AAN_EIND = 0x1000  # espeakENDPAUSE: a sentence ends with its pause, so sentences in a row sound natural
_TEMPO = 1  # espeakRATE
_KLAAR = 0

_TERUGROEP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def _bibliotheek() -> tuple[ctypes.CDLL, str | None]:
    """The library and the folder that holds `espeak-ng-data` (None: the library knows its own)."""
    try:
        import espeakng_loader
    except ImportError:
        espeakng_loader = None
    if espeakng_loader is not None:
        try:
            data = Path(espeakng_loader.get_data_path())
            return ctypes.CDLL(espeakng_loader.get_library_path()), str(data.parent)
        except (OSError, RuntimeError):
            pass
    naam = ctypes.util.find_library("espeak-ng")
    if naam is None:
        raise GeenStem()
    try:
        return ctypes.CDLL(naam), None
    except OSError:
        raise GeenStem() from None


class Stem:
    """One loaded voice; `stem()` gives the one shared instance."""

    def __init__(self) -> None:
        self._lib, map_ = _bibliotheek()
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetSynthCallback.argtypes = [_TERUGROEP]
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p, ctypes.c_void_p,
        ]
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self._slot = threading.Lock()
        self.sample_rate = lib.espeak_Initialize(_SYNCHROON, 0, map_.encode() if map_ else None, _NIET_STOPPEN)
        if self.sample_rate <= 0:
            raise GeenStem()
        self._taal: str | None = None
        self._blokken: list[bytes] = []
        self._door: Callable[[], bool] = lambda: True
        self._terugroep = _TERUGROEP(self._ontvang)  # kept: the library calls it for as long as it lives

        lib.espeak_SetSynthCallback(self._terugroep)

    def _ontvang(self, samples: Any, aantal: int, _gebeurtenissen: Any) -> int:  # ctypes pointers from the library
        if aantal > 0:
            self._blokken.append(ctypes.string_at(samples, aantal * 2))
        return 0 if self._door() else 1  # 1: stop this text now

    def _zet_taal(self, taal: str) -> None:
        if taal != self._taal:
            if self._lib.espeak_SetVoiceByName(STEMMEN[taal].encode()) != _KLAAR:
                raise GeenStem()
            self._lib.espeak_SetParameter(_TEMPO, TEMPO, 0)
            self._taal = taal

    def spreek(self, tekst: str, taal: str = "nl", door: Callable[[], bool] = lambda: True) -> bytes:
        """The samples of `tekst` (16-bit signed, little-endian, mono); `door()` returning False stops early."""
        data = tekst.encode("utf-8")
        with self._slot:
            self._zet_taal(taal)
            self._blokken, self._door = [], door
            try:
                self._lib.espeak_Synth(data, len(data) + 1, 0, 1, 0, _UTF8 | _PAUZE_AAN_EIND, None, None)
                return b"".join(self._blokken)
            finally:
                self._blokken, self._door = [], lambda: True

    def fonemen(self, tekst: str, taal: str = "nl") -> str:
        """The phonemes eSpeak makes of `tekst`, as `espeak-ng -q -x` writes them (one clause after another)."""
        with self._slot:
            self._zet_taal(taal)
            buffer = ctypes.create_string_buffer(tekst.encode("utf-8"))
            wijzer = ctypes.c_char_p(ctypes.addressof(buffer))
            delen = []
            while wijzer.value:
                deel = self._lib.espeak_TextToPhonemes(ctypes.byref(wijzer), _UTF8, 0)
                if deel:
                    delen.append(deel.decode("utf-8").strip())
            return " ".join(d for d in delen if d)


_LADEN = threading.Lock()


def stem() -> Stem:
    """The voice, loaded once, by whichever reading comes first (about 70 ms; see benchmarks/voorlezen.py)."""
    with _LADEN:
        return _stem()


@cache
def _stem() -> Stem:
    return Stem()
