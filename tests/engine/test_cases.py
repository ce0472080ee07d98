"""Worked examples from cited sources (tests/cases/*.toml), each through the whole engine."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from switchwijzer.engine import Situatie
from switchwijzer.engine.parameters import alle_periodes
from switchwijzer.foutmeldingen import beschrijf_fouten

from .werkvoorbeelden import Voorbeeld, alle, gelezen_parameters, uitkomst, zoek

VOORBEELDEN = alle()


def test_there_are_cases():
    assert len({v.bestand for v in VOORBEELDEN}) >= 15 and len(VOORBEELDEN) >= 70


@pytest.mark.parametrize("voorbeeld", VOORBEELDEN, ids=[v.naam for v in VOORBEELDEN])
def test_case(voorbeeld: Voorbeeld):
    if voorbeeld.weigering:
        with pytest.raises(ValidationError) as fout:
            Situatie.model_validate(voorbeeld.situatie)
        assert any(r.startswith(f"{voorbeeld.weigering}: ") for r in beschrijf_fouten(fout.value))
        return
    u = uitkomst(voorbeeld)
    for pad, verwacht in voorbeeld.verwacht.items():
        gevonden = zoek(u, pad)
        if isinstance(verwacht, Decimal | int) and not isinstance(verwacht, bool):
            assert gevonden is not None, f"{voorbeeld.naam}: {pad} is leeg"
            assert abs(Decimal(str(gevonden)) - Decimal(str(verwacht))) <= voorbeeld.marge, (
                f"{voorbeeld.naam}: {pad} = {gevonden}, verwacht {verwacht} (marge {voorbeeld.marge})"
            )
        else:
            assert gevonden == verwacht, f"{voorbeeld.naam}: {pad} = {gevonden!r}, verwacht {verwacht!r}"


def test_every_parameter_of_every_period_is_read_by_a_worked_example():
    """The engine's own trace says which parameter values a case read; each value in each file needs one."""
    gelezen: set[tuple[str, object]] = set()
    for voorbeeld in VOORBEELDEN:
        if not voorbeeld.weigering:
            gelezen |= gelezen_parameters(uitkomst(voorbeeld))
    ongelezen = sorted(
        f"{kop.geldig_vanaf}.toml: {pad}"
        for kop, waarden in alle_periodes()
        for pad, waarde in waarden.items()
        if (pad, waarde.geldig_vanaf) not in gelezen
    )
    assert not ongelezen, "no worked example reads:\n" + "\n".join(ongelezen)
