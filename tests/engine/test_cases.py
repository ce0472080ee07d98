"""Worked examples from cited sources, as data files in tests/cases/ (one parametrised test)."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.regels import REGELS

CASES = sorted((Path(__file__).parents[1] / "cases").glob("*.toml"))
VERPLICHT = {"naam", "bron", "peildatum", "marge_euro", "soort", "invoer", "verwacht"}


def _lees(pad: Path) -> dict:
    return tomllib.loads(pad.read_text(encoding="utf-8"), parse_float=Decimal)


def _zoek(uitkomst, pad: str) -> Decimal | None:
    """`straks.regel.loon.bruto` -> the gross of the loon line of straks; other paths are attributes."""
    delen = pad.split(".")
    waarde = uitkomst
    i = 0
    while i < len(delen):
        deel = delen[i]
        if deel == "regel":
            waarde = waarde.regel(delen[i + 1])
            i += 2
            if i == len(delen):
                return waarde.bedrag
            continue
        waarde = getattr(waarde, deel)
        i += 1
    return waarde


def test_there_are_cases():
    assert len(CASES) >= 15


@pytest.mark.parametrize("pad", CASES, ids=[p.stem for p in CASES])
def test_case(pad: Path):
    case = _lees(pad)
    assert VERPLICHT <= case.keys(), f"{pad.name} mist {VERPLICHT - case.keys()}"
    assert len(case["bron"]) > 20, "cite the source precisely"
    peildatum = case["peildatum"]
    assert isinstance(peildatum, date)
    marge = Decimal(str(case["marge_euro"]))
    if case["soort"] == "regel":
        uit = REGELS[case["regel"]](peildatum=peildatum, **case["invoer"])
        gevonden = {sleutel: uit[sleutel] for sleutel in case["verwacht"]}
    else:
        invoer = {"peildatum": peildatum.isoformat(), **case["invoer"]}
        uitkomst = bereken(Situatie.model_validate(invoer))
        gevonden = {sleutel: _zoek(uitkomst, sleutel) for sleutel in case["verwacht"]}
    for sleutel, verwacht in case["verwacht"].items():
        assert abs(Decimal(str(gevonden[sleutel])) - Decimal(str(verwacht))) <= marge, (
            f"{case['naam']}: {sleutel} = {gevonden[sleutel]}, verwacht {verwacht} (marge {marge})"
        )
