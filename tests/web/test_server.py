"""`switchwijzer web` without a browser: the page, who may connect, the port, Ctrl+C, and what it runs."""

from __future__ import annotations

import asyncio
import shlex
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import aiohttp
import pytest

from switchwijzer import __main__ as hoofdprogramma
from switchwijzer.web import MAX_SESSIES, PAGINA_TEKSTEN, wizard_opdracht
from taalniveau import meet, zeldzame_woorden

from .conftest import vrije_poort
from .verbinding import tab

EERSTE_SCHERM = "Wie zit er achter het toetsenbord?"


def _pagina(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as antwoord:
        return antwoord.read().decode()


def _opvragen(url: str) -> tuple[int, str, dict[str, str]]:
    """Status, page and headers, also for an error status."""
    try:
        with urllib.request.urlopen(url, timeout=10) as antwoord:
            return antwoord.status, antwoord.read().decode(), dict(antwoord.headers)
    except urllib.error.HTTPError as fout:
        return fout.code, fout.read().decode(), dict(fout.headers)


def test_de_pagina_is_nederlands_en_haalt_niets_van_een_andere_site(web_server) -> None:
    server = web_server()
    pagina = _pagina(server.url)
    assert '<html lang="nl">' in pagina and "<title>Switchwijzer</title>" in pagina
    assert "Switchwijzer is gestopt." in pagina and "Session ended" not in pagina
    adressen = [deel.split('"')[0] for deel in pagina.split("http")[1:]]
    assert adressen and all(a.startswith(f"://127.0.0.1:{server.poort}/") for a in adressen), adressen
    assert "var KIOSK = false;" in pagina  # outside the kiosk, links in the app may open


def test_de_kiosk_pagina_opent_geen_andere_vensters(web_server) -> None:
    pagina = _pagina(web_server("--kiosk").url)
    assert "var KIOSK = true;" in pagina and "return KIOSK ? null : gewoon(adres, doel);" in pagina
    assert pagina.index("window.open = function") < pagina.index("js/textual.js")  # before textual.js reads it


def test_alleen_deze_computer_kan_erbij(web_server) -> None:
    server = web_server()
    with pytest.raises(OSError):  # 127.0.0.2 is this computer too, but not the address the server listens on
        socket.create_connection(("127.0.0.2", server.poort), timeout=2).close()


def test_een_andere_website_mag_de_app_niet_openen(web_server) -> None:
    server = web_server()

    async def verbind(origin: str) -> int:
        async with aiohttp.ClientSession() as sessie:
            try:
                async with sessie.ws_connect(f"ws://127.0.0.1:{server.poort}/ws", origin=origin) as ws:
                    await ws.close()
                    return 101
            except aiohttp.WSServerHandshakeError as fout:
                return fout.status

    assert asyncio.run(verbind("http://andere-site.example")) == 403
    assert asyncio.run(verbind(f"http://localhost:{server.poort + 1}")) == 403  # another port is another site
    assert asyncio.run(verbind(f"http://127.0.0.1:{server.poort}")) == 101
    assert asyncio.run(verbind(f"http://localhost:{server.poort}")) == 101


def test_op_localhost_werkt_de_pagina_ook(web_server) -> None:
    """http://localhost:PORT is this computer too: the page, its files and the wizard work under that name (the
    websocket was refused before: the Origin check knew only 127.0.0.1)."""
    server = web_server()
    pagina = _pagina(f"http://localhost:{server.poort}/")
    # everything under the name the browser used: a font from the other name would be refused (another origin)
    assert f'data-session-websocket-url="ws://localhost:{server.poort}/ws"' in pagina
    assert f'src="http://localhost:{server.poort}/static/js/textual.js"' in pagina
    assert "127.0.0.1" not in pagina

    async def eerste_scherm() -> None:
        async with tab(server.poort, "localhost") as t:
            await t.wacht_op(EERSTE_SCHERM)

    asyncio.run(eerste_scherm())


STOPTOETSEN = {
    # what a visitor might try, as the browser's terminal sends it
    "Ctrl+Q": "\x11", "Ctrl+C": "\x03", "F12, then Ctrl+Q (the kiosk's staff keys)": "\x1b[24~\x11",
    "Ctrl+Z": "\x1a", "Ctrl+\\": "\x1c", "Ctrl+D": "\x04",
}


@pytest.mark.lang(10)
@pytest.mark.parametrize("opties", [(), ("--kiosk",)])
def test_geen_toets_in_de_browser_stopt_de_wizard_op_de_server(web_server, opties: tuple[str, ...]) -> None:
    """The wizard of a browser tab runs on the server: no key stops it (as in the kiosk), also outside the kiosk;
    closing the tab does. The footer offers no way out either."""
    server = web_server(*opties)

    async def probeer() -> None:
        async with tab(server.poort) as t:
            assert "Stoppen" not in await t.wacht_op(EERSTE_SCHERM)
            for tekens in STOPTOETSEN.values():
                await t.toetsen(tekens)
            await t.toetsen("1")
            await t.wacht_op("Hoe oud ben je?")  # the same wizard goes on
            await t.toetsen("30\r")
            await t.wacht_op("Met wie woon je?")
            for tekens in STOPTOETSEN.values():  # with answers to lose, too
                await t.toetsen(tekens)
            await t.toetsen("1")
            await t.wacht_op("Is je huis een huurhuis?")
            assert not t.gesloten

    asyncio.run(probeer())


def test_past_het_maximum_zegt_de_pagina_dat_het_te_druk_is(web_server) -> None:
    server = web_server("--max-sessies", "1")

    async def twee_tabs() -> None:
        async with tab(server.poort) as eerste:
            await eerste.wacht_op(EERSTE_SCHERM)
            status, pagina, koppen = _opvragen(server.url)
            assert status == 503 and koppen.get("Retry-After") == "120"
            assert "Het is nu te druk." in pagina and "Probeer het over een paar minuten opnieuw." in pagina
            assert "textual.js" not in pagina and "data-session-websocket-url" not in pagina  # no wizard started
            with pytest.raises(aiohttp.WSServerHandshakeError) as geweigerd:  # a page loaded just before
                async with tab(server.poort):
                    pass
            assert geweigerd.value.status == 503
        grens = time.monotonic() + 30  # the first tab is closed: its wizard stops and the place is free again
        while _opvragen(server.url)[0] != 200:
            assert time.monotonic() < grens, "no place after the first tab was closed"
            await asyncio.sleep(0.1)
        async with tab(server.poort) as weer:
            await weer.wacht_op(EERSTE_SCHERM)

    asyncio.run(twee_tabs())


def test_de_woorden_bij_te_druk_zijn_b1_en_zeggen_wat_je_kunt_doen() -> None:
    for taal, woorden in (("nl", ("te druk", "over een paar minuten opnieuw", "Sluit")),
                          ("en", ("too busy", "in a few minutes", "close"))):
        tekst = PAGINA_TEKSTEN[taal]
        assert all(w in " ".join(tekst.values()) for w in woorden), taal
    nl = [PAGINA_TEKSTEN["nl"][sleutel] for sleutel in ("druk", "druk_uitleg", "druk_tip", "druk_knop")]
    meting = meet(nl)
    assert meting.gemiddelde_zinslengte <= 13 and meting.aandeel_lange_zinnen == 0 and meting.flesch_douma >= 65, meting
    assert set(zeldzame_woorden(nl)) <= {"switchwijzer"}


def test_max_sessies_is_een_getal_van_1_tot_100() -> None:
    for fout, woorden in (("0", "0 kan niet"), ("veel", "geen aantal"), ("101", "101 kan niet")):
        res = subprocess.run([sys.executable, "-m", "switchwijzer", "web", "--max-sessies", fout],
                             capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
        assert res.returncode == 2 and woorden in res.stderr.decode() and "Traceback" not in res.stderr.decode()


def test_ctrl_c_stopt_de_server_rustig(web_server) -> None:
    server = web_server()
    code, uit, fout = server.stop()
    assert code == 130
    assert f"Switchwijzer staat klaar op http://127.0.0.1:{server.poort}" in uit
    assert "Gestopt." in fout and "Traceback" not in fout + uit


def test_een_bezette_poort_is_een_nederlandse_melding() -> None:
    bezet = socket.socket()
    bezet.bind(("127.0.0.1", vrije_poort()))
    bezet.listen()
    poort = bezet.getsockname()[1]
    try:
        res = subprocess.run([sys.executable, "-m", "switchwijzer", "web", "--port", str(poort)],
                             capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    finally:
        bezet.close()
    assert res.returncode == 2
    fout = res.stderr.decode()
    assert f"Poort {poort} is al in gebruik" in fout and "Traceback" not in fout
    assert "staat klaar" not in res.stdout.decode()


@pytest.mark.parametrize(("poort", "woorden"), [("acht", "geen poortnummer"), ("80", "poort 80 kan niet"),
                                                 ("70000", "poort 70000 kan niet")])
def test_een_foute_poort_is_een_nederlandse_melding(poort: str, woorden: str) -> None:
    res = subprocess.run([sys.executable, "-m", "switchwijzer", "web", "--port", poort],
                         capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    assert res.returncode == 2
    assert woorden in res.stderr.decode() and "Traceback" not in res.stderr.decode()


def test_de_opdracht_per_browser_is_deze_python_met_dezelfde_opties() -> None:
    delen = shlex.split(wizard_opdracht(kiosk=True, taal="en", rol="ouder"))
    assert delen == [sys.executable, "-m", "switchwijzer", "--taal", "en", "--kiosk", "--rol", "ouder"]
    assert "--kiosk" not in shlex.split(wizard_opdracht(kiosk=False, taal="nl", rol=None))
    assert shlex.split(wizard_opdracht(kiosk=False, taal="nl", rol=None, voorlezen=True))[-1] == "--voorlezen"


@pytest.mark.parametrize("argv", [["web", "--kiosk", "--taal", "en", "--rol", "coach", "--voorlezen"],
                                  ["--kiosk", "--taal", "en", "--rol", "coach", "--voorlezen", "web"]])
def test_kiosk_taal_rol_en_voorlezen_gaan_mee_voor_en_na_web(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gekregen: dict[str, object] = {}
    monkeypatch.setattr("switchwijzer.web.web_opdracht", lambda **opties: gekregen.update(opties) or 0)
    assert hoofdprogramma.main(argv) == 0
    assert gekregen == {"poort": 8000, "kiosk": True, "taal": "en", "rol": "coach", "voorlezen": True,
                        "max_sessies": MAX_SESSIES}


@pytest.mark.parametrize(("kiosk", "soort", "gegeven"), [
    (True, "audio/wav", True), (True, "application/pdf", False), (True, "image/svg+xml", False),
    (False, "application/pdf", True),
])
def test_een_kiosk_geeft_alleen_het_voorgelezen_geluid_als_download(kiosk: bool, soort: str, gegeven: bool) -> None:
    from aiohttp import web as aioweb
    from aiohttp.test_utils import make_mocked_request

    from switchwijzer.web.server import WizardServer

    server = WizardServer("true", poort=8000, kiosk=kiosk, taal="nl", max_sessies=MAX_SESSIES)
    gevraagd: list[str] = []

    async def download(sleutel: str):  # type: ignore[no-untyped-def]
        gevraagd.append(sleutel)  # textual-serve would now ask the wizard for the file
        yield b"RIFF"

    async def vraag() -> bool:
        await server.download_manager.create_download(
            app_service=None, delivery_key="k", file_name="f", open_method="browser", mime_type=soort,  # type: ignore[arg-type]
        )
        server.download_manager.download = download  # type: ignore[method-assign]
        verzoek = make_mocked_request("GET", "/download/k", match_info={"key": "k"})
        try:
            await server.handle_download(verzoek)
        except aioweb.HTTPNotFound:
            return False
        except Exception:  # noqa: BLE001 - a mocked request cannot take the streamed answer; it got that far
            return bool(gevraagd)
        return True

    assert asyncio.run(vraag()) is gegeven
