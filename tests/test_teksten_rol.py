"""A content text may name a role (`ouder`, `coach`) where `u` alone does not fit; `u` stays the fallback."""

from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.teksten import woorden as woorden_voor

TEKST = {"nl": {"je": "Vraag het je begeleider.", "u": "Vraag het de begeleider.", "coach": "Vraag het de zorgaanbieder."}}


def test_a_role_key_wins_over_u_for_that_role_only() -> None:
    assert woorden_voor(Lezer("coach")).kies(TEKST, "nl") == "Vraag het de zorgaanbieder."
    assert woorden_voor(Lezer("ouder")).kies(TEKST, "nl") == "Vraag het de begeleider."
    assert woorden_voor(Lezer("deelnemer")).kies(TEKST, "nl") == "Vraag het je begeleider."
