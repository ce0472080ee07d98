"""Speakable text: amounts, dates, percentages, abbreviations, glossary words and symbols, in both languages.

Each expected form is what eSpeak NG reads right (checked with its phonemes in tests/spraak/test_stem.py); the
form shown on screen is what it reads wrong (what-else-changes.md §5: "€ 1.234" is "euroteken ...").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from switchwijzer import i18n
from switchwijzer.uitleg.uitspraak import bedrag, uitspraak, zinnen
from switchwijzer.uitleg.woordenlijst import woorden


@pytest.fixture
def taal(request):  # type: ignore[no-untyped-def]
    i18n.zet_taal(request.param)
    yield request.param
    i18n.zet_taal("nl")


BEDRAGEN = [
    # (shown on screen, Dutch, English) for every kind of amount the app writes
    ("€ 1.234", "1234 euro", "1234 euros"),
    ("€ 22", "22 euro", "22 euros"),
    ("€ 1", "1 euro", "1 euro"),
    ("€ 0", "0 euro", "0 euros"),
    ("€ -22", "min 22 euro", "minus 22 euros"),
    ("€ 1.234.567", "1234567 euro", "1234567 euros"),
    ("€ 1.401,50", "1401 euro en 50 cent", "1401 euros and 50 cents"),
    ("€ 1.234,00", "1234 euro", "1234 euros"),
    ("€ 0,50", "50 cent", "50 cents"),
    ("€ 0,01", "1 cent", "1 cent"),
    ("€ 1,01", "1 euro en 1 cent", "1 euro and 1 cent"),
    ("€ -21,80", "min 21 euro en 80 cent", "minus 21 euros and 80 cents"),
    ("€ -0,50", "min 50 cent", "minus 50 cents"),
]


@pytest.mark.parametrize("taal", ["nl", "en"], indirect=True)
@pytest.mark.parametrize(("getoond", "nl", "en"), BEDRAGEN)
def test_elk_soort_bedrag_zoals_het_gezegd_wordt(taal: str, getoond: str, nl: str, en: str) -> None:
    waarde = Decimal(getoond.replace("€ ", "").replace(".", "").replace(",", "."))
    scherm = i18n.geld(waarde, centen="," in getoond)  # as the app writes it in this language
    verwacht = nl if taal == "nl" else en
    assert uitspraak(f"Het is {scherm} per maand.") == f"{'Het is' if taal == 'nl' else 'Het is'} {verwacht} per maand."
    assert bedrag(waarde, centen=True) == verwacht


def test_een_getypt_bedrag_met_min_ervoor_of_streepje_erachter() -> None:
    assert uitspraak("Huur -€ 22 of € 12,- per week, of € 1.000 per jaar.") == (
        "Huur min 22 euro of 12 euro per week, of 1000 euro per jaar."
    )


def test_zonder_centen_wordt_een_bedrag_afgerond_zoals_het_scherm_het_toont() -> None:
    assert bedrag(Decimal("1401.50")) == "1402 euro"
    assert bedrag(Decimal("-21.49")) == "min 21 euro"
    assert bedrag(Decimal("-0.4")) == "0 euro"  # never "min 0 euro"


@given(st.decimals(min_value=Decimal("-99999.99"), max_value=Decimal("99999.99"), places=2))
def test_elk_getoond_bedrag_wordt_hetzelfde_gezegd_als_het_bedrag_zelf(waarde: Decimal) -> None:
    for taal in ("nl", "en"):
        i18n.zet_taal(taal)
        try:
            for centen in (False, True):
                assert uitspraak(i18n.geld(waarde, centen=centen)) == bedrag(waarde, centen=centen)
        finally:
            i18n.zet_taal("nl")


@pytest.mark.parametrize("taal", ["nl", "en"], indirect=True)
def test_datums(taal: str) -> None:
    januari = "1 januari 2027" if taal == "nl" else "1 January 2027"
    maart = "15 maart 2026" if taal == "nl" else "15 March 2026"
    assert uitspraak("Vanaf 1-1-2027.") == f"Vanaf {januari}."
    assert uitspraak("Tot 2026-03-15.") == f"Tot {maart}."
    assert uitspraak(f"Op {i18n.datum(__import__('datetime').date(2027, 1, 1))}.") == f"Op {januari}."
    assert uitspraak("Code 31-2-2027.") == "Code 31-2-2027.", "not a date: left as it is"


@pytest.mark.parametrize("taal", ["nl", "en"], indirect=True)
def test_procenten(taal: str) -> None:
    woord = "procent" if taal == "nl" else "percent"
    assert uitspraak(f"Ongeveer {i18n.procent(85)} van het loon.") == f"Ongeveer 85 {woord} van het loon."
    assert uitspraak("Tot 110% en 12,5 %.") == f"Tot 110 {woord} en 12,5 {woord}."


AFKORTINGEN_NL = [
    ("Het CAK stuurt een brief.", "Het C-A-K stuurt een brief."),
    ("Bel UWV.", "Bel U-W-V."),
    ("Zorg uit de Wmo en de Wlz.", "Zorg uit de W-M-O en de W-L-Z."),
    ("Je Wlz-indicatie blijft.", "Je W-L-Z-indicatie blijft."),
    ("Vanaf de AOW-leeftijd.", "Vanaf de A-O-W-leeftijd."),
    ("Met een vpt of mpt.", "Met een V-P-T of M-P-T."),
    ("De SVB en de WW.", "De Es-V-B en de W-W."),  # not in any list: letter by letter, S as "Es"
    ("Geen WIA.", "Geen wie-ja."),  # said as a word
    ("Log in met DigiD.", "Log in met Diegie-dee."),
    ("Vraag je jobcoach of budgetcoach.", "Vraag je djob-kootsj of budget-coach."),
    ("Van 1 t/m 6, ca. 40 uur, bijv. nu.", "Van 1 tot en met 6, ongeveer 40 uur, bijvoorbeeld nu."),
]


@pytest.mark.parametrize(("getoond", "gezegd"), AFKORTINGEN_NL)
def test_afkortingen_en_woorden_in_het_nederlands(getoond: str, gezegd: str) -> None:
    assert uitspraak(getoond) == gezegd


AFKORTINGEN_EN = [
    ("The CAK sends a letter.", "The C-Eh-K sends a letter."),  # "C-A-K" would have the article "a" in it
    ("Call UWV about the Wmo.", "Call U-W-V about the W-M-O."),
    ("The SVB pays.", "The S-V-B pays."),  # English letter names need no "Es"
    ("Your bijstand and zorgtoeslag go down.", "Your bay-stunt and zorg-too-slakh go down."),
    ("Ask the gemeente, e.g. now.", "Ask the kuh-main-tuh, for example now."),
]


@pytest.mark.parametrize(("getoond", "gezegd"), AFKORTINGEN_EN)
def test_afkortingen_en_nederlandse_woorden_in_het_engels(getoond: str, gezegd: str) -> None:
    i18n.zet_taal("en")
    try:
        assert uitspraak(getoond) == gezegd
    finally:
        i18n.zet_taal("nl")


def test_gewone_woorden_blijven_zoals_ze_zijn() -> None:
    zin = "Ik ga werken bij een bakker, en IK blijf in Utrecht."
    assert uitspraak(zin) == "Ik ga werken bij een bakker, en I-K blijf in Utrecht."  # capitals are an abbreviation
    assert uitspraak("Geen wmo-achtig woord: wmoo, bijstandje.") == "Geen W-M-O-achtig woord: wmoo, bijstandje."


def test_geen_tekens_alleen_woorden_en_leestekens() -> None:
    assert uitspraak("• Loon: € 1.031 → meer ☐ (schatting) [x] {y} ⚠ *") == "Loon: 1031 euro meer, schatting, x y"
    assert uitspraak("Per maand. (schatting)") == "Per maand. Schatting."
    assert uitspraak("Loon – bijstand & toeslag / 2 § 3") == "Loon, bijstand en toeslag of 2 paragraaf 3"


def test_een_zin_begint_met_een_hoofdletter_ook_als_het_eerste_woord_anders_gezegd_wordt() -> None:
    i18n.zet_taal("en")
    try:
        assert zinnen(["Bijstand: now €1,419.", "At most € 1.000 a year, or €1.50."]) == [
            "Bay-stunt: now 1419 euros.", "At most 1000 euros a year, or 1 euro and 50 cents.",
        ]
    finally:
        i18n.zet_taal("nl")


def test_zinnen_een_voor_een_zonder_lege() -> None:
    assert zinnen(["Je krijgt € 1.234. Vraag het na!", "", "•", "Klaar? Ja."]) == [
        "Je krijgt 1234 euro.", "Vraag het na!", "Klaar?", "Ja.",
    ]


def test_elke_uitspraak_in_de_woordenlijst_hoort_bij_een_vorm_van_dat_woord() -> None:
    for woord_id, data in woorden().items():
        for taal, vormen in data.get("uitspraak", {}).items():
            assert taal in ("nl", "en"), woord_id
            assert set(vormen) <= set(data["vormen"][taal]), (woord_id, taal)
