"""The B1 figures of every Dutch string of the wizard: catalog, questions, answer texts, glossary."""

from __future__ import annotations

from typing import Any

from babel.messages.pofile import read_po
from taalniveau import meet

from switchwijzer.paths import locale_dir
from switchwijzer.uitleg.teksten import alle_varianten, lees_toml


def _vul_in(tekst: str) -> str:
    return tekst.replace("{Wie}", "Uw kind").replace("{wie}", "uw kind")


def _uit_content(waarde: Any) -> list[str]:
    """Every Dutch text in a content table, walking nested tables and lists."""
    teksten: list[str] = []
    if isinstance(waarde, dict):
        if "nl" in waarde and isinstance(waarde["nl"], str | dict) and "en" in waarde:
            teksten += alle_varianten(waarde, "nl")
        for sleutel, kind in waarde.items():
            if sleutel not in ("nl", "en", "zet", "als", "vormen"):
                teksten += _uit_content(kind)
    elif isinstance(waarde, list):
        for kind in waarde:
            teksten += _uit_content(kind)
    return teksten


def nederlandse_teksten() -> list[str]:
    with (locale_dir() / "nl" / "LC_MESSAGES" / "switchwijzer.po").open("rb") as f:
        catalogus = read_po(f, locale="nl")
    teksten = [str(m.string) for m in catalogus if m.id and m.string]
    for bestand in ("vragen/vragen.toml", "teksten/signalen.toml", "teksten/uitleg.toml", "teksten/redenen.toml",
                    "teksten/stappen.toml", "woordenlijst.toml"):
        teksten += _uit_content(lees_toml(bestand))
    return [_vul_in(t) for t in teksten]


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
            tekst = als_tekst(situatie, uitkomst, rol, "nl")
            if rol == "coach":  # the coach's rule and source lines are references, not prose
                tekst = "\n".join(r for r in tekst.splitlines() if not r.startswith(("    ", "Bron:")))
            teksten.append(tekst)
    meting = meet(teksten)
    print(meting)
    assert meting.gemiddelde_zinslengte <= 13, meting
    assert meting.aandeel_lange_zinnen <= 0.05, meting
    assert meting.flesch_douma >= 65, meting
