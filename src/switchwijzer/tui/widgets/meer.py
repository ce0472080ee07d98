"""'▼ Meer hieronder' at the foot of a scrolling body while some of it is below the screen (at 80x24 a question with
many choices does not fit); a click scrolls one page down. Without it a cut-off choice looked like the last one."""

from __future__ import annotations

from textual.events import Click
from textual.widget import Widget
from textual.widgets import Static

from switchwijzer.i18n import _


class MeerHieronder(Static):
    """Put it inside the scrolling widget (docked at its foot in switchwijzer.tcss): it follows its parent."""

    def __init__(self) -> None:
        super().__init__(_("▼ More below: click here or scroll down"), markup=False, classes="meer-hieronder")
        self.display = False

    def on_mount(self) -> None:
        lijst = self.parent
        if isinstance(lijst, Widget):
            self.watch(lijst, "scroll_y", self.kijk, init=False)
            self.watch(lijst, "virtual_size", self.kijk, init=False)
        self.call_after_refresh(self.kijk)

    def kijk(self, *_waarden: object) -> None:
        """Show only while something is below the visible part."""
        lijst = self.parent
        if isinstance(lijst, Widget):
            self.display = lijst.scroll_y + 0.5 < lijst.max_scroll_y

    def on_click(self, event: Click) -> None:
        event.stop()
        lijst = self.parent
        if isinstance(lijst, Widget):
            lijst.scroll_page_down(animate=False)
