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

from switchwijzer.engine import Situatie, bereken, dekking, kalender
from switchwijzer.engine.datums import maand_code, plus_maanden, start_werk
from switchwijzer.engine.geld import centen
from switchwijzer.engine.kalender import MEESTE_MAANDEN, MINSTE_MAANDEN
from switchwijzer.engine.kwijtschelding import kwijtschelding_regel
from switchwijzer.engine.maand import Huishouding, partner_bruto_per_maand
from switchwijzer.engine.parameters import laatste_begin, parameters_op
from switchwijzer.engine.uitkomst import MaandUitkomst, Overzicht, Regel, Uitkomst
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.maanden import reden
from switchwijzer.uitleg.teksten import woorden

from .strategies import situaties
from .test_properties import SNEL
from .werkvoorbeelden import alle, uitkomst

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
    eind = date.fromisoformat(uitkomst.maanden[-1].maand + "-01")
    nu = situatie.peildatum.replace(day=1)
    assert eind >= plus_maanden(max(nu, laatste_begin()), 12), "a year past the peildatum and the last known rules"
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
    assert len(uitkomst.maanden) == MINSTE_MAANDEN  # it lasts from the 13th month: the list needs no more
    assert uitkomst.blijvend.verschil_na_kosten_per_maand == Decimal("213.55")
    assert uitkomst.verschil_na_kosten_per_maand == Decimal("249.32")  # the first months
    lang = {p.uren: p for p in uitkomst.uren_reeks_blijvend}
    assert lang[24].totaal_na_kosten == uitkomst.maanden[12].met_overstap.totaal_na_kosten


ANDERE_UREN = (4, 28)


def _grafiek_tegen_maanden(s: Situatie, u: Uitkomst) -> list[str]:
    """Where the lasting chart at ANDERE_UREN differs from the month from which the difference lasts, worked out
    again at those hours (skipped when at those hours something temporary lasts longer: a kwijtschelding decided
    for a year, the CAK's peiljaar)."""
    verschillen = []
    if not u.uren_reeks_blijvend or s.straks.netto_loon_per_maand is not None or u.blijvend is None:
        return []  # no chart, or a payslip's net wage, which does not follow the hours
    for uren in ANDERE_UREN:
        if uren == s.straks.uren_per_week:
            continue
        ander = bereken(s.model_copy(update={"straks": s.straks.model_copy(update={"uren_per_week": Decimal(uren)})}))
        lang = next((m for m in ander.maanden if m.maand == u.blijvend.vanaf), None)
        if ander.blijvend is None or ander.blijvend.vanaf > u.blijvend.vanaf or lang is None:
            continue
        punt = next(p for p in u.uren_reeks_blijvend if p.uren == uren)
        if punt.totaal_na_kosten != lang.met_overstap.totaal_na_kosten:
            verschillen.append(f"{uren} uur: grafiek {punt.totaal_na_kosten}, maand {lang.maand} "
                               f"{lang.met_overstap.totaal_na_kosten}")
    return verschillen


def test_the_lasting_chart_at_other_hours_is_the_lasting_month_worked_out_at_those_hours() -> None:
    """The chart's second line ("what lasts", `uren_reeks_blijvend`) is worked out apart from the list of months: the
    costs follow the month's own income there (the CAK's bijdrage as if the hours had lasted for years), in the
    months they follow the calendar. Once nothing temporary is left the two must agree: for every worked example,
    its chart at 4 and at 28 hours is the month from which the difference lasts, worked out again at those hours."""
    verschillen = {}
    for voorbeeld in alle():
        if not voorbeeld.weigering:
            s = Situatie.model_validate(voorbeeld.situatie)
            verschillen[voorbeeld.plek] = _grafiek_tegen_maanden(s, uitkomst(voorbeeld))
    assert not {plek: v for plek, v in verschillen.items() if v}


