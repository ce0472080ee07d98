"""`werk_bij` (tui/widgets/bijwerken.py) on its own: after it, a container shows exactly what a fresh one shows, and
the widgets that show the same thing are the very same widgets (only what changed is redrawn)."""

from __future__ import annotations

import asyncio

import pytest
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Input, Static

from switchwijzer.tui.widgets.bijwerken import werk_bij

from .helpers import beeld


class Deel(Vertical):
    """A container that composes what `inhoud` says: (kind, text) pairs."""

    def __init__(self, inhoud: list[tuple[str, str]], **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.inhoud = inhoud

    def compose(self) -> ComposeResult:
        for soort, tekst in self.inhoud:
            if soort == "tekst":
                yield Static(tekst)
            elif soort == "knop":
                yield Button(tekst, id="knop")
            elif soort == "open":
                with Collapsible(title=tekst, collapsed=True):
                    yield Static(f"{tekst}: meer")
            elif soort == "blok":
                with Vertical(classes="blok"):
                    yield Static(tekst, classes="kop")
                    yield Static(f"{tekst}: uitleg")
            elif soort == "invoer":
                yield Input(value=tekst)  # a kind werk_bij cannot update in place: it is replaced


def _teksten(deel: Deel) -> dict[str, Widget]:
    return {str(w.content): w for w in deel.query(Static)}


GEVALLEN = {
    "a sentence appears in the middle": (
        [("tekst", "a"), ("tekst", "c")],
        [("tekst", "a"), ("tekst", "b"), ("tekst", "c")],
    ),
    "a sentence goes at the start": ([("tekst", "a"), ("tekst", "b"), ("knop", "+")], [("tekst", "b"), ("knop", "+")]),
    "texts change and one more": ([("tekst", "a"), ("tekst", "b")], [("tekst", "a2"), ("tekst", "b2"), ("tekst", "c")]),
    "a part gets another title": (
        [("tekst", "a"), ("open", "Bijstand"), ("open", "Zorgtoeslag")],
        [("tekst", "a"), ("open", "Loon"), ("open", "Zorgtoeslag")],
    ),
    "a part comes in front": (
        [("open", "Bijstand"), ("open", "Zorgtoeslag")],
        [("open", "Loon"), ("open", "Bijstand"), ("open", "Zorgtoeslag")],
    ),
    "a block comes between texts": (
        [("tekst", "a"), ("blok", "x"), ("tekst", "b")],
        [("tekst", "a"), ("blok", "y"), ("blok", "x2"), ("tekst", "b")],
    ),
    "a button gets another label": ([("knop", "− 1 uur"), ("tekst", "a")], [("knop", "+ 1 uur"), ("tekst", "a")]),
    "a kind that cannot be updated is replaced": ([("invoer", "1"), ("tekst", "a")], [("invoer", "2"), ("tekst", "a")]),
    "everything else": ([("tekst", "a"), ("knop", "k")], [("blok", "b"), ("open", "c"), ("invoer", "d")]),
    "all gone": ([("tekst", "a"), ("open", "b")], []),
}


@pytest.mark.parametrize("oud,nieuw", GEVALLEN.values(), ids=GEVALLEN.keys())
async def test_werk_bij_geeft_wat_een_verse_compose_geeft(oud: list, nieuw: list) -> None:
    class Proef(App):
        def compose(self) -> ComposeResult:
            yield Deel(oud, id="bijgewerkt")
            yield Deel(nieuw, id="vers")

    app = Proef()
    async with app.run_test() as pilot:
        await pilot.pause()
        deel = app.query_one("#bijgewerkt", Deel)
        voor = _teksten(deel)
        deel.inhoud = nieuw
        await werk_bij(deel)
        await pilot.pause()
        assert beeld(deel) == beeld(app.query_one("#vers", Deel))
        for tekst, widget in _teksten(deel).items():  # what stayed the same was not drawn anew
            if tekst in voor:
                assert widget is voor[tekst], tekst


async def test_twee_keer_snel_achter_elkaar() -> None:
    """A second change while a widget of the first is still being taken down: it is not used again."""

    class Proef(App):
        def compose(self) -> ComposeResult:
            yield Deel([("tekst", "a"), ("tekst", "b")], id="bijgewerkt")
            yield Deel([("tekst", "a"), ("tekst", "x")], id="vers")

    app = Proef()
    async with app.run_test() as pilot:
        await pilot.pause()
        deel = app.query_one("#bijgewerkt", Deel)
        deel.inhoud = [("tekst", "a")]
        eerste = asyncio.ensure_future(werk_bij(deel))
        await asyncio.sleep(0)  # the first has started to take "b" down, and waits for it
        assert not eerste.done()
        deel.inhoud = [("tekst", "a"), ("tekst", "x")]
        await werk_bij(deel)
        await eerste
        await pilot.pause()
        assert beeld(deel) == beeld(app.query_one("#vers", Deel))
