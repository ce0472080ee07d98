"""Ctrl+E on the answer screen saves "Mijn overzicht" as a PDF where the person says; a kiosk never does."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.pad import PadDialoog
from switchwijzer.tui.screens.uitkomst import UitkomstScherm

from .conftest import PEILDATUM
from .helpers import naar_uitkomst


@pytest.fixture(autouse=True)
def _thuis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The home folder is a fresh folder, so the proposed place is known and nothing lands in a real home."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)  # platformdirs reads the Documents folder's name there
    return tmp_path


async def _naar_antwoord(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await naar_uitkomst(pilot, gewandeld)


async def test_ctrl_e_vraagt_waar_en_slaat_het_overzicht_op(tmp_path: Path, deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    (tmp_path / "Documents").mkdir()
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await _naar_antwoord(pilot, deelnemer_gewandeld)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, PadDialoog)
        veld = app.screen.query_one("#pad", Input)
        assert veld.value == str(tmp_path / "Documents" / "switchwijzer-overzicht-2026-03.pdf")
        veld.value = str(tmp_path / "mijn overzicht")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm)
        bestand = tmp_path / "mijn overzicht.pdf"
        assert bestand.is_file()
        assert PdfReader(bestand).pages[0].extract_text().startswith("Mijn overzicht")
        meldingen = [n.message for n in app._notifications]
        assert any(str(bestand) in m for m in meldingen), meldingen


async def test_een_slechte_plek_is_een_melding_en_het_antwoord_blijft(tmp_path: Path, deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await _naar_antwoord(pilot, deelnemer_gewandeld)
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#pad", Input).value = str(tmp_path / "weg" / "[b]x.pdf")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm)
        meldingen = [n.message for n in app._notifications]
        assert any("deze map bestaat niet" in m and "[b]x.pdf" in m for m in meldingen), meldingen
        assert not list(tmp_path.rglob("*.pdf"))


async def test_esc_slaat_niets_op(tmp_path: Path, deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await _naar_antwoord(pilot, deelnemer_gewandeld)
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm)
        assert not list(tmp_path.rglob("*.pdf"))


async def test_de_kiosk_toont_en_doet_het_niet(tmp_path: Path, deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await _naar_antwoord(pilot, deelnemer_gewandeld)
        scherm = app.screen
        assert scherm.check_action("overzicht", ()) is False
        assert "overzicht" not in {b.binding.action for b in app.active_bindings.values()}
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.screen is scherm, "no dialog"
        scherm.action_overzicht()  # even when something calls the action directly
        await pilot.pause()
        assert app.screen is scherm
        assert not list(tmp_path.rglob("*.pdf"))