@pytest.mark.parametrize("uitkering,vergoeding,leeftijd", [
    ("geen", 100, 25), ("bijstand", 100, 25), ("wajong_70", 100, 25), ("geen", 250, 25), ("bijstand", 250, 25),
    ("wajong_70", 250, 25),
    ("wajong_70", 0, 19),
])
def test_the_lasting_chart_agrees_with_the_months_for_every_income_the_cak_counts(uitkering: str, vergoeding: int,
                                                                                   leeftijd: int) -> None:
    """The same in an instelling (the hoge Wlz bijdrage rests on the net income), with each uitkering and a
    dagbesteding allowance within the tax-free maximum (no income for the CAK) and above it (taxed, so income; the
    allowance stops with the work); and a Wajong at 19 (on the youth minimum wage), whose tax is so low that the
    jonggehandicaptenkorting (Wet IB 2001 art. 8.16a) is used in part: the CAK year's net income must count it too."""
    s = _in_instelling(uitkering, vergoeding, leeftijd)
    assert _grafiek_tegen_maanden(s, bereken(s)) == []


def _in_instelling(uitkering: str, vergoeding: int, leeftijd: int = 25) -> Situatie:
    return Situatie.model_validate({
        "peildatum": date(2026, 7, 1), "leeftijd": leeftijd, "nu": {"uitkering": uitkering,
                                                             "vergoeding_dagbesteding_per_maand": Decimal(vergoeding)},
        "straks": {"uren_per_week": Decimal(16)}, "dagbesteding": {"financiering": "wlz", "wlz_zorg": "instelling"},
    }, strict=False)


@pytest.mark.parametrize("uren", [4, 16])
def test_a_wajong_with_a_taxed_allowance_in_an_instelling_settles_once_the_cak_counts_whole_years_of_work(
    uren: int,
) -> None:
    """Work from July 2026 next to a Wajong, a taxed dagbesteding allowance of 250 that stops with the work, in an
    instelling (the hoge Wlz bijdrage). The CAK's bijdrage of 2029 rests on 2027, the first whole year of work, and
    from then on nothing changes: the difference lasts from January 2029. It never settled while the CAK year's net
    income (kalender.jaarinkomen) gave the taxed allowance no arbeidskorting and the month did (Wet IB 2001 art.
    8.11); and at 4 hours, where the income with the work is below that without and the work lowers the bijdrage,
    while the lasting stand cut that at 0 and the months did not."""
    s = _in_instelling("wajong_70", 250)
    u = bereken(s.model_copy(update={"straks": s.straks.model_copy(update={"uren_per_week": Decimal(uren)})}))
    assert u.blijvend is not None and u.blijvend.vanaf == "2029-01"
    assert len(u.maanden) < MEESTE_MAANDEN
    laatste = u.maanden[-1]
    assert u.blijvend.verschil_na_kosten_per_maand == (laatste.met_overstap.totaal_na_kosten
                                                       - laatste.zonder_overstap.totaal_na_kosten)
    bijdrage = next(r for r in laatste.met_overstap.kosten if r.naam == "eigen_bijdrage_wlz")
    assert (bijdrage.bedrag > 0) == (uren == 4)  # at 4 hours the work lowers the bijdrage: a plus in the costs


