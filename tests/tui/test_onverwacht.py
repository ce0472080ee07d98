"""A mistake in Switchwijzer (a bug) is never taken for bad input: the wizard says it is one, with a code, keeps
the answers and writes the traceback to fouten.log (not in a kiosk); `bereken` prints it and exits with 70.

The wizard hears of such a mistake through Textual's private `App._handle_exception`; Textual has no public hook
for it (Textualize/textual#2818 asks for one). The first tests pin what Textual does around that call, so a
Textual release that changes it fails here, loudly, instead of leaving the wizard frozen or silent.

The mistake itself is made by giving the engine a Situatie that validation never lets through (an age as text,
via pydantic's model_copy): the engine then fails in its own code, as a broken rule would.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Button, Static

from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.start import volgende

from .conftest import PEILDATUM
from .helpers import naar_overzicht, naar_uitkomst
from .test_bewaren import _meldingen

# -- what Textual does (pinned) --------------------------------------------------------------------------------


class _Scherm(Screen):
    BINDINGS = [Binding("a", "fout", "")]

    def compose(self) -> ComposeResult:
        yield Button("knop", id="knop")

    def action_fout(self) -> None:
        raise RuntimeError("actie van een scherm")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        raise RuntimeError("knop")


class _Kapot(Screen):
    def compose(self) -> ComposeResult:
        raise RuntimeError("opbouw")
        yield Static()


class _App(App[None]):
    BINDINGS = [
        Binding("b", "fout", ""),
        Binding("c", "later", ""),
        Binding("d", "kapot", ""),
        Binding("e", "klok", ""),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.gezien: list[Exception] = []

    def on_mount(self) -> None:
        self.push_screen(_Scherm())

    def action_fout(self) -> None:
        raise RuntimeError("actie van de app")

    def action_later(self) -> None:
        self.call_later(self._fout)

    def action_klok(self) -> None:
        self.set_timer(0.01, self._fout)

    def action_kapot(self) -> None:
        self.push_screen(_Kapot())

    def _fout(self) -> None:
        raise RuntimeError("later")

    def _handle_exception(self, error: Exception) -> None:
        self.gezien.append(error)


def test_textual_heeft_de_methode_nog_met_dezelfde_vorm() -> None:
    assert list(inspect.signature(App._handle_exception).parameters) == ["self", "error"]
    assert "_handle_exception" in SwitchwijzerApp.__dict__  # ours overrides it


@pytest.mark.parametrize(
    ("doe", "bericht", "app_loopt_door"),
    [
        ("klik", "knop", True),  # a button: the screen's loop stops, the app's goes on
        ("d", "opbouw", True),  # building a screen: that screen's loop stops
        ("a", "actie van een scherm", False),  # a key's action runs in the app's loop: the app ends
        ("b", "actie van de app", False),
        ("c", "later", False),  # call_later on the app
        ("e", "later", True),  # a timer of the app runs in a task of its own
    ],
)
async def test_textual_meldt_elke_fout_een_keer_en_stopt_de_lus_die_hem_gaf(
    doe: str, bericht: str, app_loopt_door: bool
) -> None:
    """What the wizard relies on: every uncaught exception reaches `_handle_exception` once, as itself; a screen
    whose loop raised is dead, but the app runs on (so the app can show the answers on a new screen); when the
    app's own loop raised, the app ends (so tui.start must start a new one)."""
    app = _App()
    async with app.run_test() as pilot:
        await pilot.pause()
        if doe == "klik":
            app.screen.query_one("#knop", Button).press()
        else:
            app.post_message(events.Key(doe, doe))
        for _ in range(100):
            await asyncio.sleep(0.02)
            if app.gezien:
                break
        await asyncio.sleep(0.1)
        assert [str(f) for f in app.gezien] == [bericht]
        assert isinstance(app.gezien[0], RuntimeError)
        assert app.is_running is app_loopt_door


async def test_zonder_eigen_afhandeling_stopt_textual_de_app_en_geeft_pilot_de_fout() -> None:
    """`vang_fouten=False` (every test) leaves the mistake to Textual: the app ends with code 1, and run_test
    raises it, so a bug fails the test instead of being shown as a message."""

    class Gewoon(App[None]):
        def on_mount(self) -> None:
            raise ZeroDivisionError("fout")

    app = Gewoon()
    with pytest.raises(ZeroDivisionError):
        async with app.run_test():
            pass
    assert app.return_code == 1


# -- the wizard ------------------------------------------------------------------------------------------------


