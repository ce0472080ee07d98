"""`switchwijzer bereken`: one Situatie as JSON in, the Uitkomst as JSON (or plain text, or a PDF) out.

Whatever comes in (a file from Notepad, a binary, a stream without end, Ctrl+C), the person gets one Dutch
message and an exit code, never a traceback: 2 for input we cannot use, 130 for Ctrl+C, 1 when the install
itself is damaged. A mistake in Switchwijzer itself (a bug) is no bad input: it says so with a code, prints the
traceback under it for whoever fixes it, and exits with 70 (EX_SOFTWARE in sysexits.h).
"""

from __future__ import annotations

import errno
import os
import sys
from typing import TYPE_CHECKING

from pydantic import ValidationError

from switchwijzer.engine import Situatie, Uitkomst, bereken
from switchwijzer.foutmeldingen import beschrijf_fouten
from switchwijzer.foutmeldingen import zichtbaar as _zichtbaar
from switchwijzer.installatie import InstallatieFout
from switchwijzer.jsontekst import MAX_GETAL_TEKENS, TeLangGetal, controleer_getallen
from switchwijzer.lezer import Lezer

if TYPE_CHECKING:
    from switchwijzer.i18n import Taal
    from switchwijzer.intake import Intake
    from switchwijzer.lezer import Rol
    from switchwijzer.uitleg.scenarios import Scenario

EXIT_FOUTE_INVOER = 2
EXIT_INSTALLATIE = 1
EXIT_ONDERBROKEN = 130
EXIT_FOUT_IN_PROGRAMMA = 70
MAX_BYTES = 1_000_000
"""A situation is a few hundred bytes; more than this is not a situation (or is /dev/zero)."""
MAX_FOUTEN = 20
"""At most this many wrong fields are listed; then how many more there are (a large wrong input listed every
one of them: 70 000 lines)."""

_LEESFOUTEN = {
    errno.ENOENT: "dit bestand bestaat niet",
    errno.EACCES: "u mag dit bestand niet lezen",
    errno.EISDIR: "dit is een map, geen bestand",
}


class Invoerfout(Exception):
    """Input we cannot use; the message is Dutch and meant for the person."""


def _lees_bytes(bestand: str) -> bytes:
    if bestand == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        with open(bestand, "rb") as invoer:
            return invoer.read(MAX_BYTES + 1)
    except OSError as fout:
        reden = _LEESFOUTEN.get(fout.errno or 0, "het lukt niet om het te lezen")
        raise Invoerfout(f"Kan het bestand niet lezen: {_zichtbaar(bestand)} ({reden}).") from None


def _als_tekst(ruw: bytes) -> str:
    if len(ruw) > MAX_BYTES:
        raise Invoerfout("De invoer is te groot: meer dan 1 MB. Eén situatie is veel kleiner.")
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Invoerfout("Dit bestand is opgeslagen als UTF-16. Sla het op als UTF-8 en probeer het opnieuw.")
    try:
        return ruw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Invoerfout(
            "Dit is geen UTF-8-tekst. Sla het bestand op als UTF-8 (bijvoorbeeld in Kladblok: "
            "Opslaan als, Codering: UTF-8) en probeer het opnieuw."
        ) from None


