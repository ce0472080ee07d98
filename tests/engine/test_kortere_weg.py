"""Where the engine takes a shorter way for speed, it gives what the full calculation gives."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.eigen_bijdrage import _wlz_regel
from switchwijzer.engine.geld import NUL
from switchwijzer.engine.maand import bereken_maand, uitkering_in_maand
from switchwijzer.engine.uitkomst import Regel

from .strategies import situaties
from .test_onthouden import maand_van
from .werkvoorbeelden import _samen

WLZ = {
    "peildatum": "2026-07-01", "leeftijd": 25, "nu": {"uitkering": "wajong_75"},
    "dagbesteding": {"financiering": "wlz", "wlz_zorg": "instelling"},
    "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}}
WLZ_SOORTEN = {
    "instelling, Wajong: what the work changes": {},
    "instelling, bijstand: none now, at most": {"nu": {"uitkering": "bijstand"}},
    "instelling, the first four months: the lage bijdrage": {"dagbesteding": {"instelling_sinds": "2026-05-01"}},
    "vpt: the lage bijdrage": {"dagbesteding": {"wlz_zorg": "vpt"}},
    "pgb, 19, bijstand": {"leeftijd": 19, "nu": {"uitkering": "bijstand"}, "dagbesteding": {"wlz_zorg": "pgb"}},
}


@pytest.mark.parametrize("soort", WLZ_SOORTEN)
@pytest.mark.parametrize("nummer", [1, 7, 19, 31])  # the CAK years 2026 to 2029: no work yet in the peiljaar, then some
@settings(max_examples=10, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40))
def test_the_wlz_line_of_a_cak_year_is_the_same_at_any_hours(soort: str, nummer: int, uren_a: int, uren_b: int):
    """It is worked out once per household and CAK year (eigen_bijdrage._cak_regels): what the CAK asks rests on
    the peiljaar's income and last year's wage (Blz art. 1.1.1, 3.3.2.3 lid 1, 3.3.2.4 lid 1), not on this month's
    hours."""
    maand = maand_van(Situatie.model_validate(_samen(WLZ, WLZ_SOORTEN[soort])), nummer)
    hh, werk, kosten = maand.regels.hh, maand.regels.werk, maand.stand.kosten
    assert kosten.cak is not None

    def lijn(uren: int) -> Regel | None:
        inkomen = bereken_maand(hh, werk.met_uren(Decimal(uren)), maand.stand.vrijlating, NUL)
        return _wlz_regel(hh, inkomen, False, kosten.cak, kosten.eerste_maanden_instelling)

    assert lijn(uren_a) == lijn(uren_b)


WAJONG_70_LOONDISPENSATIE = Situatie.model_validate({
    "peildatum": "2026-07-01", "leeftijd": 25, "nu": {"uitkering": "wajong_70"},
    "straks": {"soort_werk": "loonkostensubsidie", "uren_per_week": 24, "loonwaarde_procent": 50}})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(situaties(), st.integers(0, 4000))
@example(WAJONG_70_LOONDISPENSATIE, 2437)
def test_the_uitkering_the_omslagpunt_searches_with_is_the_month_s_uitkering(situatie: Situatie, centiuren: int):
    """The search asks `uitkering_in_maand` at hours like 24,37; for the Wajong it works out neither the tax nor the
    lines. It must give the uitkering of the whole month at those hours."""
    assume(situatie.nu.uitkering in ("bijstand", "wajong_70", "wajong_75"))
    if not bereken(situatie).berekend:
        return
    maand = maand_van(situatie)
    hh, werk, stand = maand.regels.hh, maand.regels.werk.met_uren(Decimal(centiuren) / 100), maand.stand
    heel = bereken_maand(hh, werk, stand.vrijlating, NUL, stand.kosten)
    assert uitkering_in_maand(hh, werk, stand.vrijlating) == (heel.uitkering or NUL)
