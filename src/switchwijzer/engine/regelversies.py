"""The names of the versions of rules that change by law. A period file picks one per rule
(`[regels.vrijlating] versie = "pw_34a_2027"`); the loader refuses a name that is not here, and the
engine maps each name to the function that applies it (`bijstand.VRIJLATING`). No `if year >= 2027` in
the code: a new version of a law is a new function and a new name, chosen by the date in the data.
"""

from __future__ import annotations

VERSIES: dict[str, tuple[str, ...]] = {
    # Participatiewet, inkomsten uit arbeid naast bijstand:
    # pw_31_2026: art. 31 lid 2 n, r, y, z, aa and lid 5 (text valid 2026-07-01);
    # pw_34a_2027: art. 34a (Participatiewet in balans): 15 %, at most 12 consecutive months, medisch
    # urenbeperkt without a limit.
    "vrijlating": ("pw_31_2026", "pw_34a_2027"),
    # Participatiewet art. 34b: the gemeente may use a bufferbudget of at most an amount a year.
    "bufferbudget": ("geen", "pw_34b_2027"),
}
