"""The income test the gemeenten use for their minimaregelingen (engine/normtoets.py: the income without toeslagen
against the bijstandsnorm, Pw art. 20-22a) takes the same norm as the bijstand itself: for every worked example
with bijstand now, the norm of the test is the norm the bijstand line shows (a single person, partners, young
partners, kostendelers, 18 to 20 with or without help from the parents)."""

from __future__ import annotations

from decimal import Decimal

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.normtoets import inkomen_tegen_norm

from .werkvoorbeelden import alle, uitkomst


def _bijstand_nu():  # type: ignore[no-untyped-def]
    for voorbeeld in alle():
        if voorbeeld.weigering:
            continue
        s = Situatie.model_validate(voorbeeld.situatie)
        u = uitkomst(voorbeeld)
        bijstand = u.nu.regel("bijstand")
        norm = next((o.bedrag for o in bijstand.onderdelen if o.naam == "norm"), None) if bijstand else None
        if s.nu.uitkering == "bijstand" and s.dagbesteding.wlz_zorg != "instelling" and norm is not None:
            yield voorbeeld, s, u, norm


def test_the_income_test_uses_the_bijstandsnorm_of_the_household():
    """Also: with bijstand alone (no work, no allowance, no partner's income) the income is the norm itself, 100 %."""
    gezien = set()
    for voorbeeld, s, u, norm in _bijstand_nu():
        toets = inkomen_tegen_norm(s, u.nu)
        assert toets is not None and toets.norm == norm, voorbeeld.plek
        gezien.add((s.huishouden.soort, bool(s.huishouden.kostendelers_27_plus), s.leeftijd < 21))
        if u.nu.regel("bijstand").bedrag == norm and not any(
                r.van_toepassing and r.naam in ("vergoeding_dagbesteding", "inkomen_partner") for r in u.nu.regels):
            assert (toets.inkomen, toets.procent) == (norm, Decimal(100)), voorbeeld.plek
    assert {("alleenstaand", False, False), ("met_partner", False, False), ("alleenstaand", True, False),
            ("alleenstaand", False, True)} <= gezien, gezien


def test_under_18_there_is_no_norm_to_test_against():
    s = Situatie.model_validate({"peildatum": "2026-07-01", "leeftijd": 17, "nu": {"uitkering": "geen"},
                                 "straks": {"uren_per_week": 12}})
    assert inkomen_tegen_norm(s, bereken(s).nu) is None
