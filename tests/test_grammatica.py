"""Grammar slips the issue found in the texts (issue 21, "Grammar"), each kept out of every content text and
catalog entry: a separable verb written apart, "voor" where "voordat" or "vóór" is meant, a plural for one
thing, a double negative in a question."""

from __future__ import annotations

import re
import tomllib

import pytest

from switchwijzer.paths import content_dir, locale_dir

FOUT = {
    r"\bterug ga\b": "terugga",
    r"\baf gaat\b": "afgaat",
    r"\bu zelf\b": "uzelf",
    r"\bbedrag voor de belasting\b|\bVoor de belasting eraf": "voordat de belasting eraf gaat",
    r"\bvoor belasting\b|\bVoor belasting\b": "vóór (de) belasting: 'voor belasting' reads as 'for tax'",
    r"\bDit verlies": "Die verlies (de regeling)",
    r"\bZij betalen de toeslagen": "Die betaalt (Dienst Toeslagen)",
    r"\bWe rekenen dat\b": "We rekenen alsof",
    r"\bweg terug kleiner\b": "de weg terug is makkelijker",
    r"\bMaar één van de twee\b": "ambiguous: 'but one of the two'",
    r"\bHoef je\b.*\bniet\b|\bHoeft \{wie\}.*\bniet te betalen\?": "a question with a double negative",
    r"\bmedisch urenbeperkt\?": "untranslated in English: say it and link medische urenbeperking",
}


def _teksten():  # type: ignore[no-untyped-def]
    """Every string in the content files (not the parameters' and regelingen' sources) and every msgstr."""
    def alle(data: object):  # type: ignore[no-untyped-def]
        if isinstance(data, dict):
            for sleutel, waarde in data.items():
                if sleutel not in ("bron", "herkomst"):
                    yield from alle(waarde)
        elif isinstance(data, list):
            for waarde in data:
                yield from alle(waarde)
        elif isinstance(data, str):
            yield data

    for pad in sorted(content_dir().rglob("*.toml")):
        if "parameters" not in pad.parts:
            with pad.open("rb") as bestand:
                yield from ((pad.name, t) for t in alle(tomllib.load(bestand)))
    for po in sorted(locale_dir().rglob("*.po")):
        for msgstr in re.findall(r'^msgstr "(.*)"$', po.read_text(encoding="utf-8"), re.MULTILINE):
            yield po.parent.parent.name + ".po", msgstr


@pytest.mark.parametrize("patroon", list(FOUT))
def test_geen_taalfout_uit_de_lijst(patroon: str) -> None:
    gevonden = [f"{bestand}: {tekst[:120]}" for bestand, tekst in _teksten() if re.search(patroon, tekst)]
    assert not gevonden, f"{FOUT[patroon]}:\n" + "\n".join(gevonden)


def test_in_het_engels_geeft_the_gemeente_westland_en_niet_de_gemeente() -> None:
    from switchwijzer.engine import Situatie, bereken
    from switchwijzer.lezer import Lezer
    from switchwijzer.uitleg import als_tekst

    situatie = Situatie.model_validate({
        "peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
        "straks": {"soort_werk": "regulier", "uren_per_week": 32}, "dagbesteding": {"gemeente": "Westland"}})
    tekst = als_tekst(situatie, bereken(situatie), Lezer("ouder", "en"))
    assert "the gemeente Westland" in tekst or "The gemeente Westland" in tekst
    assert "de gemeente Westland" not in tekst and "De gemeente Westland" not in tekst
