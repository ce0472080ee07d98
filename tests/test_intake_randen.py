"""Saved intakes at the edges, tried as a new user and as an attacker would: a number of thousands of digits, a
FIFO or a device named `*.json`, two saves to the same name, a number the wizard wrote with a point, and a
folder that must know about the new file after a crash."""

from __future__ import annotations

import json
import os
import stat
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from switchwijzer import bestanden, i18n, intake
from switchwijzer.intake import Intake, IntakeFout, bewaar, bewaarde, lees

VOORBEELD = Intake(
    rol="coach",
    peildatum=date(2026, 3, 1),
    waarden={"leeftijd": Decimal("24"), "uren": Decimal("12.5")},
    getypt={"leeftijd": "24", "uren": "12,5"},
)
CIJFERS = "9" * 5000


@pytest.fixture(autouse=True)
def _nederlands():  # type: ignore[no-untyped-def]
    i18n.zet_taal("nl")
    yield
    i18n.zet_taal("nl")


def _geldig() -> dict:
    return json.loads(intake.als_tekst(VOORBEELD))


def _met(**antwoorden: object) -> str:
    gegevens = _geldig()
    gegevens["antwoorden"].update(antwoorden)
    return json.dumps(gegevens)


@pytest.mark.parametrize(
    "tekst",
    [
        json.dumps(_geldig()).replace(f'"schema": {intake.SCHEMA}', f'"schema": {CIJFERS}'),
        _met(kinderen={"waarde": [4]}).replace("[4]", f"[4, {CIJFERS}]"),
        _met(leeftijd={"waarde": 24}).replace('"waarde": 24', f'"waarde": {CIJFERS}'),
        _met(uren={"waarde": 12.5}).replace('"waarde": 12.5', f'"waarde": 1.{CIJFERS}'),
        _met(uren={"waarde": "12.5"}).replace('"waarde": "12.5"', f'"waarde": "{CIJFERS}"'),
    ],
    ids=["schema", "een leeftijd", "een heel getal", "een kommagetal", "een getal als tekst"],
)
def test_een_getal_van_duizenden_cijfers_geeft_een_melding(tmp_path: Path, tekst: str) -> None:
    pad = tmp_path / "groot.json"
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(IntakeFout, match="te lang") as fout:
        lees(pad)
    assert str(pad) in str(fout.value) and len(str(fout.value)) < 400
    [in_de_lijst] = bewaarde(tmp_path)  # the Ctrl+O list names it and does not stop
    assert in_de_lijst.fout is not None and "te lang" in in_de_lijst.fout


def test_een_lange_getypte_tekst_is_geen_getal(tmp_path: Path) -> None:
    """Digits inside a typed text are text: only numbers of the JSON itself are refused for their length."""
    pad = tmp_path / "getypt.json"
    pad.write_text(_met(uren={"getypt": "1" * 200}), encoding="utf-8")
    assert lees(pad).intake.getypt["uren"] == "1" * 200


def _leest_binnen(pad: Path, seconden: float = 10) -> tuple[bool, BaseException | None]:
    """Read `pad` in a thread; whether it came back in time, and what it raised. A reader that hangs on a FIFO is
    released by opening the other end, so the test process does not keep a stuck thread."""
    uitkomst: list[BaseException | None] = []

    def lees_het() -> None:
        try:
            lees(pad)
            uitkomst.append(None)
        except BaseException as fout:  # noqa: BLE001 - handed to the test, which checks what it is
            uitkomst.append(fout)

    draad = threading.Thread(target=lees_het, daemon=True)
    draad.start()
    draad.join(seconden)
    if draad.is_alive():
        os.close(os.open(pad, os.O_WRONLY | os.O_NONBLOCK))
        draad.join(seconden)
        return False, None
    return True, uitkomst[0]


def test_een_fifo_met_de_naam_json_laat_niet_wachten(tmp_path: Path) -> None:
    fifo = tmp_path / "intake-2026-05-10-1403.json"
    os.mkfifo(fifo)
    op_tijd, fout = _leest_binnen(fifo)
    assert op_tijd, "lees() wachtte op een FIFO"
    assert isinstance(fout, IntakeFout) and "geen gewoon bestand" in str(fout)
    [in_de_lijst] = bewaarde(tmp_path)
    assert in_de_lijst.fout is not None and "geen gewoon bestand" in in_de_lijst.fout


@pytest.mark.parametrize("apparaat", ["/dev/zero", "/dev/null"])
def test_een_apparaat_met_de_naam_json_is_geen_intake(tmp_path: Path, apparaat: str) -> None:
    link = tmp_path / "intake.json"
    link.symlink_to(apparaat)
    with pytest.raises(IntakeFout, match="geen gewoon bestand"):
        lees(link)


def test_twee_keer_bewaren_onder_dezelfde_naam_overschrijft_niet_stil(tmp_path: Path) -> None:
    """Two wizards (two terminals, two browser tabs) that propose the same free name in the same minute: the
    second save must not replace the first client's answers without asking."""
    pad = intake.nieuw_pad(tmp_path)
    assert intake.nieuw_pad(tmp_path) == pad  # both proposals are the same free name
    bewaar(VOORBEELD, pad, nieuw=True)
    ander = Intake(rol="ouder", peildatum=date(2026, 3, 1), waarden={"leeftijd": Decimal("31")})
    with pytest.raises(IntakeFout, match="bestaat al") as fout:
        bewaar(ander, pad, nieuw=True)
    assert "antwoorden zijn er nog" in str(fout.value)
    assert lees(pad).intake.rol == "coach"
    assert [p.name for p in tmp_path.iterdir()] == [pad.name]  # no temporary file left behind
    bewaar(ander, pad)  # saving again to the file one opened or chose to replace is what Ctrl+S does
    assert lees(pad).intake.rol == "ouder"


def test_na_het_neerzetten_wordt_ook_de_map_naar_schijf_geschreven(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.replace changes the folder; without an fsync of the folder a power cut can lose the new name."""
    echte_fsync = os.fsync
    gezien: list[str] = []

    def fsync(fd: int) -> None:
        gezien.append("map" if stat.S_ISDIR(os.fstat(fd).st_mode) else "bestand")
        echte_fsync(fd)

    monkeypatch.setattr(bestanden.os, "fsync", fsync)
    bewaar(VOORBEELD, tmp_path / "a.json")
    assert gezien == ["bestand", "map"]
    gezien.clear()
    bewaar(VOORBEELD, tmp_path / "b.json", nieuw=True)
    assert gezien == ["bestand", "map"]


def test_het_aantal_uren_na_plus_wordt_met_een_komma_bewaard_en_oude_bestanden_worden_goed_gelezen(
    tmp_path: Path,
) -> None:
    """Before, `+` on the answer kept '13.5' as the typed text; the field then refused it ("Gebruik een komma").
    A file that holds it opens with '13,5' in the field."""
    pad = tmp_path / "oud.json"
    pad.write_text(_met(uren={"waarde": "13.5", "getypt": "13.5"}, maanden={"waarde": "3", "getypt": "3.0"}),
                   encoding="utf-8")
    geopend = lees(pad).intake
    assert geopend.waarden["uren"] == Decimal("13.5") and geopend.getypt["uren"] == "13,5"
    assert geopend.getypt["maanden"] == "3.0"  # not the stored value's own text: kept as typed
