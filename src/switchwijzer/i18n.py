"""The one place that knows the language: gettext catalogs from `locale/` and babel formatting.

Amounts are rounded by the engine before they get here; babel rounds half-even, so never let
formatting do the rounding. Money, numbers and dates follow the interface language: `€ 1.234` and
`1 maart 2027` in Dutch, `€1,234` and `1 March 2027` in English. Typed numbers are read the Dutch way in both.

msgid style: the msgid is the English text, the `nl` catalog holds the Dutch (primary) text and the
`en` catalog repeats the English. Placeholders are named (`{bedrag}`), never positional.
This module never imports textual, so `switchwijzer bereken --tekst` stays light. Babel is loaded by the first
function that formats or reads a number or a date: the wizard's first screen shows none, so it starts sooner.
"""

from __future__ import annotations

import gettext as _gettext
import re
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import Literal, get_args

from switchwijzer.paths import locale_dir

DOMAIN = "switchwijzer"
Taal = Literal["nl", "en"]
TALEN: tuple[Taal, ...] = get_args(Taal)
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
GELD_LOCALE = "nl_NL"

_taal: Taal = "nl"


@cache
def _vertaling(taal: str) -> _gettext.NullTranslations:
    # No fallback: a missing catalog must never turn a Dutch screen English without a word
    # (`installatie.controleer` names the missing file before anything is shown).
    return _gettext.translation(DOMAIN, localedir=locale_dir(), languages=[taal])


def zet_taal(taal: str) -> None:
    global _taal
    bekend = next((t for t in TALEN if t == taal), None)
    if bekend is None:
        raise ValueError(f"onbekende taal: {taal}")
    _taal = bekend


def taal() -> Taal:
    return _taal


def _(bericht: str) -> str:
    return _vertaling(_taal).gettext(bericht)


def ngettext(enkelvoud: str, meervoud: str, n: int) -> str:
    return _vertaling(_taal).ngettext(enkelvoud, meervoud, n)


def pgettext(context: str, bericht: str) -> str:
    return _vertaling(_taal).pgettext(context, bericht)


def N_(bericht: str) -> str:
    """Mark a string for extraction without translating it yet (translate with `_` when shown)."""
    return bericht


def _weergave() -> str:
    """The locale amounts are shown in: Dutch (`€ 1.234,50`) or English (`€1,234.50`). Typed numbers are always
    read the Dutch way (`lees_getal`), as the help texts say in both languages."""
    return _LOCALES[_taal]


def geld(bedrag: Decimal | int | float, centen: bool = False) -> str:
    """`€ 1.234` in plain text, `€ 1.234,50` with cents (for the budgetcoach)."""
    from babel.numbers import format_currency
    bedrag = Decimal(str(bedrag))
    afgerond = bedrag.quantize(Decimal("0.01" if centen else "1"), ROUND_HALF_UP)
    if afgerond == 0:
        afgerond = afgerond.copy_abs()  # no "€ -0" or "€ -0,00" for an amount that rounds to nothing
    if centen:
        return format_currency(afgerond, "EUR", locale=_weergave())
    patroon = "¤\xa0#,##0;¤\xa0-#,##0" if _taal == "nl" else "¤#,##0"  # "€ -22", as with cents
    return format_currency(afgerond, "EUR", locale=_weergave(), format=patroon, currency_digits=False)


def getal(waarde: Decimal | int | float) -> str:
    from babel.numbers import format_decimal
    return format_decimal(Decimal(str(waarde)), locale=_weergave())


def als_invoer(waarde: Decimal | int) -> str:
    """A number as a person would type it, in both languages the Dutch way (`13,5`, `1.234,5`), because that is
    how `lees_getal` reads typed numbers: the text the wizard puts back in a field must read as the same number."""
    from babel.numbers import format_decimal
    return format_decimal(Decimal(waarde), locale=GELD_LOCALE, decimal_quantization=False)


def uren_getal(waarde: Decimal | int | float, vanaf: bool = False) -> str:
    """Hours as people say them: whole or half hours ("25", "25,5"), never "25,1". Worked-out hours (where the
    uitkering stops) are rounded to the nearest half hour; with `vanaf` ("from 25 hours") up to the next half hour,
    so the sentence stays true (the uitkering stops at 24,7 hours: "vanaf 25 uur"). Hours a person typed are
    shown as typed (`getal`)."""
    halve = Decimal(str(waarde)) * 2
    afgerond = halve.to_integral_value(rounding=ROUND_CEILING if vanaf else ROUND_HALF_UP) / 2
    return getal(afgerond.normalize() if afgerond != afgerond.to_integral_value() else afgerond.quantize(Decimal(1)))


def procent(waarde: Decimal | int | float) -> str:
    """`12,5 %` (a percentage given as 12.5, not 0.125)."""
    from babel.numbers import format_decimal
    afgerond = Decimal(str(waarde)).quantize(Decimal("0.1"), ROUND_HALF_UP).normalize()
    return f"{format_decimal(afgerond, locale=_weergave())}\xa0%"


def datum(dag: date) -> str:
    """`1 januari 2027` in Dutch, `1 January 2027` in English."""
    from babel.dates import format_date
    return format_date(dag, format="long", locale=_LOCALES[_taal])


class Invoerfout(ValueError):
    """Input a person typed that we cannot use; the message is B1 text in the current language."""


