"""Check one typed answer against its question and turn it into a value, with B1 messages."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from switchwijzer.i18n import Invoerfout, _, als_invoer, geld, getal, lees_datum, lees_getal, lees_maand, maand_jaar
from switchwijzer.uitleg.teksten import Woorden
from switchwijzer.uitleg.vragenlijst import Vraag


def lees(vraag: Vraag, tekst: str, w: Woorden, vandaag: date | None = None) -> Decimal | date | list[int] | str | None:
    """The value for a typed answer; raises Invoerfout with a message the person can act on."""
    if vraag.soort == "maand":
        return _lees_startmaand(tekst, vandaag or date.today())
    if vraag.soort == "getal":
        return _lees_getal(vraag, tekst, w)
    if vraag.soort == "datum":
        return lees_datum(tekst)
    if vraag.soort == "leeftijden":
        return _lees_leeftijden(vraag, tekst, w)
    if vraag.soort == "tekst":
        schoon = " ".join(tekst.split())
        if len(schoon) > vraag.max_lengte:
            raise Invoerfout(_("This is too long. Type at most {n} letters.").format(n=vraag.max_lengte))
        return schoon or None
    raise Invoerfout(_("Choose one of the answers."))


def _lees_getal(vraag: Vraag, tekst: str, w: Woorden) -> Decimal:
    waarde = lees_getal(tekst, geheel=vraag.geheel)
    if vraag.geheel and waarde != waarde.to_integral_value():
        raise Invoerfout(_("Type a whole number, without a comma."))
    if waarde.as_tuple().exponent < -2:  # type: ignore[operator]  # lees_getal gives finite numbers: an int exponent
        raise Invoerfout(_("Type at most two digits after the comma."))
    toon = geld if vraag.geld else getal
    if vraag.min is not None and waarde < vraag.min:
        eigen = w.kies(vraag.fout_min)
        raise Invoerfout(eigen or _("Type at least {min}.").format(min=toon(vraag.min)))
    if vraag.max is not None and waarde > vraag.max:
        eigen = w.kies(vraag.fout_max)
        raise Invoerfout(eigen or _("Type at most {max}.").format(max=toon(vraag.max)))
    return waarde


def _lees_startmaand(tekst: str, vandaag: date) -> date:
    """A month from this one up to the last month we compute (36 months ahead; after the last known rules the
    amounts are estimates, and the answer says so)."""
    from switchwijzer.engine.parameters import horizon

    maand = lees_maand(tekst)
    if maand < vandaag.replace(day=1):
        raise Invoerfout(_("That month has passed. Has the work already started? Then go back one question."))
    laatste = horizon(vandaag)
    if maand > laatste:
        raise Invoerfout(_("That is too far ahead. Choose a month up to {maand}.").format(maand=maand_jaar(laatste)))
    return maand


_CIJFERS = re.compile(r"[0-9]+")


def _lees_leeftijden(vraag: Vraag, tekst: str, w: Woorden) -> list[int]:
    delen = [d for d in re.split(r"[,;\s]+|\ben\b|\band\b", tekst.strip()) if d]
    leeftijden: list[int] = []
    for deel in delen:
        if not _CIJFERS.fullmatch(deel):  # only 0-9: "²" and other digits would not read as an age
            raise Invoerfout(_("Type only ages in numbers, for example: 4, 9."))
        if len(deel) > 3 or (vraag.max is not None and int(deel) > vraag.max):  # never parse a page of digits
            raise Invoerfout(w.kies(vraag.fout_max) or _("This age is too high."))
        leeftijden.append(int(deel))
    if len(leeftijden) > 12:
        raise Invoerfout(_("Type at most 12 children."))
    return leeftijden


def als_tekst(vraag: Vraag, waarde: object) -> str:
    """A stored value back as the text a person would type (to refill a field)."""
    if waarde is None:
        return ""
    if isinstance(waarde, Decimal):
        return als_invoer(waarde)
    if isinstance(waarde, date) and vraag.soort == "maand":
        return f"{waarde.month}-{waarde.year}"
    if isinstance(waarde, date):
        return f"{waarde.day}-{waarde.month}-{waarde.year}"
    if isinstance(waarde, list):
        return ", ".join(str(x) for x in waarde)
    return str(waarde)
