"""Saved intakes: a coach or parent keeps the answers in a file and opens them later, or on another machine.

The file is JSON in UTF-8, at most 1 MB. Schema version 3 (what this version writes):

    {"schema": 3,
     "opgeslagen": "2026-05-10T14:03:00+02:00",   when it was saved
     "app_versie": "0.1.0",                       the Switchwijzer that saved it
     "rol": "ouder",                              deelnemer, ouder or coach
     "peildatum": "2026-05-10",                   the day the intake was done ("Weet ik niet" for the
                                                  start month counts from here, so the answer stays the same)
     "antwoorden": {"leeftijd": {"waarde": "24", "getypt": "24"},
                    "woonsituatie": {"waarde": "alleen"}},
     "vergelijk": [{"uren": "32", "soort_werk": null, "start": null},   the other choices on the compare
                   {"uren": null, "soort_werk": "regulier", "start": "2027-03-01"}]}   screen, at most 3

`waarde` per kind of question: a choice id or "weet_niet"; a number as text with a point ("12.5", so no float
ever rounds it); a date as "2027-03-01" (a start month is its first day); ages as a list of whole numbers; a
typed text (only the gemeente) or null. `getypt` is the text as typed, so a field shows it again as it was;
a question with only `getypt` has no answer yet (what was typed did not fit). In `vergelijk` each choice says only
what differs from the answers (null: as there): hours as text with a point, a kind of work, a start month's first day.

Schema version 2 is schema 3 without `vergelijk` (the choices side by side were not saved); it is read as having
none. Schema version 1 is the first draft of this format: `{"schema": 1, "rol", "datum", "antwoorden": [{"vraag",
"waarde"}, ...]}`, a flat list, no typed text, no time or app version. No released Switchwijzer wrote it; it
was here so that the migration path for the next change of format existed and was tested. An older file is read and
migrated in memory (1 -> 2 -> 3); it is rewritten only when it is saved again.

Nothing that identifies a person is asked, so nothing is stored: there is no question for a name or a BSN,
and the file has no field for one (extra fields are refused). A typed gemeente is stored.

Opening never changes the file. A file that cannot be used raises `IntakeFout` with a message for the person
that names the file and what is wrong; text from the file is shown with control characters made visible.
Writing goes to a temporary file in the same folder, then `os.replace`: the old file stays whole until the
new one is complete.

The folder is `<data folder>/intakes`; the data folder is `SWITCHWIJZER_DATA` when that is set, else the
user's data folder (`platformdirs.user_data_dir("switchwijzer")`). No Textual here: the wizard and the
command line both use this module.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from switchwijzer import __version__
from switchwijzer.bestanden import getypt_pad, is_map, kan_een_naam_zijn, vervang_atomisch
from switchwijzer.foutmeldingen import beschrijf_fouten, zichtbaar
from switchwijzer.i18n import _, als_invoer
from switchwijzer.jsontekst import MAX_GETAL_TEKENS, TeLangGetal, laad
from switchwijzer.lezer import ROLLEN, Rol
from switchwijzer.paths import gebruikersmap
from switchwijzer.uitleg.scenarios import MAX_VARIANTEN, SOORTEN_WERK, Scenario
from switchwijzer.uitleg.vragenlijst import WEET_NIET, Vraag, vraag, vragen

SCHEMA = 3
"""The schema version this Switchwijzer writes, and the newest it reads."""
MAX_BYTES = 1_000_000
"""A saved intake is a few kilobytes; more than this is not one."""
MAX_GETYPT = 500
"""Typed text per question; the fields themselves take at most 80 letters."""
MAX_REGELS = 5
"""At most this many problems are named at once; more would not help the person."""


class IntakeFout(Exception):
    """A saved intake that cannot be opened or saved; the message is for the person, in their language."""


@dataclass
class Intake:
    """The answers as kept in a file: what `Antwoorden` holds, plus when and by which version it was saved."""

    rol: Rol
    peildatum: date
    waarden: dict[str, Any] = field(default_factory=dict)
    getypt: dict[str, str] = field(default_factory=dict)
    varianten: list[Scenario] = field(default_factory=list)
    """The other choices on the compare screen."""
    opgeslagen: datetime | None = None
    app_versie: str | None = None

    @property
    def gemeente(self) -> str | None:
        waarde = self.waarden.get("gemeente")
        return waarde if isinstance(waarde, str) and waarde != WEET_NIET else None


@dataclass(frozen=True)
class Geopend:
    intake: Intake
    pad: Path
    oud_schema: int | None = None
    """The schema version the file had when it was older than SCHEMA (it was migrated in memory)."""


@dataclass(frozen=True)
class Bewaard:
    """One saved intake in the folder, for the list to open from."""

    pad: Path
    opgeslagen: datetime | None
    rol: Rol | None
    gemeente: str | None
    fout: str | None = None
    """Why it cannot be opened, or None."""


# -- the folder -------------------------------------------------------------------------------------------
def intake_map() -> Path:
    return gebruikersmap() / "intakes"


def nieuw_pad(map_: Path | None = None, nu: datetime | None = None) -> Path:
    """A free file name for a new intake: `intake-2026-05-10-1403.json` (a date and time, never a name)."""
    map_ = map_ or intake_map()
    stam = f"intake-{(nu or datetime.now()):%Y-%m-%d-%H%M}"
    pad = map_ / f"{stam}.json"
    teller = 2
    while pad.exists():
        pad = map_ / f"{stam}-{teller}.json"
        teller += 1
    return pad


# -- the format -------------------------------------------------------------------------------------------
class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class _Antwoord(_Strikt):
    waarde: StrictStr | StrictInt | list[StrictInt] | None = None
    """Absent when the question has no answer yet (only typed text that was not accepted)."""
    getypt: StrictStr | None = Field(default=None, max_length=MAX_GETYPT)


class _SchemaTwee(_Strikt):
    versie: StrictInt = Field(alias="schema")
    opgeslagen: datetime
    app_versie: StrictStr = Field(max_length=40)
    rol: StrictStr = Field(max_length=40)
    peildatum: date
    antwoorden: dict[str, _Antwoord]


class _Keuze(_Strikt):
    """One choice of the compare screen: what differs from the answers (None: as there)."""

    uren: StrictStr | None = Field(default=None, max_length=10)
    soort_werk: StrictStr | None = Field(default=None, max_length=40)
    start: StrictStr | None = Field(default=None, max_length=10)


class _SchemaDrie(_SchemaTwee):
    vergelijk: list[_Keuze] = Field(default_factory=list, max_length=MAX_VARIANTEN)


class _PaarEen(_Strikt):
    vraag: StrictStr
    waarde: StrictStr | StrictInt | list[StrictInt] | None


class _SchemaEen(_Strikt):
    """The first draft: a flat list of pairs and the day as `datum`."""

    versie: StrictInt = Field(alias="schema")
    rol: StrictStr = Field(max_length=40)
    datum: date
    antwoorden: list[_PaarEen]


def _van_een(oud: _SchemaEen) -> dict[str, Any]:
    """Schema 1 -> 2: the pairs become a map per question; the day saved is the only time known."""
    return {
        "schema": 2,
        "opgeslagen": datetime.combine(oud.datum, time(0)).astimezone().isoformat(),
        "app_versie": "onbekend",
        "rol": oud.rol,
        "peildatum": oud.datum.isoformat(),
        "antwoorden": {paar.vraag: {"waarde": paar.waarde} for paar in oud.antwoorden},
    }


def _van_twee(oud: _SchemaTwee) -> dict[str, Any]:
    """Schema 2 -> 3: no choices side by side were saved."""
    return {**oud.model_dump(mode="json", by_alias=True, exclude_unset=True), "schema": 3, "vergelijk": []}


_MIGRATIES: dict[int, tuple[type[BaseModel], Callable[[Any], dict[str, Any]]]] = {
    1: (_SchemaEen, _van_een), 2: (_SchemaTwee, _van_twee),
}
"""Per older schema version: its model and the step to the next version."""


# -- reading ------------------------------------------------------------------------------------------
def _leesreden(fout: OSError) -> str:
    if fout.errno == errno.ENOENT:
        return _("it does not exist")
    if fout.errno in (errno.EACCES, errno.EPERM):
        return _("you may not read it")
    if fout.errno == errno.EISDIR:
        return _("it is a folder, not a file")
    if fout.errno == _GEEN_GEWOON_BESTAND:
        return _("it is not an ordinary file")
    if fout.errno == errno.ENAMETOOLONG:
        return _("the name is too long")
    return _("it cannot be read")


_GEEN_GEWOON_BESTAND = -1
"""Our own errno for a FIFO, a device or a socket: reading one could wait forever or never end."""


def _lees_bytes(pad: Path) -> bytes:
    """At most MAX_BYTES + 1 bytes of an ordinary file. Opened without waiting (O_NONBLOCK), so a FIFO named
    `*.json` is refused at once instead of hanging `--open` and the Ctrl+O list until someone writes to it."""
    kan_een_naam_zijn(pad)
    handvat = os.open(pad, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(handvat, "rb") as bestand:
        soort = os.fstat(handvat).st_mode
        if stat.S_ISDIR(soort):
            raise IsADirectoryError(errno.EISDIR, "map", str(pad))
        if not stat.S_ISREG(soort):
            raise OSError(_GEEN_GEWOON_BESTAND, "geen gewoon bestand", str(pad))
        return bestand.read(MAX_BYTES + 1)


def _lees_tekst(pad: Path) -> str:
    naam = zichtbaar(str(pad))
    try:
        ruw = _lees_bytes(pad)
    except OSError as fout:
        raise IntakeFout(
            _("Cannot open the file {file} ({reason}).").format(file=naam, reason=_leesreden(fout))
        ) from None
    if len(ruw) > MAX_BYTES:
        raise IntakeFout(
            _("The file {file} is too big: more than 1 MB. A saved intake is much smaller.").format(file=naam)
        )
    try:
        return ruw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IntakeFout(
            _("The file {file} has characters we cannot read. Was it changed in another program? "
              "Open a file that Switchwijzer saved.").format(file=naam)
        ) from None


def lees(pad: Path | str) -> Geopend:
    """Open a saved intake; raises IntakeFout with a clear message. The file is never changed."""
    pad = Path(pad)
    intake, oud_schema = uit_tekst(_lees_tekst(pad), zichtbaar(str(pad)))
    return Geopend(intake=intake, pad=pad, oud_schema=oud_schema)


def uit_tekst(tekst: str, naam: str) -> tuple[Intake, int | None]:
    """A saved intake from its text, and the older schema version it had (or None); `naam` names the file in a
    message. Raises IntakeFout."""
    try:
        gegevens = laad(tekst)
    except TeLangGetal as fout:
        raise IntakeFout(
            _("The file {file} has a number that is far too long ({length} characters). "
              "Was it changed in another program? Open a file that Switchwijzer saved.").format(
                file=naam, length=fout.tekens)
        ) from None
    except (json.JSONDecodeError, RecursionError) as fout:
        regel = getattr(fout, "lineno", 1)
        raise IntakeFout(
            _("The file {file} has no saved answers: its form is wrong (see line {line}).").format(
                file=naam, line=regel
            )
        ) from None
    if (
        not isinstance(gegevens, dict)
        or not isinstance(gegevens.get("schema"), int)
        or isinstance(gegevens.get("schema"), bool)
    ):
        raise IntakeFout(_("The file {file} is not a saved intake of Switchwijzer.").format(file=naam))
    versie = gegevens["schema"]
    if versie > SCHEMA:
        raise IntakeFout(
            _("The file {file} was saved by a newer Switchwijzer (file version {version}). "
              "This Switchwijzer can open up to version {known}. Update Switchwijzer and try again.").format(
                file=naam, version=versie, known=SCHEMA)
        )
    if versie < 1:
        raise IntakeFout(_("The file {file} is not a saved intake of Switchwijzer.").format(file=naam))
    oud_schema = versie if versie < SCHEMA else None
    while versie < SCHEMA:
        model, stap = _MIGRATIES[versie]
        gegevens = stap(_valideer(model, gegevens, naam))
        versie = gegevens["schema"]
    return _naar_intake(_valideer(_SchemaDrie, gegevens, naam), naam), oud_schema


def _valideer(model: type[BaseModel], gegevens: dict[str, Any], naam: str) -> Any:
    try:
        return model.model_validate(gegevens)
    except ValidationError as fout:
        regels = [f"- {zichtbaar(r)}" for r in beschrijf_fouten(fout)[:MAX_REGELS]]
        kop = _("The file {file} was changed or is damaged. This is wrong:").format(file=naam)
        raise IntakeFout("\n".join([kop, *regels])) from None


def _naar_intake(bestand: _SchemaDrie, naam: str) -> Intake:
    if bestand.rol not in ROLLEN:
        raise IntakeFout(
            _("The file {file} is for the role {role}. That role does not exist. "
              "A saved intake is for deelnemer, ouder or coach.").format(file=naam, role=zichtbaar(bestand.rol))
        )
    per_id = {v.id: v for v in vragen()}
    problemen: list[str] = []
    waarden: dict[str, Any] = {}
    getypt: dict[str, str] = {}
    for vraag_id, antwoord in bestand.antwoorden.items():
        vraag = per_id.get(vraag_id)
        if vraag is None:
            problemen.append(_("there is no question {question}").format(question=zichtbaar(vraag_id)))
            continue
        try:
            if "waarde" in antwoord.model_fields_set:
                waarden[vraag_id] = _waarde(vraag, antwoord.waarde)
        except ValueError as fout:
            problemen.append(_("question {question}: {reason}").format(question=vraag_id, reason=fout))
        if antwoord.getypt is not None:
            if not antwoord.getypt.isprintable():
                problemen.append(_("question {question}: {reason}").format(
                    question=vraag_id, reason=_("the text has characters that cannot be shown")))
            getypt[vraag_id] = _als_getypt(antwoord.getypt, waarden.get(vraag_id))
    varianten: list[Scenario] = []
    for nummer, keuze in enumerate(bestand.vergelijk, start=2):
        try:
            varianten.append(_keuze(keuze))
        except ValueError as fout:
            problemen.append(_("choice {number} to compare: {reason}").format(number=nummer, reason=fout))
    if problemen:
        regels = [f"- {p}" for p in problemen[:MAX_REGELS]]
        kop = _("The file {file} was changed or is damaged. This is wrong:").format(file=naam)
        raise IntakeFout("\n".join([kop, *regels]))
    return Intake(
        rol=bestand.rol, peildatum=bestand.peildatum, waarden=waarden, getypt=getypt, varianten=varianten,
        opgeslagen=bestand.opgeslagen, app_versie=bestand.app_versie,
    )


def _keuze(keuze: _Keuze) -> Scenario:
    """A saved choice to compare as the compare screen keeps it; ValueError when it does not fit."""
    uren = _getal(vraag("uren"), keuze.uren) if keuze.uren is not None else None
    if keuze.soort_werk is not None and keuze.soort_werk not in SOORTEN_WERK:
        raise ValueError(_("the kind of work {kind} does not exist").format(kind=zichtbaar(keuze.soort_werk)))
    start = _datum(vraag("start"), keuze.start) if keuze.start is not None else None
    scenario = Scenario(uren=uren, soort_werk=keuze.soort_werk, start=start)
    if scenario == Scenario():
        raise ValueError(_("it changes nothing"))
    return scenario


def _waarde(vraag: Vraag, waarde: Any) -> Any:
    """The stored value back as the wizard keeps it; ValueError (with a reason for the person) if it does not
    fit the question."""
    if waarde == WEET_NIET:
        if vraag.weet_niet is None:
            raise ValueError(_("\"I don't know\" is not an answer to this question"))
        return WEET_NIET
    if vraag.soort == "keuze":
        if not any(k.id == waarde for k in vraag.keuzes):
            raise ValueError(_("the choice {choice} does not exist").format(choice=zichtbaar(str(waarde))))
        return waarde
    if vraag.soort == "getal":
        return _getal(vraag, waarde)
    if vraag.soort in ("datum", "maand"):
        return _datum(vraag, waarde)
    if vraag.soort == "leeftijden":
        if not isinstance(waarde, list) or len(waarde) > 12:
            raise ValueError(_("this must be a list of at most 12 ages"))
        hoogst = vraag.max if vraag.max is not None else 120
        if any(leeftijd < 0 or leeftijd > hoogst for leeftijd in waarde):
            raise ValueError(_("an age is too high or below 0"))
        return list(waarde)
    if waarde is None:
        return None
    if not isinstance(waarde, str) or len(waarde) > vraag.max_lengte:
        raise ValueError(_("this text is too long"))
    if not waarde.isprintable():
        raise ValueError(_("the text has characters that cannot be shown"))
    return waarde


def _als_getypt(getypt: str, waarde: Any) -> str:
    """The typed text as the field shows it again. `+` and `-` on the answer used to keep the hours as '13.5', the
    stored value's own text, which the field then refused ("use a comma"); such a text becomes '13,5'."""
    if isinstance(waarde, Decimal) and "." in getypt and getypt == format(waarde, "f"):
        return als_invoer(waarde)
    return getypt


