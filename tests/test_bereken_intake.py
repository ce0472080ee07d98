"""`switchwijzer bereken` with answers saved by the wizard (Ctrl+S): the same Situatie as the wizard makes, the
saved role for the text and the PDF (with the choices side by side), and one Dutch line when the answers are not
finished. It used to refuse such a file with "schema: dit veld kennen we niet"."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from switchwijzer.engine import bereken
from switchwijzer.intake import Intake, bewaar
from switchwijzer.uitleg.antwoorden import WEET_NIET, Antwoorden
from switchwijzer.uitleg.scenarios import Scenario

WAARDEN = {
    "leeftijd": Decimal(24),
    "woonsituatie": "alleen",
    "huurt": "ja",
    "huur": Decimal("650.50"),
    "uitkering": "bijstand",
    "vergoeding": WEET_NIET,
    "kwijtschelding": "ja",
    "financiering": "wmo",
    "andere_wmo_hulp": WEET_NIET,
    "einddatum": date(2027, 3, 1),
    "soort_werk": "beschut_werk",
    "uren": Decimal("12.5"),
    "begonnen": "nee",
    "start": date(2026, 5, 1),
    "loon": WEET_NIET,
    "reiskosten": Decimal(0),
    "urenbeperking": "nee",
    "advies": "ja",
    "gemeente": "Utrecht",
}


def _bewaard(pad: Path, rol: str = "ouder", **anders: object) -> Path:
    waarden = {k: v for k, v in {**WAARDEN, **anders}.items() if v is not None}
    return bewaar(Intake(rol=rol, peildatum=date(2026, 3, 1), waarden=waarden,
                         varianten=[Scenario(uren=Decimal(32))]), pad)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "switchwijzer", "bereken", *args], capture_output=True, timeout=60)


def test_bewaarde_antwoorden_geven_dezelfde_uitkomst_als_de_wizard(tmp_path: Path) -> None:
    pad = _bewaard(tmp_path / "intake.json")
    res = _run(str(pad))
    assert res.returncode == 0, res.stderr.decode()
    uitkomst = json.loads(res.stdout)
    wizard = Antwoorden(rol="ouder", peildatum=date(2026, 3, 1), waarden=dict(WAARDEN))
    verwacht = json.loads(bereken(wizard.situatie()).model_dump_json())
    assert uitkomst == verwacht


def test_de_tekst_is_voor_de_rol_van_de_bewaarde_antwoorden_tenzij_rol_anders_zegt(tmp_path: Path) -> None:
    pad = _bewaard(tmp_path / "intake.json", rol="ouder")
    assert "uw kind" in _run("--tekst", str(pad)).stdout.decode()
    assert "uw cliënt" in _run("--tekst", "--rol", "coach", str(pad)).stdout.decode()


def test_het_overzicht_van_bewaarde_antwoorden_heeft_de_keuzes_naast_elkaar(tmp_path: Path) -> None:
    from pypdf import PdfReader

    pad = _bewaard(tmp_path / "intake.json")
    res = _run("--pdf", str(tmp_path / "overzicht.pdf"), str(pad))
    assert res.returncode == 0, res.stderr.decode()
    tekst = " ".join(p.extract_text() for p in PdfReader(tmp_path / "overzicht.pdf").pages)
    assert "Keuzes naast elkaar" in tekst and "2 32 uur" in tekst


@pytest.mark.parametrize(("anders", "woorden"), [
    ({"gemeente": None}, "nog niet af"),
    ({"start": date(2026, 5, 1), "loon": "uurloon", "uurloon": Decimal("10")}, "minimumloon"),
])
def test_onafgemaakte_of_foute_antwoorden_zeggen_in_een_zin_wat_te_doen(
    tmp_path: Path, anders: dict, woorden: str
) -> None:
    pad = _bewaard(tmp_path / "intake.json", **anders)
    res = _run(str(pad))
    fout = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in fout
    assert woorden in fout and f"switchwijzer --open {pad}" in fout
    assert len(fout.strip().splitlines()) == 1, fout


def test_een_kapot_bestand_met_antwoorden_noemt_wat_er_mis_is(tmp_path: Path) -> None:
    pad = tmp_path / "kapot.json"
    pad.write_text(json.dumps({"schema": 3, "rol": "ouder"}), encoding="utf-8")
    res = _run(str(pad))
    fout = res.stderr.decode()
    assert res.returncode == 2 and "veranderd of kapot" in fout and "antwoorden" in fout, fout
