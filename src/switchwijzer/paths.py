"""Where the data folders are, for a regular install and for a source checkout alike; and the user's own folder.

A regular install carries `content/` and `locale/` inside the package (hatch force-include); an
editable install or a source checkout does not, so we fall back to the repository root.
"""

from __future__ import annotations

import os
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


DATA_VARIABELE = "SWITCHWIJZER_DATA"


def gebruikersmap() -> Path:
    """The user's data folder (saved intakes, the error log): `SWITCHWIJZER_DATA` when that is set, else the
    system's place for it (`~/.local/share/switchwijzer` on Linux, via platformdirs)."""
    eigen = os.environ.get(DATA_VARIABELE, "").strip()
    if eigen:
        return Path(eigen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("switchwijzer", appauthor=False))
