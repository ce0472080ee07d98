"""Properties that must hold for every valid Situatie."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.loon import maandloon
from switchwijzer.engine.parameters import Spoor, parameters_op

from .strategies import situaties

SNEL = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@SNEL
@given(situaties())
def test_no_valid_situatie_makes_the_engine_fail_and_totals_add_up(situatie: Situatie):
    uitkomst = bereken(situatie)
    if not uitkomst.berekend:
        assert uitkomst.niet_berekend
        return
    for overzicht in (uitkomst.nu, uitkomst.straks):
        assert overzicht.totaal == sum((r.bedrag for r in overzicht.regels), Decimal(0))
        for regel in overzicht.regels:
            if regel.naam not in ("loon", "bijstand", "wajong"):
                assert regel.bedrag >= 0
            assert regel.regel and regel.bron
            if regel.van_toepassing and regel.bedrag and regel.naam != "inkomen_partner":
                assert regel.parameters, f"{regel.naam} cannot explain itself"
    assert uitkomst.verschil_per_maand == uitkomst.straks.totaal - uitkomst.nu.totaal
    uitkomst.model_dump_json()


@SNEL
@given(situaties())
def test_the_total_after_costs_adds_up_and_every_cost_explains_itself(situatie: Situatie):
    uitkomst = bereken(situatie)
    if not uitkomst.berekend:
        return
    overzichten = [uitkomst.nu, uitkomst.straks]
    if uitkomst.jaarwissel:
        overzichten += [uitkomst.jaarwissel.voor, uitkomst.jaarwissel.na]
    for overzicht in overzichten:
        assert overzicht.totaal_na_kosten == overzicht.totaal + sum((k.bedrag for k in overzicht.kosten), Decimal(0))
        for kost in overzicht.kosten:
            assert kost.regel and kost.bron
            assert kost.bedrag <= 0 or _lagere_cak_bijdrage(kost), (
                f"{kost.naam} is a cost: what is paid, so never positive")
            if kost.van_toepassing and kost.bedrag and kost.naam != "reiskosten":
                assert kost.parameters, f"{kost.naam} cannot explain itself"
    assert uitkomst.verschil_na_kosten_per_maand == uitkomst.straks.totaal_na_kosten - uitkomst.nu.totaal_na_kosten
    for periode in uitkomst.verloop:
        assert periode.totaal_na_kosten is not None
    wlz = uitkomst.straks.kost("eigen_bijdrage_wlz")
    if wlz is not None and wlz.vanaf is not None:
        # The CAK follows the income of two years earlier: a new amount never starts in the year of the start.
        assert wlz.vanaf.year >= uitkomst.verloop[0].vanaf_datum.year + 2
    for maand in uitkomst.maanden:
        wlz = maand.met_overstap.kost("eigen_bijdrage_wlz")
        if wlz is None or situatie.dagbesteding.wlz_zorg != "instelling" or not wlz.berekend:
            continue
        delen = {o.naam: o.bedrag for o in wlz.onderdelen}
        if "extra_netto_inkomen_peiljaar" in delen:
            # The CAK never takes more than the rise of the income of the peiljaar, and never gives back more than
            # the 15 % of last year's wage it leaves out (Blz art. 3.3.2.3 lid 1 b 1°).
            assert -wlz.bedrag <= max(delen["extra_netto_inkomen_peiljaar"], Decimal(0))
            assert wlz.bedrag <= delen["vrijgelaten_loon"]
        elif wlz.hoogstens:
            # At most the peiljaar's net income after the 15 % and the zak- en kleedgeld, never below 0.
            rest = delen["netto_inkomen_peiljaar"] - delen["vrijgelaten_loon"] - delen["zak_en_kleedgeld"]
            assert 0 <= -wlz.bedrag <= max(rest, Decimal(0))
        else:
            assert wlz.bedrag <= 0  # the lage bijdrage, or none at all (Blz art. 3.3.2.2 lid 9)


def _lagere_cak_bijdrage(kost) -> bool:  # type: ignore[no-untyped-def]
    """The hoge Wlz bijdrage in a year whose peiljaar had less of the wage than the year before: the 15 % of last
    year's wage lowers the bijdrage, so the change because of the work is money back."""
    delen = {o.naam: o.bedrag for o in kost.onderdelen}
    return kost.naam == "eigen_bijdrage_wlz" and kost.bedrag <= delen.get("vrijgelaten_loon", Decimal(0))


@SNEL
@given(situaties())
def test_what_is_left_after_the_costs_is_never_more_than_before_them(situatie: Situatie):
    """Every cost line is paid (<= 0; the kwijtschelding lowers the tax line, it is no income), so the answer's
    "Na de kosten" is never higher than the total before the costs, in every month; only a lower CAK bijdrage
    because of last year's wage is money back."""
    uitkomst = bereken(situatie)
    if not uitkomst.berekend:
        return
    for overzicht in (uitkomst.nu, uitkomst.straks, *(m.met_overstap for m in uitkomst.maanden)):
        terug = sum((k.bedrag for k in overzicht.kosten if k.bedrag > 0 and _lagere_cak_bijdrage(k)), Decimal(0))
        assert overzicht.totaal_na_kosten <= overzicht.totaal + terug, [(k.naam, k.bedrag) for k in overzicht.kosten]


@SNEL
@given(situaties())
def test_every_line_of_an_hours_sweep_adds_up(situatie: Situatie):
    uitkomst = bereken(situatie)
    if uitkomst.berekend and uitkomst.uren_reeks:
        assert [p.uren for p in uitkomst.uren_reeks] == list(range(41))


