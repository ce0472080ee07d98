"""Keys and screens that must not trip a person up: a confirm dialog defaults to the safe choice, the question
counter is steady and honest, and a refused answer puts the focus on the field to fix."""

from __future__ import annotations

from switchwijzer.i18n import _
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.tekst import Tekst

from .conftest import PEILDATUM


async def test_esc_a_few_times_then_enter_keeps_the_answers() -> None:
    """Esc on the first question asks "Go back to the start?"; Enter there must not delete the answers."""
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "2", "4", "enter")  # age 24
        await pilot.pause()
        await pilot.press("escape", "escape", "escape", "escape")  # back, ask, no, ask again
        await pilot.pause()
        assert isinstance(app.screen, Bevestig)
        assert app.focused is not None and app.focused.id == "nee"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "leeftijd"
        assert app.antwoorden is not None and app.antwoorden.waarden["leeftijd"] == 24


async def test_every_confirm_dialog_starts_on_no() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "2", "4", "enter")
        for toets in ("f5", "ctrl+q"):
            await pilot.press(toets)
            await pilot.pause()
            assert isinstance(app.screen, Bevestig), toets
            assert app.focused is not None and app.focused.id == "nee", toets
            await pilot.press("enter")
            await pilot.pause()
            assert app.is_running and app.antwoorden is not None and app.antwoorden.waarden["leeftijd"] == 24


async def test_the_counter_fits_the_top_bar_at_80_columns_in_both_languages() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        for _taal in ("nl", "en"):
            await pilot.pause()
            stap = app.screen.query_one(".kopbalk .stap", Tekst)
            langste = _("Question {n} of about {totaal}").format(n=19, totaal=25)
            assert stap.region.width >= len(langste), (langste, stap.region)
            assert "ongeveer" in str(stap.render()) or "about" in str(stap.render())
            await pilot.press("f4")
