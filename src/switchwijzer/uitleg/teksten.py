"""B1 texts kept as data in `content/`: pick the language and the form of address for a role.

A text in `content/` is a table `{nl = ..., en = ...}`; each language is one string, or a table with
`je` (the participant reads it) and `u` (a parent or budgetcoach reads it; `{wie}` / `{Wie}` become
"uw kind" / "uw cliënt"). Where a parent and a coach need different words, the table may also have
`ouder` or `coach`; those win over `u` for that role. No textual import here.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from decimal import Decimal
from typing import Any, Literal

from switchwijzer import i18n
from switchwijzer.i18n import _
from switchwijzer.paths import content_dir

Rol = Literal["deelnemer", "ouder", "coach"]
ROLLEN: tuple[Rol, ...] = ("deelnemer", "ouder", "coach")


def vorm(rol: str) -> str:
    """`je` for the participant, `u` for everyone else."""
    return "je" if rol == "deelnemer" else "u"


def wie(rol: str) -> str:
    """How the texts name the person whose money it is: "je", "uw kind", "uw cliënt"."""
    if rol == "ouder":
        return _("your child")
    if rol == "coach":
        return _("your client")
    return _("you")


def kies(tekst: Any, rol: str, taal: str | None = None, **waarden: object) -> str:
    """Resolve a content text for the role and language, then fill in `{wie}` and the given values."""
    if tekst is None:
        return ""
    taal = taal or i18n.taal()
    if isinstance(tekst, dict):
        gekozen = tekst.get(taal, tekst.get("nl", ""))
        if isinstance(gekozen, dict):
            gekozen = gekozen.get(rol, gekozen.get(vorm(rol), gekozen.get("je", "")))
    else:
        gekozen = str(tekst)
    persoon = wie(rol)
    return gekozen.format_map(_Invullen(wie=persoon, Wie=persoon[:1].upper() + persoon[1:], **waarden))


class _Invullen(dict):
    def __missing__(self, sleutel: str) -> str:
        return "{" + sleutel + "}"


@cache
def lees_toml(relatief: str) -> dict[str, Any]:
    pad: Path = content_dir() / relatief
    with pad.open("rb") as bestand:
        return tomllib.load(bestand)


def alle_varianten(tekst: Any, taal: str = "nl") -> list[str]:
    """Every variant of a content text in one language (for the B1 and completeness tests)."""
    if tekst is None:
        return []
    if isinstance(tekst, dict):
        gekozen = tekst.get(taal)
        if gekozen is None:
            return []
        if isinstance(gekozen, dict):
            return [str(v) for v in gekozen.values()]
        return [str(gekozen)]
    return [str(tekst)]


def tekst(sleutel: str, rol: str, **waarden: object) -> str:
    """A role-dependent B1 text from `content/teksten/uitleg.toml`."""
    return kies(lees_toml("teksten/uitleg.toml")[sleutel], rol, **waarden)


def kan_nog(voorwaarde: dict[str, Any], velden: dict[str, Any]) -> bool:
    """True when the condition may still hold: it holds on every field already known."""
    bekend = {pad: eis for pad, eis in voorwaarde.items() if pad in velden or (isinstance(eis, dict) and eis.get("ontbreekt"))}
    return voldoet(bekend, velden)


def voldoet(voorwaarde: dict[str, Any], velden: dict[str, Any]) -> bool:
    """True when every condition holds on the given fields (a missing field fails).

    A condition is a value (equal), a list (one of), a table with `min` and/or `max`, or
    `{ ontbreekt = true }`: no earlier answer has set the field (it is not yet known), or
    `{ leeg = true }`: the field is set but empty (no ages typed).
    """
    for pad, eis in voorwaarde.items():
        if isinstance(eis, dict) and eis.get("ontbreekt"):
            if pad in velden:
                return False
            continue
        if pad not in velden:
            return False
        waarde = velden[pad]
        if isinstance(eis, dict) and "leeg" in eis:
            if (waarde in (None, "") or waarde == []) != eis["leeg"]:
                return False
            continue
        if isinstance(eis, list):
            if waarde not in eis and not (waarde is None and "" in eis):
                return False
        elif isinstance(eis, dict):
            if waarde is None:
                return False
            if "min" in eis and Decimal(str(waarde)) < Decimal(str(eis["min"])):
                return False
            if "max" in eis and Decimal(str(waarde)) > Decimal(str(eis["max"])):
                return False
        elif waarde != eis:
            return False
    return True


def plat(model: Any, voorvoegsel: str = "") -> dict[str, Any]:
    """A nested pydantic model or dict as dotted paths: {"nu.uitkering": "bijstand", ...}."""
    data = model.model_dump() if hasattr(model, "model_dump") else model
    uit: dict[str, Any] = {}
    for sleutel, waarde in data.items():
        pad = f"{voorvoegsel}{sleutel}"
        if isinstance(waarde, dict):
            uit.update(plat(waarde, pad + "."))
        else:
            uit[pad] = waarde
    return uit
