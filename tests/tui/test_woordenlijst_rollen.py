"""The glossary speaks to the reader: "je" for a participant, "u" / "uw kind" for a parent, "u" / "uw cliënt"
for a budgetcoach; in the dialog (F2 or a clicked word), in the list and in the plain-text answer."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Static

from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import Lezer
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.woord import WoordUitleg
from switchwijzer.uitleg import als_tekst
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.woordenlijst import woord, woorden

from .conftest import PEILDATUM

JE_VORM = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U_VORM = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
ROLLEN = ("deelnemer", "ouder", "coach")


def test_elk_woord_heeft_een_je_en_een_u_vorm_in_het_nederlands() -> None:
    for woord_id, data in woorden().items():
        uitleg = data["uitleg"]["nl"]
        assert isinstance(uitleg, dict) and set(uitleg) == {"je", "u"}, woord_id


@pytest.mark.parametrize("woord_id", list(woorden()))
def test_aanspreekvorm_per_rol(woord_id: str) -> None:
    deelnemer = woord(woord_id, woorden_voor(Lezer("deelnemer"))).uitleg
    ouder = woord(woord_id, woorden_voor(Lezer("ouder"))).uitleg
    coach = woord(woord_id, woorden_voor(Lezer("coach"))).uitleg
    assert not U_VORM.search(deelnemer), deelnemer
    for tekst in (ouder, coach):
        assert not JE_VORM.search(tekst), tekst
        assert "{" not in tekst, tekst
    assert "cliënt" not in ouder and "uw kind" not in coach


@pytest.mark.parametrize(("rol", "zin"), [
    ("deelnemer", "Netto is wat je op de bank krijgt."),
    ("ouder", "Netto is wat uw kind op de bank krijgt."),
    ("coach", "Netto is wat uw cliënt op de bank krijgt."),
])
def test_bruto_per_rol(rol: str, zin: str) -> None:
    assert zin in woord("bruto", woorden_voor(Lezer(rol))).uitleg


@pytest.mark.parametrize(("toets", "rol", "verwacht", "niet"), [
    ("1", "deelnemer", "wat je op de bank krijgt", "uw"),
    ("2", "ouder", "wat uw kind op de bank krijgt", " je "),
    ("3", "coach", "wat uw cliënt op de bank krijgt", " je "),
])
async def test_de_dialoog_spreekt_de_lezer_aan(toets: str, rol: str, verwacht: str, niet: str) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(toets)
        await pilot.pause()
        assert app.lezer.rol == rol
        await app.run_action("woord('bruto')")
        await pilot.pause()
        assert isinstance(app.screen, WoordUitleg)
        tekst = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert verwacht in tekst and niet not in f" {tekst} ", tekst


@pytest.mark.parametrize(("rol", "verwacht"), [("deelnemer", "je "), ("ouder", "uw kind"), ("coach", "uw cliënt")])
def test_de_woordenlijst_in_de_tekst_spreekt_de_lezer_aan(rol: str, verwacht: str) -> None:
    situatie = Situatie.model_validate({"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
                                        "straks": {"uren_per_week": 20}})
    tekst = als_tekst(situatie, bereken(situatie), Lezer(rol, "nl"))
    lijst = tekst.split("Wat betekenen deze woorden?", 1)[1]
    regel = next(r for r in lijst.splitlines() if r.startswith("- Bijstand:"))
    assert verwacht in regel
    if rol != "deelnemer":
        assert not JE_VORM.search(lijst), lijst
