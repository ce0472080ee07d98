"""The command line's words, in Dutch: options, help, usage and argparse's own error messages."""

from __future__ import annotations

import argparse

from switchwijzer.lezer import ROLLEN
from switchwijzer.web import MAX_SESSIES

# argparse looks its messages up through the module's own `_` and `ngettext` at the moment it needs them.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "laat deze hulp zien en stop",
    "show program's version number and exit": "laat het versienummer zien en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r kan niet. Kies uit: %(choices)s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ignored explicit argument %r": "waarde %r hoort hier niet bij",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s is niet duidelijk: bedoelt u %(matches)s?",
    "invalid %(type)s value: %(value)r": "%(value)r kan hier niet",
    "not allowed with argument %s": "kan niet samen met %s",
}


def _nl(bericht: str) -> str:
    return _ARGPARSE_NL.get(bericht, bericht)


def _nl_meervoud(enkelvoud: str, meervoud: str, n: int) -> str:
    return _nl(enkelvoud if n == 1 else meervoud)


argparse._ = _nl  # type: ignore[attr-defined]  # argparse reads these names from its own module: its messages in Dutch
argparse.ngettext = _nl_meervoud  # type: ignore[attr-defined]  # the same, for its plural messages


def _getal(tekst: str, laag: int, hoog: int, naam: str, ervoor: str = "") -> int:
    """A whole number from `laag` to `hoog`, or a Dutch message that says which numbers can."""
    kies = f"Kies een getal van {laag} tot {hoog}."
    try:
        getal = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{tekst!r} is geen {naam}. {kies}") from None
    if not laag <= getal <= hoog:
        raise argparse.ArgumentTypeError(f"{ervoor}{getal} kan niet. {kies}")
    return getal


def poort(tekst: str) -> int:
    """A port number for `switchwijzer web`, or a Dutch message."""
    return _getal(tekst, 1024, 65535, "poortnummer", "poort ")


def aantal_sessies(tekst: str) -> int:
    """How many wizards `switchwijzer web` may run at once, or a Dutch message."""
    return _getal(tekst, 1, 100, "aantal")


def parser(versie: str) -> argparse.ArgumentParser:
    hoofd = argparse.ArgumentParser(
        prog="switchwijzer",
        description="Van dagbesteding naar werk: wat verandert er aan je geld?",
    )
    hoofd.add_argument(
        "--version", action="version", version=f"switchwijzer {versie}", help="laat het versienummer zien en stop"
    )
    hoofd.add_argument("--taal", choices=["nl", "en"], default="nl", help="taal van de app (nl of en)")
    hoofd.add_argument("--kiosk", action="store_true", help="kioskstand: slaat niets op en begint vanzelf opnieuw")
    hoofd.add_argument("--rol", choices=ROLLEN, default=None, help="sla de eerste vraag over")
    hoofd.add_argument("--voorlezen", action="store_true", help="lees elk nieuw scherm vanzelf voor (ook F6)")
    hoofd.add_argument(
        "--open", metavar="BESTAND", default=None, help="open bewaarde antwoorden (niet in de kioskstand)",
    )
    sub = hoofd.add_subparsers(dest="opdracht", title="opdrachten", metavar="OPDRACHT")
    bereken = sub.add_parser(
        "bereken",
        help="lees een situatie als JSON en schrijf de uitkomst als JSON",
        description="Lees een situatie als JSON en schrijf de uitkomst als JSON (of als tekst).",
    )
    bereken.add_argument(
        "bestand",
        nargs="?",
        default="-",
        help="JSON-bestand met een situatie of met bewaarde antwoorden (Ctrl+S in de wizard), "
        "of - voor standaardinvoer",
    )
    bereken.add_argument("--tekst", action="store_true", help="schrijf de uitkomst als gewone tekst")
    bereken.add_argument(
        "--pdf", metavar="BESTAND", default=None, help="sla het overzicht op als PDF in dit bestand",
    )
    bereken.add_argument(
        "--voorleestekst", action="store_true", help="schrijf de tekst die de app voorleest (zonder tekens)",
    )
    bereken.add_argument(
        "--voorlezen", metavar="BESTAND", default=None, help="lees de uitkomst voor in dit geluidsbestand (WAV)",
    )
    bereken.add_argument(
        "--rol", dest="tekst_rol", choices=ROLLEN, default=None,
        help="voor wie de tekst, de PDF of het geluid is (bij --tekst, --pdf en voorlezen; standaard deelnemer, of "
        "de rol van bewaarde antwoorden)",
    )
    web = sub.add_parser(
        "web",
        help="open de app in de browser op deze computer",
        description="Start de app in de browser. Alleen deze computer kan erbij (adres 127.0.0.1).",
    )
    web.add_argument("--port", type=poort, default=8000, metavar="NUMMER", help="poortnummer (standaard 8000)")
    web.add_argument(
        "--kiosk", dest="web_kiosk", action="store_true", help="kioskstand: slaat niets op, stoppen kan niet",
    )
    web.add_argument("--taal", dest="web_taal", choices=["nl", "en"], default=None, help="taal van de app (nl of en)")
    web.add_argument(
        "--voorlezen", dest="web_voorlezen", action="store_true", help="lees elk nieuw scherm vanzelf voor",
    )
    web.add_argument("--rol", dest="web_rol", choices=ROLLEN, default=None, help="sla de eerste vraag over")
    web.add_argument(
        "--max-sessies", type=aantal_sessies, default=MAX_SESSIES, metavar="AANTAL",
        help=f"hoe vaak de app tegelijk open mag zijn (standaard {MAX_SESSIES}; elke keer kost ongeveer 110 MB)",
    )
    return hoofd
