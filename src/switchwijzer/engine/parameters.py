"""Dated parameters from `content/parameters/*.toml`, validated on load, chosen by peildatum.

Each file is named after the date it starts to apply (`2026-07-01.toml`) and holds the values that
changed on that date. The set for a peildatum is every file up to that date laid over the previous
one, so a value keeps its own `geldig_vanaf` and `bron` until a later file replaces it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
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
    status: Annotated[str, Field(pattern="^(vastgesteld|voorlopig|schatting)$")]
    omschrijving: Tekst


class ParameterFout(ValueError):
    """A parameter file is missing, malformed, or a rule asked for a value that no file has."""


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


def lees_bestand(pad: Path) -> tuple[PeriodeKop, dict[str, ParameterWaarde]]:
    try:
        ruw = tomllib.loads(pad.read_text(encoding="utf-8"), parse_float=Decimal)
        kop = PeriodeKop.model_validate(ruw.pop("periode", None))
        waarden = {
            sleutel: ParameterWaarde.model_validate(inhoud) for sleutel, inhoud in _flatten(ruw).items()
        }
    except (tomllib.TOMLDecodeError, ValidationError) as fout:
        raise ParameterFout(f"{pad.name}: {fout}") from fout
    if kop.geldig_vanaf.isoformat() != pad.stem:
        raise ParameterFout(f"{pad.name}: periode.geldig_vanaf is {kop.geldig_vanaf}, niet {pad.stem}")
    for sleutel, waarde in waarden.items():
        if waarde.geldig_vanaf > kop.geldig_vanaf:
            raise ParameterFout(f"{pad.name}: {sleutel} geldt pas vanaf {waarde.geldig_vanaf}, na dit bestand")
    return kop, waarden


@cache
def alle_periodes(map_: Path | None = None) -> tuple[tuple[PeriodeKop, dict[str, ParameterWaarde]], ...]:
    bestanden = sorted((map_ or content_dir() / "parameters").glob("*.toml"))
    if not bestanden:
        raise ParameterFout("geen parameterbestanden gevonden")
    return tuple(lees_bestand(b) for b in bestanden)


def eerste_peildatum() -> date:
    return alle_periodes()[0][0].geldig_vanaf


@cache
def parameters_op(peildatum: date) -> ParameterSet:
    waarden: dict[str, ParameterWaarde] = {}
    gekozen: PeriodeKop | None = None
    for kop, inhoud in alle_periodes():
        if kop.geldig_vanaf > peildatum:
            break
        waarden.update(inhoud)
        gekozen = kop
    if gekozen is None:
        raise ParameterFout(f"geen parameters voor {peildatum}; de eerste periode begint op {eerste_peildatum()}")
    return ParameterSet(geldig_vanaf=gekozen.geldig_vanaf, status=gekozen.status, waarden=waarden)
