"""The key bar at the bottom: the keys of this screen, named in the current language.

Textual's own Footer shows a binding's description as it was written (our English msgids) and has no public
way to translate it, so the bar reads the screen's active bindings and translates each name as it draws.
When the keys do not fit the width, the last ones are left out: the screen's own keys come first, and the
app's keys that are also buttons in the top bar come last.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

from switchwijzer.i18n import _

TUSSENRUIMTE = 2


@dataclass(frozen=True)
class Toets:
    binding: Binding
    teken: str
    naam: str

    @property
    def breedte(self) -> int:
        return len(self.teken) + 1 + len(self.naam)


class Toetsenbalk(Widget):
    DEFAULT_CSS = """
    Toetsenbalk { dock: bottom; height: 1; background: $footer-background; color: $footer-foreground; }
    Toetsenbalk > .toetsenbalk--toets { color: $footer-key-foreground; text-style: bold; }
    """
    COMPONENT_CLASSES = {"toetsenbalk--toets"}

    def __init__(self, *, toon_opdrachten: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.toon_opdrachten = toon_opdrachten
        self._plekken: list[tuple[int, int, Toets]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, lambda _scherm: self.refresh())

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def toetsen(self) -> list[Toets]:
        """The keys to show, in order, one per action."""
        gezien: set[str] = set()
        uit: list[Toets] = []
        for actief in self.screen.active_bindings.values():
            binding = actief.binding
            if not binding.show or not actief.enabled or binding.action in gezien:
                continue
            gezien.add(binding.action)
            uit.append(Toets(binding, self.app.get_key_display(binding), _(binding.description)))
        if self.toon_opdrachten:
            opdrachten = Binding("ctrl+p", "command_palette", "Commands")
            uit.append(Toets(opdrachten, self.app.get_key_display(opdrachten), _("Commands")))
        return uit

    def passend(self, breedte: int) -> list[Toets]:
        toetsen = self.toetsen()
        while toetsen and sum(t.breedte for t in toetsen) + TUSSENRUIMTE * len(toetsen) > breedte:
            toetsen.pop()
        return toetsen

    def render(self) -> Text:
        stijl_toets = self.get_component_rich_style("toetsenbalk--toets")
        uit = Text(" ", no_wrap=True, overflow="crop")
        self._plekken = []
        for toets in self.passend(self.size.width - 1):
            begin = len(uit)
            uit.append(toets.teken, style=stijl_toets)
            uit.append(" " + toets.naam)
            self._plekken.append((begin, len(uit), toets))
            uit.append(" " * TUSSENRUIMTE)
        return uit

    def on_click(self, event: events.Click) -> None:
        for begin, eind, toets in self._plekken:
            if begin <= event.x < eind:
                event.stop()
                self.app.simulate_key(toets.binding.key.split(",")[0])
                return
