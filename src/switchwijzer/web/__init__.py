"""`switchwijzer web`: the same wizard in a browser on this computer, served by textual-serve.

textual-serve starts one wizard process per browser tab (`python -m switchwijzer ...`) and passes keys and
screen output over a websocket. This module only chooses what it runs and what it may do:
- it listens on 127.0.0.1 only: a kiosk is a public machine, nobody else on the network may reach it;
- a websocket from another web site (another Origin) is refused, so no other page can start or read a wizard;
  the page itself may be opened as http://127.0.0.1:PORT or http://localhost:PORT (both are this computer);
- it runs at most `--max-sessies` wizards at once (each tab costs about 110 MB); past that the page says in
  plain words that it is too busy right now;
- no key in the browser stops the wizard (see `SwitchwijzerApp.blijft_aan`): only the server's Ctrl+C does;
- in kiosk mode the wizard itself runs with `--kiosk`, the page opens no other pages or downloads (links that
  the terminal would make of typed text, Textual's "open URL" and file downloads) and has no right-click menu.
It never imports Textual: the server process stays small, the wizard runs in its own processes.
"""

from __future__ import annotations

import errno
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from switchwijzer.lezer import Rol

ADRES = "127.0.0.1"
NAMEN = (ADRES, "localhost")
"""The names a browser on this computer may use for the server (the page, its files and its websocket)."""
MAX_SESSIES = 8
"""Wizards at once, by default. One kiosk screen needs one (two for a moment after a reload, while the old one
stops); a few more leave room for staff or a second tab. Each costs about 110 MB once it shows an answer (a
Python process of 56 MB on the first screen, 100-110 MB after the answer, and a shell of 2 MB; measured on
6 December 2026), so 8 take at most 0,9 GB: a quarter of a small 4 GB kiosk PC, which leaves the rest for the
system and the browser."""
EXIT_FOUTE_INVOER = 2
EXIT_ONDERBROKEN = 130
TEMPLATES = Path(__file__).resolve().parent / "templates"

PAGINA_TEKSTEN = {
    "nl": {
        "laden": "Switchwijzer start…", "gestopt": "Switchwijzer is gestopt.", "opnieuw": "Opnieuw starten",
        "druk": "Het is nu te druk.",
        "druk_uitleg": "Switchwijzer is nu te vaak tegelijk open op deze computer. "
                       "Probeer het over een paar minuten opnieuw.",
        "druk_tip": "Staat Switchwijzer nog open in een ander venster? Sluit dat venster dan eerst.",
        "druk_knop": "Opnieuw proberen",
    },
    "en": {
        "laden": "Switchwijzer is starting…", "gestopt": "Switchwijzer has stopped.", "opnieuw": "Start again",
        "druk": "It is too busy right now.",
        "druk_uitleg": "Switchwijzer is open too many times at once on this computer. Try again in a few minutes.",
        "druk_tip": "Is Switchwijzer still open in another window? Then close that window first.",
        "druk_knop": "Try again",
    },
}
"""The few words of the web page around the wizard (textual-serve's own page is English only)."""


def wizard_opdracht(*, kiosk: bool, taal: str, rol: Rol | None, voorlezen: bool = False) -> str:
    """The shell command textual-serve runs for each browser tab: this Python, this package, these options."""
    delen = [sys.executable, "-m", "switchwijzer", "--taal", taal]
    if kiosk:
        delen.append("--kiosk")
    if rol:
        delen += ["--rol", rol]
    if voorlezen:
        delen.append("--voorlezen")
    return shlex.join(delen)


def web_opdracht(
    *, poort: int, kiosk: bool, taal: str, rol: Rol | None, voorlezen: bool = False, max_sessies: int = MAX_SESSIES,
) -> int:
    """Serve the wizard on http://127.0.0.1:poort until Ctrl+C; returns the exit code."""
    from switchwijzer.web.server import WizardServer

    opdracht = wizard_opdracht(kiosk=kiosk, taal=taal, rol=rol, voorlezen=voorlezen)
    server = WizardServer(opdracht, poort=poort, kiosk=kiosk, taal=taal, max_sessies=max_sessies)
    try:
        server.draai()
    except OSError as fout:
        print(_poortfout(poort, fout), file=sys.stderr)
        return EXIT_FOUTE_INVOER
    except KeyboardInterrupt:
        server.onderbroken = True
    if server.onderbroken:
        print("\nGestopt.", file=sys.stderr)
        return EXIT_ONDERBROKEN
    return 0


def _poortfout(poort: int, fout: OSError) -> str:
    if fout.errno == errno.EADDRINUSE:
        return (
            f"Poort {poort} is al in gebruik. Kies een andere poort, bijvoorbeeld: switchwijzer web --port {poort + 1}"
        )
    if fout.errno == errno.EACCES:
        return f"U mag poort {poort} niet gebruiken. Kies een andere poort, bijvoorbeeld 8000."
    return f"De app kan poort {poort} niet openen ({fout.strerror or fout})."


__all__ = ["ADRES", "MAX_SESSIES", "NAMEN", "PAGINA_TEKSTEN", "TEMPLATES", "web_opdracht", "wizard_opdracht"]