def _getal(vraag: Vraag, waarde: Any) -> Decimal:
    if isinstance(waarde, str) and len(waarde) > MAX_GETAL_TEKENS:
        raise ValueError(_("this number is too long"))
    try:
        getal = Decimal(waarde) if isinstance(waarde, str | int) else None
    except InvalidOperation:
        getal = None
    if getal is None or not getal.is_finite():
        raise ValueError(_("this must be a number, such as \"12.5\""))
    if vraag.geheel and getal != getal.to_integral_value():
        raise ValueError(_("this must be a whole number"))
    if (vraag.min is not None and getal < vraag.min) or (vraag.max is not None and getal > vraag.max):
        raise ValueError(_("this number is too high or too low"))
    return getal


def _datum(vraag: Vraag, waarde: Any) -> date:
    try:
        dag = date.fromisoformat(waarde) if isinstance(waarde, str) else None
    except ValueError:
        dag = None
    if dag is None:
        raise ValueError(_("this must be a date, such as \"2027-03-01\""))
    if vraag.soort == "maand" and dag.day != 1:
        raise ValueError(_("this must be the first day of a month"))
    return dag


# -- writing ------------------------------------------------------------------------------------------
def _als_json(waarde: Any) -> Any:
    if isinstance(waarde, Decimal):
        return format(waarde, "f")
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, list):
        return [int(x) for x in waarde]
    return waarde


