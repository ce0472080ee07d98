"""Dated parameters and dated rule versions from `content/parameters/*.toml`, validated on load, chosen by date.

Each file is named after the date it starts to apply (`2026-07-01.toml`), declares the last day it
applies (`periode.geldig_tot`) and holds the values that changed on its first day. The set for a
peildatum is every file up to that date laid over the previous one, so a value keeps its own
`geldig_vanaf`, `bron` and `status` until a later file replaces it. The periods must follow each other
without a gap or an overlap. A month after the last period (up to `horizon()`) is computed with the last known
values, each marked `schatting` (`doorgetrokken_set`); a peildatum before the first period or past the horizon is
refused.

Every value has a `status`: `vastgesteld` (in a published law or regulation), `voorstel` (a bill or a
begroting) or `schatting` (derived; the derivation is in its `toelichting`). A file after the first must
account for every value of the period before it: a new value, or its key under `periode.ongewijzigd`
(checked: stays the same), `periode.overgenomen` (carried over unchecked: it counts as a `schatting` from
this period on) or `periode.vervallen` (no longer part of the rules). `periode.status` is the weakest
status in the file. Rules that change by law are data too: `[regels.<naam>] versie = "..."` picks the
function that applies (see `regelversies.py`), with its own source and status, like OpenFisca's dated
formulas. `bron` is shown to users: it names the law, article and text date, never a file; `herkomst` (optional)
keeps where a maintainer read the text (a corpus file and commit) and is never copied into an Uitkomst.
The procedure for an update is in docs/parameters-bijwerken.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from switchwijzer.paths import content_dir

from .regelversies import VERSIES
from .uitkomst import GebruikteRegelversie, GebruiktParameter, Status, zwakste

Tekst = Annotated[str, StringConstraints(min_length=3)]


class ParameterWaarde(BaseModel):
    """One value with its provenance, as written in a parameter file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    waarde: Decimal | dict[str, Decimal] | list[dict[str, Decimal]]
    eenheid: Tekst
    bron: Tekst
    geldig_vanaf: date
    status: Status
    toelichting: str | None = None
    herkomst: str | None = Field(
        default=None, description="For maintainers only, never shown: where the text was read (corpus file, commit)."
    )


class RegelVersie(BaseModel):
    """Which version of a rule that changes by law applies from `geldig_vanaf` (`[regels.<naam>]`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    versie: Tekst
    bron: Tekst
    geldig_vanaf: date
    status: Status
    toelichting: str | None = None
    herkomst: str | None = Field(
        default=None, description="For maintainers only, never shown: where the text was read (corpus file, commit)."
    )


class Groep(BaseModel):
    """Keys of the previous period this file keeps (or drops), with the reason."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reden: Tekst
    sleutels: list[str] = Field(min_length=1)


class PeriodeKop(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    geldig_vanaf: date
    geldig_tot: date = Field(description="The last day this period applies (inclusive).")
    status: Status = Field(description="The weakest status of the values and rules in this file.")
    omschrijving: Tekst
    ongewijzigd: list[Groep] = Field(default_factory=list, description="Checked: the value stays the same.")
    overgenomen: list[Groep] = Field(
        default_factory=list, description="Carried over without a check: a schatting from this period on."
    )
    vervallen: list[Groep] = Field(default_factory=list, description="No longer part of the rules.")

    def sleutels(self, soort: Literal["ongewijzigd", "overgenomen", "vervallen"]) -> list[str]:
        return [sleutel for groep in getattr(self, soort) for sleutel in groep.sleutels]


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
            "Switchwijzer kan zo niet rekenen. Is het bestand net aangepast? Verbeter dan de fout of zet de oude "
            "versie terug. Anders: installeer het programma opnieuw."
        )


class PeildatumBuitenPeriodes(ValueError):
    """No parameter period covers the peildatum; `code` is stable, `str()` is Dutch."""

    code = "peildatum_buiten_periodes"

    def __init__(self, peildatum: date, van: date, tot: date) -> None:
        self.peildatum, self.van, self.tot = peildatum, van, tot
        super().__init__(peildatum, van, tot)

    def __str__(self) -> str:
        return (
            f"voor {_datum(self.peildatum)} kunnen we niet rekenen. "
            f"We rekenen met datums van {_datum(self.van)} tot en met {_datum(self.tot)}"
        )


_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december")


def _datum(dag: date) -> str:
    return f"{dag.day} {_MAANDEN[dag.month - 1]} {dag.year}"


@dataclass(frozen=True)
class Periode:
    """One period file, checked: its header, its values and its rule versions."""

    kop: PeriodeKop
    waarden: dict[str, ParameterWaarde]
    regels: dict[str, RegelVersie]


