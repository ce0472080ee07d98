"""The B1 figures of every Dutch string of the wizard: catalog, questions, answer texts, glossary, guidance;
and no rare word without help (schrijfwijzer rule 3).

Count the rare words by hand (from the repository root):
    PYTHONPATH=src:tests python -c "from tui.test_taalniveau_wizard import rapport_zeldzaam; rapport_zeldzaam()"
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from babel.messages.pofile import read_po

from switchwijzer.guidance.inhoud import items
from switchwijzer.guidance.regelingen import alle_regelingen
from switchwijzer.lezer import ROLLEN, Lezer
from switchwijzer.paths import locale_dir
from switchwijzer.uitleg.teksten import alle_varianten, lees_toml
from switchwijzer.uitleg.woordenlijst import vind
from taalniveau import meet, zeldzame_woorden


def _vul_in(tekst: str) -> str:
    return tekst.replace("{Wie}", "Uw kind").replace("{wie}", "uw kind")


def _uit_content(waarde: Any) -> list[str]:
    """Every Dutch text in a content table, walking nested tables and lists."""
    teksten: list[str] = []
    if isinstance(waarde, dict):
        if "nl" in waarde and isinstance(waarde["nl"], str | dict) and "en" in waarde:
            teksten += alle_varianten(waarde, "nl")
        for sleutel, kind in waarde.items():
            if sleutel not in ("nl", "en", "zet", "als", "vormen", "uitspraak"):  # uitspraak: for the voice
                teksten += _uit_content(kind)
    elif isinstance(waarde, list):
        for kind in waarde:
            teksten += _uit_content(kind)
    return teksten


def nederlandse_teksten() -> list[str]:
    with (locale_dir() / "nl" / "LC_MESSAGES" / "switchwijzer.po").open("rb") as f:
        catalogus = read_po(f, locale="nl")
    teksten = [str(m.string) for m in catalogus if m.id and m.string]
    for bestand in ("vragen/vragen.toml", "vragen/tegenstrijdig.toml", "teksten/signalen.toml", "teksten/uitleg.toml",
                    "teksten/redenen.toml", "teksten/stappen.toml", "teksten/scenarios.toml", "teksten/antwoord.toml",
                    "teksten/regelingen.toml", "woordenlijst.toml"):
        teksten += _uit_content(lees_toml(bestand))
    return [_vul_in(t) for t in teksten]


def guidance_teksten() -> list[str]:
    """Every Dutch guidance text, for every role: title, text and each action."""
    return [t for item in items() for rol in ROLLEN
            for t in (getattr(item.nl, rol).titel, getattr(item.nl, rol).tekst, *getattr(item.nl, rol).acties)]


NAMEN = frozenset({
    "switchwijzer",  # the app's own name (window title)
    "cordaan",  # a care provider in Amsterdam, named in the local guidance for Amsterdam
    "wpda",  # Werkplein Drentsche Aa, the joint work service of Aa en Hunze, Assen and Tynaarlo
    "espeak-ng",  # the voice's program: "Installeer espeak-ng" names what staff install when F6 has no voice
})
"""Names a reader needs as they are: they cannot be replaced by a common word, and a glossary entry would not
help more than the sentence around them. Laws, organisations and legal terms are not names here: they get a
glossary entry (Wmo, Wlz, UWV and CAK are common enough and have one anyway)."""


def gemeentenamen() -> set[str]:
    """Every word of a gemeente or regio name the local guidance knows (Tynaarlo, Montfoort, ...)."""
    namen: set[str] = set()
    for gemeente in lees_toml("guidance/gemeenten.toml")["gemeente"]:
        for naam in (gemeente["naam"], gemeente["regio_naam"]):
            namen |= set(naam.lower().replace(",", " ").split())
    for regelingen in alle_regelingen().values():  # the gemeenten and sociale diensten with local regelingen
        for naam in (regelingen.naam, *regelingen.gemeenten):
            namen |= set(naam.lower().replace("-", " ").split())
    return namen


def zeldzaam_zonder_uitleg() -> Counter[str]:
    uitgelegd = lambda tekst: [(start, eind) for start, eind, _woord in vind(tekst, "nl")]  # noqa: E731
    return zeldzame_woorden(nederlandse_teksten() + guidance_teksten(), uitgelegd, NAMEN | gemeentenamen())


def test_geen_zeldzaam_woord_zonder_uitleg() -> None:
    """Every word with a Zipf frequency under 2.5 is replaced by a common word or linked to the glossary."""
    zeldzaam = zeldzaam_zonder_uitleg()
    assert not zeldzaam, f"{len(zeldzaam)} rare words without a glossary entry: {zeldzaam.most_common()}"


def test_de_namenlijst_blijft_klein_en_nodig() -> None:
    """The allow-list holds only names, and only names that are still rare and still used."""
    alles = " ".join(nederlandse_teksten() + guidance_teksten()).lower()
    ongebruikt = [n for n in NAMEN if n not in alles]
    assert len(NAMEN) <= 5 and not ongebruikt, ongebruikt
    assert zeldzame_woorden([n for n in NAMEN]) == Counter(NAMEN), "a name on the list is not rare: remove it"


def rapport_zeldzaam() -> None:
    """Print the rare words without help, most frequent first."""
    zeldzaam = zeldzaam_zonder_uitleg()
    for woord, aantal in zeldzaam.most_common():
        print(f"{aantal:3}  {woord}")
    print(len(zeldzaam), "rare words without help")


def test_b1_cijfers_van_alle_nederlandse_teksten() -> None:
    teksten = nederlandse_teksten()
    assert len(teksten) > 300
    meting = meet(teksten)
    print(meting)
    assert meting.gemiddelde_zinslengte <= 13, meting
    assert meting.aandeel_lange_zinnen <= 0.05, meting
    assert meting.flesch_douma >= 65, meting


def test_b1_cijfers_van_de_hele_uitkomst_als_tekst() -> None:
    """The answer as a reader gets it (with amounts filled in), for each role and a few situations."""
    from switchwijzer.engine import Situatie, bereken
    from switchwijzer.uitleg import als_tekst

    situaties = [
        {"peildatum": "2026-03-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
         "nu": {"uitkering": "bijstand"}, "straks": {"uren_per_week": 20}},
        {"peildatum": "2026-03-01", "leeftijd": 20, "huishouden": {"soort": "bij_ouders", "kostendelers_27_plus": 2,
         "medebewoners_inkomen_per_jaar": 40000}, "wonen": {"huurt": True, "kale_huur_per_maand": 800},
         "nu": {"uitkering": "wajong_70", "vergoeding_dagbesteding_per_maand": 25}, "straks": {"uren_per_week": 24}},
    ]
    teksten = []
    for data in situaties:
        situatie = Situatie.model_validate(data)
        uitkomst = bereken(situatie)
        for rol in ("deelnemer", "ouder", "coach"):
            tekst = als_tekst(situatie, uitkomst, Lezer(rol, "nl"))
            if rol == "coach":  # the coach's rule and source lines are references, not prose
                tekst = "\n".join(r for r in tekst.splitlines() if not r.startswith(("    ", "Bron:")))
            teksten.append(tekst)
    meting = meet(teksten)
    print(meting)
    assert meting.gemiddelde_zinslengte <= 13, meting
    assert meting.aandeel_lange_zinnen <= 0.05, meting
    assert meting.flesch_douma >= 65, meting
