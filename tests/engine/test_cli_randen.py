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
    verwacht = [f"- onbekend_{n}: dit veld kennen we niet" for n in range(20)]
    assert [r for r in regels[1:-1] if r.startswith("- onbekend_")] == verwacht
    assert regels[-1] == "En nog 4980 andere fouten."


@pytest.fixture
def kapotte_regelingen(tmp_path, monkeypatch):
    """content/regelingen with one file that is no TOML, for this test only (the engine's caches forget it after)."""
    from switchwijzer.engine import gemeente

    map_ = tmp_path / "regelingen"
    map_.mkdir()
    (map_ / "beuningen.toml").write_text('gemeenten = ["Beuningen"\n', encoding="utf-8")
    monkeypatch.setattr(gemeente, "regelingen_map", lambda: map_)
    gemeente.namen_per_bestand.cache_clear()
    gemeente._sleutels.cache_clear()
    yield map_ / "beuningen.toml"
    gemeente.namen_per_bestand.cache_clear()
    gemeente._sleutels.cache_clear()


def _in_proces(situatie: dict, tmp_path, capsys) -> tuple[int, str, str]:
    from switchwijzer.cli import bereken_opdracht

    bestand = tmp_path / "situatie.json"
    bestand.write_text(json.dumps(situatie), encoding="utf-8")
    code = bereken_opdracht(str(bestand))
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_zonder_gemeente_leest_bereken_de_gemeenten_niet(kapotte_regelingen, tmp_path, capsys) -> None:
    """The names of the gemeenten are 33 files: a situation without a gemeente does not need them (a faster start)."""
    code, uit, fout = _in_proces({"leeftijd": 30, "nu": {"uitkering": "bijstand"}}, tmp_path, capsys)
    assert code == 0 and json.loads(uit)["nu"]["totaal"], fout


def test_met_gemeente_noemt_bereken_het_kapotte_bestand(kapotte_regelingen, tmp_path, capsys) -> None:
    code, uit, fout = _in_proces({"leeftijd": 30, "nu": {"uitkering": "bijstand"},
                                  "dagbesteding": {"gemeente": "Beuningen"}}, tmp_path, capsys)
    assert code == 1 and uit == "", fout
    assert str(kapotte_regelingen) in fout and "Switchwijzer kan niet starten" in fout and "Traceback" not in fout
