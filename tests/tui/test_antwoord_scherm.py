"""The answer screen shows every line of the engine's result with its amount, and what the answer model says."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from switchwijzer.engine import bereken
from switchwijzer.i18n import geld
from switchwijzer.lezer import Lezer
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.namen import TOESLAGEN, regel_naam

from .conftest import PEILDATUM
from .helpers import beantwoord_alles, naar_uitkomst
from .test_pilot_rollen import DEELNEMER, OUDER


def _tabel(app: SwitchwijzerApp, selector: str) -> list[str]:
    return str(app.screen.query_one(selector, Static).render()).splitlines()


def _bedrag_op_regel(tabel: list[str], naam: str, bedrag: str) -> bool:
    return any(regel.startswith(naam) and bedrag in regel for regel in tabel)


@pytest.mark.lang(10)
@pytest.mark.parametrize(("rol", "antwoorden"), [("1", DEELNEMER), ("2", OUDER)])
async def test_elke_regel_van_de_uitkomst_staat_met_bedrag_op_geld_en_toeslagen(rol: str, antwoorden: dict) -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press(rol)
        await beantwoord_alles(pilot, antwoorden)
        await pilot.click("#bereken")
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm) and scherm.situatie is not None
        uitkomst = bereken(scherm.situatie)
        geld_tabel = _tabel(app, "#geld-tabel")
        await pilot.press("3")
        await pilot.pause()
        toeslagen_tabel = _tabel(app, "#toeslagen-tabel")
        gemist = []
        for kant in (uitkomst.nu, uitkomst.straks):
            for regel in kant.regels:
                if not (regel.van_toepassing and regel.berekend and regel.bedrag):
                    continue
                naam, bedrag = regel_naam(regel.naam), geld(regel.bedrag)
                if not _bedrag_op_regel(geld_tabel, naam, bedrag):
                    gemist.append(("geld", naam, bedrag))
                if regel.naam in TOESLAGEN and not _bedrag_op_regel(toeslagen_tabel, naam, bedrag):
                    gemist.append(("toeslagen", naam, bedrag))
        assert not gemist, (gemist, geld_tabel, toeslagen_tabel)
        totaal = next(r for r in geld_tabel if r.startswith("Totaal"))
        assert geld(uitkomst.nu.totaal) in totaal and geld(uitkomst.straks.totaal) in totaal


async def test_het_geldtabblad_zegt_wat_het_antwoordmodel_zegt(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(120, 80)) as pilot:
        scherm = await naar_uitkomst(pilot, deelnemer_gewandeld)
        assert isinstance(scherm, UitkomstScherm) and scherm.situatie and scherm.uitkomst
        a = maak_antwoord(scherm.situatie, scherm.uitkomst, Lezer("deelnemer"), app.antwoorden.aannames())
        getoond = "\n".join(str(w.render()) for w in scherm.query("#geld Static").results(Static))
        ontbreekt = [z for z in (a.kop, *a.kop_zinnen, *a.geld_zinnen, *a.uren_zinnen, *a.aannames) if z not in getoond]
        assert not ontbreekt, ontbreekt


async def test_pijltjes_en_pagedown_scrollen_meteen_ook_na_een_ander_tabblad(deelnemer_gewandeld) -> None:  # type: ignore[no-untyped-def]
    from switchwijzer.tui.widgets.antwoord import Paneel

    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar_uitkomst(pilot, deelnemer_gewandeld)
        for tab in ("1", "5"):
            await pilot.press(tab)
            await pilot.pause()
            paneel = app.focused
            assert isinstance(paneel, Paneel), app.focused
            await pilot.press("pagedown", "down")
            await pilot.pause()
            assert paneel.scroll_y > 0


async def test_niet_berekend_toont_geen_schatting_en_geen_uren() -> None:
    from textual.widgets import Button

    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, {**DEELNEMER, "uitkering": 4})  # WW: not computed
        await pilot.click("#bereken")
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm) and scherm.uitkomst is not None
        assert not scherm.uitkomst.berekend
        getoond = " ".join(str(w.render()) for w in scherm.query("#geld Static").results(Static))
        assert "schatting" not in getoond
        assert not list(scherm.query("#minder").results(Button)) and not scherm.query("#grafiek")
        assert scherm.check_action("uren", (1,)) is False
