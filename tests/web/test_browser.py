"""`switchwijzer web` in a real browser (Debian's chromium): from the first question to the answer, by keyboard."""

from __future__ import annotations

import os
import shutil
import signal
import time
import urllib.request
from pathlib import Path

import pytest

from .browser import Scherm, chromium, vereist_browser

SCHERMAFDRUK_KOPIE = Path("/tmp/switchwijzer-web-antwoord.png")

DEELNEMER_KORTSTE_ROUTE = [
    # (the question on the screen, what a person types: a digit picks a choice, "\n" is Enter)
    ("Hoe oud ben je?", "30\n"),
    ("Met wie woon je?", "1"),  # alleen: no housemates
    ("Is je huis een huurhuis?", "2"),  # nee: no rent
    ("Krijg je elke maand geld van de gemeente of van UWV?", "3"),  # nee
    ("Hoeveel geld krijg je per maand van de dagbesteding?", "0\n"),
    ("Wie betaalt je dagbesteding?", "2"),  # Wlz: no end date
    ("Waar woon je, en hoe krijg je je zorg?", "2"),  # at home with a vpt
    ("Wat voor werk wil je gaan doen?", "3"),  # gewoon werk: no advies beschut werk
    ("Hoeveel uur per week wil je werken?", "20\n"),
    ("Weet je al hoeveel loon je krijgt?", "1"),  # ik weet mijn loon per uur
    ("Hoeveel loon krijg je per uur, voor belasting?", "16\n"),
    ("Wat kost reizen naar je werk per maand?", "0\n"),  # nothing: no question who pays it
    ("Werk je daar al?", "1"),  # nee
    ("Wanneer begin je met het werk?", "3-2027\n"),
    ("In welke gemeente woon je?", "Utrecht\n"),
]


@pytest.fixture
def pagina(tmp_path: Path):  # type: ignore[no-untyped-def]
    vereist_browser()
    with chromium(tmp_path / "chromium-profiel") as browser:
        yield browser.new_page()  # type: ignore[attr-defined]


def _open(pagina, url: str) -> Scherm:  # type: ignore[no-untyped-def]
    scherm = Scherm(pagina)
    pagina.goto(url)
    pagina.locator(".xterm-helper-textarea").focus()  # where xterm takes the keyboard
    return scherm


@pytest.mark.lang(20)
def test_de_deelnemer_komt_in_de_browser_bij_het_antwoord(web_server, pagina, tmp_path: Path) -> None:
    scherm = _open(pagina, web_server().url)
    scherm.wacht_op("Wie zit er achter het toetsenbord?", "Ik zit in de dagbesteding")
    pagina.keyboard.press("1")
    for vraag, antwoord in DEELNEMER_KORTSTE_ROUTE:
        scherm.wacht_op(vraag)
        scherm.typ(antwoord.rstrip("\n"), enter=antwoord.endswith("\n"))
    scherm.wacht_op("Kloppen deze antwoorden?", "Laat de uitkomst zien")
    pagina.keyboard.press("Enter")
    tekst = scherm.wacht_op("Wat verandert er aan je geld?", "Toeslagen", "Terug kunnen", "Minder uren", seconden=10)
    assert "per maand meer" in tekst and "Totaal per maand" in tekst
    scherm.getekend()
    afdruk = tmp_path / "antwoord.png"
    pagina.screenshot(path=str(afdruk))
    assert afdruk.stat().st_size > 10_000  # a drawn canvas, not an empty page
    shutil.copyfile(afdruk, SCHERMAFDRUK_KOPIE)


def _eerste_vraag(pagina, url: str) -> Scherm:  # type: ignore[no-untyped-def]
    scherm = _open(pagina, url)
    scherm.wacht_op("Wie zit er achter het toetsenbord?")
    pagina.keyboard.press("1")
    scherm.wacht_op("Hoe oud ben je?")
    return scherm


def test_de_kiosk_in_de_browser_stopt_niet_met_ctrl_q(web_server, pagina) -> None:
    scherm = _eerste_vraag(pagina, web_server("--kiosk").url)
    assert "Stoppen" not in scherm.tekst  # the kiosk's footer offers no way out
    pagina.keyboard.press("Control+q")
    scherm.typ("30")
    scherm.wacht_op("Met wie woon je?")  # the same wizard goes on
    assert not scherm.gesloten
    assert "-closed" not in (pagina.get_attribute("body", "class") or "")


