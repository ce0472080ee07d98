"""The answer month by month: every calendar month from the start, without and with the switch, the lasting
difference and both tipping points, for any start (also after the last known rules), as a program reads them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

from switchwijzer.engine import Situatie, bereken, dekking
from switchwijzer.engine.datums import maand_code, plus_maanden, start_werk

from .strategies import situaties
from .test_properties import SNEL

BIJSTAND = {"peildatum": "2027-01-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
            "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}}


@SNEL
@given(situaties())
def test_every_month_from_the_start_compares_with_and_without_the_switch(situatie: Situatie) -> None:
    uitkomst = bereken(situatie)
    if not uitkomst.berekend:
        return
    start = start_werk(situatie)
    assert len(uitkomst.maanden) >= 36
    laatste_bekend = dekking()[1]
    for nummer, maand in enumerate(uitkomst.maanden, start=1):
        dag = plus_maanden(start, nummer - 1)
        assert maand.maand == maand_code(dag) and maand.maand_sinds_start == nummer
        zonder, met = maand.zonder_overstap, maand.met_overstap
        for overzicht in (zonder, met):
            assert overzicht.totaal == sum((r.bedrag for r in overzicht.regels), Decimal(0))
            kosten = sum((k.bedrag for k in overzicht.kosten), Decimal(0))
            assert overzicht.totaal_na_kosten == overzicht.totaal + kosten
        assert maand.verschil == met.totaal - zonder.totaal
        assert maand.verschil_na_kosten == met.totaal_na_kosten - zonder.totaal_na_kosten
        assert (maand.status == "schatting") == (dag > laatste_bekend or dag < dekking()[0])
        assert not any(k.naam == "reiskosten" for k in zonder.kosten), "no work, no travel"
    blijvend = uitkomst.blijvend
    assert blijvend is not None
    lang = [m for m in uitkomst.maanden if m.maand_sinds_start >= blijvend.maand_sinds_start]
    assert lang[0].maand == blijvend.vanaf and lang[0].verschil_na_kosten == blijvend.verschil_na_kosten_per_maand
    assert all((m.verschil, m.verschil_na_kosten) == (lang[0].verschil, lang[0].verschil_na_kosten) for m in lang)


@pytest.mark.parametrize("peildatum", ["2027-07-01", "2028-01-01", "2029-06-01"])
def test_a_start_after_the_known_rules_is_answered_and_every_month_is_an_estimate(peildatum: str) -> None:
    uitkomst = bereken(Situatie.model_validate({**BIJSTAND, "peildatum": peildatum}))
    assert uitkomst.berekend and uitkomst.status == "schatting"
    assert len(uitkomst.maanden) >= 36 and {m.status for m in uitkomst.maanden} == {"schatting"}
    assert uitkomst.maanden[0].maand == peildatum[:7]
    assert any(p.doorgetrokken_na == dekking()[1] for p in uitkomst.regels_gebruikt)
    assert ("verloop_na_bekende_periode" in {s.code for s in uitkomst.signalen}
            or uitkomst.maanden[0].status == "schatting")


def test_now_is_this_month_and_the_comparison_is_the_same_month() -> None:
    """'Nu' on the answer is today's month; the table compares without and with the switch in one month, so it
    does not move with the indexation between today and the start."""
    januari = bereken(Situatie.model_validate({**BIJSTAND, "vandaag": "2026-12-06"}))
    assert januari.vandaag_maand == "2026-12"
    december = bereken(Situatie.model_validate({**BIJSTAND, "peildatum": "2026-12-01", "vandaag": "2026-12-06"}))
    assert januari.vandaag == december.vandaag == december.nu  # today's month, whatever the start
    assert januari.nu == januari.maanden[0].zonder_overstap and januari.straks == januari.maanden[0].met_overstap
    assert januari.nu.totaal != december.nu.totaal  # the same month as the start: January's norm


def test_at_zero_hours_no_travel_costs_are_subtracted() -> None:
    uitkomst = bereken(Situatie.model_validate(
        {**BIJSTAND, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24, "reiskosten_per_maand": 60}}))
    nul = next(p for p in uitkomst.uren_reeks if p.uren == 0)
    assert nul.totaal_na_kosten == uitkomst.nu.totaal_na_kosten, "0 hours: no work, so no travel"
    een = next(p for p in uitkomst.uren_reeks if p.uren == 1)
    assert een.totaal_na_kosten <= een.totaal - 60


def test_the_first_and_the_lasting_tipping_point() -> None:
    """Bijstand with the 15 % of art. 34a: the uitkering stops later while the vrijlating runs (24,7 hours) than
    once it has ended (20,9 hours); the headline and the lasting chart use the lasting rules."""
    uitkomst = bereken(Situatie.model_validate(BIJSTAND))
    assert uitkomst.omslagpunt_uren == Decimal("24.7") and uitkomst.omslagpunt_uren_blijvend == Decimal("20.9")
    assert uitkomst.blijvend.vanaf == "2028-01"
    assert uitkomst.blijvend.verschil_na_kosten_per_maand == Decimal("213.55")
    assert uitkomst.verschil_na_kosten_per_maand == Decimal("249.32")  # the first months
    lang = {p.uren: p for p in uitkomst.uren_reeks_blijvend}
    assert lang[24].totaal_na_kosten == uitkomst.maanden[12].met_overstap.totaal_na_kosten


def test_the_command_line_gives_the_months_the_lasting_difference_and_both_tipping_points() -> None:
    res = subprocess.run([sys.executable, "-m", "switchwijzer", "bereken", "-"], input=json.dumps(BIJSTAND),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    uit = json.loads(res.stdout)
    assert len(uit["maanden"]) >= 36
    eerste = uit["maanden"][0]
    assert eerste["maand"] == "2027-01" and eerste["maand_sinds_start"] == 1
    for kant in ("zonder_overstap", "met_overstap"):
        assert {"totaal", "totaal_na_kosten", "regels"} <= eerste[kant].keys()
        assert isinstance(eerste[kant]["totaal"], str) and Decimal(eerste[kant]["totaal"])
    assert Decimal(eerste["verschil_na_kosten"]) == (Decimal(eerste["met_overstap"]["totaal_na_kosten"])
                                                     - Decimal(eerste["zonder_overstap"]["totaal_na_kosten"]))
    assert {m["status"] for m in uit["maanden"]} <= {"vastgesteld", "voorlopig", "schatting"}
    assert uit["blijvend"] == {"vanaf": "2028-01", "maand_sinds_start": 13, "verschil_per_maand": "213.55",
                               "verschil_na_kosten_per_maand": "213.55", "status": "schatting"}
    assert uit["omslagpunt_uren"] == "24.7" and uit["omslagpunt_uren_blijvend"] == "20.9"
    assert [m["maand"] for m in uit["maanden"][:3]] == ["2027-01", "2027-02", "2027-03"]


def test_a_start_is_accepted_up_to_36_months_ahead() -> None:
    later = plus_maanden(date.today(), 24)
    assert bereken(Situatie.model_validate({**BIJSTAND, "peildatum": later.isoformat()})).berekend
