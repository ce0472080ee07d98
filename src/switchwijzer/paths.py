"""Where the data folders are, for a regular install and for a source checkout alike.

A regular install carries `content/` and `locale/` inside the package (hatch force-include); an
editable install or a source checkout does not, so we fall back to the repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def candidates(name: str) -> tuple[Path, Path]:
    """Where a data folder can be: inside the package (an install), or next to `src/` (a checkout)."""
    return _PACKAGE / name, _PACKAGE.parents[1] / name


@cache
def data_dir(name: str) -> Path:
    for candidate in candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Map '{name}' niet gevonden naast {_PACKAGE}")


def content_dir() -> Path:
    return data_dir("content")


def locale_dir() -> Path:
    return data_dir("locale")
