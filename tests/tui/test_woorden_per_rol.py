"""Each reader walks the whole wizard and reads only words meant for them.

A participant, a parent and a budgetcoach go from the first screen through every question (the coach: the
form), the review, every tab of the answer (Geld to "Wat nu?") and the compare screen; every text on every
screen (shown or folded away) is read, and a word of another reader fails the test (see tests/rolwoorden.py
for what is exempt). The same for `bereken --tekst --rol` and the PDF of every worked example.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from textual.pilot import Pilot

from engine.werkvoorbeelden import alle
from rolwoorden import verkeerde_woorden
from switchwijzer import i18n
from switchwijzer.afdruk import maak_pdf
from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import ROLLEN, Lezer
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.formulier import FormulierScherm
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.scenarios import ScenarioScherm
from switchwijzer.tui.screens.uitkomst import TABS, UitkomstScherm
from switchwijzer.uitleg import als_tekst
from switchwijzer.uitleg.antwoord import maak_antwoord

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, beeld, formulier_kies, formulier_typ
from .test_pilot_rollen import DEELNEMER, OUDER

COACH_KEUZES = {  # a young client living with the parents: the parents' own household is part of the answer
    "woonsituatie": "keuze-ouders", "huurt_ouders": "keuze-ja", "uitkering": "keuze-bijstand",
    "ouders_helpen": "weet-niet", "financiering": "keuze-wmo", "andere_wmo_hulp": "keuze-nee",
    "einddatum": "weet-niet", "soort_werk": "keuze-beschut_werk", "loon": "weet-niet", "begonnen": "keuze-nee",
    "start": "weet-niet", "urenbeperking": "keuze-nee", "advies": "keuze-ja", "gemeente": "weet-niet",
}
COACH_GETYPT = {"leeftijd": "19", "kostendelers": "2", "vergoeding": "0", "uren": "16", "reiskosten": "0"}


def _tekst(pilot: Pilot) -> str:
    """Every text of the screen as a person can read it: shown, or behind a fold or another tab."""
    return "\n".join(str(deel[4]) for deel in beeld(pilot.app.screen) if len(deel) > 4 and isinstance(deel[4], str))


async def _antwoord_en_vergelijken(pilot: Pilot, gelezen: dict[str, str]) -> None:
    """From the review (or the coach's form): the answer, each of its tabs, and the compare screen."""
    if isinstance(pilot.app.screen, OverzichtScherm):
        gelezen["overzicht"] = _tekst(pilot)
        await pilot.click("#bereken")
    else:
        await pilot.press("ctrl+b")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, UitkomstScherm) and not scherm.fout, pilot.app.antwoorden.open_vraag()  # type: ignore[attr-defined]
    for nummer, (tab, _titel) in enumerate(TABS, start=1):
        await pilot.press(str(nummer))
        await pilot.pause()
        assert scherm.query_one("#tabs").active == tab  # type: ignore[attr-defined]
        gelezen[f"tab {tab}"] = _tekst(pilot)
    await pilot.press("v")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ScenarioScherm)
    gelezen["vergelijken"] = _tekst(pilot)


async def _lees_alles(rol: str) -> dict[str, str]:
    """What the reader reads on each screen of a whole walk, by screen."""
    gelezen: dict[str, str] = {}
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(str(ROLLEN.index(rol) + 1))  # type: ignore[arg-type]
        await pilot.pause()
        if rol == "coach":
            assert isinstance(app.screen, FormulierScherm)
            for vraag_id, tekst in COACH_GETYPT.items():
                await formulier_typ(pilot, vraag_id, tekst)
            for vraag_id, knop in COACH_KEUZES.items():
                await formulier_kies(pilot, vraag_id, knop)
            await pilot.pause()
            gelezen["formulier"] = _tekst(pilot)
        else:
            def lees(scherm) -> None:  # type: ignore[no-untyped-def]
                gelezen[f"vraag {scherm.vraag.id}"] = "\n".join(
                    str(d[4]) for d in beeld(scherm) if len(d) > 4 and isinstance(d[4], str))

            await beantwoord_alles(pilot, DEELNEMER if rol == "deelnemer" else OUDER, bij_elke_vraag=lees)
        await _antwoord_en_vergelijken(pilot, gelezen)
    return gelezen


@pytest.mark.parametrize("rol", ROLLEN)
async def test_elk_scherm_van_een_hele_wandeling_spreekt_de_lezer_aan(rol: str) -> None:
    gelezen = await _lees_alles(rol)
    assert len(gelezen) >= 8  # questions or the form, (the review,) six tabs and the compare screen
    fouten = {scherm: fout for scherm, tekst in gelezen.items() if (fout := verkeerde_woorden(tekst, rol))}
    assert not fouten, fouten


@pytest.mark.parametrize("rol", ROLLEN)
def test_de_tekst_en_het_overzicht_van_elk_voorbeeld_spreken_de_lezer_aan(rol: str) -> None:
    """`bereken --tekst --rol` (als_tekst) and the PDF, for every worked example in tests/cases/."""
    fouten = {}
    situaties = {v.plek: Situatie.model_validate(v.situatie) for v in alle() if v.weigering is None}
    for naam, situatie in situaties.items():
        uitkomst = bereken(situatie)
        if fout := verkeerde_woorden(als_tekst(situatie, uitkomst, Lezer(rol)), rol):  # type: ignore[arg-type]
            fouten[f"{naam} tekst"] = fout
    for naam in list(situaties)[:3]:  # the PDF lays out the same answer; three examples keep the test quick
        situatie = situaties[naam]
        i18n.zet_taal("nl")
        data = maak_pdf(maak_antwoord(situatie, bereken(situatie), Lezer(rol)), PEILDATUM)  # type: ignore[arg-type]
        tekst = "\n".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(data)).pages)
        if fout := verkeerde_woorden(tekst, rol):
            fouten[f"{naam} pdf"] = fout
    assert not fouten, fouten
