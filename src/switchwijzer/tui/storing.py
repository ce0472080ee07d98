"""A kiosk whose install is damaged: one Dutch message on the screen, until staff end it (F12, then Ctrl+Q; in a
browser tab, `switchwijzer web --kiosk`, until the tab is closed).

It reads no catalog and no content file (those may be what is broken), so its few words are written here.
"""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Static

from switchwijzer.tui.personeel import PersoneelsToetsen


class Storing(App[int]):
    CSS = "Screen { align: center middle; } Static { width: 70; padding: 1 2; border: heavy $error; }"
    BINDINGS = []  # Ctrl+Q and Ctrl+C do nothing here; see on_event

    def __init__(self, bericht: str) -> None:
        super().__init__()
        self.bericht = bericht
        self._personeel = PersoneelsToetsen()

    def compose(self) -> ComposeResult:
        yield Static(
            f"{self.bericht}\n\nDeze computer werkt nu niet. Vraag een medewerker om hulp.", markup=False
        )

    async def action_quit(self) -> None:
        return

    def action_help_quit(self) -> None:
        return

    async def on_event(self, event: events.Event) -> None:
        # in a browser tab no key ends it: the person at the browser may not stop a program on the server
        if isinstance(event, events.Key) and not self.is_web and self._personeel.toets(event.key):
            self.exit(1)
            return
        await super().on_event(event)
