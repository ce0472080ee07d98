"""Drive the wizard like a person: digits pick a choice, typing fills a field, Enter goes on."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Button

from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.tui.widgets.vraagveld import VraagVeld

WEET_NIET = object()


async def beantwoord_alles(
    pilot: Pilot, antwoorden: dict[str, object], max_stappen: int = 40, bij_elke_vraag: Callable[[VraagScherm], None] | None = None
) -> list[str]:
    """Answer each question screen from `antwoorden` (question id -> choice number, text or WEET_NIET);
    `bij_elke_vraag` sees each question screen before it is answered."""
    gezien: list[str] = []
    for _ in range(max_stappen):
        await pilot.pause()
        scherm = pilot.app.screen
        if isinstance(scherm, OverzichtScherm):
            return gezien
        assert isinstance(scherm, VraagScherm), f"unexpected screen {scherm!r}"
        vraag_id = scherm.vraag.id
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
            await pilot.press(*list(str(antwoord)), "enter")
    raise AssertionError(f"no review screen after {max_stappen} steps: {gezien}")
