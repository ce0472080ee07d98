"""`switchwijzer bereken`: one Situatie as JSON in, the Uitkomst as JSON (or plain text) out."""

from __future__ import annotations

import sys
from pathlib import Path

from pydantic import ValidationError

from switchwijzer.engine import Situatie, bereken
from switchwijzer.foutmeldingen import beschrijf_fouten

EXIT_FOUTE_INVOER = 2


def _lees(bestand: str) -> str:
    if bestand == "-":
        return sys.stdin.read()
    return Path(bestand).read_text(encoding="utf-8")


def bereken_opdracht(bestand: str, tekst: bool = False, rol: str = "deelnemer", taal: str = "nl") -> int:
    try:
        ruw = _lees(bestand)
    except OSError as fout:
        print(f"Kan het bestand niet lezen: {bestand} ({fout.strerror}).", file=sys.stderr)
        return EXIT_FOUTE_INVOER
    try:
        situatie = Situatie.model_validate_json(ruw)
    except ValidationError as fout:
        print("De invoer klopt niet:", file=sys.stderr)
        for regel in beschrijf_fouten(fout):
            print(f"- {regel}", file=sys.stderr)
        return EXIT_FOUTE_INVOER
    uitkomst = bereken(situatie)
    if tekst:
        from switchwijzer.i18n import zet_taal
        from switchwijzer.uitleg import als_tekst

        zet_taal(taal)
        print(als_tekst(situatie, uitkomst, rol, taal))
    else:
        print(uitkomst.model_dump_json(indent=2))
    return 0