def test_zonder_kiosk_stopt_ctrl_q_de_app_ook_niet(web_server, pagina) -> None:
    """The wizard runs on the server: a visitor's keys never stop it (test_server.py tries every key)."""
    scherm = _open(pagina, web_server().url)
    tekst = scherm.wacht_op("Wie zit er achter het toetsenbord?")
    assert "Stoppen" not in tekst
    pagina.keyboard.press("Control+q")
    pagina.keyboard.press("1")
    scherm.wacht_op("Hoe oud ben je?")
    assert not scherm.gesloten


def test_stopt_de_wizard_toch_dan_zegt_de_pagina_dat_in_het_nederlands(web_server, pagina) -> None:
    server = web_server()
    scherm = _open(pagina, server.url)
    scherm.wacht_op("Wie zit er achter het toetsenbord?")
    (wizard,) = server.wizards()
    os.kill(wizard, signal.SIGTERM)  # as if it crashed: no key can end it
    pagina.locator(".gestopt").wait_for(state="visible")
    assert pagina.locator(".gestopt").inner_text().split() == ["Switchwijzer", "is", "gestopt.", "Opnieuw", "starten"]
    assert not pagina.locator(".druk").is_visible()


TE_DRUK = ["Het is nu te druk.",
           "Switchwijzer is nu te vaak tegelijk open op deze computer. Probeer het over een paar minuten opnieuw.",
           "Staat Switchwijzer nog open in een ander venster? Sluit dat venster dan eerst.", "Opnieuw proberen"]


def _te_druk(pagina) -> None:  # type: ignore[no-untyped-def]
    melding = pagina.locator(".druk")
    melding.wait_for(state="visible")
    assert [regel.strip() for regel in melding.inner_text().splitlines() if regel.strip()] == TE_DRUK
    assert not pagina.locator(".gestopt").is_visible() and not pagina.locator(".laden").is_visible()


def test_een_tweede_tab_voorbij_het_maximum_ziet_dat_het_te_druk_is(web_server, pagina) -> None:
    server = web_server("--max-sessies", "1")
    _open(pagina, server.url).wacht_op("Wie zit er achter het toetsenbord?")
    tweede = pagina.context.new_page()
    tweede.goto(server.url)
    _te_druk(tweede)
    pagina.close()  # the first tab closes: its place comes free, and "Opnieuw proberen" opens the wizard
    grens = time.monotonic() + 30
    while True:
        with tweede.expect_navigation():
            tweede.get_by_role("button", name="Opnieuw proberen").click()
        if not tweede.locator(".druk").is_visible():
            break
        assert time.monotonic() < grens, "still too busy after the first tab was closed"
        tweede.wait_for_timeout(200)
    tweede.locator("body.-first-byte").wait_for()  # the wizard draws


def test_komt_de_websocket_te_laat_dan_zegt_de_pagina_ook_dat_het_te_druk_is(web_server, pagina) -> None:
    """The last place went between loading the page and its websocket: the same words, not "gestopt"."""
    server = web_server("--max-sessies", "1")
    with urllib.request.urlopen(server.url, timeout=10) as antwoord:
        vrije_pagina = antwoord.read().decode()  # the page as the server sends it while there is room
    _open(pagina, server.url).wacht_op("Wie zit er achter het toetsenbord?")  # takes the one place
    tweede = pagina.context.new_page()
    tweede.route(server.url, lambda route: route.fulfill(body=vrije_pagina, content_type="text/html"))
    tweede.goto(server.url)
    _te_druk(tweede)


def test_op_localhost_werkt_de_wizard_in_de_browser(web_server, pagina) -> None:
    server = web_server()
    scherm = _open(pagina, f"http://localhost:{server.poort}/")
    scherm.wacht_op("Wie zit er achter het toetsenbord?")
    pagina.keyboard.press("1")
    scherm.wacht_op("Hoe oud ben je?")


def test_f5_in_de_browser_is_opnieuw_beginnen_en_laadt_de_pagina_niet_opnieuw(web_server, pagina) -> None:
    scherm = _eerste_vraag(pagina, web_server().url)
    geladen: list[str] = []
    pagina.on("framenavigated", lambda frame: geladen.append(frame.url))
    pagina.keyboard.press("F5")
    scherm.wacht_op("Opnieuw beginnen? Dan wissen we alle antwoorden.")
    assert geladen == [] and not scherm.gesloten


def test_ctrl_c_met_een_open_tabblad_stopt_de_wizard_netjes(web_server, pagina) -> None:
    server = web_server()
    scherm = _open(pagina, server.url)
    scherm.wacht_op("Wie zit er achter het toetsenbord?")
    code, uit, fout = server.stop()
    assert code == 130 and "Traceback" not in uit + fout and "is closed" not in fout, fout
    pagina.locator(".gestopt").wait_for(state="visible")
