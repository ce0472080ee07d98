"""Dated parameters from `content/parameters/*.toml`, validated on load, chosen by peildatum.

Each file is named after the date it starts to apply (`2026-07-01.toml`), declares the last day it
applies (`periode.geldig_tot`) and holds the values that changed on its first day. The set for a
peildatum is every file up to that date laid over the previous one, so a value keeps its own
`geldig_vanaf` and `bron` until a later file replaces it. The periods must follow each other without
a gap or an overlap; a peildatum outside them is refused, never computed with older values. A new
year is one new file whose `geldig_vanaf` is the day after the last `geldig_tot`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from switchwijzer.paths import content_dir

from .uitkomst import GebruiktParameter

Tekst = Annotated[str, StringConstraints(min_length=3)]


class ParameterWaarde(BaseModel):
    """One value with its provenance, as written in a parameter file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    waarde: Decimal | dict[str, Decimal] | list[dict[str, Decimal]]
    eenheid: Tekst
    bron: Tekst
    geldig_vanaf: date
    toelichting: str | None = None


class PeriodeKop(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    geldig_vanaf: date
    geldig_tot: date = Field(description="The last day this period applies (inclusive).")
    status: Annotated[str, Field(pattern="^(vastgesteld|voorlopig|schatting)$")]
    omschrijving: Tekst


class ParameterFout(ValueError):
    """A rule asked for a value that no file has, or for a value of the wrong shape (a programming error)."""


class ParameterBestandFout(Exception):
    """A parameter file is missing or broken (install damage). `str()` is one Dutch sentence naming the file.

    Not a ValueError on purpose: it must never be mistaken for wrong input from a person.
    """

    def __init__(self, bestand: str, detail: str) -> None:
        self.bestand = bestand
        self.detail = detail
        super().__init__(bestand, detail)

    def __str__(self) -> str:
        return (
            f"Het bestand met bedragen '{self.bestand}' ontbreekt of is beschadigd ({self.detail}). "
            "Switchwijzer kan zo niet rekenen. Installeer het programma opnieuw."
        )


class PeildatumBuitenPeriodes(ValueError):
    """No parameter period covers the peildatum; `code` is stable, `str()` is Dutch."""

    code = "peildatum_buiten_periodes"

    def __init__(self, peildatum: date, van: date, tot: date) -> None:
        self.peildatum, self.van, self.tot = peildatum, van, tot
        super().__init__(peildatum, van, tot)

    def __str__(self) -> str:
        return (
            f"voor {_datum(self.peildatum)} kennen we de bedragen niet. "
            f"We rekenen met datums van {_datum(self.van)} tot en met {_datum(self.tot)}"
        )


_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december")


def _datum(dag: date) -> str:
    return f"{dag.day} {_MAANDEN[dag.month - 1]} {dag.year}"


@dataclass(frozen=True)
class ParameterSet:
    """All values in force on one peildatum."""

    geldig_vanaf: date
    status: str
    waarden: dict[str, ParameterWaarde]
    uitleg: dict[str, GebruiktParameter] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built once per period, so tracing a read costs a dict lookup on the hot path.
        object.__setattr__(self, "uitleg", {pad: _als_gebruikt(pad, w) for pad, w in self.waarden.items()})

    def __getitem__(self, pad: str) -> ParameterWaarde:
        try:
            return self.waarden[pad]
        except KeyError:
            raise ParameterFout(f"parameter '{pad}' staat in geen enkel parameterbestand") from None


def _als_gebruikt(pad: str, p: ParameterWaarde) -> GebruiktParameter:
    weergave = p.waarde if isinstance(p.waarde, Decimal) else _compact(p.waarde)
    return GebruiktParameter(pad=pad, waarde=weergave, eenheid=p.eenheid, bron=p.bron, geldig_vanaf=p.geldig_vanaf)


@dataclass
class Spoor:
    """Reads parameters for one rule and remembers which ones it read, so the line can explain itself."""

    params: ParameterSet
    gebruikt: dict[str, GebruiktParameter] = field(default_factory=dict)

    def _lees(self, pad: str) -> ParameterWaarde:
        p = self.params[pad]
        self.gebruikt[pad] = self.params.uitleg[pad]
        return p

    def getal(self, pad: str) -> Decimal:
        waarde = self._lees(pad).waarde
        if not isinstance(waarde, Decimal):
            raise ParameterFout(f"parameter '{pad}' is geen getal")
        return waarde

    def procent(self, pad: str) -> Decimal:
        return self.getal(pad) / 100

    def tabel(self, pad: str) -> dict[str, Decimal]:
        waarde = self._lees(pad).waarde
        if not isinstance(waarde, dict):
            raise ParameterFout(f"parameter '{pad}' is geen tabel")
        return waarde

    def reeks(self, pad: str) -> list[dict[str, Decimal]]:
        waarde = self._lees(pad).waarde
        if not isinstance(waarde, list):
            raise ParameterFout(f"parameter '{pad}' is geen reeks")
        return waarde


def _compact(waarde: dict | list) -> str:
    if isinstance(waarde, dict):
        return ", ".join(f"{k}: {v}" for k, v in waarde.items())
    return " | ".join(_compact(deel) for deel in waarde)


def _flatten(tabel: dict, prefix: str = "") -> dict[str, dict]:
    """Turn nested TOML tables into dotted paths; a table with a `waarde` key is one parameter."""
    uit: dict[str, dict] = {}
    for sleutel, inhoud in tabel.items():
        pad = f"{prefix}{sleutel}"
        if not isinstance(inhoud, dict):
            raise ParameterFout(f"'{pad}' moet een tabel zijn met waarde, eenheid, bron en geldig_vanaf")
        if "waarde" in inhoud:
            uit[pad] = inhoud
        else:
            uit.update(_flatten(inhoud, f"{pad}."))
    return uit


def _eerste_fout(fout: ValidationError) -> str:
    item = fout.errors(include_url=False)[0]
    plek = ".".join(str(deel) for deel in item["loc"])
    return f"{plek}: {item['msg']}" if plek else item["msg"]


def lees_bestand(pad: Path) -> tuple[PeriodeKop, dict[str, ParameterWaarde]]:
    """One period file, checked; any problem is a ParameterBestandFout naming the file."""
    try:
        tekst = pad.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as fout:
        raise ParameterBestandFout(pad.name, "het bestand is niet te lezen") from fout
    try:
        ruw = tomllib.loads(tekst, parse_float=Decimal)
    except tomllib.TOMLDecodeError as fout:
        raise ParameterBestandFout(pad.name, f"fout in de opmaak: {fout}") from fout
    try:
        kop = PeriodeKop.model_validate(ruw.pop("periode", None))
        waarden = {
            sleutel: ParameterWaarde.model_validate(inhoud) for sleutel, inhoud in _flatten(ruw).items()
        }
    except ParameterFout as fout:
        raise ParameterBestandFout(pad.name, str(fout)) from fout
    except ValidationError as fout:
        raise ParameterBestandFout(pad.name, _eerste_fout(fout)) from fout
    if kop.geldig_vanaf.isoformat() != pad.stem:
        raise ParameterBestandFout(pad.name, f"periode.geldig_vanaf is {kop.geldig_vanaf}, niet {pad.stem}")
    if kop.geldig_tot < kop.geldig_vanaf:
        raise ParameterBestandFout(pad.name, f"periode.geldig_tot {kop.geldig_tot} ligt voor geldig_vanaf")
    for sleutel, waarde in waarden.items():
        if waarde.geldig_vanaf > kop.geldig_vanaf:
            raise ParameterBestandFout(pad.name, f"{sleutel} geldt pas vanaf {waarde.geldig_vanaf}, na dit bestand")
    return kop, waarden


def parameter_map() -> Path:
    return content_dir() / "parameters"


@cache
def alle_periodes(map_: Path | None = None) -> tuple[tuple[PeriodeKop, dict[str, ParameterWaarde]], ...]:
    """Every period in date order; each must start on the day after the previous one ends."""
    map_ = map_ or parameter_map()
    bestanden = sorted(map_.glob("*.toml"))
    if not bestanden:
        raise ParameterBestandFout(f"{map_.name}/*.toml", "er staat geen enkel bestand met bedragen")
    periodes = tuple(lees_bestand(b) for b in bestanden)
    for (vorige, _), (kop, _), bestand in zip(periodes, periodes[1:], bestanden[1:]):
        if kop.geldig_vanaf != vorige.geldig_tot + timedelta(days=1):
            raise ParameterBestandFout(
                bestand.name,
                f"deze periode begint niet op de dag na {vorige.geldig_tot}, het einde van de vorige periode",
            )
    return periodes


def dekking() -> tuple[date, date]:
    """The first and the last day that the parameter files cover."""
    periodes = alle_periodes()
    return periodes[0][0].geldig_vanaf, periodes[-1][0].geldig_tot


def controleer_peildatum(peildatum: date) -> date:
    van, tot = dekking()
    if not van <= peildatum <= tot:
        raise PeildatumBuitenPeriodes(peildatum, van, tot)
    return peildatum


@cache
def parameters_op(peildatum: date) -> ParameterSet:
    controleer_peildatum(peildatum)
    waarden: dict[str, ParameterWaarde] = {}
    gekozen = alle_periodes()[0][0]
    for kop, inhoud in alle_periodes():
        if kop.geldig_vanaf > peildatum:
            break
        waarden.update(inhoud)
        gekozen = kop
    return ParameterSet(geldig_vanaf=gekozen.geldig_vanaf, status=gekozen.status, waarden=waarden)
