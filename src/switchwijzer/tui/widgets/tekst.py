"""Text with glossary words as links: click a word (or press F2) to read what it means."""

from __future__ import annotations

from textual.markup import escape
from textual.widgets import Static

from switchwijzer.uitleg.woordenlijst import vind


def met_woorden(tekst: str, al_gelinkt: set[str] | None = None) -> str:
    """Textual markup for `tekst` with the first use of each glossary word as a link."""
    gelinkt = al_gelinkt if al_gelinkt is not None else set()
    delen: list[str] = []
    positie = 0
    for start, eind, woord_id in vind(tekst):
        if woord_id in gelinkt:
            continue
        gelinkt.add(woord_id)
        delen.append(escape(tekst[positie:start]))
        delen.append(f"[@click=app.woord('{woord_id}')]{escape(tekst[start:eind])}[/]")
        positie = eind
    delen.append(escape(tekst[positie:]))
    return "".join(delen)


class Uitleg(Static):
    """A paragraph of B1 text whose hard words open the glossary."""

    def __init__(self, tekst: str, *, gelinkt: set[str] | None = None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(met_woorden(tekst, gelinkt), **kwargs)
        self.platte_tekst = tekst
