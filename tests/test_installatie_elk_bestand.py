"""A damaged install names the damaged file, for every file under content/ and locale/: removed, cut short and
emptied, for the wizard's start and for `switchwijzer bereken` (JSON and --tekst). Never a traceback.

A copy of the checkout (src/, content/, locale/) is damaged one file at a time by tests/installatie_schade.py;
the program reads the copy's data folders as an install would. Documentation next to the data (README.md, the
.po/.pot sources of the catalogs) is not read: damaging it changes nothing, which is checked too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from switchwijzer import installatie
from switchwijzer.paths import content_dir, locale_dir

HIER = Path(__file__).parent
SRC = Path(installatie.__file__).parents[1]
NIET_GELEZEN = {
    "content/regelingen/README.md", "locale/README.md", "locale/switchwijzer.pot",
    "locale/en/LC_MESSAGES/switchwijzer.po", "locale/nl/LC_MESSAGES/switchwijzer.po",
}
"""Files next to the data that the program never reads: notes for whoever edits the data, and the catalogs' sources."""
SITUATIE = {"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
            "dagbesteding": {"gemeente": "Beuningen"}, "straks": {"soort_werk": "regulier", "uren_per_week": 20}}


def _in_de_repository(map_: Path, naam: str) -> set[str]:
    return {f"{naam}/{p.relative_to(map_)}" for p in map_.rglob("*") if p.is_file()}


def test_de_lijst_van_de_installatie_noemt_elk_bestand_dat_gelezen_wordt() -> None:
    """A new content file must be in content/inhoud.toml, or its absence would go unnoticed; a file that is gone
    must leave the list."""
    gelezen = _in_de_repository(content_dir(), "content") | _in_de_repository(locale_dir(), "locale")
    gelezen -= NIET_GELEZEN
    verwacht = {f"content/{r}" for r in installatie.inhoud()}
    verwacht |= {f"locale/{t}/LC_MESSAGES/switchwijzer.mo" for t in installatie.CATALOGI}
    assert gelezen == verwacht, "zet een nieuw bestand in content/inhoud.toml (of haal een verdwenen bestand eruit)"


@pytest.fixture(scope="module")
def uitkomsten(tmp_path_factory: pytest.TempPathFactory) -> dict:
    kopie = tmp_path_factory.mktemp("installatie")
    shutil.copytree(SRC, kopie / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(content_dir(), kopie / "content")
    shutil.copytree(locale_dir(), kopie / "locale")
    situatie = kopie / "situatie.json"
    situatie.write_text(json.dumps(SITUATIE), encoding="utf-8")
    omgeving = {**os.environ, "PYTHONPATH": str(kopie / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    res = subprocess.run([sys.executable, str(HIER / "installatie_schade.py"), str(kopie), str(situatie)],
                         capture_output=True, text=True, env=omgeving, timeout=600)
    assert res.returncode == 0, res.stderr
    uit = json.loads(res.stdout)
    uit["kopie"] = str(kopie)
    return uit


def _geen_traceback(run: dict) -> None:
    assert "Traceback" not in run["fout"] and "Error" not in run["fout"], run["fout"]


@pytest.mark.lang(40)
def test_elk_bestand_weg_kapot_of_leeg_wordt_bij_naam_genoemd(uitkomsten: dict) -> None:
    kopie = uitkomsten["kopie"]
    heel = uitkomsten["heel"]
    assert heel["wizard"]["code"] == 0 and heel["bereken"]["code"] == 0 and heel["tekst"]["code"] == 0, heel
    assert json.loads(heel["bereken"]["uit"])["straks"]["totaal"] and "Beuningen" in heel["tekst"]["uit"]
    beschadigd = {k: v for k, v in uitkomsten.items() if k not in ("heel", "kopie")}
    gedekt = {sleutel.split()[0] for sleutel in beschadigd}
    assert gedekt >= installatie_bestanden(), "every file was damaged"
    fout: list[str] = []
    for sleutel, runs in beschadigd.items():
        relatief = sleutel.split()[0]
        for soort, run in runs.items():
            _geen_traceback(run)
            if relatief in NIET_GELEZEN:
                if run["code"] != 0 or run["uit"] != heel[soort]["uit"]:
                    fout.append(f"{sleutel} / {soort}: not read, so nothing may change ({run['code']}: {run['fout']})")
                continue
            genoemd = f"{kopie}/{relatief}" in run["fout"] and "Switchwijzer kan niet starten" in run["fout"]
            if soort == "bereken" and run["code"] == 0 and run["uit"] == heel[soort]["uit"]:
                continue  # the JSON command does not read this file and computes as before
            if run["code"] != 1 or not genoemd or run["fout"].count("\n") > 1:
                fout.append(f"{sleutel} / {soort}: {run['code']} {run['fout'][:300]!r}")
    assert not fout, "\n".join(fout)


def installatie_bestanden() -> set[str]:
    return (
        _in_de_repository(content_dir(), "content") | _in_de_repository(locale_dir(), "locale") | {"content", "locale"}
    )


def test_een_verkeerde_waarde_in_een_van_veel_bestanden_noemt_dat_bestand(tmp_path: Path) -> None:
    """TOML that parses but does not fit (a status typed by hand): the loader of the whole folder fails, and each
    file is then read alone to name the one."""
    from switchwijzer.guidance.regelingen import regelingen_uit

    bestanden = [tmp_path / "beuningen.toml", tmp_path / "westland.toml"]
    for pad in bestanden:
        shutil.copy(content_dir() / "regelingen" / pad.name, pad)
    tekst = bestanden[1].read_text(encoding="utf-8")
    assert 'status = "vastgesteld"' in tekst
    bestanden[1].write_text(tekst.replace('status = "vastgesteld"', 'status = "zeker"', 1), encoding="utf-8")
    with pytest.raises(installatie.InstallatieFout) as fout:
        installatie._laadt(bestanden, lambda: [regelingen_uit(p) for p in bestanden], regelingen_uit)
    assert fout.value.bestand == str(bestanden[1]) and "klopt niet" in str(fout.value)
