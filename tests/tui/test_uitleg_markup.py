"""`met_woorden` (tui/widgets/tekst.py) turns our B1 text into Textual markup: every piece is escaped, so the screen
shows the text exactly as written, and the only actions in it are the glossary links it adds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.content import Content

from switchwijzer.tui.widgets.tekst import met_woorden

ACTIE = "@click=app.woord("


def _getoond(tekst: str) -> Content:
    return Content.from_markup(met_woorden(tekst))


@pytest.mark.parametrize(
    "tekst",
    [
        "[b]vet[/b] voor het eerste woord: bijstand",  # before the first glossary word
        "bijstand [@click=app.quit]stop[/] en dan toeslagen",  # between two words
        "Je krijgt bijstand. [@click=app.quit]Stop[/]",  # after the last word: the last piece
        "[red]geen enkel woord uit de woordenlijst[/red]",  # no word at all: only the last piece
        "bijstand[i]",  # right after the last word
        "[bijstand",  # a lone '[' right before a link
        "C:\\bijstand\\[b]x",  # a backslash right before a word, and before a '['
    ],
)
def test_every_piece_of_the_text_is_shown_as_written(tekst: str) -> None:
    getoond = _getoond(tekst)
    assert getoond.plain == tekst
    assert all(str(span.style).startswith(ACTIE) for span in getoond.spans), "markup from the text got through"


STUKJES = st.sampled_from(["bijstand", "toeslagen", "zorgtoeslag", "[b]", "[/b]", "[/]", "[@click=app.quit]",
                           "[link=https://x.nl]", "]", "[", "\\", " ", "a", "=", "'", "("])


@given(st.lists(STUKJES, max_size=12).map("".join))
def test_any_text_is_shown_as_written_with_only_glossary_links(tekst: str) -> None:
    getoond = _getoond(tekst)
    assert getoond.plain == tekst
    assert all(str(span.style).startswith(ACTIE) for span in getoond.spans)
