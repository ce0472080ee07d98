"""Local minimaregelingen per gemeente (inkomenstoeslag, collectieve zorgverzekering, a pas for discounts,
bijzondere bijstand) and the help around the first salary (a loan until the first wage, an uitstroompremie, costs of
starting work), from `content/regelingen/`.

`beoordeel` decides per regeling whether it is probably lost after the switch: the engine's income without
toeslagen as a percentage of the bijstandsnorm (`engine.normtoets`), now and later, against the gemeente's limit.
`te_vragen` says which regelingen we know nothing about for this gemeente, so the answer lists what to ask.
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

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from switchwijzer.engine.gemeente import bestand_van
from switchwijzer.engine.normtoets import NormToets, inkomen_tegen_norm
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Status, Uitkomst
from switchwijzer.paths import content_dir

SoortRegeling = Literal[
    "inkomenstoeslag", "collectieve_zorgverzekering", "minimapas", "bijzondere_bijstand", "overbrugging",
    "uitstroompremie", "werkkosten",
]
MINIMA: tuple[SoortRegeling, ...] = (
    "inkomenstoeslag",
    "collectieve_zorgverzekering",
    "minimapas",
    "bijzondere_bijstand",
)
"""Regelingen for a low income, tested against a limit."""
LOKAAL_TE_VRAGEN: tuple[SoortRegeling, ...] = ("inkomenstoeslag", "collectieve_zorgverzekering", "minimapas")
"""The local minimaregelingen a person should ask about when we do not know them for the gemeente."""
BIJ_DE_OVERSTAP: tuple[SoortRegeling, ...] = ("overbrugging", "uitstroompremie", "werkkosten")
"""Help when the bijstand stops or drops for work."""
LANDELIJK = "landelijk"
INKOMENSTOESLAG_VANAF = 21
"""Pw art. 36: an inkomenstoeslag is for people from 21 up to the AOW age (a gemeente may start later)."""
GRENS_ALS_ONBEKEND = Decimal(130)
"""Used when no file gives a limit at all: the highest limit gemeenten commonly use (130 % of the norm)."""

Oordeel = Literal["waarschijnlijk_kwijt", "misschien_kwijt", "blijft_waarschijnlijk", "vraag_gemeente"]
"""`waarschijnlijk_kwijt`: under the limit now, above it later. `misschien_kwijt`: under the limit later too, but
the regeling can stop for another reason (an inkomenstoeslag stops when the income is expected to rise).
`blijft_waarschijnlijk`: under the limit later. `vraag_gemeente`: no limit known."""

Bedrag = Decimal | tuple[Decimal, Decimal]
"""One amount, or `[van, tot]` where the amount depends on more than we ask (children's ages, years in bijstand)."""


class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Regeling(_Strikt):
    soort: SoortRegeling
    lokale_naam: str | None = Field(default=None, description="The gemeente's own name: 'Ooievaarspas', 'U-pas'.")
    grens_procent: Decimal | None = Field(default=None, description="Income limit as a percentage of the norm.")
    bedrag_per_jaar: dict[str, Bedrag] | None = None
    korting_per_maand: tuple[Decimal, Decimal] | None = None
    bedrag: Bedrag | None = None
    minimum_leeftijd: int | None = None
    maanden_werk: int | None = None
    bron: str = Field(min_length=5, description="Verordening or page by maker, title and year; never a file name.")
    herkomst: str = Field(min_length=10, description="For maintainers, never shown: the address and the date read.")
    geldig_vanaf: date
    status: Status

    @model_validator(mode="after")
    def _volledig(self) -> Regeling:
        if self.soort == "minimapas" and not self.lokale_naam:
            raise ValueError("een minimapas heeft een lokale_naam ('Ooievaarspas')")
        if self.soort in ("uitstroompremie", "werkkosten", "bijzondere_bijstand") and self.bedrag is None:
            raise ValueError(f"{self.soort} heeft een bedrag")
        if self.bedrag_per_jaar and not set(self.bedrag_per_jaar) <= {"alleenstaand", "alleenstaande_ouder",
                                                                       "met_partner"}:
            raise ValueError(f"onbekend huishouden in bedrag_per_jaar: {sorted(self.bedrag_per_jaar)}")
        return self


class Waterschap(_Strikt):
    """The waterschap of (most of) the gemeente, where found, and what it forgives. Its kwijtschelding norm
    (Regeling kwijtschelding belastingen medeoverheden art. 2) is a parameter the engine reads:
    `kwijtschelding.gemeente.<sleutel>.waterschap_procent` in content/parameters. Not shown yet."""

    naam: str
    alleen_watersysteemheffing: bool = Field(
        default=False, description="True when the zuiveringsheffing is never forgiven (Delfland since 2017).")
    bron: str = Field(min_length=5)
    herkomst: str = Field(min_length=10)
    geldig_vanaf: date
    status: Status


class Regelingen(_Strikt):
    """What one gemeente (or its sociale dienst) has; `naam` is how a sentence names who gives it."""

    naam: str
    gemeenten: tuple[str, ...]
    ook: tuple[str, ...] = ()
    waterschap: Waterschap | None = None
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
    """The regelingen of the gemeente as typed ('Gemeente Alphen aan den Rijn', 'zevenaar', "'s-Gravenhage");
    None if unknown. Only the names a file lists match: a part of a name or a province does not."""
    stam = bestand_van(tekst)
    return alle_regelingen()[stam] if stam is not None and stam != LANDELIJK else None


@cache
def hoogste_grens() -> Decimal:
    """The highest income limit of any local minimaregeling we know: above it, someone probably has none now."""
    grenzen = [r.grens_procent for stam, rs in alle_regelingen().items() if stam != LANDELIJK for r in rs.regeling
               if r.soort in MINIMA and r.grens_procent is not None]
    return max(grenzen, default=GRENS_ALS_ONBEKEND)


@dataclass(frozen=True)
class Beoordeling:
    """One regeling for this person: what we know of it and whether it is probably lost after the switch."""

    soort: SoortRegeling
    oordeel: Oordeel
    naam: str
    regeling: Regeling
    nu: NormToets
    straks: NormToets
    bedrag_per_jaar: Bedrag | None = None
    """The yearly amount for this household (living with the parents counts as single), where known."""


def _bedrag_voor(regeling: Regeling, situatie: Situatie) -> Bedrag | None:
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


def _te_jong(regeling: Regeling, situatie: Situatie) -> bool:
    if regeling.soort != "inkomenstoeslag":
        return False
    return situatie.leeftijd < max(INKOMENSTOESLAG_VANAF, regeling.minimum_leeftijd or 0)


def _normtoetsen(situatie: Situatie, uitkomst: Uitkomst) -> tuple[NormToets, NormToets] | None:
    if uitkomst.nu is None or uitkomst.straks is None:
        return None
    nu, straks = inkomen_tegen_norm(situatie, uitkomst.nu), inkomen_tegen_norm(situatie, uitkomst.straks)
    return None if nu is None or straks is None else (nu, straks)


def beoordeel(situatie: Situatie, uitkomst: Uitkomst) -> list[Beoordeling]:
    """The minimaregelingen of the person's gemeente (and the national bijzondere bijstand) with an oordeel each.
    What we do not know for the gemeente is not here: `te_vragen` names it."""
    toetsen = _normtoetsen(situatie, uitkomst)
    if toetsen is None:
        return []
    nu, straks = toetsen
    lokaal = van_gemeente(situatie.dagbesteding.gemeente)
    landelijk = alle_regelingen()[LANDELIJK]
    uit: list[Beoordeling] = []
    for regeling in lokaal.regeling if lokaal is not None else ():
        if regeling.soort not in MINIMA or _te_jong(regeling, situatie):
            continue
        oordeel = _oordeel(regeling, nu, straks)
        if oordeel is not None:
            assert lokaal is not None  # the loop runs over its regelingen only
            uit.append(Beoordeling(regeling.soort, oordeel, lokaal.naam, regeling, nu, straks,
                                   _bedrag_voor(regeling, situatie)))
    for regeling in landelijk.regeling:
        oordeel = _oordeel(regeling, nu, straks)
        if oordeel == "waarschijnlijk_kwijt":  # said only when it changes: the own share grows above the norm
            uit.append(Beoordeling(regeling.soort, oordeel, landelijk.naam, regeling, nu, straks))
    return uit


def te_vragen(situatie: Situatie, uitkomst: Uitkomst) -> tuple[Regelingen | None, list[SoortRegeling]]:
    """The gemeente's regelingen (None when we know none) and the local minimaregelingen we know nothing about
    for it, to ask the gemeente. Empty when the income now is above every limit we know (then the person probably
    has none), or when no norm applies."""
    toetsen = _normtoetsen(situatie, uitkomst)
    if toetsen is None or toetsen[0].procent > hoogste_grens():
        return None, []
    lokaal = van_gemeente(situatie.dagbesteding.gemeente)
    bekend = {r.soort for r in lokaal.regeling} if lokaal is not None else set()
    soorten = [s for s in LOKAAL_TE_VRAGEN if s not in bekend]
    if "inkomenstoeslag" in soorten and situatie.leeftijd < INKOMENSTOESLAG_VANAF:
        soorten.remove("inkomenstoeslag")
    return lokaal, soorten


def bijstand_gaat_omlaag(uitkomst: Uitkomst) -> bool:
    """The bijstand stops or drops after the switch: then the gap until the first wage matters."""
    if uitkomst.nu is None or uitkomst.straks is None:
        return False
    voor, na = uitkomst.nu.regel("bijstand"), uitkomst.straks.regel("bijstand")
    if voor is None or not voor.van_toepassing or voor.bedrag <= 0:
        return False
    return na is None or not na.van_toepassing or na.bedrag < voor.bedrag


def bij_de_overstap(situatie: Situatie, uitkomst: Uitkomst) -> tuple[str | None, list[Regeling]]:
    """When the bijstand stops or drops: who gives it and the known overbrugging, uitstroompremie and help with the
    costs of starting work (`(None, [])` when we know none: then only the general steps apply); `None, []` too
    without a drop."""
    lokaal = van_gemeente(situatie.dagbesteding.gemeente)
    if lokaal is None or not bijstand_gaat_omlaag(uitkomst):
        return None, []
    return lokaal.naam, [r for r in lokaal.regeling if r.soort in BIJ_DE_OVERSTAP]
