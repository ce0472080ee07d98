"""textual-serve's Server, narrowed: Dutch words, 127.0.0.1 only, same-origin websockets, no downloads in a kiosk."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from switchwijzer.web import ADRES, PAGINA_TEKSTEN, TEMPLATES


class WizardServer(Server):
    def __init__(self, opdracht: str, *, poort: int, kiosk: bool, taal: str) -> None:
        super().__init__(opdracht, host=ADRES, port=poort, title="Switchwijzer", templates_path=TEMPLATES)
        self.kiosk = kiosk
        self.taal = taal
        self.onderbroken = False

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
        if request.headers.get("Origin") not in (None, self.public_url):
            raise web.HTTPForbidden(text="Alleen de pagina van Switchwijzer zelf mag de app openen.")
        return await super().handle_websocket(request)

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        if self.kiosk:
            raise web.HTTPNotFound()
        return await super().handle_download(request)
