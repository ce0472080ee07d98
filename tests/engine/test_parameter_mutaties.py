"""Every number in every parameter file, changed on its own, must make a worked example fail (parameter_mutaties)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine import parameters as p

from . import parameter_mutaties as m

ONZICHTBAAR = {
    "2026-01-01.toml: bijstand.vrijlating.k[maximum]": (
        "Pw art. 31 lid 2 k: € 220 a month, but at most € 2.200 a year. The engine computes a month of a steady "
        "allowance, so the yearly limit (2.200 / 12 = 183,33 a month) always binds first; 10 % up or down (198 or "
        "242) changes no answer."
    ),
}
"""Numbers whose change no correct engine shows today, with the reason. Only these may survive."""


def _een(naam: str, factor: str) -> m.Mutatie:
    [mutatie] = [x for x in m.mutaties((Decimal(factor),), bestanden=(naam.split(":")[0],)) if x.naam == naam]
    return mutatie


def test_a_change_the_examples_depend_on_is_seen() -> None:
    """The guard of the check itself: the rate of the first tax bracket of 2026 is read by nearly every example.
    If the change stopped reaching the engine (a new cache, another loader), this fails instead of the whole
    check quietly reporting nothing."""
    mutatie = _een("2026-01-01.toml: belasting.schijven[0].tarief", "0.9")
    situatie = Situatie.model_validate({"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "geen"},
                                        "straks": {"soort_werk": "regulier", "uren_per_week": 36}})
    echt = bereken(situatie).straks.regel("loon").bedrag
    with m.toegepast(mutatie):
        veranderd = bereken(situatie).straks.regel("loon").bedrag
    assert veranderd > echt, "the changed tax rate did not reach the engine"
    assert bereken(situatie).straks.regel("loon").bedrag == echt, "the real files are not back after the change"
    assert m.niet_gezien(m.controleer([mutatie])) == []


def test_every_number_of_every_file_is_changed_down_and_up() -> None:
    mutaties = m.mutaties()
    aantallen = {(x.naam, x.factor) for x in mutaties}
    assert len(mutaties) == len(aantallen) > 400
    assert {x.bestand for x in mutaties} == {pad.name for pad in p.parameter_map().glob("*.toml")}


@pytest.mark.lang(5)
@pytest.mark.parametrize("bestand", sorted(pad.name for pad in p.parameter_map().glob("*.toml")))
def test_every_number_in_every_parameter_file_is_guarded_by_a_worked_example(bestand: str) -> None:
    """One test per file, so the files are checked side by side."""
    alle = [x for x in m.mutaties(bestanden=(bestand,)) if x.naam not in ONZICHTBAAR]
    niet_gezien = [str(x) for x in m.niet_gezien(m.controleer(alle))]
    assert not niet_gezien, (
        f"{len(niet_gezien)} of {len(alle)} changes are seen by no worked example (add one to tests/cases/):\n"
        + "\n".join(niet_gezien)
    )


@pytest.mark.lang(5)
@pytest.mark.parametrize("naam", sorted(ONZICHTBAAR))
def test_a_number_is_listed_as_invisible_only_while_its_change_survives(naam: str) -> None:
    """So the list cannot hide a gap that a new example closes. (Each change runs every example: the slow part.)"""
    gezien = [str(u.mutatie) for u in m.controleer([_een(naam, str(f)) for f in m.FACTOREN]) if u.vanger]
    assert not gezien, f"seen now, take it off ONZICHTBAAR: {gezien}"
