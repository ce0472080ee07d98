"""The guidance items for one screen of the answer (`switchwijzer.guidance`), in every reader's words until the
answer is said to one (`Woorden.zeg`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from switchwijzer import i18n
from switchwijzer.engine.situatie import Situatie
from switchwijzer.guidance import SCHERMEN, advies
from switchwijzer.lezer import ROLLEN, Lezer
from switchwijzer.uitleg.teksten import Keuze, ongezegd


@dataclass(frozen=True)
class Item:
    titel: str
    tekst: str
    acties: tuple[str, ...]
    bron: str


def items(situatie: Situatie, scherm: str, vandaag: date | None = None) -> list[Item]:
    """The items for one screen ("terug_kunnen", "indicatie", "nu_doen"), each text a `Keuze` per role. `vandaag`
    is the day the reader reads them ("Dat is nog 7 maanden"): the intake's day in the wizard; without it the day
    of the amounts. Which items apply does not depend on who reads; only their words do."""
    onderwerpen = SCHERMEN.get(scherm, ())
    per_rol = {rol: [i for i in advies(situatie, Lezer(rol, i18n.taal()), vandaag=vandaag or situatie.peildatum)
                     if i.onderwerp in onderwerpen] for rol in ROLLEN}
    return [
        ongezegd(Item, *(Keuze(tuple((rol, getattr(per_rol[rol][n], veld)) for rol in ROLLEN))
                         for veld in ("titel", "tekst", "acties", "bron")))
        for n in range(len(per_rol[ROLLEN[0]]))
    ]
