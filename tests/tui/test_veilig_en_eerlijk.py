"""Keys and screens that must not trip a person up: a confirm dialog defaults to the safe choice, the question
counter is steady and honest, and a refused answer puts the focus on the field to fix."""

from __future__ import annotations

from textual import events

from switchwijzer.engine import Situatie, bereken
from switchwijzer.i18n import _
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.meer import MeerHieronder
from switchwijzer.tui.widgets.tekst import Tekst

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, naar_overzicht, toets
from .test_pilot_rollen import DEELNEMER, DEELNEMER_SITUATIE


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


async def test_the_counter_is_shown_whole_at_80_columns_in_both_languages() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        for _taal in ("nl", "en"):
            await pilot.pause()
            langste = _("Question {n} of about {totaal}").format(n=19, totaal=25)
            # In the top bar where it fits, else as the first line of the question (below 100 columns).
            [stap] = [s for s in app.screen.query(".kopbalk .stap, .stap-regel").results(Tekst) if s.region.width]
            assert stap.region.width >= len(langste), (langste, stap.region)
            assert "ongeveer" in str(stap.render()) or "about" in str(stap.render())
            await pilot.press("f4")


async def test_pagedown_and_pageup_scroll_the_review(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await naar_overzicht(pilot, deelnemer_gewandeld)
        inhoud = scherm.query_one("#inhoud")
        assert app.focused is not None and app.focused.id == "bereken"  # the focus is on a button, not the text
        assert inhoud.max_scroll_y > 0 and inhoud.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert inhoud.scroll_y > 0
        await pilot.press("pageup")
        await pilot.pause()
        assert inhoud.scroll_y == 0
        await pilot._post_mouse_events([events.MouseScrollDown], inhoud)  # the mouse wheel too (Pilot has no helper)
        await pilot.pause()
        assert inhoud.scroll_y > 0


async def test_choices_cut_off_at_80x24_say_there_is_more_and_a_click_shows_it() -> None:
    """"Krijg je elke maand geld ...?" has five choices, "Weet ik niet" and "Waarom": at 80x24 not all fit."""
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, DEELNEMER, tot="uitkering")
        await pilot.pause()
        scherm = app.screen
        inhoud = scherm.query_one("#inhoud")
        assert inhoud.max_scroll_y > 0
        meer = scherm.query_one(MeerHieronder)
        assert meer.display and "Meer hieronder" in str(meer.render())
        await pilot.click(MeerHieronder)
        await pilot.pause()
        assert inhoud.scroll_y == inhoud.max_scroll_y
        assert not meer.display  # at the end: nothing more below
        await pilot.press("pageup")
        await pilot.pause()
        assert meer.display


async def test_no_hint_when_everything_fits() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert not app.screen.query_one(MeerHieronder).display


async def test_keys_typed_while_the_next_question_comes_go_to_that_question() -> None:
    """"24", Enter, "1" typed in one go: 24 is the age and 1 picks the first choice of the next question (it used
    to go into the age field: "241"). Two digits in a row answer two choice questions."""
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        for naam in ("2", "4", "enter", "1", "1"):
            assert app._driver is not None
            app._driver.send_message(toets(naam))
        await pilot.pause()
        await pilot.pause()
        assert app.antwoorden is not None
        assert app.antwoorden.waarden.get("leeftijd") == 24, app.antwoorden.ruw
        assert app.antwoorden.waarden.get("woonsituatie") == "alleen"
        assert app.antwoorden.waarden.get("huurt") == "ja"
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "huur"


async def test_zero_hours_is_refused_with_a_clear_message_and_the_engine_still_computes_zero() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, DEELNEMER, tot="uren")
        await pilot.press("0", "enter")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uren"
        assert app.antwoorden is not None and "uren" not in app.antwoorden.waarden
        melding = str(app.screen.query_one("#fout-uren", Tekst).render())
        assert "0 uur is geen baan" in melding and "1 uur of meer" in melding
        assert app.focused is not None and app.focused.id == "invoer-uren"
    # the engine itself still takes 0 hours: its chart starts there
    situatie = Situatie.model_validate(
        {**DEELNEMER_SITUATIE, "straks": {**DEELNEMER_SITUATIE["straks"], "uren_per_week": 0}}
    )
    assert bereken(situatie).uren_reeks[0].uren == 0


async def test_in_een_ja_nee_vraag_gaan_de_pijltjes_van_knop_naar_knop() -> None:
    """Only the keyboard: "Opnieuw beginnen?" starts on Nee; the left arrow goes to Ja, the right arrow back
    (in tmux the left arrow did nothing, and Enter then said Nee)."""
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "5", "enter")
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, Bevestig) and app.focused is not None and app.focused.id == "nee"
        await pilot.press("left")
        assert app.focused is not None and app.focused.id == "ja"
        await pilot.press("right")
        assert app.focused is not None and app.focused.id == "nee"
        await pilot.press("left", "enter")
        await pilot.pause()
        assert app.antwoorden is not None and not app.antwoorden.waarden
