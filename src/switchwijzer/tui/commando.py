"""Dutch commands for the budgetcoach's command palette (Ctrl+P); Textual's English ones stay out."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from switchwijzer.i18n import _


class Opdrachten(Provider):
    def _opdrachten(self) -> list[tuple[str, str, object]]:
        app = self.app
        return [
            (_("Calculate"), _("Show the answer for these answers"), app.toon_uitkomst),  # type: ignore[attr-defined]
            (_("High contrast on or off"), _("Switch between the calm and the high-contrast colours"), app.action_contrast),  # type: ignore[attr-defined]
            (_("Other language"), _("Switch between Dutch and English"), app.action_taal),  # type: ignore[attr-defined]
            (_("Explain a word"), _("Open the list of hard words"), app.action_woordenlijst),  # type: ignore[attr-defined]
            (_("Start over"), _("Delete all answers and start again"), app.action_opnieuw),  # type: ignore[attr-defined]
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
