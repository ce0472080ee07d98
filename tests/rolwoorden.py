"""Words of the wrong reader: "je" for a parent or a budgetcoach, "uw kind" for a participant or a coach, "uw
cliënt" for a participant or a parent; "u" and "uw" for a participant; "uzelf", "bij u" (the parent's own home)
and "Mijn overzicht" for a budgetcoach.

Use it from any test (``tests/`` is on ``sys.path`` through ``tests/conftest.py``)::

    from rolwoorden import verkeerde_woorden

    assert not verkeerde_woorden(tekst, "ouder")

What is exempt, and why (kept to two things):

- Text between quotation marks ("…", “…”, „…”, ‘…’): a quoted example or a button name speaks as the person who
  says it ("Ja, ik hoef die niet"), not to the reader.
- Nothing else. The glossary, the rules of the coach and the guidance all speak to the reader, so they count.
"""

from __future__ import annotations

import re

_GECITEERD = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^”“\n]*[”“]|‘[^’\n]*’')
_JE = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
_UW_KIND = re.compile(r"\buw kind(eren)?\b", re.IGNORECASE)
_UW_CLIENT = re.compile(r"\buw cli[eë]nt(en)?\b", re.IGNORECASE)
_U = re.compile(r"\b(u|uw)\b(?!-)", re.IGNORECASE)  # not a name: "de U-pas"
_ALS_OUDER = re.compile(r"\bu ?zelf\b|\bbij u\b|\bmijn overzicht\b", re.IGNORECASE)

NIET_VOOR: dict[str, tuple[re.Pattern[str], ...]] = {
    "deelnemer": (_UW_KIND, _UW_CLIENT, _U),
    "ouder": (_JE, _UW_CLIENT),
    "coach": (_JE, _UW_KIND, _ALS_OUDER),
}
"""What each reader must never read."""


def verkeerde_woorden(tekst: str, rol: str) -> list[str]:
    """Each place in `tekst` where a word of another reader stands, with a few words around it."""
    schoon = _GECITEERD.sub(" ", tekst.replace("\xa0", " "))
    uit = []
    for patroon in NIET_VOOR[rol]:
        for gevonden in patroon.finditer(schoon):
            uit.append(schoon[max(0, gevonden.start() - 50):gevonden.end() + 50].replace("\n", " "))
    return uit
