"""One browser tab without a browser: the websocket textual-serve's page opens, with the keys a browser sends and the
screen rebuilt from the terminal bytes that come back (pyte), as the page's terminal draws them."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp

WACHT_SECONDEN = 30
BREEDTE, HOOGTE = 80, 24


class Tab:
    def __init__(self, websocket: aiohttp.ClientWebSocketResponse) -> None:
        import pyte

        self.websocket = websocket
        self.scherm = pyte.Screen(BREEDTE, HOOGTE)
        self._stroom = pyte.ByteStream(self.scherm)
        self.gesloten = False

    @property
    def tekst(self) -> str:
        return "\n".join(self.scherm.display)

    async def toetsen(self, tekens: str) -> None:
        """Keys as the page sends them: the terminal's bytes (Ctrl+Q is \\x11, F12 is ESC [24~)."""
        await self.websocket.send_json(["stdin", tekens])

    async def wacht_op(self, *woorden: str, seconden: float = WACHT_SECONDEN) -> str:
        """Read what the wizard draws until every word is on the screen (or the wizard stops)."""
        grens = time.monotonic() + seconden
        while not all(woord in self.tekst for woord in woorden):
            over = grens - time.monotonic()
            if over <= 0 or self.gesloten:
                raise AssertionError(f"not on screen (closed: {self.gesloten}): {woorden}\n{self.tekst}")
            try:
                bericht = await self.websocket.receive(timeout=min(over, 1))
            except TimeoutError:
                continue
            if bericht.type == aiohttp.WSMsgType.BINARY:
                self._stroom.feed(bericht.data)
            elif bericht.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                self.gesloten = True
        return self.tekst


@asynccontextmanager
async def tab(poort: int, naam: str = "127.0.0.1") -> AsyncIterator[Tab]:
    """A tab of the page at http://naam:poort, connected as that page connects (its Origin, its size)."""
    async with aiohttp.ClientSession() as sessie, sessie.ws_connect(
        f"ws://{naam}:{poort}/ws?width={BREEDTE}&height={HOOGTE}", origin=f"http://{naam}:{poort}",
    ) as websocket:
        yield Tab(websocket)