def test_a_difference_that_does_not_settle_by_the_most_months_ends_the_list_there_with_the_last_as_what_lasts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The list grows by a year until the difference settles, at most MEESTE_MAANDEN (72) months; when nothing
    settles by then, the last month stands for what lasts. No situation we know runs that long, so the bounds are
    lowered here: the Wajong above settles in its 31st month (January 2029), so with at most 24 months its list
    stops at June 2028."""
    monkeypatch.setattr(kalender, "MINSTE_MAANDEN", 12)
    monkeypatch.setattr(kalender, "MEESTE_MAANDEN", 24)
    u = bereken(_in_instelling("wajong_70", 250))
    assert len(u.maanden) == 24
    assert u.blijvend is not None and u.blijvend.vanaf == u.maanden[-1].maand == "2028-06"


def test_between_the_two_tipping_points_the_signals_follow_the_month_with_its_vrijlating() -> None:
    """At 23 hours, between the lasting tipping point (20,9) and the first one (24,7): in the first month the
    vrijlating keeps some bijstand (92,94), so the person is told that two payers pay (the gemeente and the
    employer), not that the bijstand stops."""
    uitkomst = bereken(Situatie.model_validate({**BIJSTAND, "straks": {**BIJSTAND["straks"], "uren_per_week": 23}}))
    bijstand = uitkomst.straks.regel("bijstand")
    assert uitkomst.maanden[0].vrijlating is not None and bijstand is not None and bijstand.bedrag == Decimal("92.94")
    codes = {s.code for s in uitkomst.signalen}
    assert "twee_betalers" in codes and "uitkering_stopt" not in codes


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


# Bijstand with a small job that leaves a partial kwijtschelding (kwijtschelding_2026_07.toml), starting in February:
# January 2027 is the 12th month of the work (a vrijlating of art. 34a under the 2027 rules), February the 13th (none).
HUUR_650 = {"huurt": True, "kale_huur_per_maand": 650}
KWIJTSCHELDING_FEBRUARI = {
    "peildatum": "2026-02-01", "leeftijd": 30, "wonen": HUUR_650,
    "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 3.4},
    "dagbesteding": {"gemeente": "Lingewaard"},
}


def _lokale_belastingen(overzicht: Overzicht) -> Regel:
    regel = overzicht.kost("lokale_belastingen")
    assert regel is not None
    return regel


@pytest.mark.parametrize("wonen", [{}, {"kwijtschelding": True}], ids=["gemeente", "krijgt_kwijtschelding"])
def test_the_kwijtschelding_of_a_year_is_decided_on_its_january(wonen: dict[str, object]) -> None:
    """The gemeente decides the kwijtschelding once a year, early in the year, on the income then (the aanslag comes
    at the start of the year), and it stays for the year (engine/kalender.py `kwijtschelding`): in the year the work
    starts in February, as without the work; in 2027, on January's income with the work and its vrijlating, also in
    February when the vrijlating has ended and the month's own income would give another line."""
    s = Situatie.model_validate_json(json.dumps(KWIJTSCHELDING_FEBRUARI | {"wonen": HUUR_650 | wonen}))
    u = bereken(s)
    maanden = {m.maand: m for m in u.maanden}
    for code in [f"2026-{maand:02d}" for maand in range(2, 13)]:
        assert _lokale_belastingen(maanden[code].met_overstap) == _lokale_belastingen(maanden[code].zonder_overstap)
    params = parameters_op(date(2027, 1, 1))
    hh = Huishouding(params, s, partner_bruto_per_maand(params, s))
    januari, februari = maanden["2027-01"].met_overstap, maanden["2027-02"].met_overstap
    eigen_januari = kwijtschelding_regel(hh, januari.regels, [], nu=False)
    assert _lokale_belastingen(januari) == eigen_januari
    assert [_lokale_belastingen(maanden[f"2027-{maand:02d}"].met_overstap) for maand in range(1, 13)] == [
        eigen_januari] * 12
    if not wonen:
        eigen_februari = kwijtschelding_regel(hh, februari.regels, [], nu=False)
        assert eigen_februari is not None and eigen_januari is not None
        assert eigen_februari.onderdelen != eigen_januari.onderdelen  # so the line is January's, not the month's


def _wlz(zorg: str, uitkering: str, peildatum: str, uren: int = 16, **dagbesteding: object) -> Situatie:
    return Situatie.model_validate_json(json.dumps({
        "peildatum": peildatum, "vandaag": peildatum, "leeftijd": 25, "nu": {"uitkering": uitkering},
        "straks": {"uren_per_week": uren}, "dagbesteding": {"financiering": "wlz", "wlz_zorg": zorg, **dagbesteding}}))


def test_each_month_without_the_work_has_the_rules_of_its_own_month() -> None:
    """A month with the work is compared with the same month without it (kalender.py), also across the change of
    the rules on 1 July 2026 within one CAK year: Wajong at home with vpt, work from February 2026."""
    u = bereken(_wlz("vpt", "wajong_70", "2026-02-01"))
    for m in u.maanden:
        assert m.zonder_overstap.parameters_geldig_vanaf == m.met_overstap.parameters_geldig_vanaf, m.maand
        wajong = m.zonder_overstap.regel("wajong")
        assert wajong is not None and wajong.geldig_vanaf == m.zonder_overstap.parameters_geldig_vanaf, m.maand


def test_today_without_the_work_is_the_same_month_as_in_the_answer() -> None:
    """What the person has now (`vandaag`, "Nu, in juli 2026, heb je ...") is that month without the work, its Wlz
    bijdrage resting on the peiljaar as in the months: the month of the peildatum itself, and a month before the
    start in the first four months of a stay in an instelling (the lage bijdrage, Blz art. 3.3.2.2 lid 1 a)."""
    u = bereken(_wlz("vpt", "wajong_70", "2026-07-01"))
    assert u.vandaag == u.nu
    instelling = _wlz("instelling", "wajong_75", "2026-07-01", instelling_sinds="2026-05-15")
    juni = instelling.model_copy(update={"vandaag": date(2026, 6, 1)})
    los = bereken(instelling.model_copy(update={"peildatum": date(2026, 6, 1), "vandaag": date(2026, 6, 1)}))
    u = bereken(juni)
    assert u.vandaag_maand == "2026-06" and u.vandaag == los.nu
    assert u.vandaag is not None and u.vandaag.kost("eigen_bijdrage_wlz") == los.nu.kost("eigen_bijdrage_wlz")


