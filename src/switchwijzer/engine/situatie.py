"""The input of the engine: one person's situation now and the work being considered."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Bedrag = Annotated[Decimal, Field(ge=0, le=100_000, decimal_places=2)]
"""An amount in euros, with at most cents."""

SoortHuishouden = Literal["alleenstaand", "alleenstaande_ouder", "met_partner", "bij_ouders"]
SoortUitkering = Literal["geen", "bijstand", "wajong_70", "wajong_75", "ww", "wia", "anders"]
SoortWerk = Literal["beschut_werk", "loonkostensubsidie", "regulier"]
Financiering = Literal["wmo", "wlz", "onbekend"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Huishouden(_Model):
    soort: SoortHuishouden = "alleenstaand"
    kinderen: list[Annotated[int, Field(ge=0, le=30)]] = Field(
        default_factory=list, max_length=12, description="Ages of the children who live in the household."
    )
    kostendelers_27_plus: int = Field(
        default=0, ge=0, le=10, description="Housemates aged 27 or older, partner not included (art. 19a Pw)."
    )
    andere_medebewoners: int = Field(
        default=0, ge=0, le=10, description="Other housemates, e.g. adult children or housemates under 27."
    )
    partner_netto_per_maand: Bedrag = Decimal(0)
    partner_leeftijd: int | None = Field(default=None, ge=18, le=110)
    ouders_kunnen_bijdragen: bool | None = Field(
        default=None,
        description="For 18-20 year olds in bijstand: can the parents help? False raises the norm (art. 20 lid 3 Pw).",
    )
    medebewoners_inkomen_per_jaar: Bedrag | None = Field(
        default=None,
        description="Taxable yearly income of all housemates together; counts for huurtoeslag.",
    )

    @model_validator(mode="after")
    def _partner_only_with_partner(self) -> Huishouden:
        if self.soort != "met_partner" and self.partner_netto_per_maand:
            raise ValueError("partner_netto_per_maand hoort alleen bij soort 'met_partner'")
        if self.soort == "alleenstaand" and any(k < 18 for k in self.kinderen):
            raise ValueError("met een kind onder 18 in huis is de soort 'alleenstaande_ouder'")
        return self


class Wonen(_Model):
    huurt: bool = False
    kale_huur_per_maand: Annotated[Decimal, Field(ge=0, le=5_000, decimal_places=2)] | None = None


class Nu(_Model):
    uitkering: SoortUitkering = "geen"
    vergoeding_dagbesteding_per_maand: Annotated[Decimal, Field(ge=0, le=1_000, decimal_places=2)] = Decimal(0)


class Straks(_Model):
    soort_werk: SoortWerk = "beschut_werk"
    uren_per_week: Annotated[Decimal, Field(ge=0, le=40, decimal_places=2)] | None = Decimal(24)
    uurloon: Annotated[Decimal, Field(gt=0, le=200, decimal_places=2)] | None = None
    netto_loon_per_maand: Annotated[Decimal, Field(ge=0, le=20_000, decimal_places=2)] | None = None
    loonwaarde_procent: Annotated[Decimal, Field(ge=0, le=100, decimal_places=2)] | None = None
    maand_sinds_start: int = Field(default=1, ge=1, le=600)
    medisch_urenbeperkt: bool = False

    @model_validator(mode="after")
    def _hours_or_net_wage(self) -> Straks:
        if self.uren_per_week is None and self.netto_loon_per_maand is None:
            raise ValueError("geef uren_per_week of netto_loon_per_maand")
        return self


class Dagbesteding(_Model):
    """Facts the guidance needs; the income engine does not use them."""

    financiering: Financiering = "onbekend"
    indicatie_einddatum: date | None = None
    advies_beschut_werk: bool | None = None
    doelgroepregister: bool | None = None
    gemeente: str | None = Field(default=None, max_length=80)


class Situatie(_Model):
    peildatum: date = Field(default_factory=date.today)
    leeftijd: int = Field(ge=16, le=66, description="Age in years; from 16 to just under the AOW age.")
    huishouden: Huishouden = Field(default_factory=Huishouden)
    wonen: Wonen = Field(default_factory=Wonen)
    nu: Nu = Field(default_factory=Nu)
    straks: Straks = Field(default_factory=Straks)
    dagbesteding: Dagbesteding = Field(default_factory=Dagbesteding)

    @model_validator(mode="after")
    def _consistent(self) -> Situatie:
        if self.nu.uitkering == "bijstand" and self.leeftijd < 18:
            raise ValueError("bijstand kan pas vanaf 18 jaar")
        if self.nu.uitkering.startswith("wajong") and self.leeftijd < 18:
            raise ValueError("een Wajong-uitkering kan pas vanaf 18 jaar")
        if self.huishouden.soort == "alleenstaande_ouder" and not self.huishouden.kinderen:
            raise ValueError("een alleenstaande ouder heeft minstens één kind in kinderen")
        # Living with the parents, the rent is theirs and does not change the result: it may be left out.
        if self.wonen.huurt and self.wonen.kale_huur_per_maand is None and self.huishouden.soort != "bij_ouders":
            raise ValueError("wonen.kale_huur_per_maand is nodig als wonen.huurt waar is")
        return self
