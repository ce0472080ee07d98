"""Facts derived from a `Situatie` on a given day: how long the indicatie still runs, age group, gemeente."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from switchwijzer.engine.situatie import Situatie
from switchwijzer.guidance.gemeenten import zoek_gemeente
from switchwijzer.guidance.model import Gemeente, IndicatieStand

BIJNA_OP_MAANDEN = 3
"""An indicatie that ends within this many whole months counts as 'bijna op'."""


@dataclass(frozen=True)
class Looptijd:
    """How long a dagbesteding indicatie still runs, counted from `vandaag`."""

    stand: IndicatieStand
    einddatum: date | None = None
    maanden: int | None = None
    dagen: int | None = None


def hele_maanden(van: date, tot: date) -> int:
    """Whole calendar months from `van` to `tot` (0 if `tot` is earlier). 15 Jan -> 14 Mar is 1, -> 15 Mar is 2."""
    if tot <= van:
        return 0
    maanden = (tot.year - van.year) * 12 + (tot.month - van.month)
    if tot.day < van.day:
        maanden -= 1
    return max(maanden, 0)


def indicatie_looptijd(einddatum: date | None, vandaag: date) -> Looptijd:
    """The einddatum is the last day the indicatie counts ("loopt tot en met 30 juni"): from 1 October to 30 June is
    nine months, October to June (counted up to the day after, or it was one month short)."""
    if einddatum is None:
        return Looptijd("geen_datum")
    dagen = (einddatum - vandaag).days
    maanden = hele_maanden(vandaag, einddatum + timedelta(days=1))
    if dagen < 0:
        stand: IndicatieStand = "afgelopen"
    elif maanden < BIJNA_OP_MAANDEN:
        stand = "bijna_op"
    else:
        stand = "loopt"
    return Looptijd(stand, einddatum, maanden, dagen)


@dataclass(frozen=True)
class Feiten:
    situatie: Situatie
    vandaag: date
    looptijd: Looptijd
    gemeente: Gemeente | None

    @property
    def onder_27(self) -> bool:
        return self.situatie.leeftijd < 27

    @property
    def onder_21(self) -> bool:
        return self.situatie.leeftijd < 21


def feiten(situatie: Situatie, vandaag: date | None = None) -> Feiten:
    dag = vandaag or situatie.peildatum
    return Feiten(
        situatie=situatie,
        vandaag=dag,
        looptijd=indicatie_looptijd(situatie.dagbesteding.indicatie_einddatum, dag),
        gemeente=zoek_gemeente(situatie.dagbesteding.gemeente),
    )
