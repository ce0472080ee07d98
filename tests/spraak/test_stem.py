"""The voice itself: the phonemes eSpeak NG makes of key sentences, the samples, stopping, and a WAV file.

The phonemes are those of the library `pip install` brings (espeakng-loader, eSpeak NG 1.52), in eSpeak's ASCII
notation, as `espeak-ng -q -x` prints them. They show that each speakable form is read as meant, and that the
form on screen is not (what-else-changes.md §5).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from switchwijzer.spraak.stem import stem
from switchwijzer.spraak.wav import als_wav, seconden, voorgelezen

GEZEGD = [
    # (speakable sentence, taal, the phonemes that must be in what eSpeak makes of it)
    ("Straks heb je ongeveer 1234 euro per maand meer.", "nl", "d'WyzEn! tv#,e:h,Ond@rt v,irEnd,Ert@x _!'Y:ro:"),
    ("Na de kosten: nu min 22 euro.", "nl", "m'In tv#'e:Entv#,Int@x _!'Y:ro:"),
    ("Loon: nu niets, straks 1401 euro en 50 cent.", "nl", "_|En v'EIft@x s'Ent"),
    ("Het C-A-K stuurt de rekening.", "nl", "s'e:'a:k'a:"),
    ("Bel U-W-V of de W-M-O.", "nl", "v'e:'Em'o:"),
    ("De Es-V-B.", "nl", "'Esf'e:b'e:"),
    ("Vanaf 1 januari 2027 is dat 15 procent.", "nl", "'e:n j,a:ny'a:ri tv#'e: d,WyzEnt z,e:v@nEntv#,Int@x"),
    ("Vraag je djob-kootsj.", "nl", "dZ'Obk'o:tS"),
    ("Later you will have about 1234 euros more per month.", "en", "w'0n T'aUz@nd t'u:h'VndrI2d@n"),
    ("Now minus 22 euros.", "en", "m'aIn@s tw'Enti t'u: j'U@roUz"),
    ("The C-Eh-K sends the bill.", "en", "s'i:;'eIk'eI"),
    ("From 1 January 2027.", "en", "dZ'anju:@ri t'u: T'aUz@nd"),
]


@pytest.mark.parametrize(("zin", "taal", "fonemen"), GEZEGD)
def test_de_stem_leest_de_spreekbare_vorm_zoals_bedoeld(zin: str, taal: str, fonemen: str) -> None:
    assert fonemen in stem().fonemen(zin, taal)


@pytest.mark.parametrize(("getoond", "fout"), [
    ("CAK", "k'Ak"),  # "kak"
    ("Wmo", "v#m'o:"),  # one syllable, "wmoo"
    ("1-1-2027", "'e:n _! 'e:n tv#'e:"),  # "een een twee..."
])
def test_zoals_het_op_het_scherm_staat_leest_de_stem_het_fout(getoond: str, fout: str) -> None:
    assert fout in stem().fonemen(getoond, "nl")


def test_het_minteken_van_een_bedrag_op_het_scherm_gaat_verloren() -> None:
    assert "m'In" not in stem().fonemen("€ -22", "nl")


def test_een_zin_geeft_geluid_van_de_verwachte_lengte() -> None:
    voice = stem()
    assert voice.sample_rate == 22050
    samples = voice.spreek("Straks heb je ongeveer 218 euro per maand meer.", "nl")
    # 11 words at 150 words a minute is 4,4 s, with the pause at the end of the sentence (measured: 4,4-4,5 s).
    assert 3.8 < seconden(samples, voice.sample_rate) < 5.2
    assert max(abs(int.from_bytes(samples[i:i + 2], "little", signed=True)) for i in range(0, len(samples), 2)) > 1000


def test_stoppen_breekt_een_lange_zin_meteen_af() -> None:
    voice = stem()
    zin = "Dit is een lange zin die we afbreken, omdat iemand op Escape drukt terwijl de stem nog spreekt. " * 3
    blokken = iter(range(3))
    samples = voice.spreek(zin, "nl", door=lambda: next(blokken, None) is not None)
    heel = voice.spreek(zin, "nl")
    assert seconden(samples, voice.sample_rate) < 0.5 < 15 < seconden(heel, voice.sample_rate)


def test_een_wav_is_geldig_en_zo_lang_als_de_samples() -> None:
    voice = stem()
    samples = voice.spreek("Hallo.", "nl")
    with wave.open(io.BytesIO(als_wav(samples, voice.sample_rate))) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert wav.getnframes() == len(samples) // 2
        assert wav.readframes(wav.getnframes()) == samples


def test_voorgelezen_zinnen_na_elkaar_in_een_wav() -> None:
    zinnen = ["Hallo.", "Dit is Switchwijzer."]
    voice = stem()
    apart = [seconden(voice.spreek(zin, "nl"), voice.sample_rate) for zin in zinnen]
    with wave.open(io.BytesIO(voorgelezen(zinnen, "nl"))) as wav:
        lengte = wav.getnframes() / wav.getframerate()
    assert lengte == pytest.approx(sum(apart), rel=0.01)  # a few samples differ: see spraak/stem.py


BIJSTAND = {"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
            "straks": {"soort_werk": "regulier", "uren_per_week": 20}}


@pytest.mark.lang(6)
def test_bereken_voorlezen_schrijft_het_antwoord_als_wav_van_de_verwachte_lengte(tmp_path: Path) -> None:
    invoer = tmp_path / "situatie.json"
    invoer.write_text(json.dumps(BIJSTAND), encoding="utf-8")
    uit = tmp_path / "uitkomst.wav"

    def opdracht(*opties: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "switchwijzer", "bereken", *opties, "--rol", "ouder", str(invoer)],
                              capture_output=True, text=True, timeout=120)

    klaar = opdracht("--voorlezen", str(uit))
    assert klaar.returncode == 0 and klaar.stdout == "", klaar.stderr
    assert klaar.stderr == f"Het geluid staat in: {uit}\n"
    tekst = opdracht("--voorleestekst").stdout.split()
    with wave.open(str(uit)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        minuten = wav.getnframes() / wav.getframerate() / 60
    # The voice reads 150 words a minute, and pauses at the end of each sentence: between 130 and 150 a minute.
    assert 130 < len(tekst) / minuten < 150, (len(tekst), minuten)
    assert oct(uit.stat().st_mode & 0o777) == oct(0o600), "only its owner can read it: it is about money"


def test_bereken_voorlezen_naar_een_map_die_niet_bestaat_zegt_dat_in_het_nederlands(tmp_path: Path) -> None:
    invoer = tmp_path / "situatie.json"
    invoer.write_text(json.dumps(BIJSTAND), encoding="utf-8")
    klaar = subprocess.run(
        [sys.executable, "-m", "switchwijzer", "bereken", "--voorlezen", str(tmp_path / "weg" / "u.wav"), str(invoer)],
        capture_output=True, text=True, timeout=120,
    )
    assert klaar.returncode == 2
    assert klaar.stderr == f"Kan het geluid niet opslaan: {tmp_path / 'weg' / 'u.wav'} (deze map bestaat niet).\n"


def test_zonder_stem_zegt_voorlezen_in_een_regel_wat_er_mist(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util

    from switchwijzer.spraak import stem as stem_module
    from switchwijzer.spraak.fouten import GeenStem

    monkeypatch.setitem(sys.modules, "espeakng_loader", None)  # the wheel is not there (Linux on ARM)
    monkeypatch.setattr(ctypes.util, "find_library", lambda naam: None)  # and no system espeak-ng either
    with pytest.raises(GeenStem) as fout:
        stem_module._bibliotheek()
    assert str(fout.value) == "Voorlezen werkt niet: er is geen stem op deze computer. Installeer espeak-ng."


ZONDER_WIEL = """
import sys
sys.modules["espeakng_loader"] = None
from switchwijzer.spraak.stem import Stem
voice = Stem()
print(len(voice.spreek("Hallo, dit is de stem van het systeem.", "nl")) > 20000, voice.fonemen("C-A-K"))
"""


def test_zonder_het_wiel_leest_de_stem_van_het_systeem_voor() -> None:
    """Where the espeakng-loader wheel does not exist, Debian's libespeak-ng (apt-get install espeak-ng) speaks.
    In a process of its own: both libraries have the same name, and one process loads only one of them."""
    import ctypes.util

    if ctypes.util.find_library("espeak-ng") is None:
        pytest.skip("no system espeak-ng (apt-get install espeak-ng); the wheel is the voice here")
    uit = subprocess.run([sys.executable, "-c", ZONDER_WIEL], capture_output=True, text=True, timeout=60, check=True)
    assert uit.stdout.split() == ["True", "s'e:'a:k'a:"]
