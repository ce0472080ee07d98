"""Dutch messages for input that does not pass validation, one per wrong field; outside text made visible."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

MAX_VELDNAAM = 60

_BERICHTEN = {
    "missing": "dit veld ontbreekt",
    "extra_forbidden": "dit veld kennen we niet",
    "int_parsing": "dit moet een heel getal zijn",
    "int_type": "dit moet een heel getal zijn, zonder aanhalingstekens, zoals 30",
    "int_from_float": "dit moet een heel getal zijn",
    "decimal_parsing": "dit moet een getal zijn",
    "decimal_type": "dit moet een getal zijn",
    "decimal_max_places": "gebruik hoogstens 2 cijfers achter de komma",
    "bool_parsing": "dit moet true of false zijn",
    "bool_type": "dit moet true of false zijn, zonder aanhalingstekens",
    "finite_number": "dit moet een gewoon getal zijn, geen NaN of Infinity",
    "date_from_datetime_parsing": "dit moet een datum zijn, zoals 2026-07-01",
    "date_parsing": "dit moet een datum zijn zonder tijd, zoals 2026-07-01",
    "date_type": "dit moet een datum zijn tussen aanhalingstekens, zoals \"2026-07-01\"",
    "json_invalid": "dit is geen geldige JSON",
    "model_type": "dit moet een object zijn, tussen { en }",
    "model_attributes_type": "dit moet een object zijn, tussen { en }",
    "list_type": "dit moet een lijst zijn, tussen [ en ]",
    "too_long": "deze lijst is te lang",
    "string_type": "dit moet tekst zijn",
    "string_too_long": "deze tekst is te lang",
}


def _grens(fout: ErrorDetails) -> str | None:
    ctx = fout.get("ctx") or {}
    soort = fout["type"]
    if soort == "greater_than_equal":
        return f"dit moet minstens {ctx.get('ge')} zijn"
    if soort == "greater_than":
        return f"dit moet meer dan {ctx.get('gt')} zijn"
    if soort == "less_than_equal":
        return f"dit mag hoogstens {ctx.get('le')} zijn"
    if soort == "less_than":
        return f"dit moet minder dan {ctx.get('lt')} zijn"
    if soort == "literal_error":
        return f"kies uit: {str(ctx.get('expected')).replace(' or ', ' of ')}"
    if soort == "value_error":
        return str(ctx.get("error", fout.get("msg")))
    return None


def zichtbaar(tekst: str) -> str:
    """Text from outside (a file name, a value from a file), safe to print or show: control characters
    (terminal escape codes, line breaks) become visible as `\\x1b`, `\\n`."""
    return "".join(teken if teken.isprintable() else repr(teken)[1:-1] for teken in tekst)


def _zonder_stuurtekens(tekst: str) -> str:
    """A key name as typed, minus control characters (no terminal escape codes), cut to a sane length."""
    schoon = "".join(teken for teken in tekst if unicodedata.category(teken)[0] != "C")
    return schoon if len(schoon) <= MAX_VELDNAAM else schoon[: MAX_VELDNAAM - 1] + "…"


def _veld(item: ErrorDetails) -> str:
    """The field's dotted path; a rule that names its own field (VeldFout) wins over the model's place."""
    eigen = getattr((item.get("ctx") or {}).get("error"), "veld", None)
    if isinstance(eigen, str) and eigen:
        return eigen
    return _zonder_stuurtekens(".".join(str(deel) for deel in item["loc"])) or "invoer"


def beschrijf_fouten(fout: ValidationError) -> list[str]:
    """One Dutch line per wrong field: `straks.uren_per_week: dit mag hoogstens 40 zijn`."""
    regels = []
    for item in fout.errors(include_url=False):
        uitleg = _grens(item) or _BERICHTEN.get(item["type"], "deze waarde klopt niet")
        regels.append(f"{_veld(item)}: {uitleg}")
    return regels
