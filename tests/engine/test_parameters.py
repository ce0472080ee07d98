"""Parameter files: every value sourced and dated, chosen by peildatum, bad files refused."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from switchwijzer.engine import ParameterBestandFout, PeildatumBuitenPeriodes, Situatie, dekking
from switchwijzer.engine.parameters import (
    alle_periodes,
    caches_legen,
    horizon,
    lees_bestand,
    parameters_in_maand,
    parameters_op,
)
from switchwijzer.foutmeldingen import beschrijf_fouten
from switchwijzer.paths import content_dir

KOP = '[periode]\ngeldig_vanaf = {van}\ngeldig_tot = {tot}\nstatus = "vastgesteld"\nomschrijving = "test"\n'
WAARDE = '[a]\nwaarde = 1\neenheid = "euro"\nbron = "een bron"\ngeldig_vanaf = {van}\nstatus = "vastgesteld"\n'


def test_every_value_has_a_source_and_a_date():
    for kop, waarden in alle_periodes():
        assert waarden, kop
        for pad, waarde in waarden.items():
            assert len(waarde.bron) > 5, pad
            assert waarde.geldig_vanaf <= kop.geldig_vanaf, pad


def test_the_peildatum_picks_the_period_and_later_files_only_replace_what_changed():
    januari, juli = parameters_op(date(2026, 3, 1)), parameters_op(date(2026, 11, 23))
    assert januari.geldig_vanaf == date(2026, 1, 1) and juli.geldig_vanaf == date(2026, 7, 1)
    assert januari["bijstand.norm.alleenstaand_21"].waarde == Decimal("1401.50")
    assert juli["bijstand.norm.alleenstaand_21"].waarde == Decimal("1419.46")
    # unchanged in July: same value, with its January source and date
    assert juli["zorgtoeslag.standaardpremie"].geldig_vanaf == date(2026, 1, 1)
    assert set(januari.waarden) == set(juli.waarden)


@pytest.mark.parametrize("peildatum", [date(2025, 12, 31), "na de horizon"])
def test_a_peildatum_before_the_files_or_past_the_horizon_is_refused(peildatum):
    if peildatum == "na de horizon":
        peildatum = horizon() + timedelta(days=1)
    with pytest.raises(PeildatumBuitenPeriodes):
        parameters_op(peildatum)
    with pytest.raises(ValidationError) as fout:
        Situatie.model_validate({"peildatum": peildatum.isoformat(), "leeftijd": 30})
    [regel] = beschrijf_fouten(fout.value)
    assert regel.startswith("peildatum: voor ") and "kunnen we niet rekenen" in regel


def test_the_horizon_is_36_months_after_today_or_after_the_files():
    assert horizon(date(2028, 3, 5)) == date(2031, 3, 31)
    assert horizon(date(2026, 12, 6)) == date(2030, 6, 30)  # the files end 30 June 2027: 36 months after that
    assert horizon() >= date.today() + timedelta(days=2 * 365)  # start months 24 months ahead are accepted


@pytest.mark.parametrize("peildatum", [date(2027, 7, 1), date(2028, 1, 1)])
def test_a_peildatum_after_the_files_uses_the_last_values_each_marked_schatting(peildatum: date):
    params = parameters_op(peildatum)
    laatste = parameters_op(date(2027, 6, 30))
    assert params.doorgetrokken_na == date(2027, 6, 30) and params.status == "schatting"
    assert params["bijstand.norm.alleenstaand_21"].waarde == laatste["bijstand.norm.alleenstaand_21"].waarde
    assert {w.status for w in params.waarden.values()} == {"schatting"}
    assert {r.status for r in params.regels.values()} == {"schatting"}
    assert params["bijstand.norm.alleenstaand_21"].geldig_vanaf == laatste["bijstand.norm.alleenstaand_21"].geldig_vanaf


def test_the_periods_cover_2026_and_end_where_the_last_file_says():
    assert dekking() == (date(2026, 1, 1), date(2027, 6, 30))


def _schrijf(map_: Path, van: str, tot: str, extra: str = "") -> None:
    (map_ / f"{van}.toml").write_text(KOP.format(van=van, tot=tot) + WAARDE.format(van=van) + extra, encoding="utf-8")


def test_without_the_july_file_a_november_date_is_a_schatting_never_silently_january(tmp_path: Path, monkeypatch):
    _schrijf(tmp_path, "2026-01-01", "2026-06-30")
    monkeypatch.setattr("switchwijzer.engine.parameters.parameter_map", lambda: tmp_path)
    caches_legen()
    try:
        juni = parameters_op(date(2026, 6, 30))
        assert juni.geldig_vanaf == date(2026, 1, 1) and juni.doorgetrokken_na is None
        november = parameters_op(date(2026, 11, 1))
        assert november.doorgetrokken_na == date(2026, 6, 30) and november.status == "schatting"
        assert parameters_in_maand(date(2026, 11, 1)) == (november, False)
    finally:
        caches_legen()


@pytest.mark.parametrize(("tweede", "tot"), [("2026-08-01", "2026-12-31"), ("2026-06-01", "2026-12-31")],
                         ids=["gap", "overlap"])
def test_periods_must_follow_each_other_day_after_day(tmp_path: Path, tweede: str, tot: str):
    _schrijf(tmp_path, "2026-01-01", "2026-06-30")
    _schrijf(tmp_path, tweede, tot)
    with pytest.raises(ParameterBestandFout) as fout:
        alle_periodes(tmp_path)
    assert fout.value.bestand == f"{tweede}.toml"


def test_a_next_year_is_just_a_new_file(tmp_path: Path):
    _schrijf(tmp_path, "2026-01-01", "2026-12-31")
    _schrijf(tmp_path, "2027-01-01", "2027-12-31")
    assert [kop.geldig_tot for kop, _ in alle_periodes(tmp_path)] == [date(2026, 12, 31), date(2027, 12, 31)]


def test_a_missing_or_broken_file_gives_one_dutch_sentence_naming_it(tmp_path: Path):
    bestand = tmp_path / "2026-01-01.toml"
    bestand.write_bytes(b"\xff\xfe[periode")
    with pytest.raises(ParameterBestandFout) as fout:
        lees_bestand(bestand)
    assert fout.value.bestand == "2026-01-01.toml"
    assert "'2026-01-01.toml' ontbreekt of is beschadigd" in str(fout.value)
    assert "Traceback" not in str(fout.value)
    with pytest.raises(ParameterBestandFout, match="geen enkel bestand"):
        alle_periodes(tmp_path / "leeg")


KOP_2030 = ('[periode]\ngeldig_vanaf = 2030-01-01\ngeldig_tot = 2030-12-31\nstatus = "vastgesteld"\n'
            'omschrijving = "test"\n')


@pytest.mark.parametrize(
    "inhoud",
    [
        KOP_2030 + '[a]\nwaarde = 1\neenheid = "euro"\ngeldig_vanaf = 2030-01-01\n',
        KOP_2030 + '[a]\nwaarde = 1\neenheid = "euro"\nbron = "een bron"\ngeldig_vanaf = 2031-01-01\n',
        KOP_2030.replace('"vastgesteld"', '"geraden"'),
        KOP_2030 + '[a]\nwaarde = 1\neenheid = "euro"\nbron = "een bron"\ngeldig_vanaf = 2030-01-01\nextra = 1\n',
    ],
    ids=["no-source", "value-from-the-future", "unknown-status", "unknown-key"],
)
def test_a_bad_parameter_file_is_refused(tmp_path: Path, inhoud: str):
    bestand = tmp_path / "2030-01-01.toml"
    bestand.write_text(inhoud, encoding="utf-8")
    with pytest.raises(ParameterBestandFout, match="2030-0"):
        lees_bestand(bestand)


def test_file_name_must_match_its_date(tmp_path: Path):
    bestand = tmp_path / "2030-02-01.toml"
    bestand.write_text(KOP_2030)
    with pytest.raises(ParameterBestandFout, match="2030-0"):
        lees_bestand(bestand)


def test_content_is_found():
    assert (content_dir() / "parameters" / "2026-01-01.toml").is_file()


# ---- statuses, completeness and dated rules (issue 10) ----------------------------------------------------

ECHT = Path(content_dir() / "parameters")


def _kopie(tmp_path: Path) -> Path:
    for bestand in ECHT.glob("*.toml"):
        (tmp_path / bestand.name).write_text(bestand.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def _vervang(bestand: Path, oud: str, nieuw: str) -> None:
    tekst = bestand.read_text(encoding="utf-8")
    assert oud in tekst, oud
    bestand.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


STANDAARDPREMIE = ('[zorgtoeslag.standaardpremie]\nwaarde = 2119\neenheid = "euro per jaar"\n')


@pytest.mark.parametrize(
    ("oud", "nieuw", "melding"),
    [
        ('geldig_vanaf = 2027-01-01\nstatus = "schatting"\ntoelichting = "Een bedrag voor 2027',
         'geldig_vanaf = 2027-01-01\ntoelichting = "Een bedrag voor 2027', "status"),
        ('geldig_vanaf = 2027-01-01\nstatus = "schatting"\ntoelichting = "Een bedrag voor 2027',
         'geldig_vanaf = 2027-01-01\nstatus = "bijna zeker"\ntoelichting = "Een bedrag voor 2027', "status"),
        (STANDAARDPREMIE, '[zorgtoeslag.standaardpremie]\neenheid = "euro per jaar"\n', "heeft geen waarde"),
        ('  "wajong.percentage",\n', "", "de waarde 'wajong.percentage' ontbreekt"),
        ('status = "schatting"\nomschrijving', 'status = "vastgesteld"\nomschrijving', "zwakste status"),
        ('versie = "pw_34a_2027"', 'versie = "pw_34a_2028"', "bestaat niet"),
    ],
    ids=["value-without-status", "unknown-status", "value-without-waarde", "key-not-accounted-for",
         "period-status-stronger-than-its-values", "unknown-rule-version"],
)
def test_the_2027_file_with_a_missing_value_or_status_is_refused_naming_the_file(tmp_path, oud, nieuw, melding):
    """The procedure in docs/parameters-bijwerken.md relies on this: a mistake in the file stops the engine
    with one Dutch sentence that names the file, never a silent wrong amount."""
    map_ = _kopie(tmp_path)
    _vervang(map_ / "2027-01-01.toml", oud, nieuw)
    with pytest.raises(ParameterBestandFout) as fout:
        alle_periodes(map_)
    assert fout.value.bestand == "2027-01-01.toml"
    assert melding in str(fout.value) and "'2027-01-01.toml'" in str(fout.value)


def test_the_real_files_load_and_a_publication_is_one_edit(tmp_path):
    """Publishing the standaardpremie 2027: change the value and its status (and the period status once the
    last schatting is gone). The engine picks it up; the status is vastgesteld."""
    map_ = _kopie(tmp_path)
    bestand = map_ / "2027-01-01.toml"
    _vervang(bestand, STANDAARDPREMIE + 'bron = "Wzt art. 4; de Regeling',
             '[zorgtoeslag.standaardpremie]\nwaarde = 2250\neenheid = "euro per jaar"\nbron = "Wzt art. 4; de Regeling')
    _vervang(bestand, 'geldig_vanaf = 2027-01-01\nstatus = "schatting"\ntoelichting = "Een bedrag voor 2027',
             'geldig_vanaf = 2027-01-01\nstatus = "vastgesteld"\ntoelichting = "Een bedrag voor 2027')
    [*_, (kop, waarden)] = alle_periodes(map_)
    assert waarden["zorgtoeslag.standaardpremie"].waarde == 2250
    assert waarden["zorgtoeslag.standaardpremie"].status == "vastgesteld"
    assert kop.status == "schatting"  # other 2027 values are still estimates


def test_2027_values_have_status_and_every_schatting_shows_its_derivation():
    [*_, (kop, waarden)] = alle_periodes()
    assert kop.geldig_vanaf == date(2027, 1, 1) and kop.status == "schatting"
    for pad, waarde in waarden.items():
        assert waarde.geldig_vanaf == date(2027, 1, 1), pad
        if waarde.status == "schatting":
            assert waarde.toelichting and len(waarde.toelichting) > 20, f"{pad}: write the derivation"


def test_carried_over_values_keep_their_2026_source_and_unchecked_ones_become_a_schatting():
    jan = parameters_op(date(2027, 1, 1))
    ongewijzigd, overgenomen = jan["wajong.percentage"], jan["vrijwilligersvergoeding.maximum"]
    assert ongewijzigd.geldig_vanaf == date(2026, 1, 1) and ongewijzigd.status == "vastgesteld"
    assert overgenomen.geldig_vanaf == date(2026, 1, 1) and overgenomen.status == "schatting"
    assert "Overgenomen" in (overgenomen.toelichting or "")
    assert jan["bijstand.norm.alleenstaand_21"].geldig_vanaf == date(2027, 1, 1)
    assert "bijstand.vrijlating.n" not in jan.waarden  # vervallen: the 2027 rules cannot read it by mistake
    assert jan.regel("vrijlating").versie == "pw_34a_2027"
    assert parameters_op(date(2026, 12, 31)).regel("vrijlating").versie == "pw_31_2026"


def test_periods_after_the_first_keep_every_value_of_the_first():
    eerste = set(parameters_op(date(2026, 1, 1)).waarden)
    assert eerste == set(parameters_op(date(2026, 7, 1)).waarden)
    assert eerste - set(parameters_op(date(2027, 1, 1)).waarden) == {
        f"bijstand.vrijlating.{x}" for x in ("n", "r", "y", "z", "aa", "gedoogbeleid_onder_27")}
