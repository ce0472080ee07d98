"""The compare screen as a person uses it: open it from the answer, add a choice with keys, remove it, go back."""

from __future__ import annotations

from decimal import Decimal

from textual.widgets import Button, DataTable, Input, Static

from switchwijzer.engine import bereken
from switchwijzer.i18n import geld
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.scenarios import ScenarioScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm

from .conftest import PEILDATUM
from .helpers import naar_uitkomst


async def _naar_vergelijk(pilot, gewandeld) -> ScenarioScherm:  # type: ignore[no-untyped-def]
    await naar_uitkomst(pilot, gewandeld)
    await pilot.press("v")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, ScenarioScherm)
    return scherm


def _kolommen(scherm: ScenarioScherm) -> list[str]:
    return [str(k.label) for k in scherm.query_one("#vergelijking", DataTable).columns.values()]


def _cel(scherm: ScenarioScherm, rij_naam: str, kolom: int) -> str:
    tabel = scherm.query_one("#vergelijking", DataTable)
    for sleutel in tabel.rows:
        rij = tabel.get_row(sleutel)
        if str(rij[0]).strip() == rij_naam:
            return str(rij[kolom])
    raise AssertionError(rij_naam)


async def test_een_keuze_erbij_met_toetsen_en_weer_weghalen(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        assert _kolommen(scherm) == ["", "1 Antwoord"]
        await pilot.press("3", "2", "enter")  # the hours field has focus; typing replaces the hours shown
        await pilot.pause()
        assert _kolommen(scherm) == ["", "1 Antwoord", "2 32 uur"]
        variant = scherm.vergelijking.kolommen[1].situatie
        assert variant.straks.uren_per_week == Decimal(32)
        assert _cel(scherm, "Totaal straks", 2) == geld(bereken(variant).straks.totaal)
        assert _cel(scherm, "Totaal straks", 1) == geld(bereken(scherm.basis).straks.totaal)
        # the chart has a line for each choice
        assert len(scherm.query_one("#vergelijk-grafiek").lijnen) == 2  # type: ignore[attr-defined]
        scherm.query_one("#weg-2").scroll_visible(animate=False)  # a person scrolls down to it
        await pilot.pause()
        await pilot.click("#weg-2")
        await pilot.pause()
        assert _kolommen(scherm) == ["", "1 Antwoord"]


async def test_weghalen_met_delete_op_de_gekozen_kolom_en_ander_werk_met_het_lijstje(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(120, 40)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        await pilot.press("2", "0", "enter")
        await pilot.press("tab", "tab", "enter", "down", "down", "enter")  # "+" button, then the kind of work
        await pilot.pause()
        scherm.query_one("#toevoegen").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#toevoegen")
        await pilot.pause()
        assert _kolommen(scherm)[1:] == ["1 Antwoord", "2 20 uur", "3 Gewone baan"]
        assert scherm.vergelijking.kolommen[2].situatie.straks.soort_werk == "regulier"
        tabel = scherm.query_one("#vergelijking", DataTable)
        tabel.focus()
        tabel.move_cursor(column=2)
        await pilot.press("delete")
        await pilot.pause()
        assert _kolommen(scherm)[1:] == ["1 Antwoord", "2 Gewone baan"]


async def test_esc_gaat_terug_naar_het_antwoord_en_niets_is_weg(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        antwoord = pilot.app.screen_stack[-2]
        assert isinstance(antwoord, UitkomstScherm)
        kop = antwoord.antwoord().kop
        await pilot.press("1", "6", "enter")
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is antwoord and antwoord.antwoord().kop == kop
        assert antwoord.situatie is not None and antwoord.situatie.straks.uren_per_week == Decimal("12.5")
        await pilot.press("v")
        await pilot.pause()
        assert _kolommen(pilot.app.screen)[1:] == ["1 Antwoord", "2 16 uur"]  # the choices are still there
        del scherm


async def test_foute_invoer_geeft_een_melding_en_geen_keuze(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        await pilot.press("9", "9", "enter")
        await pilot.pause()
        assert _kolommen(scherm) == ["", "1 Antwoord"]
        assert any("1 tot en met 40" in str(n.message) for n in app._notifications)
        await pilot.press("1", "2", ",", "5", "enter")  # the same as the answer
        await pilot.pause()
        assert _kolommen(scherm) == ["", "1 Antwoord"]


async def test_werkt_in_de_kiosk_en_past_op_80_bij_24(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        for uren in ("2", "30", "40"):
            await pilot.press(*uren, "enter")
            await pilot.pause()
        assert len(_kolommen(scherm)) == 5
        await pilot.press("1", "0", "enter")  # a fourth variant is refused
        await pilot.pause()
        assert len(_kolommen(scherm)) == 5
        tabel = scherm.query_one("#vergelijking", DataTable)
        assert tabel.fixed_columns == 1  # the names stay in view when the table scrolls sideways
        for widget in scherm.query("*"):
            if widget.display and widget.region.width:
                assert widget.region.right <= 80, widget


def test_de_euro_as_loopt_van_onder_het_laagste_tot_boven_het_hoogste_bedrag() -> None:
    from switchwijzer.tui.widgets.urengrafiek import euro_as

    bodem, top, ticks = euro_as(Decimal("1924.50"), Decimal("2900"))
    assert bodem <= Decimal("1924.50") and top >= Decimal(2900)
    assert ticks[0] == bodem and ticks[-1] == top and len(ticks) <= 6


async def test_min_en_plus_in_het_urenveld_veranderen_de_uren_en_worden_niet_getypt(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        veld = scherm.query_one("#uren", Input)
        assert app.focused is veld and veld.value == "12,5"
        await pilot.press("+", "+", "-")
        await pilot.pause()
        assert veld.value == "13,5"  # "+" twice and "-" once: no "-" or "+" in the field
        await pilot.press("=")  # "+" without Shift
        await pilot.pause()
        assert veld.value == "14,5"


async def test_de_legenda_noemt_de_uren_van_een_keuze_een_keer(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        await pilot.press("1", "6", "enter")
        await pilot.pause()
        legenda = str(scherm.query_one("#vergelijk-grafiek .legenda", Static).render())
        assert "16 uur" in legenda and "16 uur (16 uur)" not in legenda
        assert "Antwoord (12,5 uur)" in legenda  # the answer's own hours are still said


async def test_een_keuze_wijzigen_met_de_knop_en_met_enter_op_de_kolom(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        scherm = await _naar_vergelijk(pilot, deelnemer_gewandeld)
        await pilot.press("3", "2", "enter")
        await pilot.press("2", "0", "enter")
        await pilot.pause()
        assert _kolommen(scherm)[1:] == ["1 Antwoord", "2 32 uur", "3 20 uur"]
        scherm.query_one("#wijzig-2").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#wijzig-2")
        await pilot.pause()
        veld = scherm.query_one("#uren", Input)
        assert app.focused is veld and veld.value == "32"
        assert str(scherm.query_one("#toevoegen", Button).label) == "Sla de wijziging op"
        await pilot.press("3", "0", "enter")  # typing replaces the selected hours
        await pilot.pause()
        assert _kolommen(scherm)[1:] == ["1 Antwoord", "2 30 uur", "3 20 uur"]
        assert str(scherm.query_one("#toevoegen", Button).label) == "Zet deze keuze erbij"
        # by keyboard: Enter on the column of choice 3 puts it in the form
        tabel = scherm.query_one("#vergelijking", DataTable)
        tabel.focus()
        tabel.move_cursor(column=3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is veld and veld.value == "20"
        await pilot.press("2", "4", "enter")
        await pilot.pause()
        assert _kolommen(scherm)[1:] == ["1 Antwoord", "2 30 uur", "3 24 uur"]
        assert len(app.antwoorden.varianten) == 2  # type: ignore[union-attr]
