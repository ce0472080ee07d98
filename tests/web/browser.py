"""Debian's chromium, driven by Playwright, and the wizard's screen read back from the terminal bytes it receives.

textual-serve's page draws the terminal on a canvas, so there is no text in the page to read. The test listens
to the same websocket the page uses and feeds its bytes to a terminal emulator (pyte) of the same size; that
gives the text a person sees, while the screenshot shows how the browser drew it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_VLAGGEN = [
    # As root, offline: no sandbox (root), no GPU, and none of chromium's own connections to the internet.
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
WACHT_SECONDEN = 30


def ontbreekt() -> str | None:
    """Why the browser test cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
        import pyte  # noqa: F401
    except ImportError as fout:
        return f"Python package missing: {fout.name} (pip install '.[test]')"
    if not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
        return "chromium missing (apt-get install -y chromium)"
    return None


def vereist_browser() -> None:
    """Skip outside CI when the browser is missing; under CI=true a missing browser is a failure."""
    reden = ontbreekt()
    if reden is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the browser test: {reden}")
    pytest.skip(reden)


class Scherm:
    """The wizard's screen as the page's terminal shows it, rebuilt from the websocket's bytes."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        import pyte

        self._pyte = pyte
        self.page = page
        self.scherm: pyte.Screen | None = None
        self.stroom: pyte.ByteStream | None = None
        self.gesloten = False
        page.on("websocket", self._websocket)

    def _websocket(self, ws) -> None:  # type: ignore[no-untyped-def]
        vraag = urllib.parse.parse_qs(urllib.parse.urlparse(ws.url).query)
        self.scherm = self._pyte.Screen(int(vraag["width"][0]), int(vraag["height"][0]))
        self.stroom = self._pyte.ByteStream(self.scherm)
        ws.on("framereceived", self._ontvangen)
        ws.on("framesent", self._verzonden)
        ws.on("close", lambda _ws: setattr(self, "gesloten", True))

    def _ontvangen(self, data: bytes | str) -> None:
        if isinstance(data, bytes) and self.stroom is not None:
            self.stroom.feed(data)

    def _verzonden(self, data: bytes | str) -> None:
        if isinstance(data, str) and data.startswith('["resize"') and self.scherm is not None:
            maat = json.loads(data)[1]
            self.scherm.resize(maat["height"], maat["width"])

    @property
    def tekst(self) -> str:
        return "\n".join(self.scherm.display) if self.scherm else ""

    def wacht_op(self, *woorden: str, seconden: float = WACHT_SECONDEN) -> str:
        """Wait until every word is on the screen; the page keeps running (and receiving) while we poll."""
        grens = time.monotonic() + seconden
        while time.monotonic() < grens:
            if all(woord in self.tekst for woord in woorden):
                return self.tekst
            self.page.wait_for_timeout(50)
        raise AssertionError(f"not on screen after {seconden} s: {woorden}\n{self.tekst}")

    def getekend(self) -> None:
        """Wait until the browser has drawn what arrived (two animation frames), e.g. before a screenshot."""
        self.page.evaluate("() => new Promise(klaar => requestAnimationFrame(() => requestAnimationFrame(klaar)))")

    def typ(self, tekst: str, enter: bool = True) -> None:
        """Type like a person (each character a key), then Enter."""
        self.page.keyboard.type(tekst)
        if enter:
            self.page.keyboard.press("Enter")


@contextmanager
def chromium(gebruikersmap: Path) -> Iterator[object]:
    """A fresh headless chromium with its own empty profile; closed afterwards whatever happens."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(gebruikersmap), executable_path=shutil.which("chromium") or CHROMIUM, headless=True,
            args=CHROMIUM_VLAGGEN, viewport={"width": 1200, "height": 760},
        )
        try:
            yield browser
        finally:
            browser.close()
