"""The question flow, read from `content/vragen/vragen.toml`: questions, choices, conditions.

No textual import: the flow is plain data plus the few rules that read it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from switchwijzer.uitleg.teksten import kan_nog, lees_toml, voldoet

__all__ = ["WEET_NIET", "Keuze", "Tegenstrijdig", "Vraag", "WeetNiet", "kan_nog", "tegenstrijdig", "voldoet", "vraag",
           "vragen"]

WEET_NIET = "weet_niet"
"""The answer "Weet ik niet" (for a question with `weet_niet`), stored like a choice id."""

Tekst = dict[str, Any]
Voorwaarde = dict[str, Any]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Keuze(_Model):
    id: str
    tekst: Tekst
    zet: dict[str, Any] = Field(default_factory=dict)
    als: Voorwaarde = Field(default_factory=dict)


class WeetNiet(_Model):
    zet: dict[str, Any]
    aanname: Tekst


class Vraag(_Model):
    id: str
    soort: Literal["keuze", "getal", "datum", "maand", "leeftijden", "tekst"]
    tekst: Tekst
    waarom: Tekst
    uitleg: Tekst | None = None
    veld: str | None = None
    als: Voorwaarde = Field(default_factory=dict)
    keuzes: list[Keuze] = Field(default_factory=list)
    weet_niet: WeetNiet | None = None
    geheel: bool = False
    geld: bool = False
    plus: int = 0
    min: Decimal | None = None
    max: Decimal | None = None
    max_lengte: int = 80
    eenheid: Tekst | None = None
    fout_min: Tekst | None = None
    fout_max: Tekst | None = None


class Tegenstrijdig(_Model):
    """Two answers that cannot both be true, the text that names them, and the questions that fix it."""

    id: str
    als: Voorwaarde
    vragen: list[str] = Field(min_length=1)
    tekst: Tekst


@cache
def tegenstrijdig() -> tuple[Tegenstrijdig, ...]:
    return tuple(Tegenstrijdig.model_validate(r) for r in lees_toml("vragen/tegenstrijdig.toml")["tegenstrijdig"])


@cache
def vragen() -> tuple[Vraag, ...]:
    return tuple(Vraag.model_validate(v) for v in lees_toml("vragen/vragen.toml")["vragen"])


def vraag(vraag_id: str) -> Vraag:
    return next(v for v in vragen() if v.id == vraag_id)
