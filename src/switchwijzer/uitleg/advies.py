"""The guidance items for the "Terug kunnen", "Indicatie" and "Wat kan ik nu doen?" parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from switchwijzer.engine.situatie import Situatie
from switchwijzer.guidance import SCHERMEN, advies
from switchwijzer.lezer import Lezer


@dataclass(frozen=True)
class Item:
    titel: str
    tekst: str
    acties: tuple[str, ...]
    bron: str


def items(situatie: Situatie, lezer: Lezer, scherm: str, vandaag: date | None = None) -> list[Item]:
    """The items for one screen ("terug_kunnen", "indicatie", "nu_doen"). `vandaag` is the day the reader reads
    them ("Dat is nog 7 maanden"): the intake's day in the wizard; without it the day of the amounts."""
    gevonden = advies(situatie, lezer, vandaag=vandaag or situatie.peildatum)
    onderwerpen = SCHERMEN.get(scherm, ())
    return [Item(i.titel, i.tekst, tuple(i.acties), i.bron) for i in gevonden if i.onderwerp in onderwerpen]
