"""Building a line that explains itself from the parameters (and dated rule versions) its rule read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from .geld import NUL
from .parameters import ParameterSet, Spoor
from .uitkomst import GebruikteRegelversie, GebruiktParameter, Regel, RegelNaam, Status, zwakste

_Uitleg = tuple[tuple[GebruiktParameter, ...], str, date, Status, tuple[GebruikteRegelversie, ...]]
UITLEG_ONTHOUDEN = 512
_uitleg: dict[tuple[tuple[object, ...], ...], tuple[tuple[ParameterSet, ...], _Uitleg]] = {}
"""The explanation of a line (parameters, sources, valid-from, status, rule versions) by the sets and the keys its
rules read: the same rule in the next month of the hours sweep reads the same keys, so this is worked out once."""


def _uitleg_van(sporen: tuple[Spoor, ...]) -> _Uitleg:
    # Per spoor: its set (by id) and the keys and rule versions it read, in order. Built without generators: a
    # month asks for this some five times, the hours charts some 300 times a calculation.
    sleutel = tuple([(id(spoor.params), tuple(spoor.gebruikt), tuple(spoor.regelversies)) for spoor in sporen])
    bewaard = _uitleg.get(sleutel)
    if bewaard is not None:
        for eerder, spoor in zip(bewaard[0], sporen, strict=True):
            if eerder is not spoor.params:  # the same sets, never a reused id
                break
        else:
            return bewaard[1]
    sets = tuple(spoor.params for spoor in sporen)
    gebruikt: dict[str, GebruiktParameter] = {}
    versies: dict[str, GebruikteRegelversie] = {}
    for spoor in sporen:
        gebruikt.update(spoor.gebruikt)
        versies.update(spoor.regelversies)
    bronnen = "; ".join(dict.fromkeys(p.bron for p in gebruikt.values()))
    geldig = max((p.geldig_vanaf for p in gebruikt.values()), default=sporen[0].params.geldig_vanaf)
    status = zwakste([p.status for p in gebruikt.values()] + [v.status for v in versies.values()])
    uitleg = (tuple(gebruikt.values()), bronnen, geldig, status, tuple(versies.values()))
    if len(_uitleg) >= UITLEG_ONTHOUDEN:
        _uitleg.clear()
    _uitleg[sleutel] = (sets, uitleg)
    return uitleg


def vergeet_uitleg() -> None:
    _uitleg.clear()
    _niet.clear()


def regel(naam: RegelNaam, bedrag: Decimal, artikel: str, *sporen: Spoor, **extra: Any) -> Regel:
    parameters, bronnen, geldig, status, versies = _uitleg_van(sporen)
    return Regel(
        naam=naam, bedrag=bedrag, regel=artikel, bron=bronnen or artikel, geldig_vanaf=geldig,
        parameters=list(parameters), status=status, regelversies=list(versies), **extra,
    )


_niet: dict[tuple[object, ...], tuple[ParameterSet, Regel]] = {}
"""Lines that do not apply, by everything they are made of: in the hours charts most months have the same three
or four (no huurtoeslag in an instelling, no kindgebonden budget without children...), so each is made once."""


def niet_van_toepassing(naam: RegelNaam, spoor: Spoor, artikel: str, reden: str, berekend: bool = True) -> Regel:
    """A line that does not apply (or could not be computed), with the reason as a code. Its status is that
    of the parameters that decided it (an income limit that is a schatting makes the 'no' a schatting too)."""
    sleutel = (naam, artikel, reden, berekend, id(spoor.params), tuple(spoor.gebruikt), tuple(spoor.regelversies))
    bewaard = _niet.get(sleutel)
    if bewaard is not None and bewaard[0] is spoor.params:  # the same set, never a reused id
        return bewaard[1]
    uit = Regel(
        naam=naam, bedrag=NUL, regel=artikel, bron=artikel, geldig_vanaf=spoor.params.geldig_vanaf,
        van_toepassing=False, berekend=berekend, reden=reden, status=spoor.status,
    )
    if len(_niet) >= UITLEG_ONTHOUDEN:
        _niet.clear()
    _niet[sleutel] = (spoor.params, uit)
    return uit