@dataclass(frozen=True)
class ParameterSet:
    """All values and rule versions in force on one day."""

    geldig_vanaf: date
    status: Status
    waarden: dict[str, ParameterWaarde]
    regels: dict[str, RegelVersie] = field(default_factory=dict)
    geldig_tot: date | None = None
    omschrijving: str = ""
    doorgetrokken_na: date | None = None
    """Set for the months after the last period: the last day the files cover. The values are the last known
    ones, each with status `schatting`."""
    uitleg: dict[str, GebruiktParameter] = field(init=False, repr=False, compare=False)
    versies: dict[str, GebruikteRegelversie] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built once per period, so tracing a read costs a dict lookup on the hot path.
        object.__setattr__(self, "uitleg", {pad: _als_gebruikt(pad, w) for pad, w in self.waarden.items()})
        object.__setattr__(self, "versies", {
            naam: GebruikteRegelversie(naam=naam, versie=r.versie, status=r.status, bron=r.bron,
                                       geldig_vanaf=r.geldig_vanaf)
            for naam, r in self.regels.items()
        })

    def __getitem__(self, pad: str) -> ParameterWaarde:
        try:
            return self.waarden[pad]
        except KeyError:
            raise ParameterFout(f"parameter '{pad}' staat in geen enkel parameterbestand") from None

    def regel(self, naam: str) -> RegelVersie:
        try:
            return self.regels[naam]
        except KeyError:
            raise ParameterFout(f"regel '{naam}' heeft geen versie in de parameterbestanden") from None

    def regelversie(self, naam: str) -> GebruikteRegelversie:
        self.regel(naam)  # raises the ParameterFout that names the rule
        return self.versies[naam]


def _als_gebruikt(pad: str, p: ParameterWaarde) -> GebruiktParameter:
    weergave = p.waarde if isinstance(p.waarde, Decimal) else _compact(p.waarde)
    return GebruiktParameter(pad=pad, waarde=weergave, eenheid=p.eenheid, bron=p.bron, geldig_vanaf=p.geldig_vanaf,
                             status=p.status)


@dataclass
class Spoor:
    """Reads parameters for one rule and remembers which ones it read, so the line can explain itself."""

    params: ParameterSet
    gebruikt: dict[str, GebruiktParameter] = field(default_factory=dict)
    regelversies: dict[str, GebruikteRegelversie] = field(default_factory=dict)

    def versie(self, naam: str) -> str:
        """The version of a dated rule in force, remembered like a parameter (its status counts for the line)."""
        self.regelversies[naam] = self.params.regelversie(naam)
        return self.regelversies[naam].versie

    @property
    def status(self) -> Status:
        return zwakste([p.status for p in self.gebruikt.values()]
                       + [r.status for r in self.regelversies.values()])

    def _lees(self, pad: str) -> ParameterWaarde:
        params = self.params
        try:
            self.gebruikt[pad] = params.uitleg[pad]
        except KeyError:
            params[pad]  # raises the ParameterFout that names the key
            raise
        return params.waarden[pad]

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


def _compact(waarde: dict[str, Decimal] | list[dict[str, Decimal]]) -> str:
    if isinstance(waarde, dict):
        return ", ".join(f"{k}: {v}" for k, v in waarde.items())
    return " | ".join(_compact(deel) for deel in waarde)


def _flatten(tabel: dict[str, Any], prefix: str = "") -> dict[str, dict[str, Any]]:
    """Turn nested TOML tables into dotted paths; a table with a `waarde` key is one parameter."""
    uit: dict[str, dict[str, Any]] = {}
    for sleutel, inhoud in tabel.items():
        pad = f"{prefix}{sleutel}"
        if not isinstance(inhoud, dict):
            raise ParameterFout(f"'{pad}' moet een tabel zijn met waarde, eenheid, bron en geldig_vanaf")
        if "waarde" in inhoud:
            uit[pad] = inhoud
        elif {"bron", "geldig_vanaf", "status", "eenheid"} & inhoud.keys():
            raise ParameterFout(f"{pad} heeft geen waarde")
        else:
            uit.update(_flatten(inhoud, f"{pad}."))
    return uit


def _eerste_fout(fout: ValidationError) -> str:
    item = fout.errors(include_url=False)[0]
    plek = ".".join(str(deel) for deel in item["loc"])
    return f"{plek}: {item['msg']}" if plek else item["msg"]


