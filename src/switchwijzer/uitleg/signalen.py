"""The engine's signals as B1 sentences for one reader (texts in `content/teksten/signalen.toml`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from babel.lists import format_list

from switchwijzer import i18n
from switchwijzer.engine.uitkomst import Signaal, Uitkomst
from switchwijzer.i18n import datum, geld, getal
from switchwijzer.uitleg.namen import instantie_naam, regel_naam, uitkering_naam
from switchwijzer.uitleg.teksten import Zin, lees_toml, zin

_AANTALLEN = frozenset({"maand", "vanaf_maand", "tot_en_met_maand", "uren", "procent", "maanden"})


def signaal_teksten() -> dict[str, dict[str, Any]]:
    return lees_toml("teksten/signalen.toml")


def _waarde(sleutel: str, waarde: object) -> str:
    if waarde is None:
        return "…"
    if isinstance(waarde, list):
        namen = [regel_naam(n).lower() for n in waarde]
        return format_list(namen, locale="nl_NL" if i18n.taal() == "nl" else "en_GB")
    if sleutel == "uitkering":
        return uitkering_naam(str(waarde))
    if sleutel == "instantie":
        return instantie_naam(str(waarde))
    if isinstance(waarde, date):
        return datum(waarde)
    if sleutel in _AANTALLEN:
        return getal(Decimal(str(waarde)))
    if isinstance(waarde, Decimal | float):
        return geld(Decimal(str(waarde)))
    return str(waarde)


def signaal_tekst(signaal: Signaal) -> Zin | None:
    """The B1 sentence for one signal; a code without text is a bug (a test checks every code)."""
    teksten = signaal_teksten()
    if signaal.code not in teksten:
        return None
    invul = {k: _waarde(k, v) for k, v in signaal.gegevens.items()}
    return zin({k: v for k, v in teksten[signaal.code].items() if k != "groep"}, **invul)


def groep(code: str) -> str:
    return str(signaal_teksten().get(code, {}).get("groep", "geld"))


def in_groep(uitkomst: Uitkomst, *groepen: str) -> list[Zin]:
    """The sentences for the signals in these groups, in the engine's order, without doubles."""
    uit: list[Zin] = []
    for signaal in uitkomst.signalen:
        if groep(signaal.code) in groepen:
            tekst = signaal_tekst(signaal)
            if tekst is not None and tekst not in uit:
                uit.append(tekst)
    return uit
