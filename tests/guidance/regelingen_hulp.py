"""One situation and its "Wat kan ik nu doen?" part, for the tests of the local regelingen (real `bereken`)."""

from __future__ import annotations

from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import maak_antwoord


def situatie_in(gemeente: str | None, uren: int = 32, leeftijd: int = 30, uitkering: str = "bijstand",
                **huishouden: object) -> Situatie:
    """Bijstand now (or `uitkering`), a rented home at EUR 650, work of `uren` hours on 1 July 2026."""
    return Situatie.model_validate({
        "peildatum": "2026-07-01", "leeftijd": leeftijd, "huishouden": huishouden or {"soort": "alleenstaand"},
        "wonen": {"huurt": True, "kale_huur_per_maand": 650}, "nu": {"uitkering": uitkering},
        "straks": {"uren_per_week": uren}, "dagbesteding": {"financiering": "wmo", "gemeente": gemeente}})


def nu_doen(situatie: Situatie, rol: str = "deelnemer"):  # noqa: ANN201 - the answer's AdviesDeel
    return maak_antwoord(situatie, bereken(situatie), Lezer(rol)).deel("nu_doen")
