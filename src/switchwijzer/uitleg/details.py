"""For the budgetcoach: the rule, the source and every parameter behind one line, in words and Dutch numbers."""

from __future__ import annotations

import re
from decimal import Decimal

from switchwijzer.engine.uitkomst import GebruiktParameter, Regel
from switchwijzer.i18n import _, datum, getal
from switchwijzer.uitleg.antwoord import status_achter
from switchwijzer.uitleg.eenheden import eenheid_tekst
from switchwijzer.uitleg.geld import bedrag_of_streep, reden_tekst
from switchwijzer.uitleg.namen import onderdeel_naam
from switchwijzer.uitleg.teksten import Woorden

_GETAL = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
GEEN_GRENS = Decimal(999_999_999)
"""A table's open end, written as a very large number in the data."""


def _getal(tekst: str) -> str:
    waarde = Decimal(tekst)
    return _("no limit") if waarde >= GEEN_GRENS else getal(waarde)


def waarde_tekst(parameter: GebruiktParameter) -> str:
    """`16: 5,17, 21: 14,99`: the value as the coach reads it, with Dutch decimals."""
    if isinstance(parameter.waarde, Decimal):
        return _getal(str(parameter.waarde))
    return _GETAL.sub(lambda gevonden: _getal(gevonden.group()), parameter.waarde)


def details(regel: Regel | None, w: Woorden) -> list[str]:
    """The rule, its source and every parameter behind one line (what the budgetcoach reads under it)."""
    if regel is None:
        return []
    uit = [_("Rule: {regel}").format(regel=regel.regel)]
    if regel.parameters or regel.regelversies:
        # each number below names its own source; the rule's source is those sources joined, so not repeated
        uit.append(
            _("Rules valid from {datum}; the source of each number is behind it.").format(
                datum=datum(regel.geldig_vanaf)
            )
        )
    else:
        uit.append(_("Source: {bron} (valid from {datum})").format(bron=regel.bron, datum=datum(regel.geldig_vanaf)))
    if regel.status != "vastgesteld":
        uit.append(w.zeg(status_achter(regel.status)).strip("()").capitalize())
    uit += [
        f"· {p.pad} = {waarde_tekst(p)} {eenheid_tekst(p.eenheid)} ({p.bron}, {datum(p.geldig_vanaf)}) "
        f"{w.zeg(status_achter(p.status))}".rstrip()
        for p in regel.parameters
    ]
    uit += [
        f"· {v.naam}: {v.versie} ({v.bron}, {datum(v.geldig_vanaf)}) {w.zeg(status_achter(v.status))}".rstrip()
        for v in regel.regelversies
    ]
    uit += [f"· {onderdeel_naam(o.naam)}: {bedrag_of_streep(o.bedrag, True)}" for o in regel.onderdelen]
    if regel.reden:
        uit.append(_("Reason: {reden}").format(reden=w.zeg(reden_tekst(regel.reden)) or regel.reden))
    return uit
