"""'▼ Meer hieronder' beside the buttons while part of the screen's body is below the window (at 80x24 a question with
many choices does not fit); a click scrolls one page down. Without it a cut-off choice looked like the last one.
It sits in the row of buttons, so it never covers what it points at."""

from __future__ import annotations

from textual.events import Click
from textual.widget import Widget
from textual.widgets import Static

from switchwijzer.i18n import _


class MeerHieronder(Static):
    """Follows the scrolling body `#inhoud` of its screen."""

    def __init__(self) -> None:
        super().__init__(_("▼ More below"), markup=False, classes="meer-hieronder")
        self.display = False

    def _lijst(self) -> Widget | None:
        return next(iter(self.screen.query("#inhoud")), None)

    def on_mount(self) -> None:
        lijst = self._lijst()
        if lijst is not None:
            self.watch(lijst, "scroll_y", self.kijk, init=False)
            self.watch(lijst, "virtual_size", self.kijk, init=False)
        self.call_after_refresh(self.kijk)

    def kijk(self, *_waarden: object) -> None:
        """Show only while something is below the visible part."""
        lijst = self._lijst()
        if lijst is not None:
            self.display = lijst.scroll_y + 0.5 < lijst.max_scroll_y

    def on_click(self, event: Click) -> None:
        event.stop()
        lijst = self._lijst()
        if lijst is not None:
            lijst.scroll_page_down(animate=False)
