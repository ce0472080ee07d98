"""Random keys, typed characters and clicks at a kiosk: it never crashes, never quits, stays on the
wizard's own screens and writes no file.

Each example is one long session (a step is one key or click, not a new app), so CI runs 2 000 steps or
more. A long run: `SWITCHWIJZER_STAPPEN=2500 python -m pytest tests/tui/test_willekeurig.py` (4 × 2 500).
"""

from __future__ import annotations

import asyncio
import os
import random
import string
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual import events
from textual.command import CommandPalette
from textual.geometry import Offset
from textual.pilot import Pilot, _get_mouse_message_arguments

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.dialogs.nog_daar import NogDaar
from switchwijzer.tui.dialogs.woord import Woordenlijst, WoordUitleg
from switchwijzer.tui.screens.basis import Stap

from .conftest import PEILDATUM
from .helpers import toets

STAPPEN = int(os.environ.get("SWITCHWIJZER_STAPPEN", "500"))
VOORBEELDEN = 4
GROOTTES = [(80, 24), (100, 32), (120, 40)]

# F12 is left out: F12 followed by Ctrl+Q is the staff combination that does end the kiosk.
TOETSEN = [
    "tab", "shift+tab", "enter", "escape", "up", "down", "left", "right", "space", "backspace", "delete",
    "f1", "f2", "f3", "f4", "f5", "f6", "f10", "f11", "ctrl+p", "ctrl+b", "ctrl+q", "ctrl+c", "ctrl+z",
    "ctrl+backslash", "ctrl+v", "ctrl+x", "ctrl+a", "ctrl+e", "home", "end", "pageup", "pagedown",
]
TEKENS = [t for t in string.printable if t.isprintable()] + ["é", "€", "ë"]
SCHERMEN = (Stap, Bevestig, NogDaar, Woordenlijst, WoordUitleg)


def _stap(kans: random.Random, breedte: int, hoogte: int) -> tuple[str, object]:
    soort = kans.random()
    if soort < 0.45:
        return "toets", kans.choice(TOETSEN)
    if soort < 0.8:
        return "toets", kans.choice(TEKENS)
    return "klik", (kans.randrange(breedte), kans.randrange(hoogte))


def _klik(app: SwitchwijzerApp, x: int, y: int) -> None:
    """Down, up and click where the person clicked, as Pilot.click sends them, without its waits."""
    scherm = app.screen
    argumenten = _get_mouse_message_arguments(scherm, (x, y))
    app.mouse_position = Offset(x, y)
    for soort in (events.MouseDown, events.MouseUp, events.Click):
        scherm._forward_event(soort(**argumenten, **({"chain": 1} if soort is events.Click else {})))


async def _tot_het_opnieuw_beginnen_klaar_is(pilot: Pilot[int], seconden: float = 10) -> None:
    """"Opnieuw beginnen" closes the screens one by one and then shows the first one; while the last one closes,
    the app's empty screen is on top. Wait that out (on a busy machine it can outlast one pause)."""
    grens = time.monotonic() + seconden
    while len(pilot.app.screen_stack) == 1 and time.monotonic() < grens:
        await pilot.pause(0.05)


async def _speel(zaad: int, grootte: tuple[int, int], map_: Path) -> None:
    kans = random.Random(zaad)
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=grootte) as pilot:
        assert app._driver is not None
        for nummer in range(STAPPEN):
            soort, waarde = _stap(kans, *grootte)
            if soort == "toets":
                app._driver.send_message(toets(str(waarde)))  # without Pilot.press's idle waits
            else:
                _klik(app, *waarde)  # type: ignore[misc]
            if nummer % 8:
                continue  # input comes in bursts, as from a fast hand; the app catches up every 8 steps
            await pilot.pause()
            await _tot_het_opnieuw_beginnen_klaar_is(pilot)
            assert app.is_running, (
                f"the kiosk stopped at step {nummer}: {soort} {waarde!r} (zaad={zaad}, grootte={grootte}): "
                f"{app._exception!r}"  # Textual keeps the error that stopped the app; CI shows it here
            )
            assert isinstance(app.screen, SCHERMEN) and not isinstance(app.screen, CommandPalette), (
                f"step {nummer}: {soort} {waarde!r} led to {app.screen!r}"
            )
        await pilot.pause()
        assert app.is_running and len(app.screen_stack) >= 2
    assert not list(map_.iterdir()), f"files appeared: {list(map_.iterdir())}"


@pytest.mark.lang(60)
@settings(max_examples=VOORBEELDEN, deadline=None, suppress_health_check=list(HealthCheck))
@given(zaad=st.integers(0, 2**32 - 1), grootte=st.sampled_from(GROOTTES))
@example(zaad=225354481, grootte=(120, 40))  # a click on "English" while a question screen was being built
def test_willekeurige_toetsen_tekens_en_klikken(zaad: int, grootte: tuple[int, int]) -> None:
    oud_cwd, oud_home = os.getcwd(), os.environ.get("HOME")
    with tempfile.TemporaryDirectory() as tijdelijk:
        os.chdir(tijdelijk)
        os.environ["HOME"] = tijdelijk
        try:
            asyncio.run(_speel(zaad, grootte, Path(tijdelijk)))
        finally:
            os.chdir(oud_cwd)
            if oud_home is not None:
                os.environ["HOME"] = oud_home
