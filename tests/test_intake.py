"""Saved intakes: the round trip, an atomic write that keeps the old file whole, every bad file with a clear
message that leaves the file as it was, and the migration from the first draft format."""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from switchwijzer import i18n, intake
from switchwijzer.intake import Intake, IntakeFout, bewaar, bewaarde, lees
from switchwijzer.uitleg.scenarios import Scenario

VOORBEELD = Intake(
    rol="ouder",
    peildatum=date(2026, 3, 1),
    waarden={
        "leeftijd": Decimal("24"), "woonsituatie": "kinderen", "kinderen": [4, 9], "huurt": "ja",
        "huur": Decimal("650.50"), "start": date(2027, 3, 1), "einddatum": date(2028, 1, 31),
        "loon": intake.WEET_NIET, "gemeente": "'s-Hertogenbosch",
    },
    getypt={"leeftijd": "24", "huur": "650,50", "uren": "12,5 uur?"},
)


@pytest.fixture(autouse=True)
def _nederlands():  # type: ignore[no-untyped-def]
    i18n.zet_taal("nl")
    yield
    i18n.zet_taal("nl")


def _schrijf(pad: Path, gegevens: object) -> Path:
    pad.write_text(json.dumps(gegevens), encoding="utf-8")
    return pad


def _geldig() -> dict:
    return json.loads(intake.als_tekst(VOORBEELD))


def test_bewaren_en_openen_geeft_dezelfde_antwoorden(tmp_path: Path) -> None:
    pad = bewaar(VOORBEELD, tmp_path / "a.json")
    terug = lees(pad)
    assert terug.oud_schema is None
    assert (terug.intake.rol, terug.intake.peildatum) == (VOORBEELD.rol, VOORBEELD.peildatum)
    assert terug.intake.waarden == VOORBEELD.waarden
    assert terug.intake.getypt == VOORBEELD.getypt
    assert terug.intake.app_versie == intake.__version__
    assert terug.intake.opgeslagen is not None


def test_het_bestand_heeft_een_schemaversie_en_geen_persoonsgegevens(tmp_path: Path) -> None:
    gegevens = json.loads(bewaar(VOORBEELD, tmp_path / "a.json").read_text(encoding="utf-8"))
    assert gegevens["schema"] == intake.SCHEMA == 3
    assert set(gegevens) == {"schema", "opgeslagen", "app_versie", "rol", "peildatum", "antwoorden", "vergelijk"}
    assert gegevens["antwoorden"]["huur"] == {"waarde": "650.50", "getypt": "650,50"}
    tekst = json.dumps(gegevens).lower()
    assert "naam" not in tekst and "bsn" not in tekst


def test_geen_vraag_naar_naam_of_bsn() -> None:
    ids = " ".join(v.id + " " + (v.veld or "") for v in intake.vragen()).lower()
    assert "naam" not in ids and "bsn" not in ids


