"""The command line with bad bytes, endless input, a closed pipe, Ctrl+C and wrong options: always a Dutch
message and an exit code, never a traceback. And a damaged install names the file and does not start."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from switchwijzer import installatie

GOED = json.dumps({"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
                   "straks": {"soort_werk": "regulier", "uren_per_week": 20}})


def _run(*args: str, invoer: bytes | None = None, **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "switchwijzer", *args], input=invoer, capture_output=True,
                          timeout=60, **kwargs)


def _geen_traceback(res: subprocess.CompletedProcess) -> str:
    fout = res.stderr.decode("utf-8")
    assert "Traceback" not in fout, fout
    return fout


@pytest.mark.parametrize(
    ("invoer", "woorden"),
    [
        (GOED.replace("30", "30 ").encode("latin-1") + "é".encode("latin-1"), "geen UTF-8"),
        (b"\xff\xfe" + GOED.encode("utf-16-le"), "UTF-16"),
        (b"\xff", "geen UTF-8"),
        (b"[" + b"1," * 600_000 + b"1]", "te groot"),
    ],
    ids=["latin-1", "utf-16 uit Kladblok", "losse byte", "50 MB-lijst"],
)
def test_onleesbare_of_te_grote_invoer_geeft_een_nederlandse_melding(invoer: bytes, woorden: str) -> None:
    res = _run("bereken", "-", invoer=invoer)
    assert res.returncode == 2
    assert woorden in _geen_traceback(res)


def test_dev_zero_wordt_niet_eindeloos_gelezen() -> None:
    res = _run("bereken", "/dev/zero")
    assert res.returncode == 2 and "te groot" in _geen_traceback(res)


def test_utf8_met_bom_wordt_gewoon_gelezen(tmp_path: Path) -> None:
    bestand = tmp_path / "situatie.json"
    bestand.write_bytes(b"\xef\xbb\xbf" + GOED.encode())
    res = _run("bereken", str(bestand))
    assert res.returncode == 0, res.stderr


def test_een_map_of_onbekend_bestand_is_een_nederlandse_melding(tmp_path: Path) -> None:
    for pad, woorden in ((tmp_path, "een map"), (tmp_path / "weg.json", "bestaat niet")):
        res = _run("bereken", str(pad))
        assert res.returncode == 2 and woorden in _geen_traceback(res)


def test_onbekende_sleutels_zonder_terminalcodes() -> None:
    res = _run("bereken", "-", invoer=b'{"leeftijd": 30, "\\u001b[31mrood": 1}')
    fout = _geen_traceback(res)
    assert res.returncode == 2 and "\x1b" not in fout and "rood" in fout


def test_een_afgebroken_pijp_geeft_geen_traceback() -> None:
    res = subprocess.run(
        f'"{sys.executable}" -m switchwijzer bereken - | head -c 10', shell=True, input=GOED.encode(),
        capture_output=True, timeout=60,
    )
    assert len(res.stdout) == 10
    _geen_traceback(res)


def test_ctrl_c_tijdens_het_lezen_van_standaardinvoer() -> None:
    # A shell starts a background job with Ctrl+C ignored, and the child would inherit that (the suite run with &):
    # the command gets Ctrl+C as from a terminal.
    proces = subprocess.Popen([sys.executable, "-m", "switchwijzer", "bereken", "-"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Wait until the process sleeps in read() on the pipe that we never write to (up to a minute: on a machine
    # with every core busy the imports before it can take seconds).
    for _ in range(1200):
        time.sleep(0.05)
        if "pipe" in Path(f"/proc/{proces.pid}/wchan").read_text():
            break
    else:
        raise AssertionError("the command never started reading standard input")
    proces.send_signal(signal.SIGINT)
    _, fout = proces.communicate(timeout=30)
    assert proces.returncode == 130
    assert b"Traceback" not in fout and b"Gestopt" in fout


def test_hulp_gebruik_en_fouten_van_de_opties_zijn_nederlands() -> None:
    hulp = _run("--help")
    assert hulp.returncode == 0
    tekst = hulp.stdout.decode()
    assert tekst.startswith("gebruik: switchwijzer") and "opties:" in tekst and "laat deze hulp zien" in tekst
    assert "show" not in tekst and "usage" not in tekst
    fout = _run("--taal", "xx")
    assert fout.returncode == 2
    melding = _geen_traceback(fout)
    assert "fout:" in melding and "kan niet. Kies uit" in melding and "invalid choice" not in melding
    assert "onbekende argumenten" in _geen_traceback(_run("--kleur"))


def test_versie() -> None:
    from switchwijzer import __version__

    res = _run("--version")
    assert res.returncode == 0 and res.stdout.decode().strip() == f"switchwijzer {__version__}"


# -- a damaged install --------------------------------------------------------------------------------


@pytest.fixture
def kopie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of content/ and locale/ that the install check reads instead of the real ones."""
    from switchwijzer.paths import content_dir, locale_dir

    shutil.copytree(content_dir(), tmp_path / "content")
    shutil.copytree(locale_dir(), tmp_path / "locale")
    monkeypatch.setattr(installatie, "content_dir", lambda: tmp_path / "content")
    monkeypatch.setattr(installatie, "locale_dir", lambda: tmp_path / "locale")
    return tmp_path


def test_de_echte_installatie_is_heel() -> None:
    installatie.controleer()


# Every file under content/ and locale/, removed, cut short or emptied: tests/test_installatie_elk_bestand.py.


def test_de_wizard_start_niet_met_een_kapotte_installatie(kopie: Path, capsys: pytest.CaptureFixture) -> None:
    from switchwijzer.tui.start import start

    (kopie / "locale/nl/LC_MESSAGES/switchwijzer.mo").unlink()
    assert start() == 1
    assert "switchwijzer.mo" in capsys.readouterr().err


async def test_de_kiosk_toont_alleen_de_melding_en_stopt_alleen_voor_personeel() -> None:
    from switchwijzer.tui.storing import Storing

    app = Storing("Switchwijzer kan niet starten. Het bestand x.toml ontbreekt. [b]niet vet[/b]")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q", "ctrl+c", "escape", "ctrl+z")
        await pilot.pause()
        assert app.is_running
        tekst = str(app.screen.query_one("Static").render())
        assert "x.toml ontbreekt" in tekst and "[b]niet vet[/b]" in tekst
        await pilot.press("f12", "ctrl+q")
        await pilot.pause()
    assert not app.is_running


def test_ctrl_c_terwijl_het_programma_nog_laadt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl+C in the first fifth of a second came while the engine was still being imported, and showed a
    traceback. Now anything after the first few imports ends with "Gestopt." and 130."""
    import switchwijzer.argumenten
    from switchwijzer.__main__ import main

    def onderbroken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(switchwijzer.argumenten, "parser", onderbroken)
    assert main(["bereken", "-"]) == 130
    assert capsys.readouterr().err.strip() == "Gestopt."
