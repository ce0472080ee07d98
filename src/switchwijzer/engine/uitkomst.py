"""The output of the engine: every amount with the rule, parameters and sources behind it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LineName = Literal[
    "loon",
    "bijstand",
    "wajong",
    "zorgtoeslag",
    "huurtoeslag",
    "kindgebonden_budget",
    "vergoeding_dagbesteding",
    "inkomen_partner",
]
LINE_ORDER: tuple[str, ...] = LineName.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class GebruiktParameter(_Model):
    """One parameter value a rule read, with where it comes from."""

    pad: str
    waarde: Decimal | str
    eenheid: str
    bron: str
    geldig_vanaf: date


class Onderdeel(_Model):
    """A named step inside a line (e.g. the vrijlating inside bijstand); informative, not added to totals."""

    naam: str
    bedrag: Decimal


class Regel(_Model):
    """One line of a month: what that part adds to the month after tax."""

    naam: LineName
    bedrag: Decimal = Field(description="Net euros per month, incl. the monthly share of holiday pay.")
    bruto: Decimal | None = None
    regel: str = Field(description="The rule that produced the amount, with its legal article.")
    bron: str
    geldig_vanaf: date
    parameters: list[GebruiktParameter] = Field(default_factory=list)
    onderdelen: list[Onderdeel] = Field(default_factory=list)
    van_toepassing: bool = True
    berekend: bool = True
    reden: str | None = Field(default=None, description="Why a line does not apply or could not be computed.")


class Overzicht(_Model):
    """One month: its lines and their total."""

    regels: list[Regel]
    totaal: Decimal
    toetsingsinkomen_per_jaar: Decimal = Field(
        description="Yearly income the toeslagen use, as if this month lasts the whole calendar year."
    )

    def regel(self, naam: str) -> Regel | None:
        return next((r for r in self.regels if r.naam == naam), None)


class Periode(_Model):
    """A stretch of months after the start of work with the same vrijlating."""

    vanaf_maand: int
    tot_en_met_maand: int | None
    vrijlating: str | None
    totaal: Decimal


class UrenPunt(_Model):
    uren: int
    totaal: Decimal


class Signaal(_Model):
    """A plain fact the UI turns into a B1 sentence; `code` is stable, `gegevens` fills it in."""

    code: str
    gegevens: dict[str, Decimal | int | str | date | None] = Field(default_factory=dict)
    parameters: list[GebruiktParameter] = Field(
        default_factory=list, description="The parameters behind the amounts in gegevens, with their sources."
    )


class NietBerekend(_Model):
    onderdeel: str
    reden: str


class Uitkomst(_Model):
    peildatum: date
    parameters_geldig_vanaf: date
    berekend: bool = True
    nu: Overzicht | None
    straks: Overzicht | None
    verloop: list[Periode] = Field(default_factory=list)
    verschil_per_maand: Decimal | None
    verschil_procent: Decimal | None
    winst_minstens_10_procent: bool | None
    uren_reeks: list[UrenPunt] = Field(default_factory=list)
    omslagpunt_uren: Decimal | None = None
    signalen: list[Signaal] = Field(default_factory=list)
    niet_berekend: list[NietBerekend] = Field(default_factory=list)
