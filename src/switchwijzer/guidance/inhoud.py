"""Load the guidance content from `content/guidance/*.toml` once, validated by pydantic."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter

from switchwijzer.guidance.model import Gemeente, InhoudItem
from switchwijzer.paths import content_dir

GEMEENTEN_BESTAND = "gemeenten.toml"


def map_() -> Path:
    return content_dir() / "guidance"


def items_uit(pad: Path) -> list[InhoudItem]:
    """The items of one file (the install check reads a file alone to name the one that is wrong)."""
    data = tomllib.loads(pad.read_text(encoding="utf-8"))
    return TypeAdapter(list[InhoudItem]).validate_python(data.get("item", []))


def item_bestanden() -> list[Path]:
    return [pad for pad in sorted(map_().glob("*.toml")) if pad.name != GEMEENTEN_BESTAND]


@cache
def items() -> tuple[InhoudItem, ...]:
    """All items of all files except the gemeenten list, in file order; ids must be unique."""
    gelezen: list[InhoudItem] = []
    for pad in item_bestanden():
        gelezen.extend(items_uit(pad))
    ids = [item.id for item in gelezen]
    dubbel = {i for i in ids if ids.count(i) > 1}
    if dubbel:
        raise ValueError(f"dubbele guidance-id's: {sorted(dubbel)}")
    return tuple(gelezen)


@cache
def gemeenten() -> tuple[Gemeente, ...]:
    data = tomllib.loads((map_() / GEMEENTEN_BESTAND).read_text(encoding="utf-8"))
    return tuple(TypeAdapter(list[Gemeente]).validate_python(data["gemeente"]))