def test_the_cak_counts_the_gross_income_the_months_show_for_the_peiljaar() -> None:
    """The lage Wlz bijdrage of 2028 rests on the gross income of 2026, the peiljaar (Blz art. 1.1.1; with vpt no
    korting, art. 3.3.2.2): the sum of the wage and the gross bijstand of each month of 2026 as the list of months
    shows them, the vrijlating of those months included. Bijstand, work from January 2026."""
    u = bereken(_wlz("vpt", "bijstand", "2026-01-01"))
    jaar_2026 = [m.met_overstap for m in u.maanden if m.maand.startswith("2026-")]
    assert len(jaar_2026) == 12
    regels = [r for o in jaar_2026 for r in o.regels if r.naam in ("loon", "bijstand")]
    bruto = sum((r.bruto or Decimal(0) for r in regels), Decimal(0))
    wlz = next(m for m in u.maanden if m.maand == "2028-01").met_overstap.kost("eigen_bijdrage_wlz")
    assert wlz is not None
    assert next(o.bedrag for o in wlz.onderdelen if o.naam == "bijdrageplichtig_inkomen_per_jaar") == bruto


def test_a_new_cak_year_names_its_peiljaar_and_the_year_of_the_wage() -> None:
    """"Het CAK rekent voor 2029 met je inkomen van 2027 en je loon van 2028": the bijdrage of a year rests on the
    income of the second year before (the peiljaar, Blz art. 1.1.1) and the wage of the year before (art. 3.3.2.3
    lid 1 b 1°). Wajong at home with vpt, 24 hours from July 2026: in January 2029 the peiljaar is the first whole
    year of work, and the lage bijdrage rises."""
    u = bereken(_wlz("vpt", "wajong_70", "2026-07-01", uren=24))
    assert _cak_en_kwijtschelding(u) == [
        ("2029-01", "cak_nieuw_jaar", {"jaar": 2029, "peiljaar": 2027, "werkjaar": 2028})]


def test_a_new_cak_year_is_told_in_january_only_and_when_the_bijdrage_changes() -> None:
    """In an instelling since 15 May 2026 with a Wajong: the lage bijdrage of the first four months stops in September
    2026 (Blz art. 3.3.2.2 lid 1 a), which is no new CAK year; each January after it the bijdrage changes, and each
    is told with its peiljaar and the year of the wage. (With vpt above, 2027 and 2028 bring no change: not told.)"""
    u = bereken(_wlz("instelling", "wajong_75", "2026-07-01", uren=24, instelling_sinds="2026-05-15"))
    assert _cak_en_kwijtschelding(u) == [
        ("2027-01", "cak_nieuw_jaar", {"jaar": 2027, "peiljaar": 2025, "werkjaar": 2026}),
        ("2028-01", "cak_nieuw_jaar", {"jaar": 2028, "peiljaar": 2026, "werkjaar": 2027}),
        ("2029-01", "cak_nieuw_jaar", {"jaar": 2029, "peiljaar": 2027, "werkjaar": 2028}),
    ]


def test_a_new_kwijtschelding_is_told_in_the_january_it_changes() -> None:
    """Bijstand, 8 hours from August 2026, in Lingewaard: the kwijtschelding decided in January 2027 and in January
    2028 differs from the year before (the vrijlating in January differs), and the months say so in those months."""
    u = bereken(Situatie.model_validate_json(json.dumps(KWIJTSCHELDING_FEBRUARI | {
        "peildatum": "2026-08-01", "straks": {"soort_werk": "beschut_werk", "uren_per_week": 8}})))
    assert _cak_en_kwijtschelding(u) == [("2027-01", "kwijtschelding_nieuw_jaar", {"jaar": 2027}),
                                         ("2028-01", "kwijtschelding_nieuw_jaar", {"jaar": 2028})]


