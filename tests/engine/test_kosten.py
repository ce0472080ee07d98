"""The kwijtschelding rule on the scenarios the Uitvoeringsregeling Invorderingswet 1990 is tested with in
MinBZK/regelrecht (uitvoeringsregeling_invorderingswet_1990, scenarios art. 11, calculation date 2026-01-01),
and the rule of thumb of the issue: each € 10 a month above the kosten van bestaan costs € 96 a year of
kwijtschelding, so the tax paid (the cost line `lokale_belastingen`) rises by € 96 a year (€ 30: € 288).
The whole line through `bereken` is in tests/cases/kwijtschelding_2026_07.toml."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from switchwijzer.engine.kwijtschelding import aanwendbare_capaciteit, kwijtschelding_per_jaar, te_betalen_per_jaar
from switchwijzer.engine.parameters import Spoor, parameters_op

NORM_2026_01 = Decimal("1401.50")  # Pw art. 21 a, 1 januari 2026


def _spoor() -> Spoor:
    return Spoor(parameters_op(date(2026, 1, 1)))


@pytest.mark.parametrize(
    ("netto_besteedbaar", "aanslag", "aanwendbaar", "kwijtschelding", "betaald"),
    [
        (Decimal(0), Decimal(100), Decimal(0), Decimal(100), Decimal(0)),  # 'Volledige kwijtschelding'
        (Decimal(1300), Decimal(500), Decimal("371.04"), Decimal("128.96"), Decimal("371.04")),  # 'Gedeeltelijke ...'
        (Decimal(2000), Decimal(100), Decimal("7091.04"), Decimal(0), Decimal(100)),  # 'Geen kwijtschelding'
    ],
    ids=["volledig", "gedeeltelijk", "geen"],
)
def test_the_regelrecht_scenarios(netto_besteedbaar, aanslag, aanwendbaar, kwijtschelding, betaald):
    spoor = _spoor()
    kosten_van_bestaan = NORM_2026_01 * spoor.procent("kwijtschelding.kosten_van_bestaan")
    assert kosten_van_bestaan == Decimal("1261.35")
    gevonden = aanwendbare_capaciteit(spoor, netto_besteedbaar, kosten_van_bestaan)
    assert gevonden == aanwendbaar
    assert kwijtschelding_per_jaar(aanslag, gevonden) == kwijtschelding
    assert te_betalen_per_jaar(aanslag, gevonden) == betaald


@pytest.mark.parametrize(("boven", "per_jaar"), [(10, Decimal(96)), (30, Decimal(288))])
def test_each_ten_euro_a_month_above_the_norm_costs_96_euro_a_year(boven, per_jaar):
    spoor = _spoor()
    kosten = Decimal(1000)
    aanwendbaar = aanwendbare_capaciteit(spoor, kosten + boven, kosten)
    assert aanwendbaar == per_jaar
    aanslag = Decimal(400)  # an aanslag above what is lost: all of it was waived at the norm
    assert te_betalen_per_jaar(aanslag, aanwendbare_capaciteit(spoor, kosten, kosten)) == 0
    assert te_betalen_per_jaar(aanslag, aanwendbaar) == per_jaar  # the tax paid rises by the € 96 or € 288
