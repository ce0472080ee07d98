"""Where the data folders are, for a regular install and for a source checkout alike.

A regular install carries `content/` and `locale/` inside the package (hatch force-include); an
editable install or a source checkout does not, so we fall back to the repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Map '{name}' niet gevonden naast {_PACKAGE}")


def content_dir() -> Path:
    return data_dir("content")


def locale_dir() -> Path:
    return data_dir("locale")
