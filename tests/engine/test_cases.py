"""Worked examples from cited sources (tests/cases/*.toml), each through the whole engine."""

from __future__ import annotations

import unicodedata

import pytest

from switchwijzer.engine.parameters import alle_periodes

from .werkvoorbeelden import Voorbeeld, afwijking, alle, gelezen_parameters, uitkomst

VOORBEELDEN = alle()


def _ascii(naam: str) -> str:
    """The case's name as its test id, in ASCII: pytest writes other characters escaped (`\\u20ac`), and mutmut
    (tests/engine/mutatie.py) cannot select such a test again, so its mutants were never tested."""
    return unicodedata.normalize("NFKD", naam.replace("€", "EUR")).encode("ascii", "ignore").decode()


def test_there_are_cases():
    assert len({v.bestand for v in VOORBEELDEN}) >= 15 and len(VOORBEELDEN) >= 70


@pytest.mark.parametrize("voorbeeld", VOORBEELDEN, ids=[_ascii(v.naam) for v in VOORBEELDEN])
def test_case(voorbeeld: Voorbeeld):
    fout = afwijking(voorbeeld)
    assert fout is None, fout


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
