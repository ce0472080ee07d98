"""Shared for the wizard tests: a fixed peildatum, no blinking cursor, no animations, helpers to answer."""

from __future__ import annotations

import os
from datetime import date

import pytest
from textual.widgets import Input

from switchwijzer import i18n

PEILDATUM = date(2026, 3, 1)
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(autouse=True)
def _vast(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    i18n.zet_taal("nl")
    yield
    i18n.zet_taal("nl")


@pytest.fixture(scope="session")
def deelnemer_gewandeld():  # type: ignore[no-untyped-def]
    """The answers that one real walk through the wizard with DEELNEMER gives, once per test process.

    Tests about what comes after the review start from a copy of these (helpers.naar_overzicht) instead of
    answering the same questions again. The walk itself stays tested: test_pilot_rollen.py walks it and
    checks the amounts, and the review snapshots draw its answers."""
    import asyncio

    from .helpers import beantwoord_alles
    from .test_pilot_rollen import DEELNEMER
    from switchwijzer.tui.app import SwitchwijzerApp
    from switchwijzer.tui.screens.overzicht import OverzichtScherm

    async def wandel():  # type: ignore[no-untyped-def]
        app = SwitchwijzerApp(peildatum=PEILDATUM)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("1")
            await beantwoord_alles(pilot, DEELNEMER)
            assert isinstance(app.screen, OverzichtScherm) and app.antwoorden is not None
            return app.antwoorden

    i18n.zet_taal("nl")
    return asyncio.run(wandel())
