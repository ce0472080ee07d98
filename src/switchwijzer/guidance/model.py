"""The shapes of guidance: what `advies()` returns (`AdviesItem`) and what a content file holds (`InhoudItem`)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from switchwijzer.engine.situatie import Financiering, SoortHuishouden, SoortUitkering, SoortWerk
from switchwijzer.i18n import Taal
from switchwijzer.lezer import Rol

Onderwerp = Literal["indicatie", "terug_kunnen", "geld_bij_stoppen", "zachte_start", "melden", "lokaal"]
IndicatieStand = Literal["geen_datum", "afgelopen", "bijna_op", "loopt"]
"""Where a dagbesteding indicatie stands on `vandaag`: no end date known, ended, ends within 3 months, runs longer."""

ONDERWERPEN: tuple[Onderwerp, ...] = (
    "indicatie",
    "terug_kunnen",
    "geld_bij_stoppen",
    "zachte_start",
    "melden",
    "lokaal",
)
PLAATSHOUDERS = frozenset({"einddatum", "maanden", "gemeente"})
"""Placeholders the code fills: {einddatum} (a date), {maanden} ("5 maanden", "1 maand", "minder dan een maand"),
{gemeente} (the name of the chosen gemeente)."""


class _Strikt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AdviesItem(_Strikt):
    """One piece of advice, ready to show: B1 text for one role in one language."""

    id: str
    onderwerp: Onderwerp
    titel: str = Field(description="A question, as a heading.")
    tekst: str = Field(description="What it means for this person; answer first.")
    acties: tuple[str, ...] = Field(description="Short things to do or to ask.")
    bron: str = Field(description="Law and article, or report by maker, title, year and section; never a file name.")
    rol: Rol
    taal: Taal
    indicatie_einddatum: date | None = None
    indicatie_stand: IndicatieStand | None = None
    indicatie_loopt_nog_maanden: int | None = Field(
        default=None, description="Whole months from `vandaag` to the end date; 0 when less than a month or ended."
    )
    indicatie_loopt_nog_dagen: int | None = Field(
        default=None, description="Days from `vandaag` to the end date; negative when the indicatie has ended."
    )
    gemeente: str | None = Field(default=None, description="Name of the chosen gemeente, on local items.")


# ---- content files ----------------------------------------------------------------------------------------


class Voorwaarden(_Strikt):
    """When an item applies. A missing key means 'always'; every given key must match."""

    financiering: tuple[Financiering, ...] | None = None
    indicatie: tuple[IndicatieStand, ...] | None = None
    uitkering: tuple[SoortUitkering, ...] | None = None
    onder_27: bool | None = None
    onder_21: bool | None = Field(default=None, description="18, 19 or 20: the low youth norm, the parents' duty.")
    huishouden: tuple[SoortHuishouden, ...] | None = None
    advies_beschut_werk: bool | None = Field(
        default=None, description="true/false match only that answer; an unanswered question matches neither."
    )
    soort_werk: tuple[SoortWerk, ...] | None = Field(
        default=None,
        description="Only for this kind of work (advice about beschut werk is not for loonkostensubsidie).",
    )
    regio: tuple[str, ...] | None = None
    gemeente_bekend: bool | None = None
    vanaf: date | None = Field(
        default=None, description="Only when the work starts (situatie.peildatum) on or after this date: a rule "
        "that starts on a date, such as the bufferbudget of art. 34b Pw from 1 January 2027."
    )


class Tekst(_Strikt):
    titel: str
    tekst: str
    acties: tuple[str, ...] = ()


class PerRol(_Strikt):
    """The text of an item for each role (`switchwijzer.lezer.ROLLEN`)."""

    deelnemer: Tekst
    ouder: Tekst
    coach: Tekst


class InhoudItem(_Strikt):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    onderwerp: Onderwerp
    volgorde: int = 0
    bron: str = Field(min_length=5)
    als: Voorwaarden = Voorwaarden()
    nl: PerRol
    en: PerRol


class Gemeente(_Strikt):
    """A gemeente the seeds describe; `regio` links it to the local items."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    naam: str
    regio: str
    regio_naam: str
    ook: tuple[str, ...] = Field(default=(), description="Other spellings a user may type.")
