"""`content/` and `locale/` live at the repository root and must ship inside a regular install.

The tests run on the editable install of this checkout (tests/conftest.py stops the run otherwise), so this file
builds the wheel itself, unpacks it in a folder of its own and runs the program from there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from switchwijzer.paths import content_dir, locale_dir

CHECKOUT = Path(__file__).resolve().parents[1]
SITUATIE = {"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
            "straks": {"soort_werk": "beschut_werk", "uren_per_week": 16}}


@pytest.fixture(scope="module")
def geinstalleerd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built by the same backend as `pip install .` (hatchling, here from the test
    dependencies, so no network is needed) and unpacked without its dependencies (those are in this .venv already):
    a folder that holds only what a regular install holds."""
    wielen = tmp_path_factory.mktemp("wiel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--wheel-dir",
                    str(wielen), str(CHECKOUT)], check=True, capture_output=True, timeout=300)
    doel = tmp_path_factory.mktemp("site")
    [wiel] = wielen.glob("switchwijzer-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(doel), str(wiel)],
                   check=True, capture_output=True, timeout=300)
    return doel


def _uit_wiel(map_: Path, *args: str, invoer: str = "") -> str:
    """Run Python with the unpacked wheel first on the path, from a folder outside the checkout."""
    omgeving = {**os.environ, "PYTHONPATH": str(map_)}
    klaar = subprocess.run([sys.executable, *args], input=invoer, capture_output=True, text=True, cwd=map_.parent,
                           env=omgeving, timeout=120, check=True)
    return klaar.stdout


@pytest.mark.lang(15)
def test_the_wheel_carries_content_and_locale_inside_the_package(geinstalleerd: Path) -> None:
    gevonden = json.loads(_uit_wiel(geinstalleerd, "-c", (
        "import json, switchwijzer; from switchwijzer.paths import content_dir, locale_dir; "
        "print(json.dumps([switchwijzer.__file__, str(content_dir()), str(locale_dir())]))"
    )))
    pakket = geinstalleerd / "switchwijzer"
    assert gevonden == [str(pakket / "__init__.py"), str(pakket / "content"), str(pakket / "locale")]
    assert sorted(p.name for p in (pakket / "content" / "parameters").glob("*.toml")) == sorted(
        p.name for p in (CHECKOUT / "content" / "parameters").glob("*.toml"))
    assert (pakket / "locale" / "en" / "LC_MESSAGES" / "switchwijzer.mo").is_file()


@pytest.mark.lang(15)
def test_the_installed_program_computes_and_speaks_english_from_the_wheel(geinstalleerd: Path) -> None:
    invoer = json.dumps(SITUATIE)
    uitkomst = json.loads(_uit_wiel(geinstalleerd, "-m", "switchwijzer", "bereken", "-", invoer=invoer))
    assert uitkomst["berekend"] and uitkomst["parameters_geldig_vanaf"] == "2026-07-01"
    assert "per month" in _uit_wiel(geinstalleerd, "-m", "switchwijzer", "--taal", "en", "bereken", "--tekst", "-",
                                    invoer=invoer)


def test_the_data_folders_are_found_from_here():
    assert (content_dir() / "parameters").is_dir()
    assert locale_dir().is_dir()


def test_a_broken_content_file_names_the_line_and_suggests_undoing_an_edit(tmp_path) -> None:
    from switchwijzer.installatie import InstallatieFout, _lees_toml

    bestand = tmp_path / "gemeenten.toml"
    bestand.write_text('[utrecht]\nnaam = "Utrecht"\nvrijlating = \n', encoding="utf-8")
    with pytest.raises(InstallatieFout) as fout:
        _lees_toml(bestand)
    assert "is beschadigd (regel 3)" in str(fout.value)
    assert "zet de oude versie terug" in str(fout.value)


def test_ci_runs_the_readme_test_command_as_written() -> None:
    """A fresh machine and CI install and test the same way: the README's test line is the last line of .ci/run."""
    readme = (CHECKOUT / "README.md").read_text(encoding="utf-8")
    [testregel] = [r for r in readme.splitlines() if r.startswith("python3 -m venv") and "pytest" in r]
    assert 'pip install -e ".[test]"' in testregel
    ci = (CHECKOUT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == testregel
