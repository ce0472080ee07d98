"""Drive the wizard like a person: digits pick a choice, typing fills a field, Enter goes on."""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Callable

from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Input, Static

from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.urengrafiek import UrenGrafiek
from switchwijzer.tui.widgets.vraagveld import VraagVeld

WEET_NIET = object()


def beeld(wortel: Widget) -> list[tuple]:
    """Every widget under `wortel` with what it shows: kind, id, classes, shown or not, and its text, label,
    title, typed value or chart lines. Two pictures are equal when a person sees the same."""
    uit: list[tuple] = []
    for w in wortel.query("*"):
        regel: tuple = (type(w).__name__, w.id, tuple(sorted(w.classes)), w.display)
        if isinstance(w, Button):
            regel += (str(w.label),)
        elif isinstance(w, Static):
            regel += (str(w.content),)
        elif isinstance(w, Collapsible):
            regel += (w.title,)
        elif isinstance(w, Input):
            regel += (w.value,)
        elif isinstance(w, UrenGrafiek):
            regel += (w.lijnen,)
        uit.append(regel)
    return uit


def toets(naam: str) -> events.Key:
    """The key event a terminal sends for a key name or a character (as Pilot.press builds it)."""
    if len(naam) == 1 and not naam.isalnum():
        naam = _character_to_key(naam)
    try:
        teken: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(naam, naam)))
    except KeyError:
        teken = naam if len(naam) == 1 else None
    return events.Key(naam, teken)


def typ(pilot: Pilot, tekst: str) -> None:
    """Type `tekst` in one quick burst, as a fast hand or a paste of keys does. The keys arrive in order; the next
    `pilot.press` or `pilot.pause` waits until they are handled. (Pilot.press waits until the app is idle after
    every single key: that was most of the time of a walk through the questions.)"""
    assert pilot.app._driver is not None
    for teken in tekst:
        pilot.app._driver.send_message(toets(teken))


async def beantwoord_alles(
    pilot: Pilot,
    antwoorden: dict[str, object],
    max_stappen: int = 40,
    bij_elke_vraag: Callable[[VraagScherm], None] | None = None,
    tot: str | None = None,
) -> list[str]:
    """Answer each question screen from `antwoorden` (question id -> choice number, text or WEET_NIET) up to the
    review, or up to question `tot` (left unanswered); `bij_elke_vraag` sees each question screen first."""
    gezien: list[str] = []
    for _ in range(max_stappen):
        await pilot.pause()
        scherm = pilot.app.screen
        if isinstance(scherm, OverzichtScherm):
            return gezien
        assert isinstance(scherm, VraagScherm), f"unexpected screen {scherm!r}"
        vraag_id = scherm.vraag.id
        if vraag_id == tot:
            return gezien
        gezien.append(vraag_id)
        if bij_elke_vraag is not None:
            bij_elke_vraag(scherm)
        antwoord = antwoorden[vraag_id]
        if antwoord is WEET_NIET:
            scherm.query_one(VraagVeld).query_one("#weet-niet", Button).focus()
            await pilot.press("enter")
        elif isinstance(antwoord, int):
            await pilot.press(str(antwoord))
        else:
            typ(pilot, str(antwoord))
            await pilot.press("enter")
    raise AssertionError(f"no review screen after {max_stappen} steps: {gezien}")


async def naar_overzicht(pilot: Pilot, gewandeld: Antwoorden) -> OverzichtScherm:
    """Put a copy of the answers a real walk gave (fixture `deelnemer_gewandeld`) in the app and show the review,
    on the same screen stack as after the last question: without answering every question again."""
    app = pilot.app
    await pilot.pause()
    app.antwoorden = copy.deepcopy(gewandeld)  # type: ignore[attr-defined]
    await app.push_screen(OverzichtScherm())
    await pilot.pause()
    assert isinstance(app.screen, OverzichtScherm)
    return app.screen


async def naar_uitkomst(pilot: Pilot, gewandeld: Antwoorden) -> UitkomstScherm:
    """As `naar_overzicht`, then "Show the answer" as a person clicks it."""
    await naar_overzicht(pilot, gewandeld)
    await pilot.click("#bereken")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, UitkomstScherm), scherm
    return scherm


async def formulier_typ(pilot: Pilot, vraag_id: str, tekst: str, enter: bool = False) -> None:
    """On the coach's form: type `tekst` in the field of a question (what was there goes), then Enter if asked."""
    invoer = pilot.app.screen.query_one(f"#invoer-{vraag_id}", Input)
    invoer.focus()
    invoer.value = ""
    await pilot.press(*list(tekst), *(["enter"] if enter else []))


async def formulier_kies(pilot: Pilot, vraag_id: str, knop_id: str) -> None:
    """On the coach's form: press the button `knop_id` ("keuze-ja", "weet-niet") of a question."""
    pilot.app.screen.query_one(f"#vraag-{vraag_id}", VraagVeld).query_one(f"#{knop_id}", Button).press()
    await pilot.pause()
