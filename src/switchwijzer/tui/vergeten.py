"""What a visitor leaves in memory besides their screens, forgotten when the wizard starts again.

Two kinds: the remembered results of the engine and of the answer (amounts and situations of this visitor), and
the drawing caches of Textual and Rich (the widths of this visitor's texts, the regions of their screens). All are
bounded, but the drawing caches fill slowly with every new visitor's texts: a kiosk with other visitors grew by
about 1,8 MB over 450 visitors before they were emptied here (benchmarks/soak.py --verschillend). Emptied at each
start again, a kiosk that runs for weeks stays the same size, and the next visitor finds nothing of the last one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from switchwijzer.engine.bereken import vergeet_reeksen
from switchwijzer.uitleg.antwoorden import vergeet_huren

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
    for cache in tekencaches():
        cache.cache_clear()