def lees_bestand(pad: Path) -> Periode:
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
        regels = {naam: RegelVersie.model_validate(inhoud) for naam, inhoud in ruw.pop("regels", {}).items()}
        waarden = {
            sleutel: ParameterWaarde.model_validate(inhoud) for sleutel, inhoud in _flatten(ruw).items()
        }
    except ParameterFout as fout:
        raise ParameterBestandFout(pad.name, str(fout)) from fout
    except ValidationError as fout:
        raise ParameterBestandFout(pad.name, _eerste_fout(fout)) from fout
    except AttributeError as fout:
        raise ParameterBestandFout(
            pad.name, "[regels] moet tabellen met versie, bron, geldig_vanaf en status hebben") from fout
    if kop.geldig_vanaf.isoformat() != pad.stem:
        raise ParameterBestandFout(pad.name, f"periode.geldig_vanaf is {kop.geldig_vanaf}, niet {pad.stem}")
    if kop.geldig_tot < kop.geldig_vanaf:
        raise ParameterBestandFout(pad.name, f"periode.geldig_tot {kop.geldig_tot} ligt voor geldig_vanaf")
    gedateerd: list[tuple[str, ParameterWaarde | RegelVersie]] = [
        *waarden.items(), *((f"regels.{n}", r) for n, r in regels.items())]
    for sleutel, waarde in gedateerd:
        if waarde.geldig_vanaf > kop.geldig_vanaf:
            raise ParameterBestandFout(pad.name, f"{sleutel} geldt pas vanaf {waarde.geldig_vanaf}, na dit bestand")
    for naam, regel in regels.items():
        if regel.versie not in VERSIES.get(naam, ()):
            raise ParameterBestandFout(pad.name, f"regels.{naam}: versie '{regel.versie}' bestaat niet")
    zwakst = zwakste([w.status for w in waarden.values()] + [r.status for r in regels.values()]
                     + (["schatting"] if kop.overgenomen else []))
    if kop.status != zwakst:
        raise ParameterBestandFout(
            pad.name, f"periode.status is '{kop.status}', maar de zwakste status in dit bestand is '{zwakst}'"
        )
    return Periode(kop, waarden, regels)


def _samenvoegen(vorige: dict[str, ParameterWaarde | RegelVersie], periode: Periode, bestand: str) -> None:
    """Check that `periode` accounts for every key of the period before it (`vorige`), then lay it over."""
    kop = periode.kop
    eigen = set(periode.waarden) | {f"regels.{n}" for n in periode.regels}
    lijsten = {soort: kop.sleutels(soort) for soort in ("ongewijzigd", "overgenomen", "vervallen")}
    genoemd: dict[str, str] = {}
    for soort, sleutels in lijsten.items():
        for sleutel in sleutels:
            if sleutel not in vorige:
                raise ParameterBestandFout(bestand, f"periode.{soort} noemt '{sleutel}', maar die bestaat niet")
            if sleutel in eigen or sleutel in genoemd:
                raise ParameterBestandFout(bestand, f"'{sleutel}' staat twee keer in dit bestand")
            genoemd[sleutel] = soort
    ontbreekt = sorted(set(vorige) - eigen - set(genoemd))
    if ontbreekt:
        raise ParameterBestandFout(
            bestand,
            f"de waarde '{ontbreekt[0]}' ontbreekt: geef een nieuwe waarde of zet de sleutel onder "
            "periode.ongewijzigd, periode.overgenomen of periode.vervallen"
            + (f" (en nog {len(ontbreekt) - 1} andere)" if len(ontbreekt) > 1 else ""),
        )
    for sleutel in lijsten["vervallen"]:
        del vorige[sleutel]
    for sleutel in lijsten["overgenomen"]:
        oud = vorige[sleutel]
        notitie = f"Overgenomen in de periode vanaf {kop.geldig_vanaf} zonder controle: een schatting."
        vorige[sleutel] = oud.model_copy(update={
            "status": "schatting", "toelichting": " ".join(filter(None, [oud.toelichting, notitie])),
        })
    vorige.update(periode.waarden)
    vorige.update({f"regels.{n}": r for n, r in periode.regels.items()})


def parameter_map() -> Path:
    return content_dir() / "parameters"


@cache
def alle_periodes(map_: Path | None = None) -> tuple[tuple[PeriodeKop, dict[str, ParameterWaarde]], ...]:
    """Every period file in date order, as (header, the values in that file); each file must account for
    every value of the period before it."""
    periodes = _periodes(map_)
    _sets(map_)
    return tuple((p.kop, p.waarden) for p in periodes)


