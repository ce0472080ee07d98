"""The B1 meter itself (tests/taalniveau.py), on the schrijfwijzer's own examples."""

from __future__ import annotations

from taalniveau import lettergrepen, meet, zeldzame_woorden, zinnen


def test_zinnen_splitsen_met_afkortingen_bedragen_en_regels() -> None:
    tekst = "Zie art. 41 van de wet. Je krijgt € 1.234 per maand! Dat is o.a. goed.\nVraag het aan UWV"
    assert zinnen(tekst) == ["Zie art. 41 van de wet.", "Je krijgt € 1.234 per maand!", "Dat is o.a. goed.",
                             "Vraag het aan UWV"]


def test_woorden_en_lettergrepen() -> None:
    m = meet(["Je indicatie loopt tot {einddatum}. Je krijgt € 1.234 en 12,5 procent."])
    assert (m.zinnen, m.woorden) == (2, 11)
    assert lettergrepen("{einddatum}") == lettergrepen("€ 1.234") == 2
    assert lettergrepen("UWV") == 3 and lettergrepen("Wmo-indicatie") == 3 + 4
    assert lettergrepen("loonkostensubsidie") == 6


def test_wel_zo_scoort_beter_dan_niet_zo() -> None:
    wel = meet([
        (
            "Ga je meer verdienen? Geef dat door aan Dienst Toeslagen. Doe dat binnen 4 weken. "
            "Anders moet je later geld terugbetalen."
        ),
    ])
    niet = meet(["Wijzigingen in het toetsingsinkomen dienen tijdig te worden doorgegeven aan Dienst Toeslagen."])
    assert wel.flesch_douma >= 70 > niet.flesch_douma
    assert wel.gemiddelde_zinslengte < niet.gemiddelde_zinslengte


def test_lange_zin_wordt_geteld() -> None:
    lang = " ".join(["woord"] * 21) + "."
    m = meet([lang, "Kort."])
    assert m.aandeel_lange_zinnen == 0.5 and m.langste_zin == 21 and m.lange_zinnen == (lang,)


def test_leeg() -> None:
    m = meet([])
    assert (m.zinnen, m.gemiddelde_zinslengte, m.aandeel_lange_zinnen) == (0, 0.0, 0.0)


def test_zeldzame_woorden() -> None:
    tekst = "Je krijgt een herindicatie van Cordaan. Je indicatie loopt tot {einddatum}. Dat is 12,5 uur."
    # common words, numbers and placeholders never count; a rare word does, with how often it occurs
    assert zeldzame_woorden([tekst, "Nog een herindicatie."]) == {"herindicatie": 2, "cordaan": 1}
    # a word inside an explained span (a glossary link) does not count, nor does an allowed name
    begin = tekst.index("herindicatie")
    assert zeldzame_woorden([tekst], lambda t: [(begin, begin + len("herindicatie"))] if t == tekst else [],
                            namen=["Cordaan"]) == {}
