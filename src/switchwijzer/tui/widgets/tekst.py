"""Text on the screen. `Tekst` shows a string exactly as it is: it never reads markup, so text that came
from a person (an answer, anything derived from one) cannot style the screen or run an action.
`Uitleg` is our own B1 text with glossary words as links: it escapes the text and adds only those links."""

from __future__ import annotations

from typing import Any

from textual.visual import VisualType
from textual.widgets import Static

from switchwijzer.uitleg.woordenlijst import vind


def _letterlijk(stuk: str) -> str:
    """Markup that shows `stuk` as written. Textual's reader takes `\\[` as a '[' and any other backslash as itself.
    (textual.markup.escape() escapes only a '[' that looks like a tag: a lone '[' right before one of our links
    then broke the link's tag, and the screen with it.)"""
    return stuk.replace("[", "\\[")


def met_woorden(tekst: str, al_gelinkt: set[str] | None = None) -> str:
    """Textual markup for `tekst` with the first use of each glossary word as a link."""
    gelinkt = al_gelinkt if al_gelinkt is not None else set()
    delen: list[str] = []
    positie = 0
    for start, eind, woord_id in vind(tekst):
        if woord_id in gelinkt or tekst[:start].endswith("\\"):
            continue  # a backslash right before the link's tag would make it text
        gelinkt.add(woord_id)
        delen.append(_letterlijk(tekst[positie:start]))
        delen.append(f"[@click=app.woord('{woord_id}')]{_letterlijk(tekst[start:eind])}[/]")
        positie = eind
    delen.append(_letterlijk(tekst[positie:]))
    return "".join(delen)


class Tekst(Static):
    """A `Static` with markup off: what is given is what is shown."""

    def __init__(self, content: VisualType = "", **kwargs: Any) -> None:
        kwargs.pop("markup", None)
        super().__init__(content, markup=False, **kwargs)


class Uitleg(Static):
    """A paragraph of B1 text whose hard words open the glossary."""

    def __init__(self, tekst: str, *, gelinkt: set[str] | None = None, **kwargs: Any) -> None:
        super().__init__(met_woorden(tekst, gelinkt), **kwargs)
        self.platte_tekst = tekst
