"""Parameter files: every value sourced and dated, chosen by peildatum, bad files refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from switchwijzer.engine.parameters import ParameterFout, alle_periodes, lees_bestand, parameters_op
from switchwijzer.paths import content_dir


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


def test_before_the_first_period_there_are_no_parameters():
    with pytest.raises(ParameterFout):
        parameters_op(date(2025, 12, 31))


@pytest.mark.parametrize(
    "inhoud",
    [
        '[periode]\ngeldig_vanaf = 2030-01-01\nstatus = "vastgesteld"\nomschrijving = "test"\n[a]\nwaarde = 1\neenheid = "euro"\ngeldig_vanaf = 2030-01-01\n',
        '[periode]\ngeldig_vanaf = 2030-01-01\nstatus = "vastgesteld"\nomschrijving = "test"\n[a]\nwaarde = 1\neenheid = "euro"\nbron = "een bron"\ngeldig_vanaf = 2031-01-01\n',
        '[periode]\ngeldig_vanaf = 2030-01-01\nstatus = "geraden"\nomschrijving = "test"\n',
        '[periode]\ngeldig_vanaf = 2030-01-01\nstatus = "vastgesteld"\nomschrijving = "test"\n[a]\nwaarde = 1\neenheid = "euro"\nbron = "een bron"\ngeldig_vanaf = 2030-01-01\nextra = 1\n',
    ],
    ids=["no-source", "value-from-the-future", "unknown-status", "unknown-key"],
)
def test_a_bad_parameter_file_is_refused(tmp_path: Path, inhoud: str):
    bestand = tmp_path / "2030-01-01.toml"
    bestand.write_text(inhoud, encoding="utf-8")
    with pytest.raises(ParameterFout):
        lees_bestand(bestand)


def test_file_name_must_match_its_date(tmp_path: Path):
    bestand = tmp_path / "2030-02-01.toml"
    bestand.write_text('[periode]\ngeldig_vanaf = 2030-01-01\nstatus = "vastgesteld"\nomschrijving = "test"\n')
    with pytest.raises(ParameterFout):
        lees_bestand(bestand)


def test_content_is_found():
    assert (content_dir() / "parameters" / "2026-01-01.toml").is_file()
