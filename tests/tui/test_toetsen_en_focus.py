"""Keys, mouse and focus: the coach's form answers to digits and clicks where the pointer is, Tab goes from
answer to answer, "Waarom" is one key away, focus shows without colour and the key bar speaks the language."""

from __future__ import annotations

from textual.widgets import Button, Collapsible, Input

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.toetsenbalk import Toetsenbalk
from switchwijzer.tui.widgets.vraagveld import VraagVeld

from .conftest import PEILDATUM
from .helpers import naar_overzicht


def _balk(app: SwitchwijzerApp) -> str:
    return str(app.screen.query_one(Toetsenbalk).render())


async def test_digits_pick_a_choice_in_the_focused_question_of_the_coach_form() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3", "5")  # typed into the age field: digits are text there
        assert app.screen.query_one("#invoer-leeftijd", Input).value == "35"
        await pilot.press("tab", "2")  # Tab goes to the household question; 2 = "Met een partner"
        assert app.antwoorden.waarden.get("woonsituatie") == "partner"
        assert app.antwoorden.waarden.get("leeftijd") == 35
        await pilot.pause()
        ids = [v.id for v in app.antwoorden.zichtbaar()]
        volgende = ids[ids.index("woonsituatie") + 1]
        assert app.focused is not None and app.focused.id == f"invoer-{volgende}"  # on to the next question
        await pilot.press("0", "enter")
        await pilot.pause()
        ids = [v.id for v in app.antwoorden.zichtbaar()]
        daarna = ids[ids.index(volgende) + 1]
        veld = next(w for w in app.focused.ancestors if isinstance(w, VraagVeld))
        assert veld.vraag.id == daarna


async def test_a_click_on_the_coach_form_leaves_the_focus_under_the_pointer() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        knop = app.screen.query_one("#vraag-woonsituatie").query_one("#keuze-alleen", Button)
        await pilot.click(knop)
        await pilot.pause()
        assert app.antwoorden.waarden.get("woonsituatie") == "alleen"
        assert app.focused is knop


async def test_tab_skips_waarom_on_the_coach_form_and_f1_opens_it() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        focus = app.focused
        assert isinstance(focus, Button) and focus.id and focus.id.startswith("keuze-"), focus
        veld = next(w for w in focus.ancestors if isinstance(w, VraagVeld))
        waarom = veld.query_one(".waarom", Collapsible)
        assert waarom.collapsed
        await pilot.press("f1")
        assert not waarom.collapsed
        await pilot.press("f1")
        assert waarom.collapsed


async def test_f1_opens_waarom_on_a_question_screen_at_80x24() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm)
        assert "f1 Waarom?" in _balk(app)
        waarom = app.screen.query_one(".waarom", Collapsible)
        await pilot.press("f1")
        await pilot.pause()
        assert not waarom.collapsed
        tekst = waarom.query_one(Collapsible.Contents)
        assert tekst.region.height > 0  # shown on the screen, not only opened


async def test_a_click_after_scrolling_chooses_the_option_under_the_pointer() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormulierScherm)
        inhoud = form.query_one("#inhoud")
        for _stap in range(6):
            inhoud.scroll_relative(y=7, animate=False)
            await pilot.pause()
            zichtbaar = [
                k for k in form.query(".keuzes > .keuze").results(Button)
                if k.display and inhoud.region.contains(k.region.x + 3, k.region.y)
            ]
            knop = zichtbaar[-1]
            veld = next(w for w in knop.ancestors if isinstance(w, VraagVeld))
            voor = inhoud.scroll_y
            await pilot.click(offset=(knop.region.x + 3, knop.region.y))
            await pilot.pause()
            assert app.antwoorden.waarden.get(veld.vraag.id) == knop.id.removeprefix("keuze-")
            assert inhoud.scroll_y == voor  # the form did not jump


async def test_focus_shows_without_colour_on_the_review_screen(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar_overzicht(pilot, deelnemer_gewandeld)
        assert isinstance(app.screen, OverzichtScherm)
        knoppen = [*app.screen.query(".wijzig").results(Button), app.screen.query_one("#bereken", Button)]
        for knop in knoppen:
            knop.focus()
            await pilot.pause()
            stijl = knop.rich_style
            assert stijl.reverse and stijl.underline, knop.id


async def test_key_bar_is_translated_fits_80_columns_and_clicks() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer", kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        balk = _balk(app)
        assert "esc Terug" in balk and "f5 Opnieuw beginnen" in balk
        assert len(balk.rstrip()) <= 80
        await pilot.press("f4")  # English
        await pilot.pause()
        assert "esc Back" in _balk(app)
        await pilot.press("f4")
        await pilot.pause()
        balk = app.screen.query_one(Toetsenbalk)
        plek = str(balk.render()).index("f2")
        await pilot.click(Toetsenbalk, offset=(plek, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "Woordenlijst"


async def test_key_bar_leaves_out_keys_that_do_not_fit() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        balk = _balk(app)
        assert balk.startswith(" esc Terug  ^b Bereken")
        assert len(balk.rstrip()) <= 60


async def test_arrow_keys_go_from_choice_to_choice_round_the_list_on_the_first_screen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "rol-deelnemer"
        await pilot.press("down")
        assert app.focused.id == "rol-ouder"
        await pilot.press("down", "down")  # past the last choice: back to the first, as in a radio list
        assert app.focused.id == "rol-deelnemer"
        await pilot.press("up", "enter")
        await pilot.pause()
        assert app.antwoorden is not None and app.antwoorden.rol == "coach"


async def test_arrow_keys_stay_within_the_visible_choices_of_one_question() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        veld = app.screen.query_one("#vraag-woonsituatie", VraagVeld)
        keuzes = veld.zichtbare_keuzes()
        keuzes[0].focus()
        for verwacht in keuzes[1:] + keuzes[:1]:  # the last "down" comes round to the first choice again
            await pilot.press("down")
            assert app.focused is verwacht
        await pilot.press("up")
        assert app.focused is keuzes[-1]


async def test_enter_on_a_choice_of_the_coach_form_answers_and_moves_on_like_a_digit() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        veld = app.screen.query_one("#vraag-woonsituatie", VraagVeld)
        veld.zichtbare_keuzes()[0].focus()
        await pilot.press("down", "enter")  # the second choice: "Met een partner"
        await pilot.pause()
        assert app.antwoorden.waarden.get("woonsituatie") == "partner"
        ids = [v.id for v in app.antwoorden.zichtbaar()]
        focus_veld = next(w for w in app.focused.ancestors if isinstance(w, VraagVeld))
        assert focus_veld.vraag.id == ids[ids.index("woonsituatie") + 1]