@cache
def _periodes(map_: Path | None = None) -> tuple[Periode, ...]:
    map_ = map_ or parameter_map()
    bestanden = sorted(map_.glob("*.toml"))
    if not bestanden:
        raise ParameterBestandFout(f"{map_.name}/*.toml", "er staat geen enkel bestand met bedragen")
    periodes = tuple(lees_bestand(b) for b in bestanden)
    for vorige, periode, bestand in zip(periodes, periodes[1:], bestanden[1:], strict=False):
        if periode.kop.geldig_vanaf != vorige.kop.geldig_tot + timedelta(days=1):
            raise ParameterBestandFout(
                bestand.name,
                f"deze periode begint niet op de dag na {vorige.kop.geldig_tot}, het einde van de vorige periode",
            )
    return periodes


@cache
def _sets(map_: Path | None = None) -> tuple[ParameterSet, ...]:
    """The full set in force in each period: every file laid over the ones before it."""
    samen: dict[str, ParameterWaarde | RegelVersie] = {}
    uit = []
    for nummer, periode in enumerate(_periodes(map_)):
        bestand = f"{periode.kop.geldig_vanaf}.toml"
        if nummer == 0:
            samen.update(periode.waarden)
            samen.update({f"regels.{n}": r for n, r in periode.regels.items()})
        else:
            _samenvoegen(samen, periode, bestand)
        kop = periode.kop
        uit.append(ParameterSet(
            geldig_vanaf=kop.geldig_vanaf, status=kop.status, geldig_tot=kop.geldig_tot, omschrijving=kop.omschrijving,
            waarden={k: v for k, v in samen.items() if isinstance(v, ParameterWaarde)},
            regels={k.removeprefix("regels."): v for k, v in samen.items() if isinstance(v, RegelVersie)},
        ))
    return tuple(uit)


def caches_legen() -> None:
    """Forget the files read (for tests that point the loader at another folder)."""
    for functie in (alle_periodes, _periodes, _sets, parameters_op, doorgetrokken_set):
        functie.cache_clear()


def dekking() -> tuple[date, date]:
    """The first and the last day that the parameter files cover."""
    periodes = alle_periodes()
    return periodes[0][0].geldig_vanaf, periodes[-1][0].geldig_tot


def laatste_begin() -> date:
    """The first day of the last period the parameter files cover: its rules hold from then on."""
    return alle_periodes()[-1][0].geldig_vanaf


HORIZON_MAANDEN = 36
"""A peildatum may lie this many months after today, or after the last day the files cover when that is later;
its amounts are then the last known ones, as a schatting."""


def horizon(vandaag: date | None = None) -> date:
    """The last day a peildatum may have."""
    basis = max(dekking()[1], vandaag or date.today())
    maand = basis.year * 12 + basis.month - 1 + HORIZON_MAANDEN + 1
    return date(maand // 12, maand % 12 + 1, 1) - timedelta(days=1)


def controleer_peildatum(peildatum: date) -> date:
    van, _ = dekking()
    laatste = horizon()
    if not van <= peildatum <= laatste:
        raise PeildatumBuitenPeriodes(peildatum, van, laatste)
    return peildatum


@cache
def doorgetrokken_set() -> ParameterSet:
    """The set for months after the last period: its values and rule versions, each a `schatting` now."""
    laatste = _sets()[-1]
    assert laatste.geldig_tot is not None
    notitie = f"Na {_datum(laatste.geldig_tot)} nog niet bekend: het laatst bekende bedrag, een schatting."
    waarden = {
        pad: w.model_copy(
            update={"status": "schatting", "toelichting": " ".join(filter(None, [w.toelichting, notitie]))})
        for pad, w in laatste.waarden.items()
    }
    regels = {naam: r.model_copy(update={"status": "schatting"}) for naam, r in laatste.regels.items()}
    return ParameterSet(
        geldig_vanaf=laatste.geldig_vanaf, status="schatting", waarden=waarden, regels=regels, geldig_tot=None,
        omschrijving=laatste.omschrijving, doorgetrokken_na=laatste.geldig_tot,
    )


@cache
def parameters_op(peildatum: date) -> ParameterSet:
    controleer_peildatum(peildatum)
    return parameters_in_maand(peildatum)[0]


def parameters_in_maand(dag: date) -> tuple[ParameterSet, bool]:
    """The set for a month, and whether the files cover that month. A month after the last period gets the
    last known values as a schatting (`doorgetrokken_set`); a month before the first, the first set."""
    van, tot = dekking()
    if dag > tot:
        return doorgetrokken_set(), False
    if dag < van:
        return _sets()[0], False
    return next(s for s in reversed(_sets()) if s.geldig_vanaf <= dag), True
