"""Each role from the first screen to the answer; the amounts shown are the engine's for the same Situatie."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from textual.widgets import Input, Static

from switchwijzer.engine import Situatie, bereken
from switchwijzer.i18n import geld
from switchwijzer.lezer import Lezer
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.uitleg.kosten import heeft_kosten

from .conftest import PEILDATUM
from .helpers import WEET_NIET, beantwoord_alles, formulier_kies, formulier_typ, naar_overzicht

DEELNEMER = {
    "leeftijd": "24", "woonsituatie": 1, "kostendelers": "0", "huurt": 1, "huur": "650,50",
    "uitkering": 1, "vergoeding": WEET_NIET, "financiering": 1, "einddatum": "1-3-2027",
    "soort_werk": 1, "uren": "12,5", "loon": WEET_NIET, "begonnen": 1, "start": "3-2026", "urenbeperking": 2,
    "advies": 1, "gemeente": "Utrecht", "kwijtschelding": 1, "andere_wmo_hulp": WEET_NIET, "reiskosten": "0",
}
DEELNEMER_SITUATIE = {
    "peildatum": PEILDATUM, "leeftijd": 24,
    "huishouden": {"soort": "alleenstaand", "kostendelers_27_plus": 0},
    "wonen": {"huurt": True, "kale_huur_per_maand": "650.50", "kwijtschelding": True},
    "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 0},
    "straks": {"soort_werk": "beschut_werk", "uren_per_week": "12.5", "uurloon": None,
               "maand_sinds_start": 1, "medisch_urenbeperkt": False, "reiskosten_per_maand": 0},
    "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": date(2027, 3, 1),
                     "advies_beschut_werk": True, "gemeente": "Utrecht"},
}

OUDER = {
    "leeftijd": "20", "woonsituatie": 3, "kostendelers": "2", "huurt_ouders": 1,
    "uitkering": 2, "wajong_soort": WEET_NIET, "vergoeding": "25",
    "financiering": 2, "soort_werk": 2, "uren": "20", "loonwaarde": WEET_NIET, "loon": 1, "uurloon": "14,40",
    "begonnen": 2, "maanden": "3",
    "gemeente": WEET_NIET, "wlz_zorg": 2, "reiskosten": "45", "reiskosten_vergoed": 2,
}
OUDER_SITUATIE = {
    "peildatum": PEILDATUM, "leeftijd": 20,
    "huishouden": {"soort": "bij_ouders", "kostendelers_27_plus": 2},
    "wonen": {"huurt": True},
    "nu": {"uitkering": "wajong_70", "vergoeding_dagbesteding_per_maand": 25},
    "straks": {"soort_werk": "loonkostensubsidie", "uren_per_week": 20, "uurloon": "14.40",
               "maand_sinds_start": 4, "reiskosten_per_maand": 45, "reiskosten_vergoed": False},
    "dagbesteding": {"financiering": "wlz", "wlz_zorg": "vpt"},
}


def _tekst(app: SwitchwijzerApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def _naar_uitkomst(pilot) -> UitkomstScherm:  # type: ignore[no-untyped-def]
    assert isinstance(pilot.app.screen, OverzichtScherm)
    await pilot.click("#bereken")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, UitkomstScherm), scherm.fout if hasattr(scherm, "fout") else scherm
    assert not scherm.fout
    return scherm


async def _deelnemer_naar_uitkomst(pilot, gewandeld) -> UitkomstScherm:  # type: ignore[no-untyped-def]
    """The answer for DEELNEMER, from the answers one walk gave (the walk is test_deelnemer_van_begin_tot_uitkomst)."""
    await naar_overzicht(pilot, gewandeld)
    return await _naar_uitkomst(pilot)


def _controleer_bedragen(app: SwitchwijzerApp, scherm: UitkomstScherm, verwacht_json: dict) -> None:
    # the app's today, and the age typed that day
    verwacht_json = {**verwacht_json, "vandaag": PEILDATUM.isoformat(), "leeftijd_op": PEILDATUM.isoformat()}
    verwacht = bereken(Situatie.model_validate(verwacht_json))
    assert scherm.situatie == Situatie.model_validate(verwacht_json)
    assert scherm.uitkomst == verwacht
    nu_zin = _tekst(app, "#nu")
    # what the person has now, this month: after the costs (eigen bijdrage, kwijtschelding, travel) when there are any
    na_kosten = heeft_kosten(verwacht)
    assert verwacht.vandaag is not None
    assert geld(verwacht.vandaag.totaal_na_kosten if na_kosten else verwacht.vandaag.totaal) in nu_zin
    assert ("na de kosten" in nu_zin) == na_kosten
    tabel = _tekst(app, "#geld-tabel")
    nu, straks = ((verwacht.nu.totaal_na_kosten, verwacht.straks.totaal_na_kosten) if na_kosten
                  else (verwacht.nu.totaal, verwacht.straks.totaal))
    assert geld(nu) in tabel and geld(straks) in tabel
    for regel in verwacht.straks.regels:
        if regel.van_toepassing and regel.berekend and regel.bedrag:
            assert geld(regel.bedrag) in tabel, (regel.naam, tabel)


async def test_deelnemer_van_begin_tot_uitkomst() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")  # "Ik zit in de dagbesteding"
        gezien = await beantwoord_alles(pilot, DEELNEMER)
        assert "partner_inkomen" not in gezien and "wajong_soort" not in gezien
        scherm = await _naar_uitkomst(pilot)
        _controleer_bedragen(app, scherm, DEELNEMER_SITUATIE)
        kop = _tekst(app, "#kop")
        assert kop.startswith("Met werk houd je vanaf ") or kop.startswith("Met werk heb je vanaf ")
        assert " u " not in f" {kop} " and "uw" not in kop


async def test_ouder_van_begin_tot_uitkomst_met_eigen_huishouden() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.click("#rol-ouder")
        await beantwoord_alles(pilot, OUDER)
        scherm = await _naar_uitkomst(pilot)
        _controleer_bedragen(app, scherm, OUDER_SITUATIE)
        assert "uw kind" in _tekst(app, "#kop")
        # what changes for the parent's own household is on the Toeslagen tab
        scherm.query_one("#tabs").active = "toeslagen"
        await pilot.pause()
        teksten = " ".join(str(w.render()) for w in scherm.query("#toeslagen Static"))
        assert "Wat verandert er voor uzelf?" in teksten
        assert ("uw huurtoeslag" in teksten) or ("uw eigen toeslagen" in teksten)


async def test_coach_alle_vragen_op_een_formulier_met_regels_en_bronnen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        assert isinstance(app.screen, FormulierScherm)
        assert app.use_command_palette

        await formulier_typ(pilot, "leeftijd", "35")
        await formulier_kies(pilot, "woonsituatie", "keuze-partner")
        await formulier_typ(pilot, "kinderen", "4, 9")
        await formulier_typ(pilot, "partner_inkomen", "1.234,50")
        await formulier_typ(pilot, "kostendelers", "0")
        await formulier_kies(pilot, "huurt", "keuze-ja")
        await formulier_typ(pilot, "huur", "720")
        await formulier_kies(pilot, "uitkering", "keuze-bijstand")
        await formulier_typ(pilot, "vergoeding", "0")
        await formulier_kies(pilot, "kwijtschelding", "weet-niet")
        await formulier_kies(pilot, "financiering", "keuze-wmo")
        await formulier_kies(pilot, "andere_wmo_hulp", "keuze-nee")
        await formulier_kies(pilot, "einddatum", "weet-niet")
        await formulier_kies(pilot, "soort_werk", "keuze-regulier")
        await formulier_typ(pilot, "uren", "16")
        await formulier_kies(pilot, "loon", "weet-niet")
        await formulier_typ(pilot, "reiskosten", "60")
        await formulier_kies(pilot, "reiskosten_vergoed", "weet-niet")
        await formulier_kies(pilot, "begonnen", "keuze-nee")
        await formulier_kies(pilot, "start", "weet-niet")  # then the amounts are for next month
        await formulier_kies(pilot, "urenbeperking", "keuze-ja")
        await formulier_kies(pilot, "gemeente", "weet-niet")
        await pilot.press("ctrl+b")
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm), app.antwoorden.open_vraag()
        verwacht_json = {
            "peildatum": date(2026, 4, 1),
            "leeftijd": 35,
            "huishouden": {"soort": "met_partner", "kinderen": [4, 9], "partner_netto_per_maand": "1234.50"},
            "wonen": {"huurt": True, "kale_huur_per_maand": 720},
            "nu": {"uitkering": "bijstand"},
            "straks": {
                "soort_werk": "regulier",
                "uren_per_week": 16,
                "maand_sinds_start": 1,
                "medisch_urenbeperkt": True,
                "reiskosten_per_maand": 60,
            },
            "dagbesteding": {"financiering": "wmo", "andere_wmo_hulp": False},
            "vandaag": PEILDATUM,
            "leeftijd_op": PEILDATUM,
        }
        verwacht = bereken(Situatie.model_validate(verwacht_json))
        assert scherm.uitkomst == verwacht
        tabel = _tekst(app, "#geld-tabel")
        assert geld(verwacht.straks.totaal, centen=True) in tabel  # the coach sees cents
        details = " ".join(str(w.render()) for w in scherm.query(".details"))
        assert "Regel:" in details and "Wet IB 2001" in details  # each number names its source


async def test_uren_veranderen_op_de_uitkomst_rekent_opnieuw(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await _deelnemer_naar_uitkomst(pilot, deelnemer_gewandeld)
        await pilot.press("plus")
        await pilot.pause()
        assert scherm.situatie.straks.uren_per_week == Decimal("13.5")
        verwacht = bereken(scherm.situatie)
        straks = verwacht.straks.totaal_na_kosten if heeft_kosten(verwacht) else verwacht.straks.totaal
        assert geld(straks) in _tekst(app, "#geld-tabel")
        assert "13,5 uur per week" in _tekst(app, "#uren-nu")


async def test_terug_gaan_verliest_niets() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.press("2", "4", "enter")  # age
        await pilot.press("5")  # with others
        await pilot.press("3")  # typing in kostendelers, not confirmed
        await pilot.press("escape")  # back to "Met wie woon je?"
        await pilot.press("escape")  # back to the age
        assert app.screen.query_one(Input).value == "24"
        await pilot.press("enter")
        await pilot.press("enter")  # the chosen answer is still chosen
        await pilot.pause()
        assert app.screen.query_one(Input).value == "3"


async def test_guidance_items_show_on_their_three_tabs(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    from switchwijzer.guidance import SCHERMEN, advies

    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        scherm = await _deelnemer_naar_uitkomst(pilot, deelnemer_gewandeld)
        items = advies(Situatie.model_validate(DEELNEMER_SITUATIE), Lezer("deelnemer"), vandaag=PEILDATUM)
        for toets, tab, onderwerp in (("4", "terug", "terug_kunnen"), ("5", "indicatie", "indicatie"),
                                      ("6", "doen", "nu_doen")):
            await pilot.press(toets)  # a digit picks the tab, for keyboard users
            await pilot.pause()
            assert scherm.query_one("#tabs").active == tab
            getoond = " ".join(str(w.render()) for w in scherm.query(f"#{tab} Static"))
            verwacht = [i.titel for i in items if i.onderwerp in SCHERMEN[onderwerp]]
            assert verwacht, onderwerp
            for titel in verwacht:
                assert titel in getoond, (tab, titel)
        # the Wmo indicatie of the participant ends on 1 maart 2027: the indicatie tab says so
        scherm.query_one("#tabs").active = "indicatie"
        await pilot.pause()
        assert "1 maart 2027" in " ".join(str(w.render()) for w in scherm.query("#indicatie Static"))


async def test_coach_form_starts_in_the_first_question() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("4", "5")
        assert app.screen.query_one("#invoer-leeftijd", Input).value == "45"


@pytest.mark.lang(10)
async def test_an_allowance_above_the_tax_free_maximum_is_computed_and_explained() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, {**DEELNEMER, "vergoeding": "250"})
        scherm = await _naar_uitkomst(pilot)
        assert scherm.uitkomst.berekend
        for toets in ("1", "2", "3", "4", "5", "6"):
            await pilot.press(toets)
            await pilot.pause()
        teksten = " ".join(str(w.render()) for w in scherm.query("Static"))
        assert "belasting over het hele bedrag" in teksten
