"""textual-serve's Server, narrowed: Dutch words, 127.0.0.1 only, same-origin websockets, no downloads in a kiosk."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

import aiohttp_jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from switchwijzer.web import ADRES, PAGINA_TEKSTEN, TEMPLATES

GELUID = "audio/wav"
"""The one kind of download a kiosk gives: a sentence read aloud (tui/voorlezen.py, WebSpeler)."""


class WizardServer(Server):
    def __init__(self, opdracht: str, *, poort: int, kiosk: bool, taal: str) -> None:
        super().__init__(opdracht, host=ADRES, port=poort, title="Switchwijzer", templates_path=TEMPLATES)
        self.kiosk = kiosk
        self.taal = taal
        self.onderbroken = False
        self._open: dict[web.WebSocketResponse, WizardProces] = {}

    def draai(self) -> None:
        """Serve until Ctrl+C or SIGTERM (like `Server.serve`, which says it is ready before the port is open).

        Never textual-serve's debug mode: that turns on Textual's devtools in every wizard."""
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        loop.add_signal_handler(signal.SIGINT, self._ctrl_c)
        loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        web.run_app(
            self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop, print=self._klaar,
        )

    def initialize_logging(self) -> None:
        # textual-serve logs every request and a traceback with local variables; warnings are enough here.
        logging.basicConfig(level=logging.WARNING, format="%(message)s")
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        """No English logo: `_klaar` speaks once the port is really open."""

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every open tab's wizard and wait for its process, before the event loop closes."""
        for websocket, proces in list(self._open.items()):
            await websocket.close(code=WSCloseCode.GOING_AWAY)
            await proces.stop()

    def _klaar(self, *_: object) -> None:
        print(f"Switchwijzer staat klaar op {self.public_url}", flush=True)
        print("Open dit adres in de browser op deze computer. Stoppen: Ctrl+C.", flush=True)

    def _ctrl_c(self) -> None:
        self.onderbroken = True
        self.request_exit()

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        context: dict[str, Any] = await Server.handle_index.__wrapped__(self, request)  # type: ignore[attr-defined]
        context.update(taal=self.taal, kiosk=self.kiosk, tekst=PAGINA_TEKSTEN[self.taal])
        return context

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        """One wizard per browser tab, as in `Server.handle_websocket`, but only for our own page, and tracked
        so that Ctrl+C can end each wizard process properly."""
        if request.headers.get("Origin") not in (None, self.public_url):
            raise web.HTTPForbidden(text="Alleen de pagina van Switchwijzer zelf mag de app openen.")
        websocket = web.WebSocketResponse(heartbeat=15)
        breedte = to_int(request.query.get("width", "80"), 80)
        hoogte = to_int(request.query.get("height", "24"), 24)
        await websocket.prepare(request)
        proces = WizardProces(
            self.command, write_bytes=websocket.send_bytes, write_str=websocket.send_str, close=websocket.close,
            download_manager=self.download_manager,
        )
        self._open[websocket] = proces
        try:
            await proces.start(breedte, hoogte)
            await self._process_messages(websocket, proces)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception:  # a broken tab must not stop the server for the other tabs
            logging.getLogger("switchwijzer.web").exception("De verbinding met de browser is mislukt.")
        finally:
            self._open.pop(websocket, None)
            await proces.stop()
        return websocket

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """A kiosk gives no downloads, except the sound of reading aloud (F6), which the page plays itself."""
        if self.kiosk:
            try:
                soort = (await self.download_manager.get_download_metadata(request.match_info["key"])).mime_type
            except KeyError:
                raise web.HTTPNotFound() from None
            if soort != GELUID:
                raise web.HTTPNotFound()
        return await super().handle_download(request)


class WizardProces(AppService):
    """textual-serve's wizard process; stopping also waits until the process has really ended."""

    async def stop(self) -> None:
        await super().stop()
        if self._process is not None:
            await self._process.wait()
