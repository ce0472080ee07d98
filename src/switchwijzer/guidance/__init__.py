"""Guidance beyond money: the way back, how long an indicatie lasts, what to report to whom, local practice.

Public API (stable; the wizard calls only this):

``advies(situatie, lezer, vandaag=None) -> list[AdviesItem]``
    The advice items that apply to ``situatie`` (a ``switchwijzer.engine.situatie.Situatie``), with B1 text for
    the reader (a ``switchwijzer.lezer.Lezer``): its role ("deelnemer" = je, "ouder" = u / uw kind, "coach" =
    u / uw cliënt) in its language ("nl" or "en").
    ``vandaag`` defaults to ``situatie.peildatum``; the function is pure and never reads the clock.
    Items come ordered by ``onderwerp`` (see ``ONDERWERPEN``) and then by their place in the content.

``AdviesItem``
    ``id``, ``onderwerp``, ``titel`` (a question), ``tekst``, ``acties`` (short things to do or ask), ``bron``
    (seed file and section, or law article), ``rol``, ``taal``, and computed facts: ``indicatie_einddatum``,
    ``indicatie_stand`` ("geen_datum" | "afgelopen" | "bijna_op" | "loopt"), ``indicatie_loopt_nog_maanden``,
    ``indicatie_loopt_nog_dagen``, and ``gemeente`` (name, on local items).

``SCHERMEN``
    Which ``onderwerp`` values belong on which wizard screen: "terug_kunnen" ("Terug kunnen"), "indicatie"
    ("Hoe lang loopt mijn indicatie?"), "nu_doen" ("Wat kan ik nu doen?"). Filter with
    ``[i for i in advies(...) if i.onderwerp in SCHERMEN["indicatie"]]``.

``bekende_gemeenten() -> list[Gemeente]`` and ``zoek_gemeente(tekst) -> Gemeente | None``
    The gemeenten whose local practice the seed reports describe (``id``, ``naam``, ``regio``, ``regio_naam``),
    for a choice list; ``Dagbesteding.gemeente`` may hold a ``naam`` or an ``id``.

``indicatie_looptijd(einddatum, vandaag) -> Looptijd``
    The end-date computation on its own (``stand``, ``einddatum``, ``maanden``, ``dagen``).

All texts are data in ``content/guidance/*.toml``: per item the conditions (``als``), the source (``bron``) and
the texts per language and role. Placeholders ``{einddatum}``, ``{maanden}`` and ``{gemeente}`` are filled here.
"""

from __future__ import annotations

from switchwijzer.guidance.feiten import Looptijd, indicatie_looptijd
from switchwijzer.guidance.gemeenten import bekende_gemeenten, zoek_gemeente
from switchwijzer.guidance.kiezen import advies
from switchwijzer.guidance.model import ONDERWERPEN, AdviesItem, Gemeente, Onderwerp
from switchwijzer.i18n import TALEN, Taal

SCHERMEN: dict[str, tuple[Onderwerp, ...]] = {
    "terug_kunnen": ("terug_kunnen", "geld_bij_stoppen"),
    "indicatie": ("indicatie",),
    "nu_doen": ("zachte_start", "melden", "lokaal"),
}

__all__ = [
    "ONDERWERPEN",
    "SCHERMEN",
    "TALEN",
    "AdviesItem",
    "Gemeente",
    "Looptijd",
    "Onderwerp",
    "Taal",
    "advies",
    "bekende_gemeenten",
    "indicatie_looptijd",
    "zoek_gemeente",
]
