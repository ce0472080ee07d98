"""The one place that knows the language: gettext catalogs from `locale/` and babel formatting for nl_NL.

Amounts are rounded by the engine before they get here; babel rounds half-even, so never let
formatting do the rounding.
"""

from __future__ import annotations

import gettext as _gettext
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from switchwijzer.paths import locale_dir

DOMAIN = "switchwijzer"
TALEN = ("nl", "en")
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_taal = "nl"


@cache
def _vertaling(taal: str) -> _gettext.NullTranslations:
    return _gettext.translation(DOMAIN, localedir=locale_dir(), languages=[taal], fallback=True)


def zet_taal(taal: str) -> None:
    global _taal
    if taal not in TALEN:
        raise ValueError(f"onbekende taal: {taal}")
    _taal = taal


def taal() -> str:
    return _taal


def _(bericht: str) -> str:
    return _vertaling(_taal).gettext(bericht)


def ngettext(enkelvoud: str, meervoud: str, n: int) -> str:
    return _vertaling(_taal).ngettext(enkelvoud, meervoud, n)


def geld(bedrag: Decimal, centen: bool = False) -> str:
    """`€ 1.234` in plain text, `€ 1.234,50` with cents (for the budgetcoach)."""
    if centen:
        afgerond = bedrag.quantize(Decimal("0.01"), ROUND_HALF_UP)
        return format_currency(afgerond, "EUR", locale=_LOCALES["nl"])
    afgerond = bedrag.quantize(Decimal("1"), ROUND_HALF_UP)
    return format_currency(afgerond, "EUR", locale=_LOCALES["nl"], format="¤\xa0#,##0", currency_digits=False)


def getal(waarde: Decimal) -> str:
    return format_decimal(waarde, locale=_LOCALES["nl"])


def datum(dag: date) -> str:
    """`1 januari 2027` in Dutch, `1 January 2027` in English."""
    return format_date(dag, format="long", locale=_LOCALES[_taal])
