"""A picture of the wizard's screen as SVG, and its comparison with the accepted picture in __snapshots__/.

Textual draws the SVG itself (App.export_screenshot); syrupy keeps the accepted files and compares. Accept an
intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`. This replaces pytest-textual-snapshot
(see pyproject.toml): the same steps as its picture (textual._doc.take_svg_screenshot), with public API only, so
the accepted files stayed byte for byte the same.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable
from typing import Any

from syrupy.extensions.image import SVGImageSnapshotExtension
from textual.app import App
from textual.pilot import Pilot

Voorbereiding = Callable[[Pilot], Awaitable[None] | None]


def zonder_willekeurig_id(svg: str) -> str:
    """Each export names its CSS classes `terminal-<random number>-...`; without the number the same screen gives the
    same file."""
    return re.sub(r"\bterminal-\d+-([\w-]+)", r"terminal-\1", svg)


class SvgSchermfoto(SVGImageSnapshotExtension):
    def serialize(self, data: Any, **kwargs: Any) -> bytes:
        return super().serialize(zonder_willekeurig_id(str(data)), **kwargs)


def schermfoto(app: App[Any], grootte: tuple[int, int], voorbereiding: Voorbereiding | None = None) -> str:
    """Run the app without a terminal at this size, do `voorbereiding`, let it settle, and export the screen."""

    async def piloot(pilot: Pilot) -> None:
        if voorbereiding is not None:
            resultaat = voorbereiding(pilot)
            if inspect.isawaitable(resultaat):
                await resultaat
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        pilot.app.exit(pilot.app.export_screenshot(title=pilot.app.title, simplify=True))

    svg = app.run(headless=True, auto_pilot=piloot, size=grootte)
    assert isinstance(svg, str), "the app stopped before its picture was taken"
    return svg
