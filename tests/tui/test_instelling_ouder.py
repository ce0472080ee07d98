"""A parent of a 25-year-old on bijstand who lives in a Wlz instelling walks the wizard and reads the answer: amounts,
the CAK lines and the toeslagen that apply, and nothing that the amounts contradict (issue 23)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from textual.widgets import Static

from switchwijzer.engine import Situatie, bereken
from switchwijzer.i18n import geld
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.uitleg.geld import hele_euros

from .conftest import PEILDATUM
from .helpers import WEET_NIET, beantwoord_alles

INSTELLING_OUDER = {
    "leeftijd": "25", "woonsituatie": 1, "kostendelers": "0", "huurt": 3, "uitkering": 1, "vergoeding": "0",
    "financiering": 2, "soort_werk": 1, "uren": "16", "loon": WEET_NIET, "reiskosten": "0", "begonnen": 1,
    "start": "7-2026", "urenbeperking": 2, "advies": WEET_NIET, "gemeente": WEET_NIET,
}
INSTELLING_OUDER_SITUATIE = {
    "peildatum": date(2026, 7, 1), "vandaag": PEILDATUM, "leeftijd_op": PEILDATUM, "leeftijd": 25,
    "huishouden": {"soort": "alleenstaand", "kostendelers_27_plus": 0},
    "wonen": {"huurt": False},
    "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 0},
    "straks": {"soort_werk": "beschut_werk", "uren_per_week": 16, "maand_sinds_start": 1, "medisch_urenbeperkt": False,
               "reiskosten_per_maand": 0},
    "dagbesteding": {"financiering": "wlz", "wlz_zorg": "instelling"},
}


def _tab(scherm: UitkomstScherm, tab: str) -> str:
    return "\n".join(str(w.render()) for w in scherm.query(f"#{tab} Static").results(Static))


async def test_de_ouder_van_een_bewoner_met_bijstand_ziet_bedragen_cak_en_toeslagen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.click("#rol-ouder")
        gezien = await beantwoord_alles(pilot, INSTELLING_OUDER)
        assert "huur" not in gezien and "wlz_zorg" not in gezien and "kwijtschelding" not in gezien
        await pilot.click("#bereken")
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm) and not scherm.fout
        verwacht = bereken(Situatie.model_validate(INSTELLING_OUDER_SITUATIE))
        assert scherm.uitkomst == verwacht and verwacht.berekend

        geld_tab = _tab(scherm, "geld")
        tabel = str(scherm.query_one("#geld-tabel", Static).render())
        # bijstand as the norm of Pw art. 23 (€ 496,44 in July 2026), the wage, the zorgtoeslag, and the CAK line
        bijstand = verwacht.nu.regel("bijstand")
        assert bijstand.bedrag == Decimal("496.44") and any(
            r.startswith("Bijstand") and geld(bijstand.bedrag) in r for r in tabel.splitlines())
        assert geld(verwacht.straks.regel("loon").bedrag) in tabel and "Zorgtoeslag" in tabel
        assert "Eigen bijdrage Wlz" in tabel
        # the CAK: nothing now (the income is too low), later at most an amount we cannot compute exactly
        assert "betaalt nu geen eigen bijdrage aan het CAK" in geld_tab
        assert (
            f"hoogstens {geld(Decimal(194))} per maand" in geld_tab
            and f"hoogstens {geld(Decimal(497))} per maand" in geld_tab
        )
        kop = str(scherm.query_one("#kop", Static).render())
        # whole euros, as the months show
        lang = next(m for m in verwacht.maanden if m.maand == verwacht.blijvend.vanaf)
        heel = hele_euros(lang.met_overstap.totaal_na_kosten) - hele_euros(lang.zonder_overstap.totaal_na_kosten)
        assert "uw kind" in kop and "minstens " + geld(heel) in kop
        # never the old refusal ("we kunnen dit niet goed uitrekenen") next to amounts
        assert "niet goed uitrekenen" not in geld_tab and "Dat bedrag rekenen we niet uit" not in geld_tab

        scherm.query_one("#tabs").active = "toeslagen"
        await pilot.pause()
        toeslagen = _tab(scherm, "toeslagen")
        zorgtoeslag = geld(verwacht.nu.regel("zorgtoeslag").bedrag)
        assert any(r.startswith("Zorgtoeslag") and zorgtoeslag in r for r in toeslagen.splitlines())
        # no huurtoeslag, and the table says why instead of leaving the line empty
        assert "In een instelling betaalt uw kind geen huur voor een eigen huis" in toeslagen

        scherm.query_one("#tabs").active = "indicatie"
        await pilot.pause()
        assert "meestal het hele leven geldig" in _tab(scherm, "indicatie")
