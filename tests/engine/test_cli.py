"""`switchwijzer bereken`: the JSON contract, as other programs use it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

VOORBEELD = {
    "peildatum": "2026-07-01", "leeftijd": 24,
    "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [5, 13], "kostendelers_27_plus": 0,
                   "partner_netto_per_maand": 0},
    "wonen": {"huurt": True, "kale_huur_per_maand": 650},
    "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 0},
    "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24, "uurloon": None, "netto_loon_per_maand": None,
               "loonwaarde_procent": None, "maand_sinds_start": 1, "medisch_urenbeperkt": False},
}


def _run(invoer: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "switchwijzer", "bereken", *args, "-"],
        input=invoer, capture_output=True, text=True, timeout=60,
    )


def test_json_in_json_out_with_the_stable_keys():
    res = _run(json.dumps(VOORBEELD))
    assert res.returncode == 0, res.stderr
    uit = json.loads(res.stdout)
    for sleutel in ("verschil_per_maand", "uren_reeks", "omslagpunt_uren", "signalen"):
        assert sleutel in uit
    for kant in ("nu", "straks"):
        assert "totaal" in uit[kant]
        namen = {r["naam"] for r in uit[kant]["regels"]}
        assert {"loon", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget"} <= namen
        for regel in uit[kant]["regels"]:
            assert {"naam", "bedrag", "regel", "bron"} <= regel.keys()
    assert [p["uren"] for p in uit["uren_reeks"]] == list(range(41))


@pytest.mark.parametrize(
    ("invoer", "veld"),
    [
        ('{"leeftijd": 12}', "leeftijd"),
        ('{"leeftijd": 30, "straks": {"uren_per_week": 90}}', "straks.uren_per_week"),
        ('{"leeftijd": 30, "wonen": {"huurt": true, "kale_huur_per_maand": 30000}}', "wonen.kale_huur_per_maand"),
        ('{"leeftijd": "dertig"}', "leeftijd"),
        ('{"leeftijd": 30, "nu": {"uitkering": "pensioen"}}', "nu.uitkering"),
        ("geen json", "invoer"),
    ],
)
def test_invalid_input_gives_exit_2_and_a_dutch_message_per_field(invoer, veld):
    res = _run(invoer)
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert "De invoer klopt niet" in res.stderr
    assert f"- {veld}:" in res.stderr


def test_missing_file_is_a_dutch_message(tmp_path):
    res = subprocess.run(
        [sys.executable, "-m", "switchwijzer", "bereken", str(tmp_path / "weg.json")],
        capture_output=True, text=True, timeout=60,
    )
    assert res.returncode == 2
    assert "Kan het bestand niet lezen" in res.stderr
