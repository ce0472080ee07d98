"""Saving the PDF at the edges: a name longer than a file system allows, a NUL in the name, `~` of a user that
does not exist, and the Documents folder where the desktop says it is (also a Dutch `Documenten`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from switchwijzer.afdruk import Schrijffout, als_pdf_pad, schrijf_atomisch, standaard_map

from .test_pdf import START_NOVEMBER

LANG = "é" * 130  # 260 bytes in UTF-8: one more than a file name may have (255 bytes)


@pytest.mark.parametrize(
    ("naam", "woorden"),
    [(LANG, "de naam is te lang"), ("a\x00b.pdf", "deze naam kan een bestand niet hebben")],
    ids=["langer dan 255 bytes", "een NUL-teken"],
)
def test_een_naam_die_geen_bestand_kan_zijn_is_een_melding(tmp_path: Path, naam: str, woorden: str) -> None:
    with pytest.raises(Schrijffout) as fout:
        schrijf_atomisch(als_pdf_pad(str(tmp_path / naam)), b"%PDF")
    assert woorden in str(fout.value)
    assert list(tmp_path.iterdir()) == [], "no temporary file left behind"


def test_tilde_van_een_onbekende_gebruiker_is_een_map_die_niet_bestaat() -> None:
    pad = als_pdf_pad("~gebruiker-die-er-niet-is/overzicht")
    assert str(pad) == "~gebruiker-die-er-niet-is/overzicht.pdf"
    with pytest.raises(Schrijffout, match="deze map bestaat niet"):
        schrijf_atomisch(pad, b"%PDF")


def test_bereken_pdf_met_een_te_lange_naam_geeft_exit_2(tmp_path: Path) -> None:
    import json

    res = subprocess.run([sys.executable, "-m", "switchwijzer", "bereken", "--pdf", str(tmp_path / LANG), "-"],
                         input=json.dumps(START_NOVEMBER).encode(), capture_output=True, timeout=120)
    fout = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in fout, fout
    assert "De PDF is niet opgeslagen" in fout and "de naam is te lang" in fout
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def thuis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / ".config").mkdir(mode=0o700)
    return tmp_path


@pytest.mark.parametrize("naam", ["Documenten", "Mijn papieren"])
def test_de_map_documenten_die_het_bureaublad_noemt(thuis: Path, naam: str) -> None:
    """The desktop names the folder in ~/.config/user-dirs.dirs (xdg-user-dirs): `Documenten` on a Dutch one, or
    any name a person chose. That one is used, also when there is a ~/Documents as well."""
    (thuis / naam).mkdir()
    (thuis / "Documents").mkdir()
    (thuis / ".config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="$HOME/{naam}"\n', encoding="utf-8")
    assert standaard_map() == thuis / naam


def test_zonder_map_documenten_de_thuismap(thuis: Path) -> None:
    assert standaard_map() == thuis
    (thuis / "Documents").mkdir()
    assert standaard_map() == thuis / "Documents"
