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
    ("Werk je daar al?", "1"),  # nee
    ("Wanneer begin je met het werk?", "3-2027\n"),  # before the wage: its minimum is that month's
    ("Weet je al hoeveel loon je krijgt?", "1"),  # ik weet mijn loon per uur
    ("Hoeveel loon krijg je per uur, voor belasting?", "16\n"),
    ("Wat kost reizen naar je werk per maand?", "0\n"),  # nothing: no question who pays it
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
    assert "elke maand ongeveer" in tekst and "Totaal per maand" in tekst
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


GELUID_VOLGEN = """
// Test only: note every sound the page starts and stops (the page plays the wizard's WAV deliveries itself).
window.__gespeeld = []; window.__gestopt = 0;
const spelen = HTMLMediaElement.prototype.play, pauzeren = HTMLMediaElement.prototype.pause;
HTMLMediaElement.prototype.play = function () {
  const audio = this;
  fetch(audio.src).then(r => r.blob()).then(b => window.__gespeeld.push({type: b.type, size: b.size}));
  return spelen.call(audio);
};
HTMLMediaElement.prototype.pause = function () { window.__gestopt += 1; return pauzeren.call(this); };
"""


def _wacht_tot(pagina, uitdrukking: str, seconden: float = 30) -> object:  # type: ignore[no-untyped-def]
    pagina.wait_for_function(uitdrukking, timeout=seconden * 1000)
    return pagina.evaluate(uitdrukking)


@pytest.mark.lang(12)
@pytest.mark.parametrize("kiosk", [False, True])
def test_f6_speelt_het_geluid_in_de_browser_en_esc_stopt_het(web_server, pagina, kiosk: bool) -> None:  # type: ignore[no-untyped-def]
    pagina.add_init_script(GELUID_VOLGEN)
    scherm = _eerste_vraag(pagina, web_server(*(["--kiosk"] if kiosk else [])).url)
    vensters = len(pagina.context.pages)
    pagina.keyboard.press("F6")
    _wacht_tot(pagina, "window.__gespeeld.length >= 1")
    gespeeld = pagina.evaluate("window.__gespeeld")
    assert gespeeld[0]["type"] == "audio/wav" and gespeeld[0]["size"] > 10_000, gespeeld
    assert "Voorlezen werkt niet" not in scherm.tekst, "the sound is for the browser, not the server's sound card"
    pagina.keyboard.press("Escape")
    _wacht_tot(pagina, "window.__gestopt >= 1")
    assert "Hoe oud ben je?" in scherm.tekst, "Esc stopped the voice and stayed on the question"
    gestopt_na = pagina.evaluate("window.__gespeeld.length")
    pagina.wait_for_timeout(1500)  # the voice had more sentences: none may start after the stop
    assert pagina.evaluate("window.__gespeeld.length") == gestopt_na
    assert len(pagina.context.pages) == vensters, "no other window or download opened"


def _omgekeerd(scherm: Scherm, woorden: str) -> bool:
    """The letters of `woorden` on the screen are drawn reversed (how focus shows, also without colour)."""
    assert scherm.scherm is not None
    for rij, regel in enumerate(scherm.scherm.display):
        kolom = regel.find(woorden)
        if kolom >= 0:
            return all(scherm.scherm.buffer[rij][kolom + i].reverse for i in range(len(woorden)))
    raise AssertionError(f"{woorden!r} is not on the screen")


def test_het_eerste_scherm_in_de_browser_laat_de_focus_zien(web_server, pagina) -> None:
    """The page takes the keyboard away from the wizard for a moment while it loads (an app blur); the focus
    stays on the first choice and shows, so Enter and the arrows visibly work from the start."""
    scherm = _open(pagina, web_server().url)
    scherm.wacht_op("Wie zit er achter het toetsenbord?", "Ik zit in de dagbesteding")
    pagina.wait_for_timeout(1500)  # the page's blur comes after the first screen
    scherm.getekend()
    assert _omgekeerd(scherm, "Ik zit in de dagbesteding")
    assert not _omgekeerd(scherm, "Ik ben ouder of verzorger")
