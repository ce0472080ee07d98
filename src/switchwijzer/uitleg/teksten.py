"""B1 texts kept as data in `content/`, and how they become one reader's words.

A text in `content/` is a table `{nl = ..., en = ...}`; each language is one string, or a table with
`je` (the participant reads it) and `u` (a parent or budgetcoach reads it; `{wie}` / `{Wie}` become
"uw kind" / "uw cliënt"). Where a parent and a coach need different words, the table may also have
`ouder` or `coach`; those win over `u` for that role. No textual import here.

The answer is built without a reader: its sentences are `Zin`s (a content text and the values to fill in), and a
value that differs per reader in more than words is a `Keuze`. `Woorden.zeg` turns the whole answer into one
reader's words at once, so no sentence asks who reads, and the reader travels no further than that one call.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from switchwijzer import i18n
from switchwijzer.i18n import _
from switchwijzer.lezer import Lezer
from switchwijzer.paths import content_dir

T = TypeVar("T")


def ongezegd(soort: Callable[..., T], *args: object, **velden: object) -> T:
    """`soort(*args, **velden)` built before anyone reads it: where its fields say `str`, the values may still be
    `Zin`s and `Keuze`s, which `Woorden.zeg` says in one reader's words before a renderer gets them. The one place
    that tells the type checker so, instead of an ignore on every field."""
    return soort(*args, **velden)


@dataclass(frozen=True)
class Zin:
    """A text not yet in anyone's words: a content table (or a plain template) and the values to fill in, which may
    be `Zin`s and `Keuze`s themselves. Equal when the text and the values are equal (a sentence said twice is one)."""

    tekst: Any
    waarden: tuple[tuple[str, object], ...] = ()

    def __hash__(self) -> int:
        return hash((repr(self.tekst), self.waarden))


def zin(tekst: Any, **waarden: object) -> Zin:
    return Zin(tekst, tuple(waarden.items()))


def uit(bestand: str, sleutel: str, **waarden: object) -> Zin:
    """Text `sleutel` of `content/teksten/<bestand>.toml`."""
    return zin(lees_toml(f"teksten/{bestand}.toml")[sleutel], **waarden)


def uitleg(sleutel: str, **waarden: object) -> Zin:
    """A text of `content/teksten/uitleg.toml` (the answer's titles and its first sentences)."""
    return uit("uitleg", sleutel, **waarden)


def antwoord(sleutel: str, **waarden: object) -> Zin:
    """A text of `content/teksten/antwoord.toml` (the months, the costs, the hours, the new year)."""
    return uit("antwoord", sleutel, **waarden)


def samen(scheiding: str, delen: Any) -> Zin:
    """Texts one after the other ("; ", " "), each in the reader's words."""
    delen = list(delen)
    return zin(scheiding.join(f"{{d{i}}}" for i in range(len(delen))), **{f"d{i}": d for i, d in enumerate(delen)})


def voor_iedereen(tekst: Any, **waarden: object) -> str:
    """A text that is the same for every reader (a name): said now, so it can be changed as a string."""
    gekozen = tekst.get(i18n.taal(), tekst.get("nl", "")) if isinstance(tekst, dict) else str(tekst)
    if isinstance(gekozen, dict):
        raise ValueError(f"tekst met varianten per lezer: {gekozen}")
    return str(gekozen).format_map(_Invullen(**waarden))


@dataclass(frozen=True)
class Keuze:
    """A value that differs per reader in more than its words: chosen by the first of the reader's variants it has
    (`deelnemer`, `ouder`, `coach`; `je`, `u`; `centen` or `euros`: amounts with cents or in whole euros)."""

    per: tuple[tuple[str, object], ...]

    def __hash__(self) -> int:
        return hash(repr(self.per))


def keuze(**per: object) -> Keuze:
    return Keuze(tuple(per.items()))


def per_centen(centen: object, euros: object) -> Keuze:
    """The budgetcoach sees cents (and the exact difference); the others whole euros."""
    return keuze(centen=centen, euros=euros)


@dataclass(frozen=True)
class Woorden:
    """Every text in one reader's words, chosen once from the `Lezer` (`woorden(lezer)`): the variant of a content
    text for the reader's role, "{wie}" as "je", "uw kind" or "uw cliënt", and whether amounts have cents."""

    varianten: tuple[str, ...]
    """The keys of a content table for this reader, best first (see `Lezer.varianten`)."""
    wie_id: str
    """The person whose money it is, as a msgid ("your child")."""
    centen: bool
    """Amounts with cents, and the rules, parameters and sources behind them (the budgetcoach)."""

    @property
    def wie(self) -> str:
        return _(self.wie_id)

    def kies(self, tekst: Any, taal: str | None = None, **waarden: object) -> str:
        """A content text in this reader's words and the language, with `{wie}` and the given values filled in."""
        if tekst is None:
            return ""
        taal = taal or i18n.taal()
        if isinstance(tekst, dict):
            gekozen = tekst.get(taal, tekst.get("nl", ""))
            if isinstance(gekozen, dict):
                gekozen = next((gekozen[v] for v in self.varianten if v in gekozen), gekozen.get("je", ""))
        else:
            gekozen = str(tekst)
        persoon = self.wie
        return str(gekozen).format_map(_Invullen(wie=persoon, Wie=persoon[:1].upper() + persoon[1:], **waarden))

    def uit(self, bestand: str, sleutel: str, **waarden: object) -> str:
        """Text `sleutel` of `content/teksten/<bestand>.toml`, in these words."""
        return str(self.zeg(uit(bestand, sleutel, **waarden)))

    def zeg(self, waarde: Any) -> Any:
        """`waarde` with every `Zin` in it said in these words and every `Keuze` made: a text, a tuple or list, a
        mapping, or a dataclass (its fields); anything else as it is."""
        if isinstance(waarde, Zin):
            return self.kies(waarde.tekst, **{k: self.zeg(v) for k, v in waarde.waarden})
        if isinstance(waarde, Keuze):
            per = dict(waarde.per)
            return self.zeg(next(per[v] for v in (*self.varianten, "centen" if self.centen else "euros") if v in per))
        if isinstance(waarde, tuple | list):
            return type(waarde)(self.zeg(w) for w in waarde)
        if isinstance(waarde, Mapping):
            return {k: self.zeg(v) for k, v in waarde.items()}
        if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type) and not isinstance(waarde, Woorden):
            return dataclasses.replace(waarde, **{
                f.name: self.zeg(getattr(waarde, f.name)) for f in dataclasses.fields(waarde) if f.init})
        return waarde


@cache
def woorden(lezer: Lezer) -> Woorden:
    """The words for this reader: the one place where the role becomes words."""
    return Woorden(lezer.varianten, lezer.wie, lezer.centen)


class _Invullen(dict[str, object]):
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


def kan_nog(voorwaarde: dict[str, Any], velden: dict[str, Any]) -> bool:
    """True when the condition may still hold: it holds on every field already known."""
    bekend = {
        pad: eis for pad, eis in voorwaarde.items() if pad in velden or (isinstance(eis, dict) and eis.get("ontbreekt"))
    }
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
