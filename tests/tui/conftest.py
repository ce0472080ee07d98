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

    from switchwijzer.tui.app import SwitchwijzerApp
    from switchwijzer.tui.screens.overzicht import OverzichtScherm

    from .helpers import beantwoord_alles
    from .test_pilot_rollen import DEELNEMER

    async def wandel():  # type: ignore[no-untyped-def]
        app = SwitchwijzerApp(peildatum=PEILDATUM)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("1")
            await beantwoord_alles(pilot, DEELNEMER)
            assert isinstance(app.screen, OverzichtScherm) and app.antwoorden is not None
            return app.antwoorden

    i18n.zet_taal("nl")
    return asyncio.run(wandel())


@pytest.fixture
def snap_compare(snapshot, tmp_path):  # type: ignore[no-untyped-def]
    """`assert snap_compare(app, run_before=..., terminal_size=(80, 24))`: the screen equals the accepted picture.
    On a difference the new picture is kept in the test's tmp_path (the path is printed)."""
    from .schermfoto import SvgSchermfoto, schermfoto

    def vergelijk(app, run_before=None, terminal_size=(80, 24)) -> bool:  # type: ignore[no-untyped-def]
        svg = schermfoto(app, terminal_size, run_before)
        gelijk = snapshot.use_extension(SvgSchermfoto) == svg
        if not gelijk:
            nieuw = tmp_path / "nieuw.svg"
            nieuw.write_text(svg, encoding="utf-8")
            print(f"The screen differs from the accepted picture; the new one: {nieuw}")
        return gelijk

    return vergelijk
