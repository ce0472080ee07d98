"""The output of the engine: every amount with the rule, parameters and sources behind it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Literal, get_args

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
LINE_ORDER: tuple[LineName, ...] = get_args(LineName)

KostenNaam = Literal["eigen_bijdrage_wlz", "eigen_bijdrage_wmo", "lokale_belastingen", "reiskosten"]
"""Lines after the income: what is paid (negative, or 0) a month. `lokale_belastingen` is the gemeentelijke and
waterschapsbelastingen after kwijtschelding."""
KOSTEN_ORDER: tuple[KostenNaam, ...] = get_args(KostenNaam)
RegelNaam = LineName | KostenNaam
"""The name of any line of a month: income or costs."""

Status = Literal["vastgesteld", "voorstel", "schatting"]
"""How sure a value is: `vastgesteld` (published law or regulation), `voorstel` (a bill or begroting, can
still change), `schatting` (derived by us; the parameter's toelichting shows how)."""
STATUS_VOLGORDE: tuple[Status, ...] = get_args(Status)


def zwakste(statussen: Iterable[Status]) -> Status:
    """The least certain of some statuses (`vastgesteld` when there are none)."""
    return max(statussen, key=STATUS_VOLGORDE.index, default="vastgesteld")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class GebruiktParameter(_Model):
    """One parameter value a rule read, with where it comes from."""

    pad: str
    waarde: Decimal | str
    eenheid: str
    bron: str
    geldig_vanaf: date
    status: Status


class GebruikteRegelversie(_Model):
    """A rule that changes by law, in the version that applied (e.g. vrijlating `pw_34a_2027`)."""

    naam: str
    versie: str
    status: Status
    bron: str
    geldig_vanaf: date


class Onderdeel(_Model):
    """A named step inside a line (e.g. the vrijlating inside bijstand); informative, not added to totals."""

    naam: str
    bedrag: Decimal


class Regel(_Model):
    """One line of a month: what that part adds to the month after tax."""

    naam: RegelNaam
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
    status: Status = Field(
        default="vastgesteld",
        description="The weakest status of the parameters and rule versions this line read: not `vastgesteld` "
        "means the amount is provisional and must be shown so.",
    )
    regelversies: list[GebruikteRegelversie] = Field(
        default_factory=list, description="The dated rule versions this line used (bijstand: the vrijlating)."
    )
    vanaf: date | None = Field(
        default=None,
        description="A cost line that follows later: the amount applies from this day; before it, the amount of "
        "now (the Wlz eigen bijdrage follows the income of two years earlier).",
    )
    hoogstens: bool = Field(
        default=False,
        description="The amount is the most it can be, not the amount: the Wlz hoge bijdrage for someone who pays "
        "none without the work, whose deductions are not all known (the real bijdrage is this or less).",
    )


class Overzicht(_Model):
    """One month: its lines and their total."""

    regels: list[Regel]
    totaal: Decimal
    toetsingsinkomen_per_jaar: Decimal = Field(
        description="Yearly income the toeslagen use, as if this month lasts the whole calendar year."
    )
    parameters_geldig_vanaf: date | None = Field(default=None, description="The first day of the period used.")
    status: Status = Field(default="vastgesteld", description="The weakest status of the lines.")
    kosten: list[Regel] = Field(
        default_factory=list,
        description="Lines after the income (eigen bijdrage Wlz/Wmo, lokale belastingen after kwijtschelding, "
        "reiskosten); not in `totaal`.",
    )
    totaal_na_kosten: Decimal | None = Field(
        default=None, description="`totaal` plus the kosten lines: what is left after them (`totaal` without kosten)."
    )
    status_na_kosten: Status = Field(
        default="vastgesteld", description="The weakest status of the lines and the kosten lines."
    )

    def regel(self, naam: str) -> Regel | None:
        return next((r for r in self.regels if r.naam == naam), None)

    def kost(self, naam: str) -> Regel | None:
        return next((r for r in self.kosten if r.naam == naam), None)


class Periode(_Model):
    """A stretch of months after the start of work with the same vrijlating and the same parameter period.

    Month k of the work is the calendar month `start + (k - 1)`, where the start is the peildatum minus
    (straks.maand_sinds_start - 1) months; each stretch uses the rules and amounts in force in its months.
    """

    vanaf_maand: int
    tot_en_met_maand: int | None
    vrijlating: str | None
    totaal: Decimal
    totaal_na_kosten: Decimal | None = Field(default=None, description="The total after the kosten lines.")
    vanaf_datum: date | None = Field(default=None, description="First day of the first month of the stretch.")
    tot_en_met_datum: date | None = Field(
        default=None, description="Last day of the last month of the stretch; None when it has no end."
    )
    parameters_geldig_vanaf: date | None = Field(default=None, description="The parameter period used.")
    vrijlating_regels: str | None = Field(
        default=None, description="The vrijlating rule version used (pw_31_2026, pw_34a_2027); None without bijstand."
    )
    status: Status = Field(default="vastgesteld", description="The weakest status of the month's lines.")
    bekend_tot: date | None = Field(
        default=None,
        description="Set when the stretch runs past the last day the parameter files cover: after this day the "
        "amounts are the last known ones, not the real ones (a schatting).",
    )


WijzigingOnderwerp = Literal[
    "vrijlating_regels", "vrijlating", "bijstandsnorm", "loon", "bijstand", "wajong", "zorgtoeslag", "huurtoeslag",
    "kindgebonden_budget", "totaal",
]


class Wijziging(_Model):
    """One thing that changes for this person on 1 January (data; the UI words it).

    `vrijlating_regels`: `voor_code`/`na_code` are the rule versions (pw_31_2026 -> pw_34a_2027).
    `vrijlating`: the codes are the onderdelen (n, z, aa, y, r, 34a_a, 34a_b or None), the amounts the euros
    kept per month. `bijstandsnorm`: the norm per month. The others: the net line per month (or the total).
    """

    onderwerp: WijzigingOnderwerp
    voor: Decimal | None = None
    na: Decimal | None = None
    voor_code: str | None = None
    na_code: str | None = None
    status: Status = Field(description="Status of the new value (after 1 January).")


class Jaarwissel(_Model):
    """The first 1 January within the first twelve months of the work, when a new period starts then."""

    datum: date = Field(description="1 January of the new year.")
    maand: int = Field(description="The month of the work that is January (2 to 12).")
    voor: Overzicht = Field(description="December: the last month under the old rules.")
    na: Overzicht = Field(description="January: the first month under the new rules.")
    vrijlating_voor: str | None
    vrijlating_na: str | None
    wijzigingen: list[Wijziging] = Field(default_factory=list)


class GebruiktePeriode(_Model):
    """A parameter period the result used, with its rule versions."""

    geldig_vanaf: date
    geldig_tot: date
    status: Status
    omschrijving: str
    regelversies: list[GebruikteRegelversie]
    doorgetrokken_na: date | None = Field(
        default=None,
        description="Set when months after the last known day used this period's values as a schatting: that day.",
    )


class UrenPunt(_Model):
    uren: int
    totaal: Decimal
    totaal_na_kosten: Decimal | None = Field(
        default=None, description="The total after the kosten lines at these hours (as `Overzicht.totaal_na_kosten`)."
    )


MaandStatus = Literal["vastgesteld", "voorlopig", "schatting"]
"""How sure a month is: `schatting` after the last known parameter period (the last known values carried on),
`voorlopig` when a value it used is a voorstel or derived by us, `vastgesteld` otherwise."""

VeranderingCode = Literal[
    "nieuwe_bedragen", "schatting_begint", "vrijlating_regels", "vrijlating_begint", "vrijlating_anders",
    "vrijlating_stopt",
    "kwijtschelding_nieuw_jaar", "cak_nieuw_jaar", "leeftijd", "leeftijd_kinderen",
]


class Verandering(_Model):
    """Why a month may differ from the month before (data; the UI words it).

    `nieuwe_bedragen`: a new parameter period starts (`geldig_vanaf`). `schatting_begint`: the files end; from
    here on the last known values (`bekend_tot`). `vrijlating_regels`: the vrijlating rules change by law
    (`voor`/`na` are rule versions). `vrijlating_begint` / `vrijlating_anders` / `vrijlating_stopt`: the
    vrijlating of the Participatiewet starts, changes or stops (`voor`/`na` are the onderdelen).
    `kwijtschelding_nieuw_jaar`: the kwijtschelding of a new year rests on the income with the work (`jaar`).
    `cak_nieuw_jaar`: the CAK's bijdrage of a new year (`jaar`) rests on the income of `peiljaar` and the wage of
    `werkjaar`. `leeftijd`: the person is a year older (`leeftijd`, the youngest they can be then: the birthday is
    not known), and the amounts for that age apply (minimum wage, bijstand norm). `leeftijd_kinderen`: the
    children are a year older, and that changes an amount (the kindgebonden budget, the combinatiekorting).
    """

    code: VeranderingCode
    gegevens: dict[str, Decimal | int | str | date | None] = Field(default_factory=dict)


class MaandUitkomst(_Model):
    """One calendar month from the start of the work: without the switch and with it, with that month's rules
    and its place in every temporary arrangement."""

    maand: str = Field(pattern=r"^\d{4}-\d{2}$", description="The calendar month, YYYY-MM.")
    maand_sinds_start: int = Field(description="1 for the month the work starts.")
    zonder_overstap: Overzicht = Field(description="Staying in dagbesteding.")
    met_overstap: Overzicht = Field(description="With the work.")
    verschil: Decimal = Field(description="met_overstap.totaal - zonder_overstap.totaal.")
    verschil_na_kosten: Decimal = Field(description="The same after the costs: the amount the headline speaks of.")
    status: MaandStatus
    vrijlating: str | None = Field(default=None, description="The vrijlating onderdeel in force (bijstand).")
    veranderingen: list[Verandering] = Field(
        default_factory=list, description="What starts or stops in this month compared with the month before."
    )


class Blijvend(_Model):
    """From this month on nothing changes the difference any more: no temporary arrangement (vrijlating, the
    kwijtschelding of the first year, the CAK's years) and no new amounts."""

    vanaf: str = Field(pattern=r"^\d{4}-\d{2}$", description="The first such month, YYYY-MM.")
    maand_sinds_start: int
    verschil_per_maand: Decimal
    verschil_na_kosten_per_maand: Decimal
    status: MaandStatus


class Signaal(_Model):
    """A plain fact the UI turns into a B1 sentence; `code` is stable, `gegevens` fills it in."""

    code: str
    gegevens: dict[str, bool | Decimal | int | str | date | list[str] | None] = Field(default_factory=dict)
    parameters: list[GebruiktParameter] = Field(
        default_factory=list, description="The parameters behind the amounts in gegevens, with their sources."
    )


class NietBerekend(_Model):
    onderdeel: str
    reden: str


class Uitkomst(_Model):
    peildatum: date
    parameters_geldig_vanaf: date
    status: Status = Field(
        default="vastgesteld",
        description="The weakest status of every line in nu, straks, the verloop and the jaarwissel.",
    )
    regels_gebruikt: list[GebruiktePeriode] = Field(
        default_factory=list, description="The periods (with rule versions) used, the peildatum's first."
    )
    berekend: bool = True
    nu: Overzicht | None
    straks: Overzicht | None
    verloop: list[Periode] = Field(default_factory=list)
    jaarwissel: Jaarwissel | None = None
    verschil_per_maand: Decimal | None
    verschil_na_kosten_per_maand: Decimal | None = Field(
        default=None, description="straks.totaal_na_kosten - nu.totaal_na_kosten: the gain after the kosten lines."
    )
    verschil_procent: Decimal | None
    winst_minstens_10_procent: bool | None = Field(
        description="The lasting gain (the last stretch of the verloop, after any temporary vrijlating) after the "
        "kosten lines is at least 10 % of what is left now after them (without kosten: the totals)."
    )
    uren_reeks: list[UrenPunt] = Field(
        default_factory=list, description="0 to 40 hours a week in the month of the peildatum (the first months)."
    )
    omslagpunt_uren: Decimal | None = Field(
        default=None, description="The hours from which the uitkering stops, with the first months' rules."
    )
    maanden: list[MaandUitkomst] = Field(
        default_factory=list, description="Every calendar month from the start of the work, at least 36."
    )
    blijvend: Blijvend | None = None
    uren_reeks_blijvend: list[UrenPunt] = Field(
        default_factory=list, description="0 to 40 hours a week with the lasting rules (from `blijvend.vanaf`)."
    )
    omslagpunt_uren_blijvend: Decimal | None = Field(
        default=None, description="The hours from which the uitkering stops once nothing temporary applies."
    )
    vandaag_maand: str | None = Field(default=None, description="This month (YYYY-MM), for `vandaag`.")
    vandaag: Overzicht | None = Field(
        default=None, description="This month without the switch: what the person has now, with today's rules."
    )
    signalen: list[Signaal] = Field(default_factory=list)
    niet_berekend: list[NietBerekend] = Field(default_factory=list)
