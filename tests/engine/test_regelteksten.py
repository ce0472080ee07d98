"""What every line of every worked example tells a person about itself: the rule it was computed with (shown as
"Regel:" and in the list of sources, uitleg/details.py and uitleg/bronnen.py) names the law as it is written, and
the reason a line does not apply and every step it shows are ones the explanations know. Runs the real `bereken` on
tests/cases/*.toml, in every month the cases reach (now, later, the turn of the year and the calendar months)."""

from __future__ import annotations

import re

from switchwijzer.engine.signalen import NIET_BEREKEND, REDENEN, SIGNALEN
from switchwijzer.uitleg.namen import ONDERDEEL_NAMEN

from .werkvoorbeelden import alle, alle_regels, uitkomst

WETTEN = (
    "Pw", "WML", "Wajong", "Wet IB 2001", "Blz", "Uitvoeringsbesluit Wmo 2015",
    "Uitvoeringsregeling Invorderingswet 1990", "Regeling kwijtschelding belastingen medeoverheden",
    "Leidraad Invordering 2008", "Wet op de huurtoeslag", "Wet op de zorgtoeslag", "Wet op het kindgebonden budget",
    "Awir",
)
"""The laws the lines cite, by the short name the glossary and the sources list use."""
_PLEK = r"(?:\d+[a-z]?(?:[.:]\d+[a-z]?)*|[a-z]{1,2}|\d°|art\.|lid|en|tot|met)"
"""One word of a place in a law: an article number (8.14a, 2:40, 3.3.2.2), a letter (a, aa), lid, en, tot, met."""
ARTIKEL = re.compile(
    r"(?:peiljaar )?(?:" + "|".join(map(re.escape, WETTEN)) + rf") art\. {_PLEK},?(?: {_PLEK},?)*"
    r"(?: \([a-z ]+\)|: [a-z ]+)?"
)
"""One part of a rule: "Pw art. 21 a", "Blz art. 3.3.2.2 lid 9 a", with at most a short note in small letters."""
OPGEGEVEN = re.compile(r"Opgegeven: [a-z][a-z_. ]*")
"""A line as given rather than computed: "Opgegeven: straks.reiskosten_per_maand"."""


def _gelezen_regels():  # type: ignore[no-untyped-def]
    for voorbeeld in alle():
        if not voorbeeld.weigering:
            for waar, regel in alle_regels(uitkomst(voorbeeld)):
                yield f"{voorbeeld.plek}, {waar}", regel


def test_every_line_names_its_rule_as_the_law_writes_it():
    fout = {
        regel.regel: plek for plek, regel in _gelezen_regels()
        if not all(ARTIKEL.fullmatch(deel) or OPGEGEVEN.fullmatch(deel) for deel in regel.regel.split("; "))
    }
    assert not fout, f"rules not written as a law's name and article: {fout}"


def test_a_line_as_given_names_the_input_as_its_source():
    """Its details say "Bron: invoer" (uitleg/details.py): the amount is the person's own, no law's."""
    fout = {regel.bron: plek for plek, regel in _gelezen_regels()
            if regel.regel.startswith("Opgegeven: ") and regel.bron != "invoer"}
    assert not fout, f"lines as given with another source than the input: {fout}"


def test_every_reason_a_line_gives_is_one_the_explanations_know():
    fout = {regel.reden: plek for plek, regel in _gelezen_regels() if regel.reden and regel.reden not in REDENEN}
    assert not fout, f"reasons without an explanation in engine/signalen.py REDENEN: {fout}"


def test_every_step_of_every_month_has_a_label_for_the_coach():
    """As tests/test_onderdeel_namen.py for now and later, here for every month (which the mutation run reaches)."""
    fout = {o.naam: plek for plek, regel in _gelezen_regels() for o in regel.onderdelen
            if o.naam not in ONDERDEEL_NAMEN}
    assert not fout, f"steps without a label in uitleg/namen.py ONDERDEEL_NAMEN: {fout}"


def test_every_signal_and_every_part_not_computed_is_one_the_explanations_know():
    """An assumption, a warning or a part left uncomputed reaches the person only as the sentence its code has."""
    fout = {}
    for voorbeeld in alle():
        if not voorbeeld.weigering:
            u = uitkomst(voorbeeld)
            fout |= {s.code: voorbeeld.plek for s in u.signalen if s.code not in SIGNALEN}
            fout |= {n.reden: voorbeeld.plek for n in u.niet_berekend if n.reden not in NIET_BEREKEND}
    assert not fout, f"codes without a text in engine/signalen.py: {fout}"
