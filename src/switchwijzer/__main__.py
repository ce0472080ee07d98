"""`switchwijzer`: starts the wizard (`--open BESTAND`: with saved answers); `switchwijzer bereken`: JSON in,
JSON out (no UI loaded)."""

from __future__ import annotations

import os
import sys

from typing import TYPE_CHECKING

from switchwijzer import __version__
from switchwijzer.argumenten import parser

if TYPE_CHECKING:
    from switchwijzer.intake import Geopend


def _kiosk_omgeving() -> None:
    """Before textual is imported: a public machine writes nothing and opens no way out.

    Textual reads its TEXTUAL_* variables at import (a log file of every key, devtools, screenshots),
    so they go before the first import; so does Python's habit of writing bytecode next to the code.
    """
    sys.dont_write_bytecode = True
    for naam in [n for n in os.environ if n.startswith("TEXTUAL")]:
        del os.environ[naam]


def main(argv: list[str] | None = None) -> int:
    args = parser(__version__).parse_args(argv)
    if args.opdracht == "bereken":
        from switchwijzer.cli import bereken_opdracht

        return bereken_opdracht(args.bestand, tekst=args.tekst, rol=args.tekst_rol, taal=args.taal, pdf=args.pdf)
    if args.kiosk and args.open is not None:
        print("switchwijzer: --open kan niet in de kioskstand. Een kiosk opent en bewaart geen bestanden.", file=sys.stderr)
        return 2
    if args.kiosk:
        _kiosk_omgeving()
    geopend = None
    if args.open is not None:
        geopend = _open(args.open, args.taal)
        if isinstance(geopend, int):
            return geopend
    from switchwijzer.tui.start import start

    return start(kiosk=args.kiosk, taal=args.taal, rol=args.rol, geopend=geopend)


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
