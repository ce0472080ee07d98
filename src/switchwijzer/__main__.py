"""`switchwijzer`: starts the wizard (`--open BESTAND`: with saved answers); `switchwijzer bereken`: JSON in,
JSON out (no UI loaded); `switchwijzer web`: the wizard in a browser on this computer."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from switchwijzer import __version__

if TYPE_CHECKING:
    from switchwijzer.intake import Geopend


def _kiosk_omgeving() -> None:
    """Before textual is imported: a public machine writes nothing and opens no way out.

    Textual reads its TEXTUAL_* variables at import (a log file of every key, devtools, screenshots),
    so they go before the first import; so does Python's habit of writing bytecode next to the code.
    """
    sys.dont_write_bytecode = True
    for naam in [n for n in os.environ if n.startswith("TEXTUAL") and not _browserkiosk(n)]:
        del os.environ[naam]


WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
"""The driver `switchwijzer web` (textual-serve) sets: the wizard then talks to the browser, not a terminal."""


def _browserkiosk(naam: str) -> bool:
    """The only Textual settings a kiosk keeps: those of a wizard that textual-serve started for a browser."""
    if os.environ.get("TEXTUAL_DRIVER") != WEB_DRIVER:
        return False
    return naam in ("TEXTUAL_DRIVER", "TEXTUAL_FPS", "TEXTUAL_COLOR_SYSTEM")


def main(argv: list[str] | None = None) -> int:
    """Ctrl+C at any moment, even while the program is still loading, ends with "Gestopt." and exit code 130."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("\nGestopt.", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    from switchwijzer.argumenten import parser

    args = parser(__version__).parse_args(argv)
    if args.opdracht == "bereken":
        from switchwijzer.cli import bereken_opdracht

        return bereken_opdracht(
            args.bestand, tekst=args.tekst, rol=args.tekst_rol, taal=args.taal, pdf=args.pdf,
            voorleestekst=args.voorleestekst, voorlezen=args.voorlezen,
        )
    if args.opdracht == "web":
        from switchwijzer.web import web_opdracht

        return web_opdracht(
            poort=args.port, kiosk=args.kiosk or args.web_kiosk, taal=args.web_taal or args.taal,
            rol=args.web_rol or args.rol, voorlezen=args.voorlezen or args.web_voorlezen,
            max_sessies=args.max_sessies,
        )
    if args.kiosk and args.open is not None:
        print(
            "switchwijzer: --open kan niet in de kioskstand. Een kiosk opent en bewaart geen bestanden.",
            file=sys.stderr,
        )
        return 2
    if args.kiosk:
        _kiosk_omgeving()
    geopend: Geopend | None = None
    if args.open is not None:
        uitkomst = _open(args.open, args.taal)
        if isinstance(uitkomst, int):
            return uitkomst
        geopend = uitkomst
    from switchwijzer.tui.start import start

    return start(kiosk=args.kiosk, taal=args.taal, rol=args.rol, geopend=geopend, voorlezen=args.voorlezen,
                 in_browser=os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER)


def _open(bestand: str, taal: str) -> Geopend | int:
    """Read saved answers before the wizard starts; a bad file gets its message on stderr and exit code 2."""
    from switchwijzer.i18n import zet_taal
    from switchwijzer.installatie import InstallatieFout, controleer
    from switchwijzer.intake import IntakeFout, lees

    try:
        controleer()  # checking the file needs the questions and the catalogs
    except InstallatieFout as fout:
        print(fout, file=sys.stderr)
        return 1
    zet_taal(taal)
    try:
        return lees(bestand)
    except IntakeFout as fout:
        print(fout, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
