"""Every step (onderdeel) the engine names in a line, income or cost, has a label for the coach's detail.

Runs the real `bereken` on every worked example (tests/cases/*.toml), so a new onderdeel in a rule that a case
reaches fails here until it has a name in ONDERDEEL_NAMEN."""

from __future__ import annotations

from engine.werkvoorbeelden import alle, uitkomst
from switchwijzer.uitleg.namen import ONDERDEEL_NAMEN


def _alle_onderdelen():  # type: ignore[no-untyped-def]
    """(case file, line, onderdeel) for every step of every line the worked examples reach."""
    for voorbeeld in alle():
        if voorbeeld.weigering:
            continue
        u = uitkomst(voorbeeld)
        overzichten = [u.nu, u.straks, *([u.jaarwissel.voor, u.jaarwissel.na] if u.jaarwissel else [])]
        for overzicht in (o for o in overzichten if o is not None):
            for regel in (*overzicht.regels, *overzicht.kosten):
                for onderdeel in regel.onderdelen:
                    yield voorbeeld.bestand, regel, onderdeel


def _onderdelen() -> dict[str, str]:
    """Each onderdeel name the engine gives, with the first line (and case) it came from."""
    gevonden: dict[str, str] = {}
    for bestand, regel, onderdeel in _alle_onderdelen():
        gevonden.setdefault(onderdeel.naam, f"{regel.naam} in {bestand}")
    return gevonden


def test_every_onderdeel_has_a_label():
    gevonden = _onderdelen()
    # the cost lines are reached by the cases: the tax after kwijtschelding and both eigen bijdragen of the Wlz
    assert {"te_betalen_gemeente_per_jaar", "extra_bijdrage", "bijdrage"} <= gevonden.keys()
    zonder = {naam: waar for naam, waar in gevonden.items() if naam not in ONDERDEEL_NAMEN}
    assert not zonder, f"onderdelen without a label in uitleg/namen.py ONDERDEEL_NAMEN: {zonder}"


def test_a_step_labelled_deducted_is_never_a_positive_amount():
    """"(gaat eraf)" in the coach's detail promises a minus; a positive amount under that label misleads."""
    afgetrokken = {naam for naam, label in ONDERDEEL_NAMEN.items() if "(deducted)" in label}
    assert afgetrokken
    fout = {
        f"{onderdeel.naam} = {onderdeel.bedrag} in {regel.naam} ({bestand})"
        for bestand, regel, onderdeel in _alle_onderdelen()
        if onderdeel.naam in afgetrokken and onderdeel.bedrag > 0
    }
    assert not fout, fout
