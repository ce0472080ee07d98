"""Playing through the real `aplay` (alsa-utils), on ALSA's null device (no sound card is needed), and what the
wizard hears when there is no sound: a missing card or a missing `aplay` is a `GeenGeluid`, never a hang.

ALSA reads the user's ~/.asoundrc, so each test points HOME at a folder whose .asoundrc chooses the device.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from switchwijzer.spraak.fouten import GeenGeluid, SpraakFout
from switchwijzer.spraak.speler import SPELER, ApparaatSpeler
from switchwijzer.spraak.voorlezer import Voorlezer


def vereist_aplay() -> None:
    """Skip where alsa-utils is missing; under CI=true a missing aplay is a failure (CI installs it)."""
    if shutil.which(SPELER):
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("CI must run the player test: aplay missing (apt-get install -y alsa-utils)")
    pytest.skip("aplay missing (apt-get install -y alsa-utils)")


@pytest.fixture
def alsa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def kies(apparaat: str) -> None:
        (tmp_path / ".asoundrc").write_text(f"pcm.!default {{ {apparaat} }}\n", encoding="ascii")
        monkeypatch.setenv("HOME", str(tmp_path))

    vereist_aplay()
    return kies


def _lees(zinnen: list[str]) -> tuple[list[SpraakFout], bool]:
    fouten: list[SpraakFout] = []
    klaar = threading.Event()
    lezer = Voorlezer()
    lezer.lees(zinnen, "nl", bij_fout=fouten.append, klaar=klaar.set)
    lezer.wacht(30)
    return fouten, klaar.is_set()


def test_aplay_speelt_een_hele_lezing_af(alsa) -> None:  # type: ignore[no-untyped-def]
    alsa("type null")
    fouten, klaar = _lees(["Hallo.", "Dit is Switchwijzer.", "Het C-A-K stuurt de rekening."])
    assert fouten == [] and klaar


def test_zonder_geluidskaart_zegt_de_lezing_dat_er_geen_geluid_is(alsa) -> None:  # type: ignore[no-untyped-def]
    alsa("type hw card 99")  # a card that is not there, as on a computer without sound
    fouten, klaar = _lees(["Hallo.", "Dit is Switchwijzer."])
    assert [str(f) for f in fouten] == ["Voorlezen werkt niet: deze computer heeft geen geluid."] and not klaar


def test_een_lange_lezing_zonder_geluidskaart_hangt_niet(alsa) -> None:  # type: ignore[no-untyped-def]
    alsa("type hw card 99")
    fouten, _ = _lees(["Dit is een lange zin om de buis tussen ons en de speler te vullen."] * 20)
    assert len(fouten) == 1 and isinstance(fouten[0], GeenGeluid)


def test_zonder_aplay_is_er_geen_geluid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(GeenGeluid):
        ApparaatSpeler(22050)


def _aplay_kinderen() -> list[int]:
    """The aplay processes this test process started that are still running."""
    uit = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            velden = stat.read_text().rsplit(")", 1)[1].split()
            naam = stat.read_text().split("(", 1)[1].rsplit(")", 1)[0]
        except (OSError, IndexError):
            continue
        if naam == SPELER and int(velden[1]) == os.getpid() and velden[0] != "Z":
            uit.append(int(stat.parent.name))
    return uit


def test_stoppen_beeindigt_aplay_meteen_en_meldt_geen_fout(alsa) -> None:  # type: ignore[no-untyped-def]
    alsa("type null")  # 200 sentences keep the reading going long enough to stop it on the way
    fouten: list[SpraakFout] = []
    lezer = Voorlezer()
    lezer.lees(["Een zin die we niet afmaken."] * 200, "nl", bij_fout=fouten.append)
    grens = time.monotonic() + 10
    while not _aplay_kinderen():
        assert time.monotonic() < grens, "aplay did not start"
        time.sleep(0.01)
    begin = time.monotonic()
    lezer.stop()
    assert time.monotonic() - begin < 0.5, "stop returns at once"
    lezer.wacht(5)
    assert not lezer.bezig and fouten == []
    assert _aplay_kinderen() == [], "no player is left behind"
