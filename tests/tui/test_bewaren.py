"""Saved intakes in the wizard: Ctrl+S saves (a dialog the first time, then the same file), Ctrl+O opens
saved answers in a new app and shows them on the review, a bad file leaves the answers as they were, unsaved
answers are asked about first, and the kiosk never saves or opens (and does not show the keys)."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

from textual.widgets import DataTable, Input, OptionList

from switchwijzer import intake
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.dialogs.bewaren import OpenDialoog
from switchwijzer.tui.dialogs.pad import PadDialoog
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.toetsenbalk import Toetsenbalk

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, naar_uitkomst
from .test_pilot_rollen import DEELNEMER


def _meldingen(app: SwitchwijzerApp) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


async def _een_paar_antwoorden(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*"24", "enter")  # leeftijd
    await pilot.press("1")  # woonsituatie: alleen
    await pilot.pause()


async def test_bewaren_en_in_een_nieuwe_app_openen(_data_map: Path) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        bewaard = dict(app.antwoorden.waarden)  # type: ignore[union-attr]
        assert bewaard["leeftijd"] == Decimal("24") and bewaard["woonsituatie"] == "alleen"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PadDialoog)
        voorstel = Path(app.screen.query_one("#pad", Input).value)
        assert voorstel.parent == _data_map / "intakes" and voorstel.name.startswith("intake-")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm)
        assert voorstel.is_file()
        assert any(str(voorstel) in m for m in _meldingen(app))
        # A second Ctrl+S saves to the same file without asking.
        await pilot.press("1", *"650,50", "enter")  # huurt: ja; huur
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, PadDialoog)
        assert json.loads(voorstel.read_text(encoding="utf-8"))["antwoorden"]["huur"] == {
            "waarde": "650.50",
            "getypt": "650,50",
        }
        bewaard = dict(app.antwoorden.waarden)  # type: ignore[union-attr]
        assert sorted(p.name for p in voorstel.parent.iterdir()) == [voorstel.name]
        await pilot.press("ctrl+q")  # saved: quits without asking
        await pilot.pause()
    assert not app.is_running

    nieuw = SwitchwijzerApp(peildatum=PEILDATUM)
    async with nieuw.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(nieuw.screen, OpenDialoog)
        lijst = nieuw.screen.query_one(OptionList)
        assert lijst.option_count == 1
        assert "ouder" in str(lijst.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(nieuw.screen, OverzichtScherm)
        assert nieuw.antwoorden is not None and nieuw.antwoorden.rol == "ouder"
        assert nieuw.antwoorden.waarden == bewaard
        assert nieuw.antwoorden.ruw["huur"] == "650,50"


async def test_openen_vraagt_eerst_als_er_antwoorden_niet_bewaard_zijn(_data_map: Path) -> None:
    pad = intake.bewaar(intake.Intake(rol="coach", peildatum=PEILDATUM, waarden={"leeftijd": Decimal("40")}),
                        _data_map / "coach.json")
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#pad", Input).value = str(pad)
        await pilot.click("#open")
        await pilot.pause()
        assert isinstance(app.screen, Bevestig)
        await pilot.click("#nee")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.antwoorden.rol == "ouder"  # type: ignore[union-attr]
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#pad", Input).value = str(pad)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        assert isinstance(app.screen, FormulierScherm)  # a budgetcoach's answers open on the form
        assert app.antwoorden is not None and app.antwoorden.rol == "coach"
        assert app.antwoorden.waarden == {"leeftijd": Decimal("40")}
        assert app.screen.query_one("#invoer-leeftijd", Input).value == "40"


async def test_een_slecht_bestand_geeft_een_melding_en_de_antwoorden_blijven(_data_map: Path) -> None:
    kapot = _data_map / "kapot.json"
    kapot.write_text('{"schema": 2, "rol": "baas"}', encoding="utf-8")
    voor = kapot.read_bytes()
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        antwoorden = dict(app.antwoorden.waarden)  # type: ignore[union-attr]
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#pad", Input).value = str(kapot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm)
        assert app.antwoorden.waarden == antwoorden  # type: ignore[union-attr]
        assert any("Openen lukt niet" in m and "veranderd of kapot" in m for m in _meldingen(app)), _meldingen(app)
    assert kapot.read_bytes() == voor


async def test_een_heel_gesprek_bewaren_en_openen_geeft_dezelfde_uitkomst(_data_map: Path) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        await beantwoord_alles(pilot, DEELNEMER)
        situatie = app.antwoorden.situatie()  # type: ignore[union-attr]
        await pilot.press("ctrl+s")
        await pilot.pause()
        pad = Path(app.screen.query_one("#pad", Input).value)
        await pilot.press("enter")
        await pilot.pause()
    geopend = intake.lees(pad)
    tweede = SwitchwijzerApp(peildatum=PEILDATUM, geopend=geopend)
    async with tweede.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(tweede.screen, OverzichtScherm)
        assert tweede.antwoorden is not None and tweede.antwoorden.situatie() == situatie
        # Start over forgets the opened file: the next Ctrl+S asks for a new one.
        await pilot.press("f5")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        assert tweede.antwoorden is None and tweede._bewaard_pad is None


async def test_een_coach_opent_het_bestand_van_een_deelnemer_als_coach(_data_map: Path) -> None:
    """`switchwijzer --rol coach --open bestand`: the role on the command line wins over the saved one (as in
    `bereken --rol`), so the coach reads "uw cliënt", not the participant's "je", and gets the form."""
    pad = intake.bewaar(intake.Intake(rol="deelnemer", peildatum=PEILDATUM, waarden={"leeftijd": Decimal("24")}),
                        _data_map / "deelnemer.json")
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach", geopend=intake.lees(pad))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.antwoorden is not None and app.antwoorden.rol == "coach"
        assert isinstance(app.screen, FormulierScherm)


