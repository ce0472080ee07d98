"""One visitor at the kiosk, from the first screen to the answer and back to the first screen: for the soak
benchmark (benchmarks/soak.py, hundreds of visitors) and the quick memory guard (test_geheugen.py).

A visitor: "1" (participant) on the first screen, every question answered by keyboard, "Laat de uitkomst zien",
on the answer `-` and `+`, `v` (compare) with one more choice (30 hours) and back, then the reset. Odd visitors
end with the kiosk's own reset after a quiet while ("Ben je er nog?" and no answer), even ones with the
"Opnieuw beginnen" button and "Ja".
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable
from datetime import date

from textual.pilot import Pilot
from textual.screen import Screen

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.dialogs.bevestig import Bevestig
from switchwijzer.tui.dialogs.nog_daar import NogDaar
from switchwijzer.tui.screens.rol import RolScherm
from switchwijzer.tui.screens.scenarios import ScenarioScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm

from .helpers import WEET_NIET, beantwoord_alles

PEILDATUM = date(2026, 12, 1)
ANTWOORDEN: dict[str, object] = {
    # A participant in bijstand who rents alone: the answer then has toeslagen, kwijtschelding and the way back.
    "leeftijd": "24", "woonsituatie": 1, "kostendelers": "0", "huurt": 1, "huur": "650,50", "uitkering": 1,
    "vergoeding": WEET_NIET, "kwijtschelding": 1, "financiering": 1, "andere_wmo_hulp": WEET_NIET,
    "einddatum": "1-3-2028", "soort_werk": 1, "uren": "20", "loon": WEET_NIET, "reiskosten": "0", "begonnen": 1,
    "start": "3-2027", "urenbeperking": 2, "advies": 1, "gemeente": "Utrecht",
}
WACHT_SECONDEN = 60


def kiosk_app() -> SwitchwijzerApp:
    """The app as `switchwijzer --kiosk` builds it (tui/start.py), with a fixed date (the answers fit on any day)
    and a countdown of 1 second."""
    return SwitchwijzerApp(kiosk=True, taal="nl", rol=None, vang_fouten=True, peildatum=PEILDATUM, aftel_seconden=1)


async def wacht_op(pilot: Pilot, klaar: Callable[[], bool], wat: str) -> None:
    grens = time.monotonic() + WACHT_SECONDEN
    while not klaar():
        if time.monotonic() > grens:
            raise AssertionError(f"no {wat} after {WACHT_SECONDEN} s; the screen is {pilot.app.screen!r}")
        await pilot.pause(0.05)


def antwoorden(nummer: int | None) -> dict[str, object]:
    """ANTWOORDEN, or for visitor `nummer` another age, rent and hours (the same questions): then the engine
    works out other amounts for each visitor, as at a real kiosk, and its remembered results fill up."""
    if nummer is None:
        return ANTWOORDEN
    return ANTWOORDEN | {"leeftijd": str(21 + nummer % 40), "huur": f"{500 + nummer % 400},{nummer % 100:02d}",
                         "uren": str(8 + nummer % 29)}


async def naar_het_antwoord(pilot: Pilot, nummer: int | None = None) -> None:
    await pilot.press("1")
    await beantwoord_alles(pilot, antwoorden(nummer))
    await pilot.click("#bereken")
    await wacht_op(pilot, lambda: isinstance(pilot.app.screen, UitkomstScherm), "answer")
    scherm = pilot.app.screen
    assert isinstance(scherm, UitkomstScherm) and not scherm.fout, scherm


async def rond_het_antwoord(pilot: Pilot) -> None:
    """Fewer and more hours, then compare with one more choice (30 hours) and back to the answer."""
    await pilot.press("minus", "plus", "v")
    await wacht_op(pilot, lambda: isinstance(pilot.app.screen, ScenarioScherm), "compare screen")
    await pilot.press("3", "0", "enter")
    await pilot.pause()
    await pilot.press("escape")
    await wacht_op(pilot, lambda: isinstance(pilot.app.screen, UitkomstScherm), "answer after compare")


def _weer_aan_het_begin(app: SwitchwijzerApp) -> bool:
    return isinstance(app.screen, RolScherm) and app.antwoorden is None


async def stil_tot_opnieuw(pilot: Pilot) -> None:
    """The kiosk's own reset: nobody touches it, it asks "Ben je er nog?", nobody answers, it starts over. The
    quiet minutes are skipped by moving the last activity back; the app's own timers do the rest."""
    app = pilot.app
    assert isinstance(app, SwitchwijzerApp)
    app._laatst_actief -= app.stil_seconden
    await wacht_op(pilot, lambda: isinstance(app.screen, NogDaar), '"Ben je er nog?"')
    await wacht_op(pilot, lambda: _weer_aan_het_begin(app), "start over after the quiet while")


async def opnieuw_beginnen(pilot: Pilot) -> None:
    """The "Opnieuw beginnen" button in the top bar, then "Ja"."""
    app = pilot.app
    assert isinstance(app, SwitchwijzerApp)
    await pilot.click("#kop-opnieuw")
    await wacht_op(pilot, lambda: isinstance(app.screen, Bevestig), "question before starting over")
    await pilot.click("#ja")
    await wacht_op(pilot, lambda: _weer_aan_het_begin(app), "start over")


async def bezoeker(pilot: Pilot, nummer: int, verschillend: bool = False) -> None:
    """Visitor `nummer`: the walk, the answer, and the reset (odd: after a quiet while; even: the button); with
    `verschillend` each visitor has other answers (`antwoorden`).

    In a task of its own: a click through Pilot lays out the screen in the caller's context, and Textual keeps the
    screens it drew then in a context variable (`visible_screen_stack`); in the caller's context that would hold
    the last visitor's screens until the next click, which a kiosk without Pilot never does."""

    async def bezoek() -> None:
        await naar_het_antwoord(pilot, nummer if verschillend else None)
        await rond_het_antwoord(pilot)
        await (stil_tot_opnieuw(pilot) if nummer % 2 else opnieuw_beginnen(pilot))

    await asyncio.create_task(bezoek())


def losse_schermen() -> list[Screen]:
    """Screens that are no longer on the screen but still in memory."""
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Screen) and not o.is_attached]


async def uitgerust(pilot: Pilot, seconden: float = 10) -> int:
    """Wait (at most `seconden`) until the screens of the last visitor are gone from memory, and return how many
    are left. Textual lets go of a removed screen a moment later (pending timers and renders still hold it), so a
    measurement right after the reset sees one visitor's screens more or less; that is not growth."""
    grens = time.monotonic() + seconden
    while (over := len(losse_schermen())) and time.monotonic() < grens:
        await pilot.pause(0.1)
    return over
