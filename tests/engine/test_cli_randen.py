"""`switchwijzer bereken` at the edges: a number of thousands of digits, and input with thousands of errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _run(invoer: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "switchwijzer", "bereken", *args, "-"],
                          input=invoer, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    "getal", ["9" * 5000, "1." + "0" * 5000, "1" * 31, "-" + "9" * 4400],
    ids=["5000 cijfers", "een kommagetal van 5000 cijfers", "31 cijfers", "negatief"],
)
def test_een_absurd_lang_getal_wordt_geweigerd_voor_het_lezen(getal: str) -> None:
    res = _run('{"leeftijd": 30, "wonen": {"huurt": true, "kale_huur_per_maand": ' + getal + "}}")
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert "te lang" in res.stderr and len(res.stderr) < 400
    assert "geen geldige JSON" not in res.stderr  # the number is what is wrong, not the JSON


def test_cijfers_in_een_tekst_zijn_geen_getal() -> None:
    res = _run(json.dumps({"leeftijd": 30, "dagbesteding": {"gemeente": "1" * 60}}))
    assert "te lang" not in res.stderr


def test_hoogstens_20_fouten_en_dan_en_nog_zoveel() -> None:
    invoer = {"leeftijd": 30, **{f"onbekend_{n}": n for n in range(5000)}}
    res = _run(json.dumps(invoer))
    assert res.returncode == 2 and "Traceback" not in res.stderr
    regels = res.stderr.strip().splitlines()
    assert regels[0] == "De invoer klopt niet:"
    assert [r for r in regels[1:-1] if r.startswith("- onbekend_")] == [f"- onbekend_{n}: dit veld kennen we niet" for n in range(20)]
    assert regels[-1] == "En nog 4980 andere fouten."
