"""Dutch commands for the budgetcoach's command palette (Ctrl+P); Textual's English ones stay out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from switchwijzer.i18n import _

if TYPE_CHECKING:
    from switchwijzer.tui.app import SwitchwijzerApp


class Opdrachten(Provider):
    def _opdrachten(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("SwitchwijzerApp", self.app)
        return [
            (_("Calculate"), _("Show the answer for these answers"), app.toon_uitkomst),
            (
                _("High contrast on or off"),
                _("Switch between the calm and the high-contrast colours"),
                app.action_contrast,
            ),
            (_("Other language"), _("Switch between Dutch and English"), app.action_taal),
            (_("Explain a word"), _("Open the list of hard words"), app.action_woordenlijst),
            (_("Start over"), _("Delete all answers and start again"), app.action_opnieuw),
            (_("Save the answers"), _("Keep the answers in a file, to open them later"), app.action_bewaar),
            (_("Open saved answers"), _("Open answers that were saved before"), app.action_open),
        ]

    async def discover(self) -> Hits:
        for naam, hulp, actie in self._opdrachten():
            yield DiscoveryHit(naam, partial(self.app.call_later, actie), help=hulp)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for naam, hulp, actie in self._opdrachten():
            score = matcher.match(naam)
            if score > 0:
                yield Hit(score, matcher.highlight(naam), partial(self.app.call_later, actie), help=hulp)