def _schrijf(tekst: str) -> None:
    try:
        print(tekst)
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` stopped reading: that is fine, but say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def bereken_opdracht(
    bestand: str, tekst: bool = False, rol: Rol | None = None, taal: Taal = "nl", pdf: str | None = None,
    voorleestekst: bool = False, voorlezen: str | None = None,
) -> int:
    """`rol` for the text and the PDF; None: the role of a saved intake, else the participant."""
    try:
        return _bereken(bestand, tekst, rol, taal, pdf, voorleestekst, voorlezen)
    except KeyboardInterrupt:
        print("\nGestopt.", file=sys.stderr)
        return EXIT_ONDERBROKEN
    except Invoerfout as fout:
        print(fout, file=sys.stderr)
        return EXIT_FOUTE_INVOER
    except InstallatieFout as fout:
        print(fout, file=sys.stderr)
        return EXIT_INSTALLATIE
    except Exception as fout:  # noqa: BLE001 - the one place for a bug: said as one, with its traceback
        import traceback

        from switchwijzer.onverwacht import melding_cli

        print(melding_cli(fout), file=sys.stderr)
        traceback.print_exception(fout, file=sys.stderr)
        return EXIT_FOUT_IN_PROGRAMMA


def _fouten(fout: ValidationError) -> str:
    regels = beschrijf_fouten(fout)
    tekst = "\n".join(f"- {_zichtbaar(regel)}" for regel in regels[:MAX_FOUTEN])
    if len(regels) > MAX_FOUTEN:
        tekst += f"\nEn nog {len(regels) - MAX_FOUTEN} andere fouten."
    return f"De invoer klopt niet:\n{tekst}"


def _bereken(
    bestand: str, tekst: bool, rol: Rol | None, taal: Taal, pdf: str | None, voorleestekst: bool,
    voorlezen: str | None,
) -> int:
    from switchwijzer.installatie import controleer, controleer_gemeenten, controleer_parameters

    ruw = _als_tekst(_lees_bytes(bestand))
    try:
        controleer_getallen(ruw)
    except TeLangGetal as fout:
        raise Invoerfout(
            f"De invoer klopt niet: er staat een getal in van {fout.tekens} tekens. Dat is te lang. "
            f"Een getal heeft hier hoogstens {MAX_GETAL_TEKENS} tekens."
        ) from None
    intake_bestand = _is_intake(ruw)
    # Before the input: checking the input reads the parameter files.
    if tekst or pdf or voorleestekst or voorlezen:
        controleer()
    else:  # a plain situation reads the gemeenten only when it names one (below)
        controleer_parameters(gemeenten=intake_bestand)
    varianten: list[Scenario] = []
    if intake_bestand:
        situatie, intake = _uit_intake(ruw, bestand)
        rol, varianten = rol or intake.rol, list(intake.varianten)
    else:
        try:
            situatie = Situatie.model_validate_json(ruw)
        except ValidationError as fout:
            raise Invoerfout(_fouten(fout)) from None
    lezer = Lezer(rol or "deelnemer", taal)  # who reads is settled here, once
    if situatie.dagbesteding.gemeente:
        controleer_gemeenten()
    uitkomst = bereken(situatie)
    if voorleestekst or voorlezen is not None:
        return _voorlezen(situatie, uitkomst, lezer, voorleestekst, voorlezen)
    if tekst:
        from switchwijzer.i18n import zet_taal
        from switchwijzer.uitleg import als_tekst

        zet_taal(taal)
        _schrijf(als_tekst(situatie, uitkomst, lezer))
    elif pdf is None:
        _schrijf(uitkomst.model_dump_json(indent=2))
    return _pdf(situatie, uitkomst, lezer, pdf, varianten) if pdf is not None else 0


def _is_intake(ruw: str) -> bool:
    """Answers saved by the wizard (Ctrl+S, `switchwijzer.intake`) rather than a Situatie: a JSON object with a
    schema version. Checked here, without loading the intake code: a Situatie stays as fast."""
    import json

    try:
        gegevens = json.loads(ruw)
    except (ValueError, RecursionError):
        return False  # not JSON at all: the Situatie's own check says what is wrong
    return isinstance(gegevens, dict) and "schema" in gegevens  # a Situatie has no "schema"


def _uit_intake(ruw: str, bestand: str) -> tuple[Situatie, Intake]:
    """The Situatie of saved answers, made as the wizard makes it; one Dutch message when that is not possible."""
    from switchwijzer.i18n import Invoerfout as AntwoordInvoerfout
    from switchwijzer.i18n import zet_taal
    from switchwijzer.intake import IntakeFout, uit_tekst
    from switchwijzer.uitleg.antwoorden import Antwoorden
    from switchwijzer.uitleg.teksten import woorden

    zet_taal("nl")  # the messages of the command line are Dutch
    naam = "standaardinvoer" if bestand == "-" else _zichtbaar(bestand)
    try:
        intake, _oud = uit_tekst(ruw, naam)
    except IntakeFout as fout:
        raise Invoerfout(str(fout)) from None
    antwoorden = Antwoorden(rol=intake.rol, peildatum=intake.peildatum, waarden=dict(intake.waarden),
                            ruw=dict(intake.getypt), varianten=list(intake.varianten))
    w = woorden(Lezer(intake.rol, "nl"))
    open_vraag = antwoorden.open_vraag()
    if open_vraag is not None:
        raise Invoerfout(
            f"Dit zijn bewaarde antwoorden, maar ze zijn nog niet af: \"{w.kies(open_vraag.tekst)}\" heeft "
            f"nog geen antwoord. Maak ze af in de wizard: switchwijzer --open {naam}"
        )
    tegenstrijdig = antwoorden.tegenstrijdigheden()
    if tegenstrijdig:
        raise Invoerfout(f"Twee bewaarde antwoorden passen niet bij elkaar: {w.kies(tegenstrijdig[0].tekst)} "
                         f"Open de antwoorden in de wizard: switchwijzer --open {naam}")
    try:
        return antwoorden.situatie(), intake
    except AntwoordInvoerfout as fout:
        raise Invoerfout(f"{fout} Open de antwoorden in de wizard: switchwijzer --open {naam}") from None


def _pdf(
    situatie: Situatie, uitkomst: Uitkomst, lezer: Lezer, bestand: str, varianten: list[Scenario] | None = None
) -> int:
    """Save the summary as a PDF (with the choices side by side of a saved intake); say where it is (on stderr,
    so stdout stays the text or nothing)."""
    from datetime import date

    from switchwijzer.afdruk import LettertypeOntbreekt, Schrijffout, als_pdf_pad, bewaar_pdf
    from switchwijzer.i18n import zet_taal
    from switchwijzer.uitleg.antwoord import maak_antwoord
    from switchwijzer.uitleg.scenarios import vergelijk

    zet_taal(lezer.taal)
    vergelijking = vergelijk(situatie, varianten, lezer) if varianten else None
    try:
        pad = bewaar_pdf(maak_antwoord(situatie, uitkomst, lezer), als_pdf_pad(bestand), date.today(), vergelijking)
    except Schrijffout as fout:
        raise Invoerfout(str(fout)) from None
    except LettertypeOntbreekt as fout:
        print(fout, file=sys.stderr)
        return EXIT_INSTALLATIE
    print(f"Het overzicht staat in: {_zichtbaar(str(pad))}", file=sys.stderr)
    return 0


def _voorlezen(
    situatie: Situatie, uitkomst: Uitkomst, lezer: Lezer, voorleestekst: bool, bestand: str | None,
) -> int:
    """Print the text the wizard reads aloud (one sentence a line, a blank line between the tabs) and/or save it
    spoken as a WAV file; where the file went is said on stderr, so stdout stays the text or nothing."""
    from pathlib import Path

    from switchwijzer.afdruk.bestand import Schrijffout, schrijf_atomisch
    from switchwijzer.i18n import zet_taal
    from switchwijzer.spraak.fouten import SpraakFout
    from switchwijzer.spraak.wav import voorgelezen
    from switchwijzer.uitleg.voorlezen import voorleestekst as maak_voorleestekst

    delen = maak_voorleestekst(situatie, uitkomst, lezer)
    taal = lezer.taal
    if voorleestekst:
        _schrijf("\n\n".join("\n".join(zinnen) for zinnen in delen))
    if bestand is None:
        return 0
    zet_taal(taal)
    try:
        wav = voorgelezen([zin for zinnen in delen for zin in zinnen], taal)
    except SpraakFout as fout:
        print(fout, file=sys.stderr)
        return EXIT_INSTALLATIE
    try:
        pad = schrijf_atomisch(Path(bestand).expanduser(), wav)
    except Schrijffout as fout:
        raise Invoerfout(f"Kan het geluid niet opslaan: {_zichtbaar(fout.pad)} ({fout.reden}).") from None
    print(f"Het geluid staat in: {_zichtbaar(str(pad))}", file=sys.stderr)
    return 0