@pytest.fixture
def kapotte_motor(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """From now on the engine fails in its own code (see the module's docstring)."""
    echt = Antwoorden.situatie

    def situatie(self: Antwoorden):  # type: ignore[no-untyped-def]
        return echt(self).model_copy(update={"leeftijd": "dertig"})

    return lambda: monkeypatch.setattr(Antwoorden, "situatie", situatie)


async def _wacht_tot(voorwaarde, seconden: float = 10) -> None:  # type: ignore[no-untyped-def]
    """Without Pilot's own waiting, which waits for the screen whose loop stopped."""
    for _ in range(int(seconden / 0.05)):
        if voorwaarde():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("niet op tijd")


@pytest.mark.parametrize("kiosk", [False, True], ids=["thuis", "kiosk"])
async def test_een_fout_in_de_berekening_noemt_een_code_en_de_antwoorden_blijven(  # type: ignore[no-untyped-def]
    _data_map: Path, deelnemer_gewandeld, kapotte_motor, kiosk: bool,
) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, vang_fouten=True, kiosk=kiosk)
    async with app.run_test(size=(100, 40)) as pilot:
        overzicht = await naar_overzicht(pilot, deelnemer_gewandeld)
        waarden = dict(app.antwoorden.waarden)  # type: ignore[union-attr]
        kapotte_motor()
        overzicht.query_one("#bereken", Button).press()
        await _wacht_tot(lambda: isinstance(app.screen, OverzichtScherm) and app.screen is not overzicht)
        await _wacht_tot(lambda: any("Er ging iets mis" in m for m in _meldingen(app)))
        assert app.is_running and app.antwoorden is not None and app.antwoorden.waarden == waarden
        [melding] = [m for m in _meldingen(app) if "Er ging iets mis" in m]
        assert "Er ging iets mis in de berekening." in melding and "niet in de antwoorden" in melding
        assert "De antwoorden zijn er nog" in melding and "Kijk de antwoorden na" not in melding
        code = melding.split("de fout vinden: ")[1][:9]
        assert code.startswith("SW-") and len(code) == 9
        log = _data_map / "fouten.log"
        if kiosk:  # a public machine writes nothing and shows no place on disk
            assert not log.exists() and "bestand" not in melding
        else:
            assert str(log) in melding
            inhoud = log.read_text(encoding="utf-8")
            assert code in inhoud and "Traceback" in inhoud and "TypeError" in inhoud and "engine" in inhoud
        await pilot.press("f2")  # the wizard still answers keys
        await pilot.pause()
        assert type(app.screen).__name__ == "Woordenlijst"


async def test_een_fout_na_plus_stopt_de_app_en_de_volgende_toont_de_antwoorden(  # type: ignore[no-untyped-def]
    _data_map: Path, deelnemer_gewandeld, kapotte_motor,
) -> None:
    """`+` runs in the app's own loop: the app ends, and tui.start starts a new wizard with the answers."""
    app = SwitchwijzerApp(peildatum=PEILDATUM, vang_fouten=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await naar_uitkomst(pilot, copy.deepcopy(deelnemer_gewandeld))
        kapotte_motor()
        app.post_message(events.Key("plus", "+"))
        await _wacht_tot(lambda: not app.is_running)
    assert app.onverwacht is not None and app.onverwacht.in_berekening
    na_fout = volgende(app, None, seconden=60)
    assert na_fout is not None and na_fout.antwoorden is app.antwoorden
    assert volgende(app, na_fout, seconden=1) is None, "stopped again at once: no third wizard"
    assert volgende(app, None, seconden=60, in_browser=True) is None, "a browser page starts again itself"

    nieuw = SwitchwijzerApp(peildatum=PEILDATUM, vang_fouten=True, na_fout=na_fout)
    async with nieuw.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await _wacht_tot(lambda: isinstance(nieuw.screen, OverzichtScherm))
        assert nieuw.antwoorden is na_fout.antwoorden
        assert any("Er ging iets mis in de berekening" in m and na_fout.onverwacht.code in m for m in _meldingen(nieuw))


async def test_zonder_vang_fouten_is_een_fout_in_de_motor_geen_nette_melding(  # type: ignore[no-untyped-def]
    deelnemer_gewandeld, kapotte_motor,
) -> None:
    """There is no broad except around the engine: in a test, a broken rule fails the test."""
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    with pytest.raises(TypeError):
        async with app.run_test(size=(100, 40)) as pilot:
            await naar_overzicht(pilot, deelnemer_gewandeld)
            kapotte_motor()
            await pilot.click("#bereken")
            await pilot.pause()
    assert not any(isinstance(scherm, UitkomstScherm) for scherm in app.screen_stack)


def test_bereken_met_een_fout_in_de_motor_geeft_code_traceback_en_exit_70() -> None:
    programma = (
        "import sys\n"
        "from switchwijzer import cli\n"
        "echt = cli.Situatie.model_validate_json\n"
        "cli.Situatie.model_validate_json = lambda t: echt(t).model_copy(update={'leeftijd': 'dertig'})\n"
        "from switchwijzer.__main__ import main\n"
        "sys.exit(main(['bereken', '-']))\n"
    )
    invoer = json.dumps({"leeftijd": 30, "nu": {"uitkering": "bijstand"}})
    res = subprocess.run([sys.executable, "-c", programma], input=invoer, capture_output=True, text=True, timeout=60)
    assert res.returncode == 70 and res.stdout == ""
    eerste, *rest = res.stderr.splitlines()
    assert eerste.startswith("Er ging iets mis in de berekening. Dit is een fout in Switchwijzer, niet in de invoer.")
    assert "SW-" in eerste and "Traceback (most recent call last):" in rest and rest[-1].startswith("TypeError")