async def test_kiosk_bewaart_en_opent_niets(_data_map: Path) -> None:
    pad = intake.bewaar(intake.Intake(rol="ouder", peildatum=PEILDATUM, waarden={"leeftijd": Decimal("40")}),
                        _data_map / "ouder.json")
    voor = sorted(os.listdir(_data_map))
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True, geopend=intake.lees(pad))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.antwoorden is None  # the kiosk does not take answers from a file either
        await pilot.press("2")
        await _een_paar_antwoorden(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm)
        assert app.check_action("bewaar", ()) is False and app.check_action("open", ()) is False
        getoond = str(app.screen.query_one(Toetsenbalk).render())
        assert "Bewaar" not in getoond and "Open" not in getoond, getoond
    assert sorted(os.listdir(_data_map)) == voor  # nothing written, no folder made


async def test_de_toetsen_staan_onderaan_buiten_de_kiosk() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        getoond = str(app.screen.query_one(Toetsenbalk).render())
        assert "Bewaar" in getoond and "Open" in getoond, getoond


async def test_opnieuw_beginnen_na_bewaren_zegt_dat_het_bestand_blijft(_data_map: Path) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await _een_paar_antwoorden(pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, Bevestig) and "wissen we alle antwoorden" in app.screen.vraag
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
        naam = Path(app.screen.query_one("#pad", Input).value).name
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, Bevestig)
        assert naam in app.screen.vraag and "alleen van het scherm" in app.screen.vraag
        await pilot.press("escape", "1", *"650", "enter")  # a change after saving
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, Bevestig)
        assert "sinds het bewaren" in app.screen.vraag and naam in app.screen.vraag
        await pilot.press("escape", "ctrl+q")  # quitting says the same (review)
        await pilot.pause()
        assert isinstance(app.screen, Bevestig) and app.screen.vraag.startswith("Stoppen?")
        assert "sinds het bewaren" in app.screen.vraag and naam in app.screen.vraag
        await pilot.click("#ja")  # the answers go; the file stays as it was saved
        await pilot.pause()
        assert not app.is_running
    assert json.loads((_data_map / "intakes" / naam).read_text(encoding="utf-8"))["antwoorden"]["woonsituatie"]


async def test_de_keuzes_naast_elkaar_worden_bewaard_en_komen_terug(_data_map: Path, deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await naar_uitkomst(pilot, deelnemer_gewandeld)
        app._bewaarde_stand = app._stand()  # as if these answers were saved: only the new choice is not
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("3", "2", "enter")
        await pilot.pause()
        assert app.niet_bewaard()  # a new choice to compare is a change: quitting asks first
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
        pad = Path(app.screen.query_one("#pad", Input).value)
        await pilot.press("enter")
        await pilot.pause()
    assert json.loads(pad.read_text(encoding="utf-8"))["vergelijk"] == [
        {"uren": "32", "soort_werk": None, "start": None}
    ]
    opnieuw = SwitchwijzerApp(peildatum=PEILDATUM, geopend=intake.lees(pad))
    async with opnieuw.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#bereken")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        kolommen = [str(k.label) for k in opnieuw.screen.query_one("#vergelijking", DataTable).columns.values()]
        assert kolommen[1:] == ["1 Antwoord", "2 32 uur"]
