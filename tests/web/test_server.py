"""`switchwijzer web` without a browser: the page, who may connect, the port, Ctrl+C, and what it runs."""

from __future__ import annotations

import asyncio
import shlex
import socket
import subprocess
import sys
import urllib.request

import aiohttp
import pytest

from switchwijzer import __main__ as hoofdprogramma
from switchwijzer.web import wizard_opdracht

from .conftest import start_server, vrije_poort


def _pagina(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as antwoord:
        return antwoord.read().decode()


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
    assert asyncio.run(verbind(f"http://127.0.0.1:{server.poort}")) == 101


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
    assert gekregen == {"poort": 8000, "kiosk": True, "taal": "en", "rol": "coach", "voorlezen": True}


@pytest.mark.parametrize(("kiosk", "soort", "gegeven"), [
    (True, "audio/wav", True), (True, "application/pdf", False), (True, "image/svg+xml", False),
    (False, "application/pdf", True),
])
def test_een_kiosk_geeft_alleen_het_voorgelezen_geluid_als_download(kiosk: bool, soort: str, gegeven: bool) -> None:
    from aiohttp import web as aioweb
    from aiohttp.test_utils import make_mocked_request

    from switchwijzer.web.server import WizardServer

    server = WizardServer("true", poort=8000, kiosk=kiosk, taal="nl")
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
