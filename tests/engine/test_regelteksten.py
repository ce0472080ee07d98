"""What every line of every worked example tells a person about itself: the rule it was computed with (shown as
"Regel:" and in the list of sources, uitleg/details.py and uitleg/bronnen.py) names the law as it is written; a line
as given names the input as its source; the reason a line does not apply, every step it shows, every signal and
every part not computed are ones the explanations know. And every overview is one month's amounts: no line says from
which day its amount holds (`Regel.vanaf`, in the JSON: "the amount applies from this day; before it, the amount of
now"); when a cost changes, the list of months says (uitleg/maanden.py `latere_kosten`). A line that shows tax taken
off (a step, or a gross above its net) names the tax table among its sources. Runs the real `bereken` on
tests/cases/*.toml, in every month the cases reach (now, later, the turn of the year and the calendar months). One
test, one pass over the cases: the mutation run's first pass works every case out again for each test that reads them
(werkvoorbeelden.uitkomst)."""

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


def _zoals_de_wet(regeltekst: str) -> bool:
    return all(ARTIKEL.fullmatch(deel) or OPGEGEVEN.fullmatch(deel) for deel in regeltekst.split("; "))


def test_what_every_line_and_signal_of_every_worked_example_says_about_itself():
    fout: dict[str, dict[str, str]] = {
        "rule not written as a law's name and article": {},
        "line as given with another source than the input ('invoer')": {},
        "reason without a text in engine/signalen.py REDENEN": {},
        "step without a label in uitleg/namen.py ONDERDEEL_NAMEN (for the coach)": {},
        "signal or part not computed without a text in engine/signalen.py": {},
        "line of one month that says from which day its amount holds (Regel.vanaf)": {},
        "line with a tax step that does not name the tax table among its sources": {},
    }
    soorten = list(fout.values())
    for voorbeeld in alle():
        if voorbeeld.weigering:
            continue
        u = uitkomst(voorbeeld)
        for waar, regel in alle_regels(u):
            plek = f"{voorbeeld.plek}, {waar}"
            if not _zoals_de_wet(regel.regel):
                soorten[0][regel.regel] = plek
            if regel.regel.startswith("Opgegeven: ") and regel.bron != "invoer":
                soorten[1][regel.bron] = plek
            if regel.reden and regel.reden not in REDENEN:
                soorten[2][regel.reden] = plek
            soorten[3] |= {o.naam: plek for o in regel.onderdelen if o.naam not in ONDERDEEL_NAMEN}
            if regel.vanaf is not None:
                soorten[5][f"{regel.naam} vanaf {regel.vanaf}"] = plek
            belast = regel.bruto is not None and regel.bruto != regel.bedrag or any(
                o.naam == "belasting_en_premies" and o.bedrag for o in regel.onderdelen)
            if belast and not any(p.pad == "belasting.schijven" for p in regel.parameters):
                soorten[6][regel.naam] = plek
        soorten[4] |= {s.code: voorbeeld.plek for s in u.signalen if s.code not in SIGNALEN}
        soorten[4] |= {n.reden: voorbeeld.plek for n in u.niet_berekend if n.reden not in NIET_BEREKEND}
    fout = {soort: gevonden for soort, gevonden in fout.items() if gevonden}
    assert not fout, fout
