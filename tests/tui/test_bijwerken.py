"""After − / + the answer is updated in place (tui/widgets/bijwerken.py), not composed again: what is on the
screen must then be exactly what a freshly opened answer shows for the same hours, in every tab."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.widgets.antwoord import Paneel

from .helpers import beeld

PEILDATUM = date(2026, 3, 1)
ANTWOORDEN = {
    "leeftijd": Decimal(24), "woonsituatie": "alleen", "kostendelers": Decimal(0), "huurt": "ja",
    "huur": Decimal(650), "uitkering": "bijstand", "vergoeding": Decimal(0), "financiering": "wmo",
    "einddatum": "weet_niet", "soort_werk": "beschut_werk", "uren": Decimal(20), "uurloon": "weet_niet",
    "begonnen": "nee", "urenbeperking": "nee", "advies": "ja", "gemeente": None,
}


def _beeld(scherm: UitkomstScherm) -> list[tuple]:
    """Every widget of every tab with what it shows (texts with their glossary links, labels, chart lines)."""
    return [regel for paneel in scherm.query(Paneel) for regel in beeld(paneel)]


@pytest.mark.lang(25)
@pytest.mark.parametrize("rol", ["deelnemer", "coach"])
async def test_na_plus_en_min_staat_er_wat_een_nieuw_antwoord_toont(rol: str) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol=rol)
    async with app.run_test(size=(100, 40)) as pilot:
        app.antwoorden = Antwoorden(rol, PEILDATUM, dict(ANTWOORDEN))
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm)
        for tab in ("toeslagen", "geld"):  # a second tab seen before the change, so it is redrawn too
            await pilot.press({"geld": "1", "toeslagen": "3"}[tab])
            await pilot.pause()
        # 21 hours (same shape), then 40 (past the point where the bijstand stops), then back to 39
        for toetsen, uren in ((["plus"], 21), (["plus"] * 19, 40), (["minus"], 39)):
            await pilot.press(*toetsen)
            await pilot.pause()
            await pilot.press("2", "3", "4", "5", "6", "1")  # open every tab that was marked to redraw
            await pilot.pause()
            assert scherm.situatie.straks.uren_per_week == uren
            bijgewerkt = _beeld(scherm)
            vers = UitkomstScherm()
            await app.push_screen(vers)
            await pilot.press("2", "3", "4", "5", "6", "1")
            await pilot.pause()
            assert bijgewerkt == _beeld(vers), f"{uren} hours"
            await app.pop_screen()
            await pilot.pause()


async def _zelfde_als_vers(app: SwitchwijzerApp, pilot, scherm: UitkomstScherm, wat: str) -> None:  # type: ignore[no-untyped-def]
    """Open every tab (so each redraws), then compare with a freshly opened answer for the same hours."""
    await pilot.press("2", "3", "4", "5", "6", "1")
    await pilot.pause()
    bijgewerkt = _beeld(scherm)
    vers = UitkomstScherm()
    await app.push_screen(vers)
    await pilot.press("2", "3", "4", "5", "6", "1")
    await pilot.pause()
    assert bijgewerkt == _beeld(vers), wat
    await app.pop_screen()
    await pilot.pause()


async def test_van_1_naar_2_uur_en_terug_en_niet_onder_1_uur() -> None:
    """Each tab is redrawn from the answer for one press, with sentences added and removed in place; "-" stops at
    1 hour (0 hours is no job: the question refuses it, so the answer does too)."""
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(100, 40)) as pilot:
        app.antwoorden = Antwoorden("coach", PEILDATUM, dict(ANTWOORDEN, uren=Decimal(1)))
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm)
        await pilot.press("2", "3", "4", "5", "6", "1")  # every tab drawn once before the change
        await pilot.pause()
        for toets, uren in (("plus", 2), ("minus", 1), ("minus", 1)):
            await pilot.press(toets)
            await pilot.pause()
            assert scherm.situatie.straks.uren_per_week == uren
            await _zelfde_als_vers(app, pilot, scherm, f"{uren} hours")
