"""The hours sweep and the tipping point are remembered per situation apart from its hours (engine/bereken.py):
after another number of hours, the remembered ones must be exactly what a calculation from scratch gives."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.bereken import vergeet_reeksen

from .strategies import situaties


def _met_uren(situatie: Situatie, uren: Decimal) -> Situatie:
    return situatie.model_copy(update={"straks": situatie.straks.model_copy(update={"uren_per_week": uren})})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(situaties(), st.integers(0, 40), st.integers(0, 40))
def test_a_remembered_sweep_equals_one_worked_out_from_scratch(situatie: Situatie, eerst: int, daarna: int):
    vergeet_reeksen()
    bereken(_met_uren(situatie, Decimal(eerst)))  # remembers the sweep for this situation
    hergebruikt = bereken(_met_uren(situatie, Decimal(daarna)))
    vergeet_reeksen()
    vers = bereken(_met_uren(situatie, Decimal(daarna)))
    assert hergebruikt == vers


def test_a_payslip_at_0_hours_does_not_get_the_chart_remembered_at_1_hour() -> None:
    """A payslip's net wage at 1 hour a week and at 0 hours is the same job (the month's wage as one hour), but
    only the first has an hours chart. Found by the property test above once 0 hours got no chart (41 points
    remembered from 1 hour came back for 0 hours)."""
    def bij(uren: int) -> Situatie:
        return Situatie.model_validate({"leeftijd": 30, "nu": {"uitkering": "bijstand"}, "straks": {
            "soort_werk": "regulier", "netto_loon_per_maand": "277.78", "uren_per_week": uren}})

    vergeet_reeksen()
    bereken(bij(1))
    hergebruikt = bereken(bij(0))
    vergeet_reeksen()
    assert hergebruikt == bereken(bij(0)) and hergebruikt.uren_reeks == []