def _cak_en_kwijtschelding(u: Uitkomst) -> list[tuple[str, str, dict[str, object]]]:
    return [(m.maand, v.code, v.gegevens) for m in u.maanden for v in m.veranderingen
            if v.code in ("cak_nieuw_jaar", "kwijtschelding_nieuw_jaar")]


def test_a_vrijlating_that_begins_later_is_told_as_beginning() -> None:
    """25 years old (art. 31 lid 2 n is for 27 and older): no vrijlating in the first six months, then the 15 % of
    art. 31 lid 2 z begins in month 7."""
    u = bereken(Situatie.model_validate_json(json.dumps({
        "peildatum": "2026-01-01", "leeftijd": 25, "wonen": HUUR_650, "nu": {"uitkering": "bijstand"},
        "straks": {"soort_werk": "beschut_werk", "uren_per_week": 16}})))
    juli = next(m for m in u.maanden if m.maand == "2026-07")
    assert [(v.code, v.gegevens) for v in juli.veranderingen if v.code.startswith("vrijlating_")] == [
        ("vrijlating_begint", {"voor": None, "na": "z"})]


def test_a_difference_that_never_changes_lasts_from_the_first_month_whatever_the_totals_do() -> None:
    """The month from which the difference lasts is about the difference, not the totals: 4 hours at € 20 (20 x 4 x
    52 / 12 = 346,67 + 8 % holiday pay = 374,40 gross, no tax at this wage: 374,40 net) and no uitkering. The
    zorgtoeslag falls from 129 to 127 on 1 January 2027 with and without the work alike (both far under its
    drempel), so both totals change and the difference stays 374,40 from the first month."""
    u = bereken(Situatie.model_validate({"peildatum": "2026-07-01", "leeftijd": 30,
                                         "straks": {"uurloon": 20, "uren_per_week": 4}}))
    assert {(m.verschil, m.verschil_na_kosten) for m in u.maanden} == {(Decimal("374.40"), Decimal("374.40"))}
    assert {m.zonder_overstap.totaal for m in u.maanden} == {Decimal(129), Decimal(127)}
    assert u.blijvend is not None and u.blijvend.vanaf == "2026-07" and u.blijvend.maand_sinds_start == 1


def test_the_months_say_what_changes_and_when() -> None:
    """Bijstand, 16 hours from July 2026: in January 2027 new amounts and new rules for the vrijlating (art. 31 lid 2
    n of 2026 becomes art. 34a of 2027); after June 2027 the files end and the amounts are an estimate, and the
    vrijlating of art. 34a stops. The months view says each of these ("Vanaf 1 januari 2027 gelden nieuwe
    bedragen.", "Na 30 juni 2027 kennen we de bedragen nog niet. ...")."""
    u = bereken(Situatie.model_validate_json(json.dumps({
        "peildatum": "2026-07-01", "leeftijd": 30, "wonen": HUUR_650, "nu": {"uitkering": "bijstand"},
        "straks": {"soort_werk": "beschut_werk", "uren_per_week": 16}})))
    veranderingen = {m.maand: [(v.code, v.gegevens) for v in m.veranderingen] for m in u.maanden if m.veranderingen}
    assert veranderingen == {
        "2027-01": [("nieuwe_bedragen", {"geldig_vanaf": date(2027, 1, 1)}),
                    ("vrijlating_regels", {"voor": "pw_31_2026", "na": "pw_34a_2027"}),
                    ("vrijlating_anders", {"voor": "n", "na": "34a_a"})],
        "2027-07": [("schatting_begint", {"bekend_tot": date(2027, 6, 30)}),
                    ("vrijlating_stopt", {"voor": "34a_a", "na": None})],
    }
    zeg = woorden(Lezer("deelnemer")).kies
    zinnen = [zeg(reden(v).tekst, "nl", **dict(reden(v).waarden)) for m in u.maanden for v in m.veranderingen]
    assert "Vanaf 1 januari 2027 gelden nieuwe bedragen." in zinnen
    assert any(z.startswith("Na 30 juni 2027 kennen we de bedragen nog niet.") for z in zinnen)


