"""Snapshots of the key screens at 80x24 and 120x40 (fixed peildatum, theme, no cursor blink).

Accept intended changes with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.overzicht import OverzichtScherm

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, naar_uitkomst
from .test_pilot_rollen import DEELNEMER

MATEN = [(80, 24), (120, 40)]


async def _naar_vraag(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("1", "2", "4", "enter")
    await pilot.pause()


async def _naar_overzicht(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    """The review after a real walk: this snapshot shows every answer the walk gave."""
    await pilot.press("1")
    await beantwoord_alles(pilot, DEELNEMER)
    assert isinstance(pilot.app.screen, OverzichtScherm)


async def _naar_uitkomst(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    """The answer to the same answers as the review snapshot, without walking every question again."""
    await naar_uitkomst(pilot, gewandeld)


async def _naar_uitkomst_contrast(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await _naar_uitkomst(pilot, gewandeld)
    await pilot.press("f3")
    await pilot.pause()


async def _niets(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()


def _tabblad(cijfer: str):  # type: ignore[no-untyped-def]
    async def naar(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
        await _naar_uitkomst(pilot, gewandeld)
        await pilot.press(cijfer)
        await pilot.pause()

    return naar


async def _naar_formulier(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    await pilot.pause()


async def _naar_woordenlijst(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("2", "f2")
    await pilot.pause()


async def _naar_uitkomst_engels(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await _naar_uitkomst(pilot, gewandeld)
    await pilot.press("f4")
    await pilot.pause()


async def _naar_vergelijk(pilot, gewandeld) -> None:  # type: ignore[no-untyped-def]
    await _naar_uitkomst(pilot, gewandeld)
    await pilot.press("v")
    await pilot.pause()
    await pilot.press("3", "2", "enter")  # a choice with 32 hours next to the answer
    await pilot.pause()


SCHERMEN = {
    "rol": _niets,
    "vraag": _naar_vraag,
    "overzicht": _naar_overzicht,
    "uitkomst": _naar_uitkomst,
    "uitkomst_contrast": _naar_uitkomst_contrast,
    "uitkomst_maanden": _tabblad("2"),
    "uitkomst_toeslagen": _tabblad("3"),
    "uitkomst_terug": _tabblad("4"),
    "uitkomst_indicatie": _tabblad("5"),
    "uitkomst_doen": _tabblad("6"),
    "coachformulier": _naar_formulier,
    "woordenlijst_ouder": _naar_woordenlijst,
    "uitkomst_engels": _naar_uitkomst_engels,
    "vergelijk": _naar_vergelijk,
}


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
@pytest.mark.parametrize("scherm", list(SCHERMEN))
def test_scherm(snap_compare, deelnemer_gewandeld, scherm: str, maat: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    naar = SCHERMEN[scherm]
    assert snap_compare(app, run_before=lambda pilot: naar(pilot, deelnemer_gewandeld), terminal_size=maat)

