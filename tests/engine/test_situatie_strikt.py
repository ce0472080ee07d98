"""JSON input is read strictly: a loose type is refused with a Dutch message that names the field."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from switchwijzer.engine import Situatie
from switchwijzer.foutmeldingen import beschrijf_fouten

GOED = {"peildatum": "2026-07-01", "leeftijd": 30}


def _fouten(extra: dict | str) -> list[str]:
    tekst = extra if isinstance(extra, str) else json.dumps({**GOED, **extra})
    with pytest.raises(ValidationError) as fout:
        Situatie.model_validate_json(tekst)
    return beschrijf_fouten(fout.value)


@pytest.mark.parametrize(
    ("extra", "veld", "woorden"),
    [
        ({"leeftijd": "30"}, "leeftijd", "heel getal"),
        ({"leeftijd": 30.0}, "leeftijd", "heel getal"),
        ({"wonen": {"huurt": "yes", "kale_huur_per_maand": 500}}, "wonen.huurt", "true of false"),
        ({"wonen": {"huurt": 1, "kale_huur_per_maand": 500}}, "wonen.huurt", "true of false"),
        ({"peildatum": 0}, "peildatum", "datum"),
        ({"peildatum": "2026-07-01T10:30:00"}, "peildatum", "zonder tijd"),
        ({"peildatum": "2026-07-01T00:00:00"}, "peildatum", "zonder tijd"),
        ({"dagbesteding": {"indicatie_einddatum": 1767225600}}, "dagbesteding.indicatie_einddatum", "datum"),
        ({"straks": {"medisch_urenbeperkt": "false"}}, "straks.medisch_urenbeperkt", "true of false"),
        ({"huishouden": {"kinderen": ["4"], "soort": "alleenstaande_ouder"}}, "huishouden.kinderen.0", "heel getal"),
        ({"nu": {"vergoeding_dagbesteding_per_maand": True}}, "nu.vergoeding_dagbesteding_per_maand", "getal"),
    ],
)
def test_a_loose_type_is_refused_and_the_field_named(extra, veld, woorden):
    [regel] = _fouten(extra)
    assert regel.startswith(f"{veld}: ") and woorden in regel


@pytest.mark.parametrize("getal", ["NaN", "Infinity", "-Infinity", '"NaN"'])
def test_nan_and_infinity_are_refused(getal):
    [regel] = _fouten(f'{{"peildatum": "2026-07-01", "leeftijd": 30, "straks": {{"uurloon": {getal}}}}}')
    assert regel.startswith("straks.uurloon: ")


def test_an_unknown_key_is_named_without_terminal_escape_codes():
    [regel] = _fouten({"\x1b]0;kaping\x07\x1b[2Jleeftijd\u202e": 1})
    assert "\x1b" not in regel and "\x07" not in regel and "\u202e" not in regel
    assert "leeftijd" in regel and "kennen we niet" in regel


def test_amounts_may_be_numbers_or_decimal_strings_and_python_callers_may_pass_ints():
    s = Situatie.model_validate_json(json.dumps({**GOED, "wonen": {"huurt": True, "kale_huur_per_maand": "650.50"}}))
    assert str(s.wonen.kale_huur_per_maand) == "650.50"
    assert Situatie.model_validate({**GOED, "nu": {"vergoeding_dagbesteding_per_maand": 0}})


@pytest.mark.parametrize("soort_werk", ["beschut_werk", "loonkostensubsidie", "regulier"])
def test_a_wage_under_the_minimum_wage_for_the_age_is_refused(soort_werk):
    # WML 1-7-2026: € 14,99 an hour from 21 (Regeling SZW 28 april 2026); 18 years: € 7,50
    [regel] = _fouten({"straks": {"soort_werk": soort_werk, "uurloon": 14.98}})
    assert regel.startswith("straks.uurloon: ") and "minimumloon" in regel and "14,99" in regel
    assert Situatie.model_validate_json(json.dumps({**GOED, "straks": {"soort_werk": soort_werk, "uurloon": 14.99}}))
    assert Situatie.model_validate_json(json.dumps({**GOED, "leeftijd": 18, "straks": {"uurloon": 7.50}}))


def test_only_wajong_loondispensatie_may_pay_less_than_the_minimum_wage():
    dispensatie = {**GOED, "nu": {"uitkering": "wajong_70"}, "straks": {"uurloon": 7.49, "loonwaarde_procent": 50}}
    assert Situatie.model_validate_json(json.dumps(dispensatie))
    zonder = {**GOED, "nu": {"uitkering": "bijstand"}, "straks": {"uurloon": 7.49, "loonwaarde_procent": 50}}
    [regel] = _fouten(zonder)
    assert regel.startswith("straks.uurloon: ")


def test_the_oldest_age_accepted_is_just_under_the_aow_age_of_every_period():
    """Situatie accepts ages up to a fixed limit, and bereken stops at the AOW age from the parameter files: the two
    must meet, or a person just under the AOW age is refused (or one at it accepted) when the AOW age changes."""
    from switchwijzer.engine.parameters import Spoor, alle_periodes, parameters_op

    hoogste = next(regel.le for regel in Situatie.model_fields["leeftijd"].metadata if hasattr(regel, "le"))
    for kop, _ in alle_periodes():
        aow = Spoor(parameters_op(kop.geldig_vanaf)).getal("belasting.aow_leeftijd")
        assert hoogste == aow - 1, f"{kop.geldig_vanaf}: ages up to {hoogste} accepted, AOW age {aow}"
