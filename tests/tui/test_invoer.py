"""Bad input is refused on the spot with a B1 message; Dutch numbers and dates are read the Dutch way."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Input, Static

from switchwijzer.i18n import Invoerfout, lees_datum, lees_getal
from switchwijzer.lezer import Lezer
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.invoer import lees
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.vragenlijst import vraag

from .conftest import PEILDATUM


@pytest.mark.parametrize(
    ("tekst", "waarde"),
    [("12,5", "12.5"), ("€ 1.234,50", "1234.50"), ("1.234", "1234"), ("650", "650"), (" 40 ", "40"),
     ("€\xa0800", "800"), ("1234,5", "1234.5"), ("12,-", "12")],
)
def test_nederlandse_getallen(tekst: str, waarde: str) -> None:
    assert lees_getal(tekst) == Decimal(waarde)


@pytest.mark.parametrize("tekst", ["twaalf", "12a", "12.5", "-3", "", "1,2,3", "€"])
def test_geen_getal_geeft_nederlandse_melding(tekst: str) -> None:
    with pytest.raises(Invoerfout) as fout:
        lees_getal(tekst)
    assert str(fout.value)[0].isupper() and str(fout.value).endswith(".")
    assert "number" not in str(fout.value).lower()  # Dutch, not English


@pytest.mark.parametrize(
    ("vraag_id", "tekst", "stukje"),
    [
        ("uren", "90", "hoogstens 40 uur"),
        ("huur", "30.000", "te veel voor huur"),
        ("leeftijd", "15", "vanaf 16 jaar"),
        ("leeftijd", "70", "tot en met 66"),
        ("leeftijd", "24,5", "heel getal"),
        ("uren", "acht", "alleen cijfers"),
        ("kinderen", "4, 99", "tot en met 30"),
        ("einddatum", "31-2-2027", "bestaat niet"),
        # a whole number (months, age) gets a whole example, never "12,5"
        ("maanden", "3-2027", "alleen cijfers, bijvoorbeeld 12."),
        ("leeftijd", "24.5", "heel getal"),
        ("uren", "acht", "bijvoorbeeld 12,5."),
    ],
)
def test_grenzen_met_b1_melding(vraag_id: str, tekst: str, stukje: str) -> None:
    with pytest.raises(Invoerfout) as fout:
        lees(vraag(vraag_id), tekst, woorden_voor(Lezer("deelnemer")))
    assert stukje in str(fout.value)


def test_datums() -> None:
    assert lees_datum("1-3-2027") == date(2027, 3, 1)
    assert lees_datum("1 maart 2027") == date(2027, 3, 1)
    assert lees_datum("01/03/2027") == date(2027, 3, 1)


@given(st.text(max_size=30))
def test_elke_tekst_geeft_getal_of_melding(tekst: str) -> None:
    with contextlib.suppress(Invoerfout):
        lees(vraag("uren"), tekst, woorden_voor(Lezer("deelnemer")))


@pytest.mark.parametrize(("tekst", "stukje"), [("90", "hoogstens 40 uur"), ("acht", "alleen cijfers")])
async def test_melding_direct_op_het_scherm(tekst: str, stukje: str) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        app.switch_screen(VraagScherm("uren"))
        await pilot.pause()
        await pilot.press(*list(tekst))
        await pilot.pause()
        fout = app.screen.query_one("#fout-uren", Static)
        assert fout.display and stukje in str(fout.render()) and str(fout.render()).startswith("⚠")
        await pilot.press("enter")  # refused: we stay on the same question
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uren"
        assert app.screen.query_one(Input).value == tekst


async def test_een_uurloon_onder_het_minimumloon_wordt_bij_de_vraag_zelf_gezegd() -> None:
    """Not eight questions later on the answer screen: at the question, with the minimum for this age
    (24 jaar, 1 januari 2026: € 14,71 per uur, rijksoverheid.nl). While typing "14,80" nothing is said."""
    from .helpers import beantwoord_alles, typ
    from .test_pilot_rollen import DEELNEMER

    antwoorden = {**DEELNEMER, "loon": 1}  # "Ik weet mijn loon per uur"
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        await beantwoord_alles(pilot, antwoorden, tot="uurloon")
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uurloon"
        fout = app.screen.query_one("#fout-uurloon", Static)
        typ(pilot, "14")
        await pilot.pause()
        assert str(fout.render()) == "", "said while still typing"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "uurloon"
        assert "minimumloon" in str(fout.render()) and "14,71" in str(fout.render())
        assert "uurloon" not in app.antwoorden.waarden
        typ(pilot, ",80")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.vraag.id != "uurloon" and app.antwoorden.waarden["uurloon"] == Decimal("14.80")


async def test_op_het_coachformulier_zegt_tab_uit_het_uurloon_ook_dat_het_onder_het_minimumloon_is() -> None:
    """The coach goes on with Tab, not Enter: leaving the field says it too (found by review)."""
    from .helpers import typ

    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="coach")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for vraag_id, waarde in (("leeftijd", Decimal(30)), ("woonsituatie", "alleen"), ("huurt", "nee"),
                                 ("uitkering", "bijstand"), ("soort_werk", "regulier"), ("loon", "uurloon")):
            app.antwoorden.zet(vraag_id, waarde)
        app.screen.ververs()
        await pilot.pause()
        app.screen.ga_naar("uurloon")
        await pilot.pause()
        typ(pilot, "10")
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        fout = app.screen.query_one("#fout-uurloon", Static)
        assert "minimumloon" in str(fout.render()) and "14,71" in str(fout.render())
        assert "uurloon" not in app.antwoorden.waarden


@pytest.mark.parametrize(("tekst", "maand"), [("juli 2027", date(2027, 7, 1)), ("1-2028", date(2028, 1, 1)),
                                              ("december 2029", date(2029, 12, 1))])
def test_een_start_tot_drie_jaar_vooruit_wordt_aangenomen(tekst: str, maand: date) -> None:
    """Starts after the last known rules are computed as estimates (issue 20): at least 24 months ahead."""
    assert lees(vraag("start"), tekst, woorden_voor(Lezer("deelnemer")), vandaag=date(2026, 12, 6)) == maand


def test_een_start_na_de_horizon_krijgt_een_maand_tot_wanneer_het_kan() -> None:
    with pytest.raises(Invoerfout) as fout:
        lees(vraag("start"), "juli 2030", woorden_voor(Lezer("deelnemer")), vandaag=date(2026, 12, 6))
    assert "juni 2030" in str(fout.value) and str(fout.value).endswith(".")