def test_standaardmap_volgt_de_omgevingsvariabele(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWITCHWIJZER_DATA", str(tmp_path))
    eerste = bewaar(VOORBEELD, intake.nieuw_pad())
    tweede = intake.nieuw_pad()
    assert eerste.parent == tweede.parent == tmp_path / "intakes"
    assert eerste != tweede and eerste.name.startswith("intake-")
    assert (eerste.stat().st_mode & 0o777) == 0o600


def test_lijst_nieuwste_eerst_met_rol_en_gemeente_en_kapotte_bestanden_apart(tmp_path: Path) -> None:
    oud, nieuw = _geldig(), _geldig()
    oud["opgeslagen"], nieuw["opgeslagen"] = "2026-01-05T10:00:00+01:00", "2026-02-05T10:00:00+01:00"
    nieuw["rol"] = "coach"
    _schrijf(tmp_path / "oud.json", oud)
    _schrijf(tmp_path / "nieuw.json", nieuw)
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    (tmp_path / "iets.txt").write_text("geen intake", encoding="utf-8")
    lijst = bewaarde(tmp_path)
    goed = [b for b in lijst if b.fout is None]
    assert [b.pad.name for b in goed] == ["nieuw.json", "oud.json"]
    assert goed[0].rol == "coach" and goed[0].gemeente == "'s-Hertogenbosch"
    assert [b.pad.name for b in lijst if b.fout] == ["kapot.json"]


def test_atomisch_schrijven_laat_het_oude_bestand_heel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pad = bewaar(VOORBEELD, tmp_path / "a.json")
    voor = pad.read_bytes()

    def kapot(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(intake.os, "replace", kapot)
    ander = Intake(rol="coach", peildatum=date(2026, 3, 1), waarden={"leeftijd": Decimal("30")})
    with pytest.raises(IntakeFout, match="schijf is vol") as fout:
        bewaar(ander, pad)
    assert "antwoorden zijn er nog" in str(fout.value)
    assert pad.read_bytes() == voor
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # no temporary file left behind


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write in a read-only folder")
def test_schrijven_in_een_map_zonder_rechten_geeft_een_melding(tmp_path: Path) -> None:
    map_ = tmp_path / "dicht"
    map_.mkdir()
    pad = bewaar(VOORBEELD, map_ / "a.json")
    voor = pad.read_bytes()
    map_.chmod(0o500)
    try:
        with pytest.raises(IntakeFout, match="toestemming"):
            bewaar(VOORBEELD, pad)
    finally:
        map_.chmod(0o700)
    assert pad.read_bytes() == voor


def test_bewaren_op_een_map_geeft_een_melding(tmp_path: Path) -> None:
    with pytest.raises(IntakeFout, match="map, geen bestand"):
        bewaar(VOORBEELD, tmp_path)


def _fout_bij(pad: Path) -> str:
    voor = pad.read_bytes() if pad.is_file() else None
    with pytest.raises(IntakeFout) as fout:
        lees(pad)
    if voor is not None:
        assert pad.read_bytes() == voor, "a failed open changed the file"
    return str(fout.value)


def _vast() -> dict:
    """A valid file with a fixed save time: the cases below are test ids, and parallel workers (pytest-xdist)
    must all collect the same ids, so nothing in them may depend on the clock."""
    gegevens = _geldig()
    gegevens["opgeslagen"] = "2026-01-05T10:00:00+01:00"
    return gegevens


def _met(**wijziging: object) -> dict:
    gegevens = _vast()
    gegevens.update(wijziging)
    return gegevens


def _met_antwoord(vraag: str, antwoord: object) -> dict:
    gegevens = _vast()
    gegevens["antwoorden"][vraag] = antwoord
    return gegevens


@pytest.mark.parametrize(
    ("inhoud", "woorden"),
    [
        (b"{" + b" " * intake.MAX_BYTES + b"}", "te groot"),
        ("{\"schema\": 2, \"rol\": \"caf\xe9\"}".encode("latin-1"), "tekens die we niet kunnen lezen"),
        (b"\xff\xfe{\x00}\x00", "tekens die we niet kunnen lezen"),
        (b"schema: 2", "vorm klopt niet"),
        (b"[" * 100_000, "vorm klopt niet"),
        (b"[1, 2]", "geen bewaarde antwoorden van"),
        (json.dumps({"peildatum": "2026-07-01", "leeftijd": 24}).encode(), "geen bewaarde antwoorden van"),
        (json.dumps(_met(schema=True)).encode(), "geen bewaarde antwoorden van"),
        (json.dumps(_met(schema=0)).encode(), "geen bewaarde antwoorden van"),
        (json.dumps(_met(schema=intake.SCHEMA + 1)).encode(), "nieuwere Switchwijzer"),
        (json.dumps(_met(rol="baas")).encode(), "rol baas"),
        (json.dumps(_met(rol="baas\x1b[31m")).encode(), "baas\\x1b[31m"),
        (json.dumps(_met(naam="Jan")).encode(), "naam: dit veld kennen we niet"),
        (json.dumps(_met(peildatum="morgen")).encode(), "peildatum"),
        (json.dumps(_met_antwoord("lengte", {"waarde": "180"})).encode(), "geen vraag lengte"),
        (json.dumps(_met_antwoord("woonsituatie", {"waarde": "kasteel"})).encode(), "keuze kasteel bestaat niet"),
        (json.dumps(_met_antwoord("woonsituatie", {"waarde": 3})).encode(), "keuze 3 bestaat niet"),
        (json.dumps(_met_antwoord("leeftijd", {"waarde": "oud"})).encode(), "getal"),
        (json.dumps(_met_antwoord("leeftijd", {"waarde": "24.5"})).encode(), "heel getal"),
        (json.dumps(_met_antwoord("leeftijd", {"waarde": "900"})).encode(), "te hoog of te laag"),
        (json.dumps(_met_antwoord("leeftijd", {"waarde": "weet_niet"})).encode(), "Weet ik niet"),
        (json.dumps(_met_antwoord("start", {"waarde": "2027-03-15"})).encode(), "eerste dag van een maand"),
        (json.dumps(_met_antwoord("einddatum", {"waarde": "31-01-2028"})).encode(), "datum"),
        (json.dumps(_met_antwoord("kinderen", {"waarde": [4, 400]})).encode(), "leeftijd"),
        (json.dumps(_met_antwoord("gemeente", {"waarde": "x" * 81})).encode(), "te lang"),
        (json.dumps(_met_antwoord("gemeente", {"waarde": "Ede\x1b]0;hoi\x07"})).encode(), "tekens die we niet kunnen"),
        (json.dumps(_met_antwoord("uren", {"waarde": None, "getypt": "12\n"})).encode(), "tekens die we niet kunnen"),
        (json.dumps(_met_antwoord("leeftijd", {"waarde": "24", "bsn": "1"})).encode(), "dit veld kennen we niet"),
    ],
)
def test_een_slecht_bestand_geeft_een_duidelijke_melding_en_blijft_zoals_het_was(
    tmp_path: Path, inhoud: bytes, woorden: str
) -> None:
    pad = tmp_path / "intake.json"
    pad.write_bytes(inhoud)
    melding = _fout_bij(pad)
    assert woorden in melding
    assert str(pad) in melding
    assert "Traceback" not in melding and "\x1b" not in melding


def test_een_bestand_dat_er_niet_is_of_een_map(tmp_path: Path) -> None:
    assert "bestaat niet" in _fout_bij(tmp_path / "weg.json")
    assert "map, geen bestand" in _fout_bij(tmp_path)


def test_een_bestandsnaam_met_stuurtekens_wordt_zichtbaar_getoond(tmp_path: Path) -> None:
    melding = _fout_bij(tmp_path / "a\x1b[2Jb.json")
    assert "a\\x1b[2Jb.json" in melding and "\x1b" not in melding


def test_meldingen_in_het_engels_als_de_app_engels_is(tmp_path: Path) -> None:
    i18n.zet_taal("en")
    assert "does not exist" in _fout_bij(tmp_path / "weg.json")


EERSTE_VERSIE = {
    "schema": 1,
    "rol": "deelnemer",
    "datum": "2026-02-10",
    "antwoorden": [
        {"vraag": "leeftijd", "waarde": "19"},
        {"vraag": "woonsituatie", "waarde": "ouders"},
        {"vraag": "start", "waarde": "weet_niet"},
        {"vraag": "gemeente", "waarde": "Zwolle"},
    ],
}


def test_een_bestand_met_schema_1_opent_en_wordt_niet_herschreven(tmp_path: Path) -> None:
    pad = _schrijf(tmp_path / "oud.json", EERSTE_VERSIE)
    voor, tijd = pad.read_bytes(), pad.stat().st_mtime_ns
    geopend = lees(pad)
    assert geopend.oud_schema == 1
    assert geopend.intake.rol == "deelnemer"
    assert geopend.intake.peildatum == date(2026, 2, 10)
    assert geopend.intake.waarden == {
        "leeftijd": Decimal("19"), "woonsituatie": "ouders", "start": intake.WEET_NIET, "gemeente": "Zwolle",
    }
    assert geopend.intake.getypt == {}
    assert geopend.intake.opgeslagen is not None and geopend.intake.opgeslagen.date() == date(2026, 2, 10)
    assert pad.read_bytes() == voor and pad.stat().st_mtime_ns == tijd
    # Saved again, it is the newest schema and opens as new.
    bewaar(geopend.intake, pad)
    assert json.loads(pad.read_text(encoding="utf-8"))["schema"] == 3
    assert lees(pad).oud_schema is None and lees(pad).intake.waarden == geopend.intake.waarden


def test_een_kapot_bestand_met_schema_1_noemt_wat_er_mis_is(tmp_path: Path) -> None:
    kapot = dict(EERSTE_VERSIE, antwoorden={"leeftijd": "19"})
    melding = _fout_bij(_schrijf(tmp_path / "oud.json", kapot))
    assert "antwoorden" in melding and "lijst" in melding
    kapot = dict(EERSTE_VERSIE, antwoorden=[{"vraag": "leeftijd", "waarde": "honderd"}])
    assert "leeftijd" in _fout_bij(_schrijf(tmp_path / "oud.json", kapot))


MET_KEUZES = Intake(
    rol=VOORBEELD.rol, peildatum=VOORBEELD.peildatum, waarden=VOORBEELD.waarden, getypt=VOORBEELD.getypt,
    varianten=[Scenario(uren=Decimal("32")), Scenario(soort_werk="regulier", start=date(2027, 5, 1)),
               Scenario(uren=Decimal("12.5"), soort_werk="loonkostensubsidie")],
)


def test_de_keuzes_naast_elkaar_gaan_mee_in_het_bestand(tmp_path: Path) -> None:
    pad = bewaar(MET_KEUZES, tmp_path / "a.json")
    gegevens = json.loads(pad.read_text(encoding="utf-8"))
    assert gegevens["vergelijk"][0] == {"uren": "32", "soort_werk": None, "start": None}
    assert gegevens["vergelijk"][1] == {"uren": None, "soort_werk": "regulier", "start": "2027-05-01"}
    assert lees(pad).intake.varianten == MET_KEUZES.varianten


def test_een_bestand_met_schema_2_opent_zonder_keuzes_en_wordt_niet_herschreven(tmp_path: Path) -> None:
    gegevens = _vast()
    gegevens["schema"] = 2
    del gegevens["vergelijk"]
    pad = _schrijf(tmp_path / "twee.json", gegevens)
    voor = pad.read_bytes()
    geopend = lees(pad)
    assert geopend.oud_schema == 2 and geopend.intake.varianten == []
    assert geopend.intake.waarden == VOORBEELD.waarden and geopend.intake.getypt == VOORBEELD.getypt
    assert pad.read_bytes() == voor


@pytest.mark.parametrize(
    ("keuzes", "woorden"),
    [
        ([{"uren": "0"}], "keuze 2 om te vergelijken"),
        ([{"soort_werk": "astronaut"}], "astronaut"),
        ([{"start": "2027-05-15"}], "eerste dag van een maand"),
        ([{}], "verandert niets"),
        ([{"uren": "8"}] * 4, "vergelijk"),
        ([{"uren": 8}], "vergelijk"),
    ],
)
def test_een_foute_keuze_om_te_vergelijken_geeft_een_duidelijke_melding(
    tmp_path: Path, keuzes: list, woorden: str
) -> None:
    pad = _schrijf(tmp_path / "a.json", _met(vergelijk=keuzes))
    assert woorden in _fout_bij(pad)
