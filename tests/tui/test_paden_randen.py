"""Paths at the edges in the wizard, tried as a new user and as an attacker would: a name longer than 255 bytes,
`~` of a user that does not exist, a FIFO named `*.json` and a file with a number of 5 000 digits in the Ctrl+O
list, and `+` after 12,5 hours. Each gives one Dutch message; the wizard keeps running with the answers."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from textual.widgets import Input

from switchwijzer import intake
from switchwijzer.i18n import lees_getal
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bewaren import OpenDialoog
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm

from .conftest import PEILDATUM
from .helpers import naar_uitkomst
from .test_bewaren import _een_paar_antwoorden, _meldingen

LANG = "é" * 130  # 260 bytes in UTF-8; a file name may have 255


async def _pad_in_dialoog(pilot, toets: str, pad: str) -> None:  # type: ignore[no-untyped-def]
    """Open the dialog of `toets` (Ctrl+S, Ctrl+O, Ctrl+E), type `pad` and press Enter."""
    await pilot.press(toets)
    await pilot.pause()
    pilot.app.screen.query_one("#pad", Input).value = pad
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize(
    ("naam", "woorden"),
    [(LANG + ".json", "de naam is te lang"), ("~gebruiker-die-er-niet-is/a.json", "de map bestaat niet"),
     ("a\x00b.json", "deze naam kan een bestand niet hebben")],
    ids=["te lang", "onbekende gebruiker", "NUL"],
)
async def test_bewaren_op_een_naam_die_niet_kan(_data_map: Path, naam: str, woorden: str) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        antwoorden = dict(app.antwoorden.waarden)  # type: ignore[union-attr]
        await _pad_in_dialoog(pilot, "ctrl+s", naam if naam.startswith("~") else str(_data_map / naam))
        assert app.is_running and isinstance(app.screen, VraagScherm)
        assert app.antwoorden is not None and app.antwoorden.waarden == antwoorden
        assert any("Niet bewaard" in m and woorden in m for m in _meldingen(app)), _meldingen(app)


async def test_de_lijst_van_ctrl_o_met_een_fifo_en_een_getal_van_5000_cijfers(_data_map: Path) -> None:
    map_ = _data_map / "intakes"
    map_.mkdir()
    os.mkfifo(map_ / "intake-2026-05-10-1403.json")
    (map_ / "groot.json").write_text('{"schema": ' + "9" * 5000 + "}", encoding="utf-8")
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        antwoorden = dict(app.antwoorden.waarden)  # type: ignore[union-attr]
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, OpenDialoog)
        assert sorted((b.pad.name, b.fout is not None) for b in app.screen.lijst) == [
            ("groot.json", True), ("intake-2026-05-10-1403.json", True)]
        for naam, woorden in (("groot.json", "te lang"), ("intake-2026-05-10-1403.json", "geen gewoon bestand")):
            if not isinstance(app.screen, OpenDialoog):
                await pilot.press("ctrl+o")
                await pilot.pause()
            assert isinstance(app.screen, OpenDialoog), app.screen
            app.screen.query_one("#pad", Input).value = str(map_ / naam)
            await pilot.click("#open")
            await pilot.pause()
            assert app.is_running and isinstance(app.screen, VraagScherm)
            assert any(woorden in m for m in _meldingen(app)), _meldingen(app)
        assert app.antwoorden is not None and app.antwoorden.waarden == antwoorden


async def test_openen_van_een_te_lange_naam(_data_map: Path) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        await _pad_in_dialoog(pilot, "ctrl+o", str(_data_map / LANG))
        assert app.is_running and isinstance(app.screen, VraagScherm)
        assert any("de naam is te lang" in m for m in _meldingen(app)), _meldingen(app)


@pytest.mark.parametrize("soort", ["fifo", "groot getal"])
def test_open_op_de_opdrachtregel_wacht_niet_en_geeft_exit_2(tmp_path: Path, soort: str) -> None:
    pad = tmp_path / "intake.json"
    if soort == "fifo":
        os.mkfifo(pad)
    else:
        pad.write_text('{"schema": 2, "x": ' + "1" * 4400 + "}", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "switchwijzer", "--open", str(pad)], capture_output=True, timeout=60)
    fout = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in fout, fout
    assert ("geen gewoon bestand" if soort == "fifo" else "veel te lang") in fout


async def test_ctrl_e_met_een_te_lange_naam(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deelnemer_gewandeld
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HOME", str(tmp_path))
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await naar_uitkomst(pilot, deelnemer_gewandeld)
        await _pad_in_dialoog(pilot, "ctrl+e", str(tmp_path / LANG))
        assert app.is_running and isinstance(app.screen, UitkomstScherm)
        assert any("de naam is te lang" in m for m in _meldingen(app)), _meldingen(app)


async def test_plus_na_twaalf_en_een_half_uur_laat_een_getal_dat_het_veld_weer_leest(  # type: ignore[no-untyped-def]
    _data_map: Path, deelnemer_gewandeld,
) -> None:
    """`+` used to keep '13.5' as the typed hours; the hours question then refused it ("Gebruik een komma"), and a
    saved intake kept it."""
    gewandeld = copy.deepcopy(deelnemer_gewandeld)
    gewandeld.zet("uren", Decimal("12.5"), ruw="12,5")
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await naar_uitkomst(pilot, gewandeld)
        await pilot.press("plus")
        await pilot.pause()
        assert app.antwoorden is not None and app.antwoorden.waarden["uren"] == Decimal("13.5")
        assert lees_getal(app.antwoorden.ruw["uren"]) == Decimal("13.5")
        pad = intake.bewaar(intake.Intake(rol="deelnemer", peildatum=PEILDATUM, waarden=dict(app.antwoorden.waarden),
                                          getypt=dict(app.antwoorden.ruw)), _data_map / "a.json")
    assert json.loads(pad.read_text(encoding="utf-8"))["antwoorden"]["uren"] == {"waarde": "13.5", "getypt": "13,5"}
