"""Local minimaregelingen per gemeente (inkomenstoeslag, collectieve zorgverzekering, bijzondere bijstand) and
the help around the first salary (a loan until the first wage, an uitstroompremie), from `content/regelingen/`.

`beoordeel` decides per regeling whether it is probably lost after the switch: the engine's income without
toeslagen as a percentage of the bijstandsnorm (`engine.normtoets`), now and later, against the gemeente's limit.
Pure: no clock; the content files are read once.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from switchwijzer.engine.gemeente import gemeente_sleutel
from switchwijzer.engine.normtoets import NormToets, inkomen_tegen_norm
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Status, Uitkomst
from switchwijzer.paths import content_dir

SoortRegeling = Literal[
    "inkomenstoeslag", "collectieve_zorgverzekering", "bijzondere_bijstand", "overbrugging", "uitstroompremie"
]
MINIMA: tuple[SoortRegeling, ...] = ("inkomenstoeslag", "collectieve_zorgverzekering", "bijzondere_bijstand")
"""Regelingen for a low income, tested against a limit."""
LANDELIJK = "landelijk"
INKOMENSTOESLAG_VANAF = 21
"""Pw art. 36: an inkomenstoeslag is for people from 21 up to the AOW age."""
HOOGSTE_GRENS = Decimal(130)
"""The highest limit the gemeenten we know use (130 % of the norm): below it, someone may have a regeling now."""

Oordeel = Literal["waarschijnlijk_kwijt", "misschien_kwijt", "blijft_waarschijnlijk", "vraag_gemeente"]
"""`waarschijnlijk_kwijt`: under the limit now, above it later. `misschien_kwijt`: under the limit later too, but
the regeling can stop for another reason (an inkomenstoeslag stops when the income is expected to rise).
`blijft_waarschijnlijk`: under the limit later. `vraag_gemeente`: no limit known."""


class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Regeling(_Strikt):
    soort: SoortRegeling
    grens_procent: Decimal | None = Field(default=None, description="Income limit as a percentage of the norm.")
    bedrag_per_jaar: dict[str, Decimal | tuple[Decimal, Decimal]] | None = None
    korting_per_maand: tuple[Decimal, Decimal] | None = None
    bedrag: Decimal | None = None
    minimum_leeftijd: int | None = None
    maanden_werk: int | None = None
    bron: str = Field(min_length=5, description="Verordening or page by maker, title and year; never a file name.")
    geldig_vanaf: date
    status: Status


class Regelingen(_Strikt):
    """What one gemeente (or its sociale dienst) has; `naam` is how a sentence names who gives it."""

    naam: str
    gemeenten: tuple[str, ...]
    ook: tuple[str, ...] = ()
    regeling: tuple[Regeling, ...]


def regelingen_uit(pad: Path) -> Regelingen:
    """The regelingen of one file (the install check reads a file alone to name the one that is wrong)."""
    return TypeAdapter(Regelingen).validate_python(tomllib.loads(pad.read_text(encoding="utf-8")))


def regeling_bestanden() -> list[Path]:
    return sorted((content_dir() / "regelingen").glob("*.toml"))


@cache
def alle_regelingen() -> dict[str, Regelingen]:
    """Every file in content/regelingen by its stem; the national rules under `landelijk`."""
    return {pad.stem: regelingen_uit(pad) for pad in regeling_bestanden()}


def van_gemeente(tekst: str | None) -> Regelingen | None:
    """The regelingen of the gemeente as typed ('Gemeente Alphen aan den Rijn', 'zevenaar'); None if unknown."""
    sleutel = gemeente_sleutel(tekst)
    if sleutel is None:
        return None
    for stam, regelingen in alle_regelingen().items():
        if stam != LANDELIJK and sleutel in {gemeente_sleutel(n) for n in (*regelingen.gemeenten, *regelingen.ook)}:
            return regelingen
    return None


@dataclass(frozen=True)
class Beoordeling:
    """One regeling for this person: what we know of it and whether it is probably lost after the switch."""

    soort: SoortRegeling
    oordeel: Oordeel
    naam: str
    regeling: Regeling | None
    nu: NormToets
    straks: NormToets
    bedrag_per_jaar: Decimal | tuple[Decimal, Decimal] | None = None
    """The yearly amount for this household (living with the parents counts as single), where known."""


def _bedrag_voor(regeling: Regeling, situatie: Situatie) -> Decimal | tuple[Decimal, Decimal] | None:
    if not regeling.bedrag_per_jaar:
        return None
    soort = situatie.huishouden.soort
    return regeling.bedrag_per_jaar.get("alleenstaand" if soort == "bij_ouders" else soort)


def _oordeel(regeling: Regeling, nu: NormToets, straks: NormToets) -> Oordeel | None:
    """None when the person is above the limit now too (then they probably do not have it now)."""
    grens = regeling.grens_procent
    if grens is None:
        return "vraag_gemeente"
    if nu.procent > grens:
        return None
    if straks.procent > grens:
        return "waarschijnlijk_kwijt"
    return "misschien_kwijt" if regeling.soort == "inkomenstoeslag" else "blijft_waarschijnlijk"


def beoordeel(situatie: Situatie, uitkomst: Uitkomst) -> list[Beoordeling]:
    """The minimaregelingen of the person's gemeente (and the national bijzondere bijstand) with an oordeel each.
    Without data for the gemeente one `vraag_gemeente` entry (soort inkomenstoeslag, no regeling) stands for the
    local regelingen, when the income now is low enough to have one."""
    if uitkomst.nu is None or uitkomst.straks is None:
        return []
    nu, straks = inkomen_tegen_norm(situatie, uitkomst.nu), inkomen_tegen_norm(situatie, uitkomst.straks)
    if nu is None or straks is None:
        return []
    lokaal = van_gemeente(situatie.dagbesteding.gemeente)
    landelijk = alle_regelingen()[LANDELIJK]
    uit: list[Beoordeling] = []
    if lokaal is not None:
        for regeling in lokaal.regeling:
            if regeling.soort not in MINIMA:
                continue
            if regeling.soort == "inkomenstoeslag" and situatie.leeftijd < INKOMENSTOESLAG_VANAF:
                continue
            oordeel = _oordeel(regeling, nu, straks)
            if oordeel is not None:
                uit.append(Beoordeling(regeling.soort, oordeel, lokaal.naam, regeling, nu, straks,
                                       _bedrag_voor(regeling, situatie)))
    elif nu.procent <= HOOGSTE_GRENS:
        uit.append(Beoordeling("inkomenstoeslag", "vraag_gemeente", landelijk.naam, None, nu, straks))
    for regeling in landelijk.regeling:
        oordeel = _oordeel(regeling, nu, straks)
        if oordeel == "waarschijnlijk_kwijt":  # said only when it changes: the own share grows above the norm
            uit.append(Beoordeling(regeling.soort, oordeel, landelijk.naam, regeling, nu, straks))
    return uit


def bijstand_gaat_omlaag(uitkomst: Uitkomst) -> bool:
    """The bijstand stops or drops after the switch: then the gap until the first wage matters."""
    if uitkomst.nu is None or uitkomst.straks is None:
        return False
    voor, na = uitkomst.nu.regel("bijstand"), uitkomst.straks.regel("bijstand")
    if voor is None or not voor.van_toepassing or voor.bedrag <= 0:
        return False
    return na is None or not na.van_toepassing or na.bedrag < voor.bedrag


def bij_de_overstap(situatie: Situatie, uitkomst: Uitkomst) -> tuple[str | None, list[Regeling]]:
    """When the bijstand stops or drops: who gives it and the known overbrugging and uitstroompremie of the
    gemeente (`(None, [])` when we know none: then only the general steps apply); `None, []` too without a drop."""
    lokaal = van_gemeente(situatie.dagbesteding.gemeente)
    if lokaal is None or not bijstand_gaat_omlaag(uitkomst):
        return None, []
    return lokaal.naam, [r for r in lokaal.regeling if r.soort in ("overbrugging", "uitstroompremie")]
