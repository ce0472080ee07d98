"""Issue 11, "the right questions": the loonwaarde of a Wajonger, a net wage from a payslip, parents who cannot
help an 18-20 year old in bijstand, and WW or WIA. Each is walked like a person to the answer screen; the
Situatie the answers build is checked field by field and the answer's amounts are the engine's for it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from textual.widgets import Static

from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import Lezer
from switchwijzer.tui.antwoorden import WEET_NIET as WEET_NIET_WAARDE
from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.uitleg import als_tekst
from switchwijzer.uitleg.teksten import woorden as woorden_voor

from .conftest import PEILDATUM
from .helpers import WEET_NIET, beantwoord_alles
from .test_pilot_rollen import _controleer_bedragen


def _alle_tekst(scherm: Any) -> str:
    return " ".join(str(w.render()) for w in scherm.query(Static))


async def _naar_uitkomst(pilot: Any) -> UitkomstScherm:
    assert isinstance(pilot.app.screen, OverzichtScherm)
    await pilot.click("#bereken")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, UitkomstScherm)
    assert not scherm.fout
    return scherm


def _bedragen_van_de_motor(scherm: UitkomstScherm, verwacht_json: dict[str, Any]) -> None:
    """The screen's Situatie is the expected one, and every amount shown is the engine's for it."""
    verwacht = bereken(Situatie.model_validate(verwacht_json))
    if not verwacht.berekend:
        verwacht_json = {**verwacht_json, "vandaag": PEILDATUM, "leeftijd_op": PEILDATUM}  # the app's today
        assert scherm.situatie == Situatie.model_validate(verwacht_json) and scherm.uitkomst == verwacht
        return
    _controleer_bedragen(scherm.wizard, scherm, verwacht_json)


WAJONGER = {
    "leeftijd": "22", "woonsituatie": 1, "huurt": 2, "uitkering": 2, "wajong_soort": 1, "vergoeding": "0",
    "financiering": 1, "einddatum": WEET_NIET, "soort_werk": 2, "uren": "20", "loonwaarde": "50",
    "begonnen": 1, "start": "3-2026", "gemeente": WEET_NIET, "kwijtschelding": WEET_NIET, "andere_wmo_hulp": WEET_NIET, "wlz_zorg": WEET_NIET, "reiskosten": WEET_NIET, "reiskosten_vergoed": WEET_NIET,
}
WAJONGER_SITUATIE = {
    "peildatum": PEILDATUM, "leeftijd": 22,
    "huishouden": {"soort": "alleenstaand", "kostendelers_27_plus": 0},
    "wonen": {"huurt": False},
    "nu": {"uitkering": "wajong_70", "vergoeding_dagbesteding_per_maand": 0},
    "straks": {"soort_werk": "loonkostensubsidie", "uren_per_week": 20, "loonwaarde_procent": 50,
               "maand_sinds_start": 1},
    "dagbesteding": {"financiering": "wmo"},
}


async def test_wajonger_met_loonwaarde() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    uitleg_bij_loonwaarde: list[str] = []

    def bij_vraag(scherm: VraagScherm) -> None:
        if scherm.vraag.id == "loonwaarde":
            uitleg_bij_loonwaarde.append(_alle_tekst(scherm))

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        gezien = await beantwoord_alles(pilot, WAJONGER, bij_elke_vraag=bij_vraag)
        # with a loonwaarde the wage is the minimum wage times the loonwaarde: no wage question
        assert "loonwaarde" in gezien and not {"loon", "uurloon", "netto_loon"} & set(gezien), gezien
        assert "loondispensatie" in uitleg_bij_loonwaarde[0] and "geen loonkostensubsidie" in uitleg_bij_loonwaarde[0]
        scherm = await _naar_uitkomst(pilot)
        _bedragen_van_de_motor(scherm, WAJONGER_SITUATIE)


def test_loonwaarde_weet_ik_niet_zegt_wat_we_aannemen_en_vraagt_dan_het_loon() -> None:
    antwoorden = Antwoorden(rol="ouder", peildatum=PEILDATUM)
    for vraag_id, waarde in {"leeftijd": Decimal(22), "woonsituatie": "alleen", "huurt": "nee",
                             "uitkering": "wajong", "wajong_soort": "70", "vergoeding": Decimal(0),
                             "financiering": "wlz", "wlz_zorg": WEET_NIET_WAARDE, "soort_werk": "loonkostensubsidie",
                             "uren": Decimal(20), "begonnen": "ja", "maanden": Decimal(3),
                             "loonwaarde": WEET_NIET_WAARDE}.items():
        antwoorden.zet(vraag_id, waarde)
    assert antwoorden.open_vraag() is not None and antwoorden.open_vraag().id == "loon"
    assert any("zonder loondispensatie" in a for a in woorden_voor(Lezer(antwoorden.rol)).zeg(antwoorden.aannames()))
    assert antwoorden.situatie().straks.loonwaarde_procent is None
    # and the difference is real money: without the loonwaarde the estimate is higher
    met = antwoorden.situatie(**{"straks.loonwaarde_procent": Decimal(50)})
    zonder = antwoorden.situatie()
    assert bereken(zonder).straks.totaal > bereken(met).straks.totaal


LOONSTROOK = {
    "leeftijd": "30", "woonsituatie": 1, "huurt": 1, "huur": "600", "uitkering": 1, "vergoeding": "0",
    "financiering": 1, "einddatum": "1-3-2027", "soort_werk": 3, "uren": "16", "loon": 2,
    "netto_loon": "1.100,50", "begonnen": 2, "start": "3-2026", "maanden": "2", "urenbeperking": 2, "gemeente": "Utrecht", "kwijtschelding": WEET_NIET, "andere_wmo_hulp": WEET_NIET, "wlz_zorg": WEET_NIET, "reiskosten": WEET_NIET, "reiskosten_vergoed": WEET_NIET,
}
LOONSTROOK_SITUATIE = {
    "peildatum": PEILDATUM, "leeftijd": 30,
    "huishouden": {"soort": "alleenstaand", "kostendelers_27_plus": 0},
    "wonen": {"huurt": True, "kale_huur_per_maand": 600},
    "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 0},
    "straks": {"soort_werk": "regulier", "uren_per_week": 16, "netto_loon_per_maand": "1100.50",
               "maand_sinds_start": 3, "medisch_urenbeperkt": False},
    "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": date(2027, 3, 1), "gemeente": "Utrecht"},
}


async def test_ouder_met_een_netto_loon_van_de_loonstrook() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.click("#rol-ouder")
        gezien = await beantwoord_alles(pilot, LOONSTROOK)
        assert "netto_loon" in gezien and "uurloon" not in gezien
        scherm = await _naar_uitkomst(pilot)
        _bedragen_van_de_motor(scherm, LOONSTROOK_SITUATIE)
        assert scherm.situatie.straks.uurloon is None


ACHTTIEN = {
    "leeftijd": "18", "woonsituatie": 3, "kostendelers": "2", "huurt_ouders": 2, "uitkering": 1,
    "ouders_helpen": 2, "vergoeding": "0", "financiering": 1, "einddatum": WEET_NIET, "soort_werk": 1,
    "uren": "12", "loon": WEET_NIET, "begonnen": 1, "start": "3-2026", "urenbeperking": 2, "advies": 2, "gemeente": WEET_NIET, "kwijtschelding": WEET_NIET, "andere_wmo_hulp": WEET_NIET, "wlz_zorg": WEET_NIET, "reiskosten": WEET_NIET, "reiskosten_vergoed": WEET_NIET,
}
ACHTTIEN_SITUATIE = {
    "peildatum": PEILDATUM, "leeftijd": 18,
    "huishouden": {"soort": "bij_ouders", "kostendelers_27_plus": 2, "ouders_kunnen_bijdragen": False},
    "wonen": {"huurt": False},
    "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 0},
    "straks": {"soort_werk": "beschut_werk", "uren_per_week": 12, "maand_sinds_start": 1,
               "medisch_urenbeperkt": False},
    "dagbesteding": {"financiering": "wmo", "advies_beschut_werk": False},
}


async def test_achttienjarige_wiens_ouders_niet_kunnen_helpen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        gezien = await beantwoord_alles(pilot, ACHTTIEN)
        assert "ouders_helpen" in gezien
        scherm = await _naar_uitkomst(pilot)
        _bedragen_van_de_motor(scherm, ACHTTIEN_SITUATIE)
    # the answer matters: parents who cannot help raise the bijstand norm
    helpen = {**ACHTTIEN_SITUATIE, "huishouden": {**ACHTTIEN_SITUATIE["huishouden"], "ouders_kunnen_bijdragen": True}}
    assert bereken(Situatie.model_validate(ACHTTIEN_SITUATIE)).nu.totaal > bereken(Situatie.model_validate(helpen)).nu.totaal


@pytest.mark.parametrize(("leeftijd", "woonsituatie", "gevraagd"), [
    (Decimal(19), "alleen", True), (Decimal(20), "ouders", True), (Decimal(19), "kinderen", True),
    (Decimal(19), "partner", False), (Decimal(21), "alleen", False), (Decimal(17), "alleen", False),
])
def test_ouders_helpen_alleen_bij_18_tot_en_met_20_in_de_bijstand(leeftijd: Decimal, woonsituatie: str,
                                                                  gevraagd: bool) -> None:
    antwoorden = Antwoorden(rol="deelnemer", peildatum=PEILDATUM)
    antwoorden.zet("leeftijd", leeftijd)
    antwoorden.zet("woonsituatie", woonsituatie)
    antwoorden.zet("uitkering", "bijstand")
    assert ("ouders_helpen" in {v.id for v in antwoorden.zichtbaar()}) is gevraagd


WW = {
    "leeftijd": "35", "woonsituatie": 1, "huurt": 2, "uitkering": 4, "financiering": 2, "soort_werk": 3,
    "gemeente": WEET_NIET, "kwijtschelding": WEET_NIET, "andere_wmo_hulp": WEET_NIET, "wlz_zorg": WEET_NIET, "reiskosten": WEET_NIET, "reiskosten_vergoed": WEET_NIET,
}
WW_SITUATIE = {
    "peildatum": PEILDATUM, "leeftijd": 35,
    "huishouden": {"soort": "alleenstaand", "kostendelers_27_plus": 0},
    "wonen": {"huurt": False},
    "nu": {"uitkering": "ww"},
    "straks": {"soort_werk": "regulier"},
    "dagbesteding": {"financiering": "wlz"},
}
GELD_VRAGEN = {"vergoeding", "uren", "loonwaarde", "loon", "uurloon", "netto_loon", "begonnen", "maanden"}


@pytest.mark.parametrize(("rol", "toets", "wie"), [("deelnemer", "1", "je uitkering"), ("ouder", "2", "als uw kind")])
async def test_ww_zegt_eerlijk_dat_we_het_niet_uitrekenen_en_waar_je_het_vraagt(rol: str, toets: str, wie: str) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(toets)
        gezien = await beantwoord_alles(pilot, WW)
        assert not GELD_VRAGEN & set(gezien), gezien  # no money questions for an answer we do not compute
        scherm = await _naar_uitkomst(pilot)
        _bedragen_van_de_motor(scherm, WW_SITUATIE)
        assert not scherm.uitkomst.berekend
        tekst = _alle_tekst(scherm)
        assert "rekenen we niets uit" in tekst and "Vraag UWV" in tekst and wie in tekst
        assert "€" not in str(scherm.query_one("#kop", Static).render())


@pytest.mark.parametrize("uitkering", ["ww", "wia"])
@pytest.mark.parametrize(("rol", "aanspreek"), [("deelnemer", "je uitkering"), ("ouder", "uw kind"),
                                                ("coach", "uw cliënt")])
def test_ww_en_wia_als_tekst_per_rol(uitkering: str, rol: str, aanspreek: str) -> None:
    situatie = Situatie.model_validate({**WW_SITUATIE, "nu": {"uitkering": uitkering}})
    tekst = als_tekst(situatie, bereken(situatie), Lezer(rol, "nl"))
    assert "Met WW of WIA rekenen we niets uit." in tekst
    assert "Vraag UWV" in tekst and "Mijn UWV" in tekst and aanspreek in tekst
