"""The catalogs: every string in the code is in both catalogs, none is empty or fuzzy, the .mo are fresh.
Also the babel formatting the whole app relies on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from switchwijzer import i18n
from switchwijzer.paths import locale_dir

WORTEL = Path(__file__).resolve().parents[1]
CODE = [
    WORTEL / "src/switchwijzer/tui",
    WORTEL / "src/switchwijzer/uitleg",
    WORTEL / "src/switchwijzer/afdruk",
    WORTEL / "src/switchwijzer/i18n.py",
    WORTEL / "src/switchwijzer/lezer.py",
    WORTEL / "src/switchwijzer/intake.py",
    WORTEL / "src/switchwijzer/spraak",
]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def _code_msgids() -> set[str]:
    ids: set[str] = set()
    for pad in CODE:
        if pad.is_file():
            berichten = [m[1] for m in extract_from_file("python", str(pad), keywords=KEYWORDS)]
        else:
            berichten = [m[2] for m in extract_from_dir(str(pad), method_map=[("**.py", "python")], keywords=KEYWORDS)]
        for bericht in berichten:
            ids.add(bericht[0] if isinstance(bericht, tuple) else bericht)
    return ids


def _catalog(taal: str):  # type: ignore[no-untyped-def]
    with (locale_dir() / taal / "LC_MESSAGES" / "switchwijzer.po").open("rb") as f:
        return read_po(f, locale=taal)


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_elke_string_uit_de_code_staat_in_de_catalogus_en_is_vertaald(taal: str) -> None:
    catalogus = _catalog(taal)
    ontbreekt = sorted(m for m in _code_msgids() if catalogus.get(m) is None)
    assert not ontbreekt, f"not in locale/{taal}: {ontbreekt}"
    leeg = sorted(str(m.id) for m in catalogus if m.id and not m.string)
    assert not leeg, f"empty msgstr in locale/{taal}: {leeg}"
    vaag = sorted(str(m.id) for m in catalogus if m.id and m.fuzzy)
    assert not vaag, f"fuzzy in locale/{taal}: {vaag}"


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_mo_past_bij_po(taal: str) -> None:
    po = _catalog(taal)
    with (locale_dir() / taal / "LC_MESSAGES" / "switchwijzer.mo").open("rb") as f:
        mo = read_mo(f)
    assert {m.id: m.string for m in po if m.id} == {m.id: m.string for m in mo if m.id}, (
        "run: pybabel compile -d locale -D switchwijzer"
    )
    buffer = BytesIO()
    write_mo(buffer, po)  # the .po compiles


def test_placeholders_gelijk_in_msgid_en_msgstr() -> None:
    import re

    for taal in ("nl", "en"):
        for m in _catalog(taal):
            if m.id:
                assert set(re.findall(r"\{\w+\}", m.id)) == set(re.findall(r"\{\w+\}", m.string)), m.id


def test_taal_wisselen() -> None:
    i18n.zet_taal("nl")
    assert i18n._("Start over") == "Opnieuw beginnen"
    i18n.zet_taal("en")
    assert i18n._("Start over") == "Start over"
    i18n.zet_taal("nl")


def test_geld_en_datum_met_babel_nl() -> None:
    assert i18n.geld(Decimal("1234")) == "€\xa01.234"
    assert i18n.geld(Decimal("1234.5"), centen=True) == "€\xa01.234,50"
    assert i18n.geld(Decimal("2.5")) == "€\xa03"  # half up, not babel's half-even
    assert i18n.geld(Decimal("-0.4")) == "€\xa00"
    i18n.zet_taal("nl")
    assert i18n.datum(date(2027, 3, 1)) == "1 maart 2027"
    assert i18n.getal(Decimal("12.5")) == "12,5"


def test_engels_toont_bedragen_en_datums_op_zijn_engels_en_nederlands_op_zijn_nederlands() -> None:
    from datetime import date
    from decimal import Decimal

    from switchwijzer import i18n

    try:
        i18n.zet_taal("en")
        assert (i18n.geld(Decimal("1374.4")), i18n.geld(Decimal("1374.45"), centen=True)) == ("€1,374", "€1,374.45")
        assert (i18n.getal(Decimal("12.5")), i18n.datum(date(2027, 3, 1))) == ("12.5", "1 March 2027")
        i18n.zet_taal("nl")
        assert (i18n.geld(Decimal("1374.4")), i18n.geld(Decimal("1374.45"), centen=True)) == (
            "€\xa01.374",
            "€\xa01.374,45",
        )
        assert (i18n.getal(Decimal("12.5")), i18n.datum(date(2027, 3, 1))) == ("12,5", "1 maart 2027")
    finally:
        i18n.zet_taal("nl")


@pytest.mark.parametrize(("waarde", "vanaf", "tekst"), [
    ("25.1", False, "25"), ("24.7", False, "24,5"), ("24.75", False, "25"), ("12.5", False, "12,5"), ("8", False, "8"),
    ("25.1", True, "25,5"), ("24.7", True, "25"), ("7.9", True, "8"), ("24.5", True, "24,5"), ("25", True, "25"),
])
def test_uren_zoals_mensen_ze_zeggen(waarde: str, vanaf: bool, tekst: str) -> None:
    """Whole or half hours, never "25,1 uur"; "from ... hours" rounds up, so it stays true."""
    from decimal import Decimal

    from switchwijzer.i18n import uren_getal, zet_taal

    zet_taal("nl")
    assert uren_getal(Decimal(waarde), vanaf=vanaf) == tekst
