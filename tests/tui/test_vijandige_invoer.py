"""Someone at a public kiosk types markup, control keys and nonsense: nothing runs, nothing is written,
the text is shown exactly as typed, and no answer is lost without asking."""

from __future__ import annotations

import ast
import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.rol import RolScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, naar_overzicht
from .test_pilot_rollen import DEELNEMER

PAYLOADS = [
    "[@click=app.suspend_process]Utrecht[/]",
    "[@click=app.screenshot('k.svg','~')]x[/]",
    "[/]",
    "[b]vet[/b] [red]rood[/red] [link=https://x.nl]x[/link]",
]
TUI = Path(__file__).resolve().parents[2] / "src" / "switchwijzer" / "tui"


@pytest.fixture
def stille_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A working folder and home of their own, and a record of any attempt to signal the process."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    signalen: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "kill", lambda pid, sig: signalen.append((pid, sig)))
    return tmp_path, signalen


def _niets_gebeurd(stille_map) -> None:  # type: ignore[no-untyped-def]
    map_, signalen = stille_map
    assert not list(map_.iterdir()), "a file appeared"
    assert not signalen, "the app tried to stop or signal the process"


def _tekst(widget: Static) -> str:
    return str(widget.render())


@pytest.mark.parametrize("kiosk", [True, False])
@pytest.mark.parametrize("payload", PAYLOADS)
async def test_getypte_markup_staat_letterlijk_op_het_overzicht_en_doet_niets(
    stille_map, deelnemer_gewandeld, payload, kiosk
) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=kiosk)
    async with app.run_test(size=(100, 40)) as pilot:
        # the walked answers without a gemeente; the person types it after "Change" on the review
        zonder_gemeente = copy.deepcopy(deelnemer_gewandeld)
        del zonder_gemeente.waarden["gemeente"]
        zonder_gemeente.ruw.pop("gemeente", None)
        await naar_overzicht(pilot, zonder_gemeente)
        app.screen.query_one("#inhoud").scroll_to_widget(app.screen.query_one("#wijzig-gemeente"), animate=False)
        await pilot.pause()
        await pilot.click("#wijzig-gemeente")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "gemeente"
        await beantwoord_alles(pilot, {**DEELNEMER, "gemeente": payload})
        assert isinstance(app.screen, OverzichtScherm)
        antwoorden = [_tekst(w) for w in app.screen.query(".overzicht-antwoord").results(Static)]
        assert payload in antwoorden, antwoorden
        cel = next(w for w in app.screen.query(".overzicht-antwoord").results(Static) if _tekst(w) == payload)
        app.screen.query_one("#inhoud").scroll_to_widget(cel, animate=False)
        await pilot.pause()
        for dx in range(0, min(len(payload), 24), 3):
            await pilot.click(cel, offset=(dx, 0))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, OverzichtScherm)
        await pilot.click("#bereken")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm)
    _niets_gebeurd(stille_map)


async def test_coachformulier_toont_markup_letterlijk(stille_map) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, FormulierScherm)
        veld = app.screen.query_one("#invoer-gemeente", Input)
        veld.focus()
        await pilot.press(*PAYLOADS[0])
        await pilot.pause()
        assert veld.value == PAYLOADS[0]
        assert app.antwoorden is not None and app.antwoorden.waarden["gemeente"] == PAYLOADS[0]
        await pilot.click(veld)
        await pilot.pause()
        assert app.is_running
    _niets_gebeurd(stille_map)


async def test_kiosk_voert_acties_die_naar_buiten_gaan_niet_uit(stille_map) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        for actie in ("app.suspend_process", "app.screenshot('k.svg','~')", "app.screenshot",
                      "app.pop_screen", "app.push_screen('x')", "app.simulate_key('ctrl+q')"):
            await app.run_action(actie)
        await pilot.press("ctrl+z", "ctrl+backslash", "ctrl+v", "ctrl+q", "ctrl+c")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, RolScherm)
    _niets_gebeurd(stille_map)


async def test_kiosk_vergeet_het_klembord_bij_opnieuw_beginnen_en_stuurt_het_niet_naar_de_terminal() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        geschreven: list[str] = []
        assert app._driver is not None
        app._driver.write = geschreven.append  # type: ignore[method-assign]
        await pilot.press("1", "2", "4")
        app.copy_to_clipboard("mijn geheim")
        assert app.clipboard == "mijn geheim"
        assert not any("\x1b]52" in stuk for stuk in geschreven), "copied text went to the terminal"
        await pilot.press("f5")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        assert isinstance(app.screen, RolScherm)
        assert app.clipboard == ""


def test_kiosk_haalt_textual_omgeving_weg_voor_textual_geladen_is(tmp_path: Path) -> None:
    code = (
        "import sys; from switchwijzer.__main__ import _kiosk_omgeving; _kiosk_omgeving(); "
        "import textual.constants as c; print(c.LOG_FILE, c.DEBUG, sys.dont_write_bytecode)"
    )
    omgeving = {**os.environ, "TEXTUAL_LOG": str(tmp_path / "toetsen.log"), "TEXTUAL": "devtools,debug",
                "TEXTUAL_DEBUG": "1"}
    uit = subprocess.run([sys.executable, "-c", code], env=omgeving, capture_output=True, text=True, timeout=60)
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.split() == ["None", "False", "True"]


def test_geen_widget_in_de_wizard_leest_markup_uit_tekst() -> None:
    """Every Static or Label is our `Tekst` (markup off); only `Uitleg` makes markup, from escaped text."""
    fouten = []
    for pad in TUI.rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Call) and getattr(knoop.func, "id", "") in ("Static", "Label", "Markdown"):
                markup_uit = any(
                    k.arg == "markup" and isinstance(k.value, ast.Constant) and k.value.value is False
                    for k in knoop.keywords
                )
                if not markup_uit:
                    fouten.append(f"{pad.name}:{knoop.lineno}")
    assert not fouten, f"Static/Label with markup on: {fouten}"


# -- answers are not lost without asking -------------------------------------------------------------


async def test_esc_op_de_eerste_vraag_vraagt_eerst_en_nee_houdt_alles() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "2", "4", "enter", "5")  # age, then "met anderen"
        await pilot.pause()
        for _ in range(20):
            await pilot.press("escape")
        await pilot.pause()
        assert app.antwoorden is not None and app.antwoorden.waarden["leeftijd"] == 24
        if isinstance(app.screen, Bevestig):
            await pilot.click("#nee")
            await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "leeftijd"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Bevestig)
        await pilot.click("#ja")
        await pilot.pause()
        assert isinstance(app.screen, RolScherm)


async def test_esc_zonder_antwoorden_gaat_meteen_terug() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RolScherm)


async def test_ctrl_q_vraagt_eerst_als_er_antwoorden_zijn() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "2", "4", "enter")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, Bevestig)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.antwoorden is not None and app.antwoorden.waarden
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
    assert not app.is_running and app.return_code == 0


async def test_ctrl_q_zonder_antwoorden_stopt_meteen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


# -- found by the long random run: input that arrives in a burst ------------------------------------


async def test_twee_keer_sluiten_in_een_keer_sluit_de_dialoog_een_keer() -> None:
    from textual.widgets import Button

    from switchwijzer.tui.dialogs.woord import Woordenlijst

    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, Woordenlijst)
        knop = app.screen.query_one("#sluit", Button)
        knop.press()
        knop.press()  # the second press arrives before the dialog is gone
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, RolScherm)