@settings(max_examples=200, deadline=None)
@given(
    uurloon=st.integers(100, 10000).map(lambda c: Decimal(c) / 100),
    uren=st.integers(0, 79).map(lambda h: Decimal(h) / 2),
    extra=st.integers(1, 20).map(lambda h: Decimal(h) / 2),
)
def test_more_hours_never_lower_gross_pay(uurloon, uren, extra):
    spoor = Spoor(parameters_op(date(2026, 7, 1)))
    minder = maandloon(spoor, uurloon, uren)
    meer = maandloon(spoor, uurloon, min(uren + extra, Decimal(40)))
    assert meer.bruto_met_vakantiegeld >= minder.bruto_met_vakantiegeld


@settings(max_examples=60, deadline=None)
@given(
    leeftijd=st.integers(18, 66),
    regime=st.sampled_from(["wajong_70", "wajong_75"]),
    soort=st.sampled_from(["alleenstaand", "bij_ouders", "met_partner"]),
    uurloon=st.one_of(st.none(), st.integers(1500, 3000).map(lambda c: str(Decimal(c) / 100))),
    loonwaarde=st.one_of(st.none(), st.integers(30, 100).map(str)),
)
def test_wajong_total_rises_with_every_hour(leeftijd, regime, soort, uurloon, loonwaarde):
    situatie = Situatie.model_validate({
        "peildatum": "2026-07-01", "leeftijd": leeftijd, "huishouden": {"soort": soort},
        "nu": {"uitkering": regime},
        "straks": {"uren_per_week": "20", "uurloon": uurloon, "loonwaarde_procent": loonwaarde},
    })
    reeks = bereken(situatie).uren_reeks
    for vorig, volgend in zip(reeks, reeks[1:], strict=False):
        assert volgend.totaal > vorig.totaal, f"{vorig} -> {volgend}"


@SNEL
@given(situaties())
def test_the_verloop_and_the_jaarwissel_add_up_and_say_when_they_are_provisional(situatie: Situatie):
    uitkomst = bereken(situatie)
    if not uitkomst.berekend:
        return
    assert uitkomst.verloop[0].vanaf_maand == 1 and uitkomst.verloop[-1].tot_en_met_maand is None
    for vorige, volgende in zip(uitkomst.verloop, uitkomst.verloop[1:], strict=False):
        assert volgende.vanaf_maand == vorige.tot_en_met_maand + 1
    if uitkomst.jaarwissel:
        for overzicht in (uitkomst.jaarwissel.voor, uitkomst.jaarwissel.na):
            assert overzicht.totaal == sum((r.bedrag for r in overzicht.regels), Decimal(0))
        assert uitkomst.jaarwissel.datum.month == 1 and 2 <= uitkomst.jaarwissel.maand <= 12
    statussen = [r.status for o in (uitkomst.nu, uitkomst.straks) for r in o.regels]
    if any(s != "vastgesteld" for s in statussen):
        assert uitkomst.status != "vastgesteld"
        assert any(s.code == "bedragen_voorlopig" for s in uitkomst.signalen)


@settings(max_examples=40, deadline=None)
@given(leeftijd=st.integers(21, 66), peildatum=st.dates(date(2026, 1, 1), date(2027, 6, 30)),
       uren=st.integers(0, 40), kind=st.booleans())
def test_an_instelling_resident_on_bijstand_gets_the_inrichting_norm_and_pays_no_cak_bijdrage_now(
        leeftijd, peildatum, uren, kind):
    """Pw art. 23 lid 1 a + lid 2 a is the whole bijstand without other income, and at that income the Wlz bijdrage
    is not due (Blz art. 3.3.2.2 lid 9 a): 'now' is 0, computed, also with a child (the lage bijdrage, lid 1 c)."""
    situatie = Situatie.model_validate({
        "peildatum": peildatum.isoformat(), "leeftijd": leeftijd, "nu": {"uitkering": "bijstand"},
        "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [4]} if kind else {},
        "dagbesteding": {"financiering": "wlz", "wlz_zorg": "instelling"}, "straks": {"uren_per_week": uren}})
    uitkomst = bereken(situatie)
    spoor = Spoor(parameters_op(peildatum))
    norm = spoor.getal("bijstand.norm.inrichting_alleenstaand") + spoor.getal(
        "bijstand.norm.inrichting_verhoging_alleenstaand")
    assert uitkomst.nu.regel("bijstand").bedrag == norm
    wlz = uitkomst.nu.kost("eigen_bijdrage_wlz")
    assert wlz.berekend and wlz.bedrag == 0 and "lid 9" in wlz.regel
    assert uitkomst.nu.regel("huurtoeslag").reden == "instelling_geen_huur"


@SNEL
@given(situaties())
def test_who_says_they_get_kwijtschelding_now_pays_nothing_without_the_work(situatie: Situatie):
    """"Ja, ik krijg kwijtschelding" is a fact for 'zonder overstap': never recomputed, in every month."""
    if not situatie.wonen.kwijtschelding:
        return
    uitkomst = bereken(situatie)
    if not uitkomst.berekend:
        return
    for overzicht in (uitkomst.nu, *(m.zonder_overstap for m in uitkomst.maanden)):
        lokaal = overzicht.kost("lokale_belastingen")
        if lokaal is not None and lokaal.van_toepassing and lokaal.berekend:
            assert lokaal.bedrag == 0 and lokaal.reden == "kwijtschelding_opgegeven"
