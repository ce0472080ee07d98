"""`switchwijzer --open BESTAND`: a good file starts the wizard with those answers; a bad file, or --open in
the kiosk, gives a Dutch message and exit code 2 before the wizard starts."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from switchwijzer import __main__ as hoofd
from switchwijzer import intake
from switchwijzer.tui import start as start_module

GOED = intake.Intake(rol="ouder", peildatum=date(2026, 3, 1), waarden={"leeftijd": Decimal("24")})


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "switchwijzer", *args], capture_output=True, timeout=60)


@pytest.mark.parametrize(
    ("inhoud", "woorden"),
    [
        (b"{\"schema\": 9}", "nieuwere Switchwijzer"),
        (b"\x00\xff", "tekens die we niet kunnen lezen"),
        (b"hallo", "vorm klopt niet"),
    ],
)
def test_een_slecht_bestand_geeft_een_melding_en_code_2(tmp_path: Path, inhoud: bytes, woorden: str) -> None:
    pad = tmp_path / "slecht.json"
    pad.write_bytes(inhoud)
    res = _run("--open", str(pad))
    fout = res.stderr.decode("utf-8")
    assert res.returncode == 2
    assert woorden in fout and str(pad) in fout and "Traceback" not in fout
    assert pad.read_bytes() == inhoud


def test_een_bestand_dat_er_niet_is(tmp_path: Path) -> None:
    res = _run("--open", str(tmp_path / "weg\x1b[31m.json"))
    fout = res.stderr.decode("utf-8")
    assert res.returncode == 2 and "bestaat niet" in fout and "\x1b" not in fout


def test_open_in_de_kiosk_wordt_geweigerd(tmp_path: Path) -> None:
    pad = intake.bewaar(GOED, tmp_path / "goed.json")
    res = _run("--kiosk", "--open", str(pad))
    fout = res.stderr.decode("utf-8")
    assert res.returncode == 2 and "kioskstand" in fout and "Traceback" not in fout


def test_een_goed_bestand_gaat_naar_de_wizard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pad = intake.bewaar(GOED, tmp_path / "goed.json")
    gezien: dict[str, object] = {}

    def nep_start(**kwargs: object) -> int:
        gezien.update(kwargs)
        return 0

    monkeypatch.setattr(start_module, "start", nep_start)
    assert hoofd.main(["--open", str(pad)]) == 0
    geopend = gezien["geopend"]
    assert isinstance(geopend, intake.Geopend) and geopend.pad == pad
    assert geopend.intake.waarden == GOED.waarden and gezien["kiosk"] is False


def test_het_helpscherm_noemt_open() -> None:
    res = _run("--help")
    assert "--open BESTAND" in res.stdout.decode("utf-8")
