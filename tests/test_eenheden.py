"""The budgetcoach's rule lines name each parameter's unit in the reader's language (issue 21: no Dutch units in
the English coach view). The English is in content/teksten/eenheden.toml, keyed by the Dutch of the parameter files."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from switchwijzer.__main__ import main
from switchwijzer.paths import content_dir
from switchwijzer.uitleg.eenheden import BESTAND, engels
from switchwijzer.uitleg.teksten import lees_toml

SITUATIE = {
    # tests/cases/huurtoeslag_2026.toml, first row: bijstand at 30, rent 800, huurtoeslag 5.641 a year = 470 a month;
    # with work and a gemeente, so wage, tax, toeslagen and kwijtschelding lines read parameters too
    "peildatum": "2026-01-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
    "wonen": {"huurt": True, "kale_huur_per_maand": 800}, "dagbesteding": {"gemeente": "Westland"},
    "straks": {"soort_werk": "regulier", "uren_per_week": 20},
}


def _eenheden(data: object, pad: str = "") -> Iterator[tuple[str, str]]:
    """(pad, eenheid) of every parameter in a parameter file's tables."""
    if isinstance(data, dict):
        if isinstance(data.get("eenheid"), str):
            yield pad, data["eenheid"]
        for sleutel, waarde in data.items():
            yield from _eenheden(waarde, f"{pad}.{sleutel}" if pad else sleutel)


def test_elke_eenheid_in_elk_parameterbestand_heeft_engels() -> None:
    ontbreekt = []
    for bestand in sorted((content_dir() / "parameters").glob("*.toml")):
        with bestand.open("rb") as f:
            ontbreekt += [f"{bestand.name} {pad}: {eenheid!r}" for pad, eenheid in _eenheden(tomllib.load(f))
                          if not engels().get(eenheid, "").strip()]
    assert not ontbreekt, f"geen Engels in content/{BESTAND} voor:\n" + "\n".join(ontbreekt)


def test_elke_eenheid_staat_er_een_keer_en_wordt_gebruikt() -> None:
    """A Dutch unit listed twice would silently keep the last English; one no parameter file has left is dead text."""
    rijen = [rij["nl"] for rij in lees_toml(BESTAND)["eenheid"]]
    assert len(rijen) == len(set(rijen)), [nl for nl in rijen if rijen.count(nl) > 1]
    gebruikt = set()
    for bestand in (content_dir() / "parameters").glob("*.toml"):
        with bestand.open("rb") as f:
            gebruikt |= {eenheid for _, eenheid in _eenheden(tomllib.load(f))}
    assert set(rijen) <= gebruikt, set(rijen) - gebruikt


def _bereken(tmp_path: Path, capsys: pytest.CaptureFixture[str], *opties: str) -> str:
    situatie = tmp_path / "situatie.json"
    situatie.write_text(json.dumps(SITUATIE), encoding="utf-8")
    assert main([*opties[:2], "bereken", *opties[2:], str(situatie)]) == 0
    return capsys.readouterr().out


def _gebruikt(data: object) -> Iterator[dict]:
    """Every parameter a rule read, in `bereken`'s JSON (pad, eenheid, bron...)."""
    if isinstance(data, dict):
        if {"pad", "eenheid", "bron"} <= data.keys():
            yield data
        for waarde in data.values():
            yield from _gebruikt(waarde)
    elif isinstance(data, list):
        for waarde in data:
            yield from _gebruikt(waarde)


def _eenheid_op_regels(tekst: str, parameters: dict[str, set[tuple[str, str]]], vertaal: bool) -> set[str]:
    """The Dutch unit of every parameter line (`· pad = waarde eenheid (bron, datum)`), after checking that the
    line ends its value with that unit in the language asked (English when `vertaal`) and nothing else. A pad read
    in two periods may have two sources: the line's own is the one it names."""
    gezien = set()
    for regel in tekst.splitlines():
        regel = regel.strip()
        if not regel.startswith("· ") or " = " not in regel:
            continue
        [(eenheid, bron)] = [(e, b) for e, b in parameters[regel[2:].split(" = ")[0]] if f" ({b}, " in regel]
        verwacht = engels()[eenheid] if vertaal else eenheid
        assert regel.split(f" ({bron}, ")[0].endswith(f" {verwacht}"), (verwacht, regel)
        gezien.add(eenheid)
    return gezien


def test_de_coach_leest_in_het_engels_geen_nederlandse_eenheid(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    parameters: dict[str, set[tuple[str, str]]] = {}
    for p in _gebruikt(json.loads(_bereken(tmp_path, capsys))):
        parameters.setdefault(p["pad"], set()).add((p["eenheid"], p["bron"]))
    nederlands = _bereken(tmp_path, capsys, "--taal", "nl", "--tekst", "--rol", "coach")
    engelse = _bereken(tmp_path, capsys, "--taal", "en", "--tekst", "--rol", "coach")
    # the worked example's huurtoeslag (5.641 a year), so these are the lines of that example
    assert "5.641,00" in nederlands and "5,641.00" in engelse
    in_het_nederlands = _eenheid_op_regels(nederlands, parameters, vertaal=False)
    assert _eenheid_op_regels(engelse, parameters, vertaal=True) == in_het_nederlands
    assert len(in_het_nederlands) >= 15, in_het_nederlands
