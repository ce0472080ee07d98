"""`switchwijzer`: starts the wizard; `switchwijzer bereken`: JSON in, JSON out (no UI loaded)."""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="switchwijzer",
        description="Van dagbesteding naar werk: wat verandert er aan je geld?",
    )
    parser.add_argument("--taal", choices=["nl", "en"], default="nl", help="taal van de app (nl of en)")
    parser.add_argument("--kiosk", action="store_true", help="kioskstand: slaat niets op en begint vanzelf opnieuw")
    parser.add_argument(
        "--rol", choices=["deelnemer", "ouder", "coach"], default=None, help="sla de eerste vraag over"
    )
    sub = parser.add_subparsers(dest="opdracht")
    bereken = sub.add_parser("bereken", help="lees een situatie als JSON en schrijf de uitkomst als JSON")
    bereken.add_argument("bestand", nargs="?", default="-", help="JSON-bestand, of - voor standaardinvoer")
    bereken.add_argument("--tekst", action="store_true", help="schrijf de uitkomst als gewone tekst")
    bereken.add_argument(
        "--rol", dest="tekst_rol", choices=["deelnemer", "ouder", "coach"], default="deelnemer",
        help="voor wie de tekst is (bij --tekst)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.opdracht == "bereken":
        from switchwijzer.cli import bereken_opdracht

        return bereken_opdracht(args.bestand, tekst=args.tekst, rol=args.tekst_rol, taal=args.taal)
    from switchwijzer.tui.app import start

    return start(kiosk=args.kiosk, taal=args.taal, rol=args.rol)


if __name__ == "__main__":
    sys.exit(main())
