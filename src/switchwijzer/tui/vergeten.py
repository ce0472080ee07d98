"""What a visitor leaves in memory besides their screens, forgotten when the wizard starts again.

Two kinds: the remembered results of the engine and of the answer (amounts and situations of this visitor), and
the drawing caches of Textual and Rich (the widths of this visitor's texts, the regions of their screens). All are
bounded, but the drawing caches fill slowly with every new visitor's texts: a kiosk with other visitors grew by
about 1,8 MB over 450 visitors before they were emptied here (benchmarks/soak.py --verschillend). Emptied at each
start again, a kiosk that runs for weeks stays the same size, and the next visitor finds nothing of the last one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

from switchwijzer.engine.bereken import vergeet_reeksen
from switchwijzer.uitleg.antwoorden import vergeet_huren

GEHEUGEN_TERUG_NA = 5.0
"""Seconds after the start again before the freed memory goes back to the system: by then Textual has let go of
the last visitor's screens (it does a moment after they are removed)."""

TEKENBIBLIOTHEKEN = ("textual", "rich")
"""The packages whose memoized functions (functools.lru_cache) hold what the last screens drew."""


def tekencaches() -> list[Any]:
    """Every functools cache in the drawing libraries' loaded modules: on functions and on methods of their
    classes (Textual caches Region arithmetic per instance method). Each once, however often it is imported."""
    gezien: dict[int, Any] = {}
    for naam, module in list(sys.modules.items()):
        if naam.partition(".")[0] in TEKENBIBLIOTHEKEN and module is not None:
            for ding in _caches_in(vars(module).values()):
                gezien.setdefault(id(ding), ding)
    return list(gezien.values())


def _caches_in(waarden: Any) -> Iterator[Any]:
    for waarde in list(waarden):
        if _is_cache(waarde):
            yield waarde
        elif isinstance(waarde, type):
            for lid in list(vars(waarde).values()):
                functie = getattr(lid, "__func__", lid)
                if _is_cache(functie):
                    yield functie


def _is_cache(ding: object) -> bool:
    return callable(getattr(ding, "cache_clear", None)) and callable(getattr(ding, "cache_info", None))


def vergeet_bezoeker() -> None:
    """Empty every remembered result and drawing cache (only memoization: nothing is computed differently)."""
    vergeet_reeksen()
    vergeet_huren()
    for teken_cache in tekencaches():
        teken_cache.cache_clear()


def geef_geheugen_terug() -> bool:
    """Collect the last visitor's objects and give the memory the C allocator keeps free back to the system.

    glibc's malloc keeps freed memory for later use; over hundreds of visitors, each allocating in other places,
    that free memory grows in steps (a kiosk at 96,5 MB gave 3 MB back after 40 visitors). `malloc_trim` is
    glibc's own call for a long-running process to return it. Returns whether it could be called (not on other
    C libraries or systems, where this only collects)."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@cache
def _malloc_trim() -> Any:
    naam = ctypes.util.find_library("c")
    if naam is None:
        return None
    try:
        return getattr(ctypes.CDLL(naam), "malloc_trim", None)
    except OSError:
        return None
