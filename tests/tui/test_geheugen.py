"""The answer screen asks Python's garbage collector to leave the objects that were there when it came alone
(`gc.freeze`, so a full collection does not hold up a press of + / −), and gives them back when it is left: a
kiosk runs for days, so nothing may stay frozen after the answer."""

from __future__ import annotations

import gc

from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm

from .test_bijwerken import ANTWOORDEN, PEILDATUM



async def test_vast_alleen_zolang_het_antwoord_voor_staat() -> None:
    gc.unfreeze()
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        app.antwoorden = Antwoorden("deelnemer", PEILDATUM, dict(ANTWOORDEN))
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        assert gc.get_freeze_count() > 0
        await pilot.press("v")  # the compare screen over it: everything can be collected again
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm) and gc.get_freeze_count() > 0
        await pilot.press("escape")  # back to the questions
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0  # the app stopped with the answer in front