def test_a_change_in_the_rules_after_36_months_of_work_is_what_lasts() -> None:
    """Working since February 2024 (month 30 on 1 July 2026): 36 months run to January 2027, when the rules of 2027
    start. The list runs on a year past them (to January 2028), and the difference lasts from January 2027 with the
    amount of 2027, not from a month before. Minimum wage, 16 hours, no uitkering."""
    u = bereken(Situatie.model_validate({"peildatum": "2026-07-01", "leeftijd": 30,
                                         "straks": {"uren_per_week": 16, "maand_sinds_start": 30}}))
    maanden = {m.maand: m for m in u.maanden}
    assert (u.maanden[0].maand, u.maanden[-1].maand) == ("2024-02", "2028-01")
    assert maanden["2027-01"].verschil != maanden["2026-12"].verschil
    assert u.blijvend is not None and u.blijvend.vanaf == "2027-01"
    assert u.blijvend.verschil_per_maand == maanden["2027-01"].verschil == u.maanden[-1].verschil


def _codes(u: Uitkomst) -> dict[str, list[str]]:
    return {m.maand: [v.code for v in m.veranderingen] for m in u.maanden if m.veranderingen}


def test_a_vrijlating_change_is_told_when_both_the_arrangement_and_its_amount_change() -> None:
    """Bijstand from March 2026, minimum wage: in July 2026 the minimum wage rises, and with it the 25 % of art. 31
    lid 2 n the person keeps (the same arrangement: only new amounts are told). At 0 hours the arrangements change
    (n, then art. 34a in 2027, then none) but there is no wage to keep a part of: no vrijlating change is told."""
    basis = {"peildatum": "2026-03-01", "leeftijd": 30, "wonen": HUUR_650, "nu": {"uitkering": "bijstand"}}
    u = bereken(Situatie.model_validate_json(json.dumps(basis | {"straks": {"uren_per_week": 16}})))
    juni, juli = (next(m for m in u.maanden if m.maand == code) for code in ("2026-06", "2026-07"))
    assert juni.vrijlating == juli.vrijlating == "n"
    assert _onderdeel_van(juni, "vrijlating") < _onderdeel_van(juli, "vrijlating")
    assert _codes(u)["2026-07"] == ["nieuwe_bedragen"]
    nul = bereken(Situatie.model_validate_json(json.dumps(basis | {"straks": {"uren_per_week": 0}})))
    assert {m.vrijlating for m in nul.maanden} >= {"n", "34a_a", None}
    assert not [c for codes in _codes(nul).values() for c in codes if c.startswith("vrijlating_") and
                c != "vrijlating_regels"]


def _onderdeel_van(maand: MaandUitkomst, naam: str) -> Decimal:
    bijstand = maand.met_overstap.regel("bijstand")
    assert bijstand is not None
    return next(o.bedrag for o in bijstand.onderdelen if o.naam == naam)


def _bruto_erbij(hh: Huishouding, basis: Decimal, netto: Decimal, van_partner: bool) -> Decimal:
    """The gross amount that, on top of the gross income `basis`, leaves `netto` after the tax it adds (found by
    halving, to a tenth of a cent): the test's own answer, through the tax alone."""
    def netto_van(bruto: Decimal) -> Decimal:
        erbij = hh.belasting(basis + bruto, basis, van_partner=van_partner)[0]
        return bruto - (erbij - hh.belasting(basis, basis, van_partner=van_partner)[0])

    laag, hoog = netto, netto * 3
    while hoog - laag > Decimal("0.001"):
        midden = (laag + hoog) / 2
        laag, hoog = (midden, hoog) if netto_van(midden) < netto else (laag, midden)
    return hoog


PARTNERS = {"soort": "met_partner", "partner_leeftijd": 30, "partner_netto_per_maand": 800, "kinderen": [5]}


