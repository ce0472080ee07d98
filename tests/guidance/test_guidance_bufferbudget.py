"""The bufferbudget item (art. 34b Pw): only for bijstand, and only for work that starts in 2027 or later."""

from __future__ import annotations

import pytest

from switchwijzer.engine import Situatie
from switchwijzer.guidance.kiezen import advies
from switchwijzer.lezer import Lezer


def _ids(peildatum: str, uitkering: str) -> set[str]:
    s = Situatie.model_validate({"peildatum": peildatum, "leeftijd": 30, "nu": {"uitkering": uitkering}})
    return {item.id for item in advies(s, Lezer("deelnemer"))}


@pytest.mark.parametrize(("peildatum", "uitkering", "getoond"), [
    ("2027-01-01", "bijstand", True),
    ("2027-03-01", "bijstand", True),
    ("2026-12-31", "bijstand", False),
    ("2027-02-01", "wajong_70", False),
    ("2027-02-01", "geen", False),
])
def test_bufferbudget_only_from_2027_and_only_for_bijstand(peildatum, uitkering, getoond):
    assert ("bufferbudget" in _ids(peildatum, uitkering)) is getoond


@pytest.mark.parametrize("rol", ["deelnemer", "ouder", "coach"])
def test_bufferbudget_text_names_the_amount_and_that_the_gemeente_decides(rol):
    s = Situatie.model_validate({"peildatum": "2027-02-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"}})
    [item] = [i for i in advies(s, Lezer(rol)) if i.id == "bufferbudget"]
    assert "1000 euro" in item.tekst and "gemeente" in item.tekst.lower() and "34b" in item.bron
