"""textual-serve's Server, narrowed: Dutch words, 127.0.0.1 only, same-origin websockets, a limit on wizards at
once, no downloads in a kiosk."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

import aiohttp_jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from switchwijzer.web import ADRES, NAMEN, PAGINA_TEKSTEN, TEMPLATES

OPNIEUW_PROBEREN_SECONDEN = 120
"""Retry-After of the "too busy" answer: a few minutes, as the page says."""

GELUID = "audio/wav"
"""The one kind of download a kiosk gives: a sentence read aloud (tui/voorlezen.py, WebSpeler)."""


class WizardServer(Server):
    def __init__(self, opdracht: str, *, poort: int, kiosk: bool, taal: str, max_sessies: int) -> None:
        super().__init__(opdracht, host=ADRES, port=poort, title="Switchwijzer", templates_path=TEMPLATES)
        self.kiosk = kiosk
        self.taal = taal
        self.max_sessies = max_sessies
        self.onderbroken = False
        self.sessies = 0
        """Wizards running or starting now (counted before the first await, so two tabs at once cannot both
        take the last place)."""
        self._open: dict[web.WebSocketResponse, WizardProces] = {}
        self._hosts = {f"{naam}:{poort}" for naam in NAMEN}
        self._origins = {f"http://{host}" for host in self._hosts}

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

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page around the wizard; its files and websocket on the name the browser used (127.0.0.1 or
        localhost: a page from one that loads from the other would be refused its fonts). When all places are
        taken, the same page says it is too busy (and starts no wizard)."""
        vol = self.sessies >= self.max_sessies
        basis = f"http://{request.host}" if request.host in self._hosts else self.public_url
        router = request.app.router
        context: dict[str, Any] = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": "ws" + basis.removeprefix("http") + str(router["websocket"].url_for()),
            "config": {"static": {"url": basis + str(router["static"].url_for(filename="/")).rstrip("/") + "/"}},
            "application": {"name": self.title},
            "taal": self.taal, "kiosk": self.kiosk, "tekst": PAGINA_TEKSTEN[self.taal], "vol": vol,
        }
        antwoord = aiohttp_jinja2.render_template("app_index.html", request, context, status=503 if vol else 200)
        if vol:
            antwoord.headers["Retry-After"] = str(OPNIEUW_PROBEREN_SECONDEN)
        return antwoord

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One wizard per browser tab, as in `Server.handle_websocket`, but only for our own page, at most
        `max_sessies` at once, and tracked so that Ctrl+C can end each wizard process properly."""
        if request.headers.get("Origin") not in (None, *self._origins):
            raise web.HTTPForbidden(text="Alleen de pagina van Switchwijzer zelf mag de app openen.")
        if self.sessies >= self.max_sessies:  # the page then shows its "too busy" words
            raise web.HTTPServiceUnavailable(
                text=PAGINA_TEKSTEN[self.taal]["druk"], headers={"Retry-After": str(OPNIEUW_PROBEREN_SECONDEN)},
            )
        self.sessies += 1
        try:
            return await self._sessie(request)
        finally:
            self.sessies -= 1

    async def _sessie(self, request: web.Request) -> web.WebSocketResponse:
        websocket = web.WebSocketResponse(heartbeat=15)
        breedte = to_int(request.query.get("width", "80"), 80)
        hoogte = to_int(request.query.get("height", "24"), 24)
        await websocket.prepare(request)

        async def sluit() -> None:
            await websocket.close()

        proces = WizardProces(
            self.command, write_bytes=websocket.send_bytes, write_str=websocket.send_str, close=sluit,
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
