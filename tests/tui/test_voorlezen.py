"""F6 "Voorlezen" in the wizard, with the real voice and a player that keeps what it gets instead of a sound card.

The player plays "forever" (until it is stopped), so a test can see that speech is going on and that Esc, F6, a
screen or tab change stop it. What it received is checked against the speakable text of the same screen.
"""

from __future__ import annotations

import threading
import time

import pytest
from textual.widgets import TabbedContent

from switchwijzer.spraak.fouten import GeenGeluid
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.rol import RolScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.voorlezen import Voorlezen
from switchwijzer.uitleg.voorlezen import antwoord_zinnen

from .conftest import PEILDATUM
from .helpers import naar_uitkomst

WACHT = 10.0


class NepSpeler:
    """Keeps every buffer; plays until stopped (a sound card that is never done)."""

    alle: list[NepSpeler] = []

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.buffers: list[bytes] = []
        self.gestopt = threading.Event()
        NepSpeler.alle.append(self)

    def speel(self, samples: bytes) -> None:
        self.buffers.append(samples)

    def einde(self) -> None:
        self.gestopt.wait()

    def stop(self) -> None:
        self.gestopt.set()


@pytest.fixture(autouse=True)
def _leeg() -> None:
    NepSpeler.alle.clear()


async def _wacht_op(pilot, voorwaarde, wat: str) -> None:  # type: ignore[no-untyped-def]
    """Poll (the reading runs in its own thread) until `voorwaarde()`, with a limit."""
    grens = time.monotonic() + WACHT
    while not voorwaarde():
        assert time.monotonic() < grens, wat
        await pilot.pause(0.02)


def _speler() -> NepSpeler:
    assert NepSpeler.alle, "no reading started"
    return NepSpeler.alle[-1]


async def test_f6_leest_de_vraag_met_de_keuzes_en_esc_stopt_meteen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        await pilot.press("enter")  # no age typed: the question shows what is wrong
        await pilot.pause()
        await pilot.press("tab", "tab", "tab")  # to "Waarom vragen we dit?"
        scherm = app.screen
        assert isinstance(scherm, VraagScherm) and scherm.vraag.id == "leeftijd"
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: NepSpeler.alle and _speler().buffers, "no sound after F6")
        zinnen = scherm.voorleestekst()
        assert zinnen[0] == "Hoe oud ben je?"
        assert zinnen[1:4] == ["Typ een antwoord.", "Typ het antwoord.", "Druk dan op Enter."]  # what is wrong first
        assert app.voorlezen.bezig
        await pilot.press("escape")
        assert _speler().gestopt.is_set() and not app.voorlezen.bezig
        assert app.screen is scherm, "the first Esc only stops the voice"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RolScherm), "the next Esc goes back as always"


async def test_f6_leest_de_keuzes_met_hun_nummer_en_weet_ik_niet() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler, rol="deelnemer")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        typ = "30"
        for teken in typ:
            await pilot.press(teken)
        await pilot.press("enter")
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, VraagScherm) and scherm.vraag.id == "woonsituatie"
        zinnen = scherm.voorleestekst()
        assert zinnen[:2] == ["Met wie woon je?", "Keuze 1: Ik woon alleen."], zinnen
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: NepSpeler.alle and _speler().buffers, "no sound after F6")
        await pilot.press("f6")  # F6 again: stop
        assert _speler().gestopt.is_set() and not app.voorlezen.bezig


async def test_f6_leest_het_tabblad_dat_voor_staat_uit_het_antwoordmodel(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler)
    async with app.run_test(size=(100, 40)) as pilot:
        scherm = await naar_uitkomst(pilot, deelnemer_gewandeld)
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: NepSpeler.alle and len(_speler().buffers) >= 3, "the Geld tab is not read")
        assert scherm.voorleestekst() == antwoord_zinnen(scherm.antwoord(), "geld")
        eerste = _speler()
        await pilot.press("3")  # the Toeslagen tab: a tab change stops the reading
        await pilot.pause()
        assert eerste.gestopt.is_set() and not app.voorlezen.bezig
        assert scherm.query_one(TabbedContent).active == "toeslagen"
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: _speler() is not eerste and _speler().buffers, "the Toeslagen tab is not read")
        assert scherm.voorleestekst() == antwoord_zinnen(scherm.antwoord(), "toeslagen")
        assert scherm.voorleestekst()[0] == "Wat gebeurt er met je toeslagen?"
        tweede = _speler()
        await pilot.press("escape")
        assert tweede.gestopt.is_set() and app.screen is scherm


