"""An amount stays on one line: "€ 231" is never split at a line end (tui/harde_spatie.py)."""

from __future__ import annotations

from rich import _wrap
from textual.content import Content

from switchwijzer.tui import harde_spatie
from switchwijzer.tui.app import SwitchwijzerApp  # noqa: F401 - importing the app applies the pattern


def _regels(tekst: str, breedte: int) -> list[str]:
    return [str(regel).rstrip() for regel in Content(tekst).wrap(breedte)]


def test_rich_wrapt_nog_met_het_woordpatroon_dat_we_vervangen() -> None:
    """Pins the private part of Rich this relies on: `divide_line` finds its words with `re_word`."""
    assert _wrap.re_word is harde_spatie.WOORD
    assert _wrap.words.__module__ == "rich._wrap" and "re_word" in _wrap.words.__code__.co_names


def test_een_bedrag_blijft_bij_elkaar_op_het_eind_van_een_regel() -> None:
    assert _regels("Dat is €\xa0231 meer.", 9) == ["Dat is", "€\xa0231", "meer."]


def test_gewone_spaties_breken_nog_steeds() -> None:
    assert _regels("een twee drie", 8) == ["een twee", "drie"]


def test_zonder_het_patroon_brak_rich_het_bedrag_af() -> None:
    """The fault this fixes, shown with Rich's own pattern (so the test would notice if Rich fixed it itself)."""
    import re

    eigen = _wrap.re_word
    _wrap.re_word = re.compile(r"\s*\S+\s*")
    try:
        assert _regels("Dat is €\xa0231 meer.", 9)[0] == "Dat is €"
    finally:
        _wrap.re_word = eigen
