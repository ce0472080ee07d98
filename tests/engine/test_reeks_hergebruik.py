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