async def test_het_voorgelezen_geluid_is_de_tekst_van_het_scherm(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    """What the player gets, buffer by buffer, is the voice reading the screen's sentences in order."""
    from switchwijzer.spraak.stem import stem

    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler)
    async with app.run_test(size=(100, 40)) as pilot:
        scherm = await naar_uitkomst(pilot, deelnemer_gewandeld)
        await pilot.press("5")  # "Wat kan ik nu doen?": the longest text
        await pilot.pause()
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: NepSpeler.alle and len(_speler().buffers) >= 2, "no sound")
        zinnen = scherm.voorleestekst()
        # a few samples differ: see spraak/stem.py
        for gekregen, zin in zip(_speler().buffers[:2], zinnen, strict=False):
            assert len(gekregen) == pytest.approx(len(stem().spreek(zin, "nl")), rel=0.01), zin
        await pilot.press("escape")


async def test_een_ander_scherm_of_opnieuw_beginnen_stopt_het_voorlezen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: NepSpeler.alle and _speler().buffers, "the first screen is not read")
        await pilot.press("1")  # choosing a role goes to the first question
        await pilot.pause()
        assert _speler().gestopt.is_set() and not app.voorlezen.bezig
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: len(NepSpeler.alle) == 2 and _speler().buffers, "the question is not read")
        await pilot.press("f5")  # "start over?" is a dialog: another screen
        await pilot.pause()
        assert NepSpeler.alle[1].gestopt.is_set()


async def test_met_voorlezen_aan_wordt_elk_nieuw_scherm_vanzelf_gelezen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler, voorlezen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await _wacht_op(pilot, lambda: NepSpeler.alle and _speler().buffers, "the first screen is not read by itself")
        assert isinstance(app.screen, RolScherm)
        await pilot.press("1")
        await _wacht_op(pilot, lambda: len(NepSpeler.alle) == 2 and _speler().buffers, "the question is not read")
        assert NepSpeler.alle[0].gestopt.is_set()
        assert len(NepSpeler.alle) == 2, "one reading per new screen"


async def test_de_knop_voorlezen_in_de_bovenbalk_doet_wat_f6_doet() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#kop-voorlezen")
        await _wacht_op(pilot, lambda: NepSpeler.alle and _speler().buffers, "the button does not read")
        knop = app.screen.query_one("#kop-voorlezen")
        await _wacht_op(pilot, lambda: not knop.has_class("-active"), "the button stays pressed")  # ignores clicks
        await pilot.click("#kop-voorlezen")
        await pilot.pause()
        assert _speler().gestopt.is_set() and not app.voorlezen.bezig


async def test_zonder_geluid_zegt_de_wizard_dat_in_een_regel_en_gaat_door() -> None:
    def geen_geluid(sample_rate: int) -> NepSpeler:
        raise GeenGeluid()

    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=geen_geluid)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f6")
        await _wacht_op(pilot, lambda: app._notifications, "no message")
        meldingen = [melding.message for melding in app._notifications]
        assert meldingen == ["Voorlezen werkt niet: deze computer heeft geen geluid."]
        assert not app.voorlezen.bezig
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm)


async def test_een_scherm_zonder_tekst_zegt_dat_er_niets_voor_te_lezen_is() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.screen.voorleestekst = lambda: []  # type: ignore[attr-defined]
        await pilot.press("f6")
        await pilot.pause()
        assert [m.message for m in app._notifications] == ["Op dit scherm is niets om voor te lezen."]
        assert not NepSpeler.alle


def test_het_voorlezen_in_de_wizard_laadt_de_stem_pas_bij_het_eerste_gebruik() -> None:
    """The first screen comes as fast as before: the reader is made, the voice is not loaded yet."""
    lezer = Voorlezen(app=None, automatisch=False)  # type: ignore[arg-type]
    assert not lezer.bezig and lezer._voorlezer is None


async def test_in_de_kiosk_stopt_ben_je_er_nog_het_voorlezen_en_leest_zichzelf_voor() -> None:
    from switchwijzer.tui.dialogs.nog_daar import NogDaar

    app = SwitchwijzerApp(peildatum=PEILDATUM, speler=NepSpeler, kiosk=True, rol="deelnemer", voorlezen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await _wacht_op(pilot, lambda: NepSpeler.alle and _speler().buffers, "the question is not read by itself")
        assert isinstance(app.screen, VraagScherm)
        vraag = _speler()
        app.stil_seconden = 0  # quiet from now on: the next check (once a second) asks "Ben je er nog?"
        await _wacht_op(pilot, lambda: isinstance(app.screen, NogDaar), "no idle question")
        await _wacht_op(pilot, vraag.gestopt.is_set, "the idle question does not stop the reading")
        await _wacht_op(pilot, lambda: _speler() is not vraag and _speler().buffers, "the idle question is not read")
        assert app.screen.voorleestekst()[0] == "Is er nog iemand?"
