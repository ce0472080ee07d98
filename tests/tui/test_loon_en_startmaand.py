"""One rule for the hourly wage: at least the minimum wage of the month the work starts, at the question, on the
review and on the coach's form; on both sides of 1 January 2027 (€ 14,99 an hour at 24 is the minimum from July
2026, under the € 15,29 of January 2027). A wage refused at the end takes the person to the wage, with the reason
in its field and the focus there (it used to show an empty answer with the focus on "Woorden")."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.vraagveld import VraagVeld

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, formulier_kies, formulier_typ, typ
from .test_pilot_rollen import DEELNEMER

MET_UURLOON = {**DEELNEMER, "loon": 1, "uurloon": "14,99"}


def _fout(app: SwitchwijzerApp, vraag_id: str) -> str:
    return str(app.screen.query_one(f"#fout-{vraag_id}", Static).render())


@pytest.mark.parametrize(("start", "goed"), [("12-2026", True), ("1-2027", False)])
async def test_the_wage_question_uses_the_minimum_of_the_start_month(start: str, goed: bool) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        gezien = await beantwoord_alles(pilot, {**MET_UURLOON, "start": start}, tot="uurloon")
        assert "start" in gezien  # the start month is asked before the wage
        typ(pilot, "14,99")
        await pilot.press("enter")
        await pilot.pause()
        if goed:
            assert app.antwoorden.waarden.get("uurloon") is not None
            assert not (isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uurloon")
            return
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uurloon"
        assert "januari 2027" in _fout(app, "uurloon") and "15,29" in _fout(app, "uurloon")
        assert app.focused is not None and app.focused.id == "invoer-uurloon"


async def test_a_later_start_month_makes_the_wage_too_low_on_the_review_and_leads_back_to_it() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, {**MET_UURLOON, "start": "12-2026"})
        assert isinstance(app.screen, OverzichtScherm) and not app.screen.query(".tegenstrijdig")
        await pilot.click("#wijzig-start")
        await pilot.pause()
        veld = app.screen.query_one("#invoer-start", Input)
        veld.value = ""
        typ(pilot, "1-2027")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverzichtScherm)
        melding = str(app.screen.query_one(".tegenstrijdig-tekst", Static).render())
        assert "januari 2027" in melding and "15,29" in melding
        await pilot.click("#bereken")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uurloon"
        assert "15,29" in _fout(app, "uurloon")
        assert app.focused is not None and app.focused.id == "invoer-uurloon"
        veld = app.screen.query_one("#invoer-uurloon", Input)
        veld.value = ""
        typ(pilot, "15,29")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverzichtScherm) and not app.screen.query(".tegenstrijdig")
        await pilot.click("#bereken")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm) and not app.screen.fout


async def test_the_coach_form_checks_the_wage_again_when_the_start_month_changes() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, FormulierScherm)

        await formulier_typ(pilot, "leeftijd", "24", enter=True)
        await formulier_kies(pilot, "uitkering", "keuze-geen")
        await formulier_kies(pilot, "begonnen", "keuze-nee")
        await formulier_typ(pilot, "start", "12-2026", enter=True)
        await formulier_kies(pilot, "loon", "keuze-uurloon")
        await formulier_typ(pilot, "uurloon", "14,99", enter=True)
        assert app.antwoorden.waarden.get("uurloon") is not None
        assert not scherm.query_one("#vraag-uurloon", VraagVeld).has_class("-fout")
        await formulier_typ(pilot, "start", "1-2027", enter=True)
        await pilot.pause()
        assert scherm.query_one("#vraag-uurloon", VraagVeld).has_class("-fout")
        assert "15,29" in _fout(app, "uurloon")
        assert "uurloon" not in app.antwoorden.waarden