def als_tekst(intake: Intake, nu: datetime | None = None) -> str:
    """The file's text for these answers (schema SCHEMA)."""
    antwoorden: dict[str, dict[str, Any]] = {}
    for vraag_id, waarde in intake.waarden.items():
        antwoorden[vraag_id] = {"waarde": _als_json(waarde)}
    for vraag_id, tekst in intake.getypt.items():
        if len(tekst) <= MAX_GETYPT:  # longer is not an answer to any question; it is not kept
            antwoorden.setdefault(vraag_id, {})["getypt"] = tekst
    gegevens = {
        "schema": SCHEMA,
        "opgeslagen": (nu or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "app_versie": __version__,
        "rol": intake.rol,
        "peildatum": intake.peildatum.isoformat(),
        "antwoorden": antwoorden,
        "vergelijk": [
            {"uren": _als_json(v.uren), "soort_werk": v.soort_werk, "start": _als_json(v.start)}
            for v in intake.varianten
        ],
    }
    return json.dumps(gegevens, ensure_ascii=False, indent=2) + "\n"


def _schrijfreden(fout: OSError) -> str:
    if fout.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("you may not write there")
    if fout.errno == errno.EISDIR:
        return _("it is a folder, not a file")
    if fout.errno == errno.ENOSPC:
        return _("the disk is full")
    if fout.errno == errno.ENAMETOOLONG:
        return _("the name is too long")
    if fout.errno == errno.EINVAL:
        return _("a file cannot have this name")
    if fout.errno in (errno.ENOENT, errno.ENOTDIR):
        return _("the folder does not exist")
    return _("writing did not work")


def bewaar(intake: Intake, pad: Path | str, nieuw: bool = False) -> Path:
    """Write the intake to `pad` at once: a temporary file in the same folder, then put in place.
    `nieuw`: `pad` is a new file (the first save); if another save took that name in the meantime (a second
    wizard, the same minute), nothing is replaced. Without it `pad` is replaced: the file these answers came
    from, or one the person chose to replace.
    Raises IntakeFout (and leaves any old file as it was) when that does not work."""
    pad = getypt_pad(pad)
    tekst = als_tekst(intake)
    try:  # never write a file we could not open again
        _naar_intake(_SchemaDrie.model_validate(json.loads(tekst)), zichtbaar(str(pad)))
    except (IntakeFout, ValidationError) as fout:
        raise IntakeFout(_("These answers cannot be saved. Your answers are still here.") + "\n" + str(fout)) from None
    try:
        kan_een_naam_zijn(pad)
        if is_map(pad):
            raise IsADirectoryError(errno.EISDIR, "map", str(pad))
        if pad.parent == intake_map():  # our own folder is made at the first save; a folder someone typed must exist
            pad.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        vervang_atomisch(pad, tekst.encode("utf-8"), voorvoegsel=".intake-", nieuw=nieuw)
    except FileExistsError:
        raise IntakeFout(
            _("The file {file} already exists. It is not replaced. The answers are still here. "
              "Save them under another name.").format(file=zichtbaar(str(pad)))
        ) from None
    except OSError as fout:
        raise IntakeFout(
            _("Cannot save the file {file} ({reason}). Your answers are still here.").format(
                file=zichtbaar(str(pad)), reason=_schrijfreden(fout))
        ) from None
    return pad


# -- the list -----------------------------------------------------------------------------------------
def bewaarde(map_: Path | None = None) -> list[Bewaard]:
    """The saved intakes in the folder, newest first; a file that cannot be opened is listed with why."""
    map_ = map_ or intake_map()
    try:
        paden = [p for p in map_.iterdir() if p.suffix == ".json" and not p.name.startswith(".")]
    except OSError:
        return []
    lijst: list[tuple[float, Bewaard]] = []
    for pad in paden:
        try:
            intake = lees(pad).intake
        except IntakeFout as fout:
            try:
                tijd = pad.stat().st_mtime
            except OSError:
                tijd = 0.0
            lijst.append((tijd, Bewaard(pad=pad, opgeslagen=None, rol=None, gemeente=None, fout=str(fout))))
            continue
        opgeslagen = intake.opgeslagen
        tijd = opgeslagen.timestamp() if opgeslagen else 0.0
        lijst.append((tijd, Bewaard(pad=pad, opgeslagen=opgeslagen, rol=intake.rol, gemeente=intake.gemeente)))
    return [b for _tijd, b in sorted(lijst, key=lambda paar: paar[0], reverse=True)]
