"""Samples as a WAV file (16-bit mono PCM), for `bereken --voorlezen` and for the browser."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterable

BYTES_PER_SAMPLE = 2


def als_wav(samples: bytes, sample_rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(BYTES_PER_SAMPLE)
        wav.setframerate(sample_rate)
        wav.writeframes(samples)
    return buffer.getvalue()


def seconden(samples: bytes, sample_rate: int) -> float:
    """How long these samples play."""
    return len(samples) / BYTES_PER_SAMPLE / sample_rate


def voorgelezen(zinnen: Iterable[str], taal: str) -> bytes:
    """The sentences read one after another, as one WAV file (each sentence ends with its pause)."""
    from switchwijzer.spraak.stem import stem

    voice = stem()
    return als_wav(b"".join(voice.spreek(zin, taal) for zin in zinnen), voice.sample_rate)
