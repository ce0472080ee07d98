"""A content text may name a role (`ouder`, `coach`) where `u` alone does not fit; `u` stays the fallback."""

from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.teksten import woorden as woorden_voor

TEKST = {
    "nl": {"je": "Vraag het je begeleider.", "u": "Vraag het de begeleider.", "coach": "Vraag het de zorgaanbieder."}
}


def test_a_role_key_wins_over_u_for_that_role_only() -> None:
    assert woorden_voor(Lezer("coach")).kies(TEKST, "nl") == "Vraag het de zorgaanbieder."
    assert woorden_voor(Lezer("ouder")).kies(TEKST, "nl") == "Vraag het de begeleider."
    assert woorden_voor(Lezer("deelnemer")).kies(TEKST, "nl") == "Vraag het je begeleider."


def _varianten(data: object, pad: str = ""):  # type: ignore[no-untyped-def]
    """(where, role, text) for every Dutch text that belongs to one reader, in any content file."""
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            if sleutel == "nl" and isinstance(waarde, dict):
                yield from _per_lezer(waarde, f"{pad}.nl")
            elif sleutel == "nl" and isinstance(waarde, str):  # one text for every reader
                yield from _per_lezer({"deelnemer": waarde, "ouder": waarde, "coach": waarde}, f"{pad}.nl")
            else:
                yield from _varianten(waarde, f"{pad}.{sleutel}")
    elif isinstance(data, list):
        for nummer, waarde in enumerate(data):
            yield from _varianten(waarde, f"{pad}[{nummer}]")


def _per_lezer(tabel: dict, pad: str):  # type: ignore[no-untyped-def]
    """`je` / `deelnemer` is the participant's, `ouder` the parent's; `u` is read by a parent and by a coach
    (unless the table has their own key); `coach` the coach's. Guidance items have `tekst`, `titel`, `acties`."""
    lezers = {"je": ("deelnemer",), "deelnemer": ("deelnemer",), "ouder": ("ouder",), "coach": ("coach",),
              "u": tuple(r for r in ("ouder", "coach") if r not in tabel)}
    for sleutel, waarde in tabel.items():
        for rol in lezers.get(sleutel, ()):
            teksten = waarde.values() if isinstance(waarde, dict) else [waarde]
            for tekst in teksten:
                for zin in (tekst if isinstance(tekst, list) else [tekst]):
                    if isinstance(zin, str):
                        yield f"{pad}.{sleutel}", rol, zin.replace("{wie}", WIE[rol]).replace("{Wie}", WIE[rol])


WIE = {"deelnemer": "je", "ouder": "uw kind", "coach": "uw cliënt"}


def test_geen_tekst_in_content_spreekt_een_andere_lezer_aan() -> None:
    """Every role variant of every content text (questions, answer, signals, glossary, guidance), before it is
    shown: the walks in tests/tui/test_woorden_per_rol.py see only the texts of their situations."""
    import tomllib

    from rolwoorden import verkeerde_woorden
    from switchwijzer.paths import content_dir

    fouten = []
    for pad in sorted(content_dir().rglob("*.toml")):
        if "parameters" in pad.parts or "regelingen" in pad.parts:
            continue  # amounts and sources, no reader
        with pad.open("rb") as bestand:
            data = tomllib.load(bestand)
        for plek, rol, tekst in _varianten(data, pad.name):
            fouten += [f"{plek} ({rol}): {fout}" for fout in verkeerde_woorden(tekst, rol)]
    assert not fouten, "\n".join(fouten)
