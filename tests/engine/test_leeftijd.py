"""A person gets older during the months of the answer: each month uses the age in that month (the minimum wage and
the bijstand norm of that age), counted on from the day the age was given. The birthday is not known, so the age is
the youngest it can be. Worked numbers: tests/cases/verjaardag_jeugdloon_2027.toml."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.situatie import LEEFTIJD_MAX, leeftijd_in_maand

from .strategies import situaties
from .test_properties import SNEL

JONG = {"peildatum": "2027-01-01", "leeftijd": 19, "huishouden": {"soort": "bij_ouders", "kostendelers_27_plus": 2},
        "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24},
        "dagbesteding": {"financiering": "wmo", "andere_wmo_hulp": False}}


def test_the_age_counts_on_once_a_year_from_the_month_it_was_given() -> None:
    gegeven = date(2026, 12, 6)
    assert leeftijd_in_maand(19, gegeven, date(2026, 12, 1)) == 19
    assert leeftijd_in_maand(19, gegeven, date(2027, 11, 1)) == 19  # perhaps 20 already: the youngest it can be
    assert leeftijd_in_maand(19, gegeven, date(2027, 12, 1)) == 20  # a year after: certainly 20
    assert leeftijd_in_maand(19, gegeven, date(2029, 12, 31)) == 22
    assert leeftijd_in_maand(19, gegeven, date(2025, 1, 1)) == 19  # before that day: the age given
    assert leeftijd_in_maand(65, gegeven, date(2030, 1, 1)) == LEEFTIJD_MAX


@given(st.integers(16, 66), st.dates(date(2025, 1, 1), date(2031, 12, 31)), st.integers(0, 80), st.integers(0, 80))
def test_the_age_never_goes_down_and_is_exact_each_year(leeftijd: int, gegeven: date, eerder: int, later: int) -> None:
    van, tot = sorted((eerder, later))
    def maand(n: int) -> date:
        return date(gegeven.year + (gegeven.month - 1 + n) // 12, (gegeven.month - 1 + n) % 12 + 1, 1)
    assert leeftijd_in_maand(leeftijd, gegeven, maand(van)) <= leeftijd_in_maand(leeftijd, gegeven, maand(tot))
    assert leeftijd_in_maand(leeftijd, gegeven, maand(12 * (tot // 12))) == min(leeftijd + tot // 12, LEEFTIJD_MAX)


def test_the_rules_of_the_start_month_read_the_age_then() -> None:
    """The wizard asks the age of today; a start 21 months later is at least a year older (the signals, the wage
    check and the first table read that age)."""
    s = Situatie.model_validate({**JONG, "peildatum": "2028-09-01", "leeftijd_op": "2026-12-06"})
    assert s.op_peildatum().leeftijd == 20 and s.op_peildatum().leeftijd_op is None
    u = bereken(s)
    assert u.straks is not None and u.straks.regel("loon") is not None
    # 24 hours at the 2027 wage for 20 (13,38, carried on as a schatting): 13,38 x 24 x 52 / 12 = 1.391,52
    loon = u.straks.regel("loon")
    assert next(o.bedrag for o in loon.onderdelen if o.naam == "bruto_loon") == Decimal("1391.52")


def test_a_month_that_changes_because_of_the_age_says_so() -> None:
    u = bereken(Situatie.model_validate(JONG))
    codes = {m.maand: [v.code for v in m.veranderingen] for m in u.maanden}
    assert "leeftijd" in codes["2028-01"] and "leeftijd" in codes["2029-01"]
    assert not any("leeftijd" in c for maand, c in codes.items() if maand not in ("2028-01", "2029-01"))


def test_an_older_person_gets_no_age_change() -> None:
    u = bereken(Situatie.model_validate({**JONG, "leeftijd": 30, "huishouden": {"soort": "alleenstaand"},
                                         "wonen": {"huurt": True, "kale_huur_per_maand": 650}}))
    assert not any(v.code == "leeftijd" for m in u.maanden for v in m.veranderingen)  # 31, 32: the same amounts


@SNEL
@given(situaties())
def test_no_valid_age_or_day_it_was_given_makes_the_months_fail(situatie: Situatie) -> None:
    uitkomst = bereken(situatie)
    if uitkomst.berekend:
        for maand in uitkomst.maanden:
            for v in maand.veranderingen:
                if v.code == "leeftijd":
                    assert v.gegevens["leeftijd"] == situatie.leeftijd_in(date.fromisoformat(maand.maand + "-01"))


def test_the_children_count_on_from_the_same_day() -> None:
    s = Situatie.model_validate({**JONG, "leeftijd": 30, "leeftijd_op": "2026-12-06", "peildatum": "2028-01-01",
                                 "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [11, 29]},
                                 "nu": {"uitkering": "geen"}})
    assert s.kinderen_in(date(2027, 11, 1)) == [11, 29] and s.kinderen_in(date(2027, 12, 1)) == [12, 30]
    assert s.kinderen_in(date(2029, 12, 1)) == [14, 30]  # at most the oldest age a child may be given
    peil = s.op_peildatum()
    assert peil.huishouden.kinderen == [12, 30] and peil.leeftijd == 31 and s.huishouden.kinderen == [11, 29]
