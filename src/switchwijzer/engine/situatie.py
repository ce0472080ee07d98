"""The input of the engine: one person's situation now and the work being considered.

Strict: a number in quotes, "yes" for true or a date with a time are refused with the field named, so
a typing mistake in JSON never becomes a silent guess. Amounts may be a number or a decimal string.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .fouten import VeldFout
from .loon import minimum_uurloon
from .parameters import Spoor, controleer_peildatum, parameters_op

LEEFTIJD_MIN, LEEFTIJD_MAX = 16, 66
KIND_MAX = 30

Bedrag = Annotated[Decimal, Field(strict=False, ge=0, le=100_000, decimal_places=2)]
"""An amount in euros, with at most cents: a JSON number or decimal string; never true/false, NaN or Infinity."""


_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")


def _alleen_datum(waarde: object) -> object:
    """A date, or a string `2026-07-01`; not a number (a timestamp), not a date with a time."""
    if isinstance(waarde, datetime) or (isinstance(waarde, str) and not _ISO_DATUM.fullmatch(waarde)):
        raise PydanticCustomError("date_parsing", "dit moet een datum zijn zonder tijd")
    if not isinstance(waarde, (date, str)):
        raise PydanticCustomError("date_type", "dit moet een datum zijn")
    return waarde


Datum = Annotated[date, Field(strict=False), BeforeValidator(_alleen_datum)]
"""A date as `2026-07-01` (JSON) or a date object; strict about everything else."""


def _grenzen(*, le: int, ge: int | None = None, gt: int | None = None) -> Any:
    """The limits of a decimal field, accepting ints and decimal strings but not booleans (see Bedrag); used as
    `Annotated[Decimal, _grenzen(...)]` (pydantic treats a limit of None as no limit)."""
    return Field(strict=False, decimal_places=2, ge=ge, gt=gt, le=le)


SoortHuishouden = Literal["alleenstaand", "alleenstaande_ouder", "met_partner", "bij_ouders"]
SoortUitkering = Literal["geen", "bijstand", "wajong_70", "wajong_75", "ww", "wia", "anders"]
SoortWerk = Literal["beschut_werk", "loonkostensubsidie", "regulier"]
Financiering = Literal["wmo", "wlz", "onbekend"]
WlzZorg = Literal["instelling", "vpt", "mpt", "pgb", "onbekend"]
"""How Wlz care is given: living in an instelling (hoge eigen bijdrage), or at home with a volledig pakket
thuis (vpt), a modulair pakket thuis (mpt) or a persoonsgebonden budget (pgb) (lage eigen bijdrage)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Huishouden(_Model):
    soort: SoortHuishouden = "alleenstaand"
    kinderen: list[Annotated[int, Field(ge=0, le=KIND_MAX)]] = Field(
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
    kale_huur_per_maand: Annotated[Decimal, _grenzen(ge=0, le=5_000)] | None = None
    kwijtschelding: bool | None = Field(
        default=None,
        description="Gets kwijtschelding of gemeentelijke belastingen now? False: not computed (e.g. savings); "
        "None (unknown) or True: computed by the rules.",
    )


class Nu(_Model):
    uitkering: SoortUitkering = "geen"
    vergoeding_dagbesteding_per_maand: Annotated[Decimal, _grenzen(ge=0, le=1_000)] = Decimal(0)


class Straks(_Model):
    soort_werk: SoortWerk = "beschut_werk"
    uren_per_week: Annotated[Decimal, _grenzen(ge=0, le=40)] | None = Decimal(24)
    uurloon: Annotated[Decimal, _grenzen(gt=0, le=200)] | None = None
    netto_loon_per_maand: Annotated[Decimal, _grenzen(ge=0, le=20_000)] | None = None
    loonwaarde_procent: Annotated[Decimal, _grenzen(ge=0, le=100)] | None = None
    maand_sinds_start: int = Field(default=1, ge=1, le=600)
    medisch_urenbeperkt: bool = False
    reiskosten_per_maand: Annotated[Decimal, _grenzen(ge=0, le=2_000)] = Decimal(0)
    reiskosten_vergoed: bool | None = Field(
        default=None, description="Does the employer pay the travel costs? None (unknown): assumed not."
    )

    @model_validator(mode="after")
    def _hours_or_net_wage(self) -> Straks:
        if self.uren_per_week is None and self.netto_loon_per_maand is None:
            raise ValueError("geef uren_per_week of netto_loon_per_maand")
        return self


class Dagbesteding(_Model):
    """Facts the guidance needs; the engine uses them for the eigen bijdrage and the gemeente's kwijtschelding."""

    financiering: Financiering = "onbekend"
    indicatie_einddatum: Datum | None = None
    advies_beschut_werk: bool | None = None
    doelgroepregister: bool | None = None
    gemeente: str | None = Field(default=None, max_length=80)
    wlz_zorg: WlzZorg = Field(
        default="onbekend", description="With financiering 'wlz': where the person lives and how the care is given."
    )
    andere_wmo_hulp: bool | None = Field(
        default=None,
        description="With financiering 'wmo': other Wmo help that goes on after the switch (the abonnementstarief "
        "stays). None (unknown): assumed yes.",
    )
    instelling_sinds: Datum | None = Field(
        default=None,
        description="With wlz_zorg 'instelling': the first day of the stay. In the first four months the CAK asks the "
        "lage bijdrage (Blz art. 3.3.2.2 lid 1 a). None: the stay began longer ago (an assumption we signal).",
    )

    @model_validator(mode="after")
    def _sinds_alleen_in_instelling(self) -> Dagbesteding:
        if self.instelling_sinds is not None and self.wlz_zorg != "instelling":
            raise ValueError("instelling_sinds hoort alleen bij wlz_zorg 'instelling'")
        return self


class Situatie(_Model):
    peildatum: Datum = Field(default_factory=date.today, validate_default=True)
    vandaag: Datum | None = Field(
        default=None, description="Today, for what the person has now (Uitkomst.vandaag); None: the computer's date."
    )
    leeftijd: int = Field(ge=LEEFTIJD_MIN, le=LEEFTIJD_MAX,
                          description="Age in years on `leeftijd_op`; from 16 to just under the AOW age.")
    leeftijd_op: Datum | None = Field(
        default=None,
        description="The day the age was given (the wizard: today). None: the peildatum. Every month of the "
        "calculation uses the age in that month (`leeftijd_in`).",
    )
    huishouden: Huishouden = Field(default_factory=Huishouden)
    wonen: Wonen = Field(default_factory=Wonen)
    nu: Nu = Field(default_factory=Nu)
    straks: Straks = Field(default_factory=Straks)
    dagbesteding: Dagbesteding = Field(default_factory=Dagbesteding)

    @field_validator("peildatum")
    @classmethod
    def _binnen_periodes(cls, peildatum: date) -> date:
        """Only a date the parameter files cover: never older amounts for a later date."""
        return controleer_peildatum(peildatum)

    def leeftijd_in(self, datum: date) -> int:
        """The age in the month of `datum` (see `leeftijd_in_maand`)."""
        return leeftijd_in_maand(self.leeftijd, self.leeftijd_op or self.peildatum, datum)

    def kinderen_in(self, datum: date) -> list[int]:
        """The children's ages in the month of `datum`: they were given on the same day as the age, and count on
        the same way."""
        jaren = jaren_sinds(self.leeftijd_op or self.peildatum, datum)
        return [min(kind + jaren, KIND_MAX) for kind in self.huishouden.kinderen]

    def op_peildatum(self) -> Situatie:
        """The same situation with `leeftijd` and the children's ages those on the peildatum: what the rules of that
        month, the signals and the guidance read."""
        if self.leeftijd_op is None:
            return self
        huishouden = self.huishouden.model_copy(update={"kinderen": self.kinderen_in(self.peildatum)})
        return self.model_copy(
            update={"leeftijd": self.leeftijd_in(self.peildatum), "leeftijd_op": None, "huishouden": huishouden})

    @model_validator(mode="after")
    def _consistent(self) -> Situatie:
        leeftijd = self.leeftijd_in(self.peildatum)
        if self.nu.uitkering == "bijstand" and leeftijd < 18:
            raise ValueError("bijstand kan pas vanaf 18 jaar")
        if self.nu.uitkering.startswith("wajong") and leeftijd < 18:
            raise ValueError("een Wajong-uitkering kan pas vanaf 18 jaar")
        if self.huishouden.soort == "alleenstaande_ouder" and not self.huishouden.kinderen:
            raise ValueError("een alleenstaande ouder heeft minstens één kind in kinderen")
        # Living with the parents, the rent is theirs and does not change the result: it may be left out.
        if self.wonen.huurt and self.wonen.kale_huur_per_maand is None and self.huishouden.soort != "bij_ouders":
            raise ValueError("wonen.kale_huur_per_maand is nodig als wonen.huurt waar is")
        sinds = self.dagbesteding.instelling_sinds
        if sinds is not None and sinds > self.peildatum:
            raise VeldFout("dagbesteding.instelling_sinds", "deze datum ligt na de peildatum. Vul in sinds wanneer je "
                           "in de instelling woont")
        self._niet_onder_minimumloon()
        return self

    def _niet_onder_minimumloon(self) -> None:
        """Beschut werk, loonkostensubsidie and a regular job pay at least the WML for the age (WML art. 7, 8);
        only Wajong loondispensatie (art. 2:20) lets an employer pay less."""
        uurloon = self.straks.uurloon
        loondispensatie = self.nu.uitkering.startswith("wajong") and self.straks.loonwaarde_procent is not None
        if uurloon is None or loondispensatie:
            return
        leeftijd = self.leeftijd_in(self.peildatum)
        minimum = minimumloon_boven(uurloon, leeftijd, self.peildatum)
        if minimum is not None:
            raise VeldFout(
                "straks.uurloon",
                f"€ {_komma(uurloon)} per uur is minder dan het minimumloon voor {leeftijd} jaar "
                f"(€ {_komma(minimum)} per uur). Bij dit werk is dat niet toegestaan. "
                "Alleen met loondispensatie vanuit de Wajong mag het loon lager zijn",
                minimum=minimum,
            )


def leeftijd_in_maand(leeftijd: int, gegeven_op: date, datum: date) -> int:
    """The age in the month of `datum` of someone who was `leeftijd` on `gegeven_op`. The birthday is not known, so
    from then on this is the youngest they can be: as if they had their birthday in the month the age was given.
    That is exact once a year and at most 11 months late in between. Months before that day (a job that has
    begun) keep the age given: the rules of a younger age (below 18 no bijstand or Wajong) are not guessed. Kept
    within the ages the Situatie allows: past 66 a month keeps the rules of 66 (the AOW is not in the engine)."""
    return min(leeftijd + jaren_sinds(gegeven_op, datum), LEEFTIJD_MAX)


def jaren_sinds(gegeven_op: date, datum: date) -> int:
    """Whole years from the month of `gegeven_op` to the month of `datum` (0 before it)."""
    return max((datum.year - gegeven_op.year) * 12 + datum.month - gegeven_op.month, 0) // 12


def minimumloon_boven(uurloon: Decimal, leeftijd: int, peildatum: date) -> Decimal | None:
    """The minimum hourly wage for this age in the period of `peildatum` when `uurloon` is below it, else None
    (WML art. 7, 8). Raises PeildatumBuitenPeriodes outside the known periods."""
    minimum = minimum_uurloon(Spoor(parameters_op(peildatum)), leeftijd)
    return minimum if uurloon < minimum else None


def _komma(bedrag: Decimal) -> str:
    return f"{bedrag:.2f}".replace(".", ",")