@pytest.mark.parametrize("huishouden,uren", [
    ({}, 16), ({"soort": "alleenstaande_ouder", "kinderen": [5]}, 16), (PARTNERS, 16), (PARTNERS, 0),
    (PARTNERS | {"partner_netto_per_maand": 1500}, 0),
], ids=["alleenstaand", "alleenstaande_ouder", "partners", "partners_zonder_werk", "partner_met_1500"])
def test_the_gemeente_grosses_the_bijstand_up_on_top_of_each_partners_income(huishouden: dict[str, object],
                                                                            uren: int) -> None:
    """The bijstand's gross (its line's `bruto`, and so the income the toeslagen count) is what the gemeente pays
    so that, on top of the wage, the net bijstand is left after the tax it adds; partners each get half, each on
    top of their own income with their own kortingen (Pw art. 45 lid 4; the combinatiekorting only for the one who
    earns least, Wet IB 2001 art. 8.14a). Checked against the test's own halving search, at 16 hours of work, and
    for partners also without work (then the partner, who has 800 a month, pays more tax on their half; with 1.500 a
    month the partner pays tax on their own income already, without the combinatiekorting)."""
    s = Situatie.model_validate_json(json.dumps({
        "peildatum": "2026-07-01", "leeftijd": 30, "wonen": HUUR_650, "nu": {"uitkering": "bijstand"},
        "straks": {"soort_werk": "beschut_werk", "uren_per_week": uren}, "huishouden": huishouden}))
    u = bereken(s)
    params = parameters_op(s.peildatum)
    hh = Huishouding(params, s, partner_bruto_per_maand(params, s))
    bijstand, loon = u.straks.regel("bijstand"), u.straks.regel("loon")
    assert bijstand is not None and bijstand.bruto is not None and loon is not None
    helft = centen(bijstand.bedrag / 2) if huishouden.get("soort") == "met_partner" else Decimal(0)
    verwacht = _bruto_erbij(hh, loon.bruto or Decimal(0), bijstand.bedrag - helft, van_partner=False)
    if helft:
        verwacht += _bruto_erbij(hh, hh.partner_bruto_per_maand, helft, van_partner=True)
    assert abs(bijstand.bruto - verwacht) <= Decimal("0.02"), (bijstand.bruto, verwacht)
    # The toeslagen count the household's gross (Awir art. 8): the wage, both halves of the bijstand, the partner's.
    zorgtoeslag = u.straks.regel("zorgtoeslag")
    assert zorgtoeslag is not None
    assert next(o.bedrag for o in zorgtoeslag.onderdelen if o.naam == "toetsingsinkomen_per_jaar") == centen(
        ((loon.bruto or Decimal(0)) + bijstand.bruto + hh.partner_bruto_per_maand) * 12)


def test_the_first_chart_at_the_chosen_hours_is_the_month_of_the_answer() -> None:
    """The chart's first line (`uren_reeks`) is the peildatum's month at each number of hours, with its costs where
    the calendar puts them (the CAK year, the kwijtschelding decided for the year): at the chosen hours it is the
    month the answer shows (`straks`), before and after the costs, for every worked example with whole hours."""
    verschillen = {}
    for voorbeeld in alle():
        if voorbeeld.weigering:
            continue
        u = uitkomst(voorbeeld)
        s = Situatie.model_validate(voorbeeld.situatie)
        uren = s.straks.uren_per_week
        punt = next((p for p in u.uren_reeks if uren is not None and p.uren == uren), None)
        if punt is None or s.straks.netto_loon_per_maand is not None or u.straks is None:
            continue
        if (punt.totaal, punt.totaal_na_kosten) != (u.straks.totaal, u.straks.totaal_na_kosten):
            verschillen[voorbeeld.plek] = (punt, u.straks.totaal, u.straks.totaal_na_kosten)
    assert not verschillen, verschillen


@pytest.mark.parametrize("maanden_al", [39, 200])
def test_what_lasts_takes_the_known_rules_after_the_listed_months_into_account(maanden_al: int) -> None:
    """Work that began 39 (or 200) months before January 2027: the list once ran 36 months from the start, so it
    ended before the peildatum and never reached the rules of 2027, which end the vrijlating 'aa' (art. 34a from
    2027). It said the difference lasts from July 2026 at 165,39. Now the list runs a year past the peildatum, and
    what lasts is the bijstand of 2027 with the work: 324,41 (482,22 in December 2026)."""
    u = bereken(Situatie.model_validate_json(json.dumps({
        "peildatum": "2027-01-01", "leeftijd": 30, "wonen": HUUR_650, "nu": {"uitkering": "bijstand"},
        "straks": {"uren_per_week": 16, "maand_sinds_start": maanden_al}})))
    assert u.blijvend is not None and u.blijvend.vanaf == "2027-01"
    assert u.maanden[-1].maand == "2028-01"
    bijstand = {m.maand: next(r.bedrag for r in m.met_overstap.regels if r.naam == "bijstand") for m in u.maanden}
    assert (bijstand["2026-12"], bijstand["2027-01"]) == (Decimal("482.22"), Decimal("324.41"))