_GETAL_TEKENS = re.compile(r"^[0-9.,\s]+$")
MAX_GETAL_TEKENS = 30
"""A typed number longer than this is not an amount, an age or hours (the largest is about `1.000.000,00`); it is
refused before it is read, so a pasted page of digits never reaches the parser."""


def lees_getal(tekst: str, geheel: bool = False) -> Decimal:
    """Read a number the Dutch way: `12,5`, `1.234,50`, `€ 1.234`, `650`. Raise Invoerfout otherwise; the
    messages give an example of the kind asked for (`12` when only whole numbers fit)."""
    from babel.numbers import NumberFormatError, parse_decimal
    voorbeeld, groot = ("12", "1.234") if geheel else ("12,5", "1.234,50")
    schoon = tekst.strip().replace("€", "").replace("\xa0", " ").strip()
    if schoon.startswith("-"):
        raise Invoerfout(_("Type a number without a minus sign."))
    schoon = schoon.removesuffix(",-").removesuffix(",=").strip()
    if len(schoon) > MAX_GETAL_TEKENS:
        raise Invoerfout(_("This number is too long. Type it like this: {voorbeeld}.").format(voorbeeld=groot))
    if not schoon:
        raise Invoerfout(_("Type a number, for example {voorbeeld}.").format(voorbeeld=voorbeeld))
    if not _GETAL_TEKENS.match(schoon):
        raise Invoerfout(_("Use only digits, for example {voorbeeld}.").format(voorbeeld=voorbeeld))
    schoon = schoon.replace(" ", "")
    # "12.5" is not a Dutch number; "1.234" is one thousand two hundred thirty-four.
    if "," not in schoon and re.fullmatch(r"\d+\.\d{1,2}", schoon):
        if geheel:
            raise Invoerfout(_("Type a whole number, without a comma."))
        raise Invoerfout(_("Use a comma for part of a number, for example 12,5."))
    try:
        waarde = parse_decimal(schoon, locale=GELD_LOCALE, strict=True)
    except (NumberFormatError, InvalidOperation):
        raise Invoerfout(
            _("We cannot read this number. Type it like this: {voorbeeld}.").format(voorbeeld=groot)
        ) from None
    return waarde


def maand_jaar(dag: date) -> str:
    """`maart 2027` in Dutch, `March 2027` in English."""
    from babel.dates import format_date
    return format_date(dag, format="MMMM y", locale=_LOCALES[_taal])


def _datumtekst(tekst: str) -> str:
    """Typed date text, ready to match: lower case, a dot after a month name removed (`mrt.` is `mrt`, as babel's
    own Dutch abbreviations are written), and `/` or `.` between digits read as `-`."""
    schoon = re.sub(r"(?<=[^\W\d_])\.", " ", tekst.strip().lower())
    return " ".join(schoon.split()).replace("/", "-").replace(".", "-")


def lees_maand(tekst: str) -> date:
    """Read a month and year: `maart 2027`, `mrt. 2027`, `3-2027`, `03/2027`, or a whole date (its month)."""
    schoon = _datumtekst(tekst)
    gevonden = re.fullmatch(r"(\d{1,2})-(\d{4})", schoon)
    if gevonden:
        maand, jaar = int(gevonden.group(1)), int(gevonden.group(2))
    else:
        gevonden = re.fullmatch(r"([a-z]+)\s+(\d{4})", schoon)
        if not gevonden:
            try:
                dag = lees_datum(tekst)
            except Invoerfout:
                raise Invoerfout(_("Type the month and the year, for example: March 2027.")) from None
            return dag.replace(day=1)
        maand_nummer = _maandnummer(gevonden.group(1))
        if maand_nummer is None:
            raise Invoerfout(_("We do not know this month. Type it like this: March 2027.")) from None
        maand, jaar = maand_nummer, int(gevonden.group(2))
    if not 1 <= maand <= 12:
        raise Invoerfout(_("A month is a number from 1 to 12. Type it like this: 3-2027."))
    return date(jaar, maand, 1)


def lees_datum(tekst: str) -> date:
    """Read a Dutch date: `1-3-2027`, `01-03-2027`, `1 maart 2027`, `1 mrt. 2027` (English month names also work)."""
    schoon = _datumtekst(tekst)
    gevonden = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", schoon)
    if gevonden:
        dag, maand, jaar = (int(x) for x in gevonden.groups())
    else:
        gevonden = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", schoon)
        if not gevonden:
            raise Invoerfout(_("Type the date like this: 1-3-2027."))
        dag, naam, jaar = int(gevonden.group(1)), gevonden.group(2), int(gevonden.group(3))
        nummer = _maandnummer(naam)
        if nummer is None:
            raise Invoerfout(_("We do not know this month. Type the date like this: 1-3-2027."))
        maand = nummer
    try:
        return date(jaar, maand, dag)
    except ValueError:
        raise Invoerfout(_("This date does not exist. Type the date like this: 1-3-2027.")) from None


def _maandnummer(naam: str) -> int | None:
    from babel.dates import get_month_names
    for locale in ("nl_NL", "en_GB"):
        for breedte in ("wide", "abbreviated"):
            for nummer, maandnaam in get_month_names(breedte, locale=locale).items():
                if maandnaam.lower().rstrip(".") == naam.rstrip("."):
                    return int(nummer)
    return None
