"""A content text may name a role (`ouder`, `coach`) where `u` alone does not fit; `u` stays the fallback."""

from switchwijzer.uitleg.teksten import kies

TEKST = {"nl": {"je": "Vraag het je begeleider.", "u": "Vraag het de begeleider.", "coach": "Vraag het de zorgaanbieder."}}


def test_a_role_key_wins_over_u_for_that_role_only() -> None:
    assert kies(TEKST, "coach", "nl") == "Vraag het de zorgaanbieder."
    assert kies(TEKST, "ouder", "nl") == "Vraag het de begeleider."
    assert kies(TEKST, "deelnemer", "nl") == "Vraag het je begeleider."
