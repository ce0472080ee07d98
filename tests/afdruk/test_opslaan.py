"""Saving the PDF: atomically, over an existing file, and a bad place is one Dutch message (exit 2 on the
command line), never a traceback and never half a file."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from switchwijzer import bestanden
from switchwijzer.afdruk import Schrijffout, als_pdf_pad, bestand, bestandsnaam, schrijf_atomisch

from .test_pdf import START_NOVEMBER


def test_schrijft_en_overschrijft_zonder_tijdelijke_bestanden(tmp_path: Path) -> None:
    doel = tmp_path / "overzicht.pdf"
    doel.write_bytes(b"oud")
    assert schrijf_atomisch(doel, b"%PDF-nieuw") == doel
    assert doel.read_bytes() == b"%PDF-nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]


@pytest.mark.parametrize(
    ("pad", "woorden"),
    [("weg/overzicht.pdf", "deze map bestaat niet"), (".", "dit is een map"), ("", "dit is een map")],
    ids=["map bestaat niet", "een map", "leeg"],
)
def test_een_slechte_plek_is_een_nederlandse_melding(tmp_path: Path, pad: str, woorden: str) -> None:
    with pytest.raises(Schrijffout) as fout:
        schrijf_atomisch(tmp_path / pad if pad else Path(""), b"%PDF")
    assert "De PDF is niet opgeslagen" in str(fout.value) and woorden in str(fout.value)


def test_geen_schrijfrecht(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def mag_niet(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(bestanden.tempfile, "mkstemp", mag_niet)  # as root, chmod would not stop us
    with pytest.raises(Schrijffout, match="bewaren in deze map mag niet"):
        schrijf_atomisch(tmp_path / "x.pdf", b"%PDF")


def test_een_volle_schijf_laat_geen_half_bestand_achter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doel = tmp_path / "overzicht.pdf"
    doel.write_bytes(b"oud")

    def vol(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bestand.os, "replace", vol)
    with pytest.raises(Schrijffout, match="de schijf is vol"):
        schrijf_atomisch(doel, b"%PDF-nieuw")
    assert doel.read_bytes() == b"oud", "the old file stays whole"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"], "the temporary file is removed"


def test_naam_en_plek_van_het_voorstel(tmp_path: Path) -> None:
    assert bestandsnaam(date(2027, 3, 1)) == "switchwijzer-overzicht-2027-03.pdf"
    assert als_pdf_pad(str(tmp_path / "brief")) == tmp_path / "brief.pdf"
    assert als_pdf_pad(str(tmp_path / "Brief.PDF")) == tmp_path / "Brief.PDF"
    assert als_pdf_pad(str(tmp_path)) == tmp_path, "a folder stays a folder, so saving can say it is one"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "switchwijzer", *args], input=json.dumps(START_NOVEMBER).encode(),
                          capture_output=True, timeout=120)


def test_bereken_pdf_schrijft_het_overzicht_voor_de_rol(tmp_path: Path) -> None:
    from pypdf import PdfReader

    res = _run("bereken", "--pdf", str(tmp_path / "overzicht.pdf"), "--rol", "ouder", "-")
    fout = res.stderr.decode()
    assert res.returncode == 0, fout
    assert "Het overzicht staat in:" in fout and str(tmp_path / "overzicht.pdf") in fout
    assert res.stdout == b"", "with only --pdf, nothing else is printed"
    tekst = PdfReader(tmp_path / "overzicht.pdf").pages[0].extract_text()
    assert tekst.startswith("Overzicht voor uw kind")


@pytest.mark.parametrize(
    ("doel", "woorden"),
    [("weg/overzicht.pdf", "deze map bestaat niet"), (".", "dit is een map, geen bestand")],
    ids=["map bestaat niet", "een map"],
)
def test_bereken_pdf_op_een_slechte_plek_geeft_exit_2(tmp_path: Path, doel: str, woorden: str) -> None:
    res = _run("bereken", "--pdf", str(tmp_path / doel), "-")
    fout = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in fout, fout
    assert "De PDF is niet opgeslagen" in fout and woorden in fout
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob(".switchwijzer-*"))
