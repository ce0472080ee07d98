"""Memory over a long run. The answer screen asks Python's garbage collector to leave the objects that were there
when it came alone (`gc.freeze`, so a full collection does not hold up a press of + / −), and gives them back when
it is left: a kiosk runs for days, so nothing may stay frozen after the answer. And a visitor at the kiosk leaves
nothing behind for the next one (the long run is benchmarks/soak.py)."""

from __future__ import annotations

import gc
import platform
import weakref
from collections import Counter
from typing import Any

import pytest
from textual.widget import Widget

from switchwijzer.engine.bereken import _reeksen
from switchwijzer.tui import vergeten
from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.vergeten import geef_geheugen_terug, tekencaches, vergeet_bezoeker
from switchwijzer.uitleg.antwoorden import WEET_NIET, _met_voorzichtige_huur

from .bezoeker import bezoeker, kiosk_app, naar_het_antwoord, opnieuw_beginnen, rond_het_antwoord, uitgerust
from .test_bijwerken import ANTWOORDEN, PEILDATUM


async def test_vast_alleen_zolang_het_antwoord_voor_staat() -> None:
    gc.unfreeze()
    app = SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        app.antwoorden = Antwoorden("deelnemer", PEILDATUM, dict(ANTWOORDEN))
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        assert gc.get_freeze_count() > 0
        await pilot.press("v")  # the compare screen over it: everything can be collected again
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm) and gc.get_freeze_count() > 0
        await pilot.press("escape")  # back to the questions
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0  # the app stopped with the answer in front


GEVOLGD = 3
"""The visitor whose every widget must be gone later (the ones before warm up: imports, caches)."""
LAATSTE = 9
GROEI_PER_BEZOEKER = 250
"""Objects a visitor may add, at most, after warm-up. Before the fix a visitor left about 1 000 (each chart it
saw, with its plotext figure and lines); a kiosk that runs for weeks must not grow (benchmarks/soak.py)."""


def _widgets() -> list[Widget]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Widget)]


@pytest.mark.lang(60)
async def test_de_kiosk_houdt_niets_vast_van_een_vorige_bezoeker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Visitors at the kiosk (the walk, the answer with - + and compare, then a reset after a quiet while or with
    "Opnieuw beginnen"): every widget a visitor made is gone once later visitors came, and the number of objects
    stays flat. Counted, not timed: a busy machine only makes it slower."""
    app = kiosk_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for nummer in range(1, GEVOLGD):
            await bezoeker(pilot, nummer)
        assert await uitgerust(pilot) == 0
        # Every widget visitor GEVOLGD makes, as it is made: how many are still in memory right after the reset
        # depends on when Python frees them, so they are not looked for then.
        van_de_bezoeker: weakref.WeakSet[Widget] = weakref.WeakSet()
        maak = Widget.__init__

        def volg(widget: Widget, *args: Any, **kwargs: Any) -> None:
            maak(widget, *args, **kwargs)
            van_de_bezoeker.add(widget)

        monkeypatch.setattr(Widget, "__init__", volg)
        await bezoeker(pilot, GEVOLGD)
        monkeypatch.undo()
        gemaakt = len(van_de_bezoeker)
        assert gemaakt > 300, gemaakt  # the screens of a whole walk, the answer and the compare screen
        assert await uitgerust(pilot) == 0
        gc.collect()
        objecten = len(gc.get_objects())
        for nummer in range(GEVOLGD + 1, LAATSTE + 1):
            await bezoeker(pilot, nummer)
        assert await uitgerust(pilot) == 0, "screens of earlier visitors stay in memory"
        gc.collect()
        groei = len(gc.get_objects()) - objecten
        over = Counter(type(w).__name__ for w in van_de_bezoeker)
        toegestaan = GROEI_PER_BEZOEKER * (LAATSTE - GEVOLGD)
        assert not over and groei <= toegestaan, (
            f"still in memory from visitor {GEVOLGD}: {dict(over)}; "
            f"{groei} objects more after {LAATSTE - GEVOLGD} visitors (at most {toegestaan})"
        )


def _in_tekencaches() -> int:
    return sum(cache.cache_info().currsize for cache in tekencaches())


def test_de_tekencaches_van_textual_en_rich_worden_gevonden() -> None:
    """The caches that filled a kiosk slowly (benchmarks/soak.py) are among those emptied: the widths of texts and
    Textual's region arithmetic. If a Textual or Rich release renames them, this says so."""
    from rich.cells import cached_cell_len
    from textual.geometry import Region

    caches = tekencaches()
    assert cached_cell_len in caches
    assert Region.intersection in caches and Region.union in caches


async def test_opnieuw_beginnen_vergeet_wat_de_bezoeker_achterliet() -> None:
    """After "Opnieuw beginnen" nothing of the visitor's calculation is remembered (their amounts, their careful
    rent) and the drawing caches hold only what the first screen drew: they no longer fill up visitor by visitor."""
    app = kiosk_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await naar_het_antwoord(pilot, 7)
        await rond_het_antwoord(pilot)
        assert _reeksen
        voor = _in_tekencaches()
        await opnieuw_beginnen(pilot)
        await pilot.pause()
        na = _in_tekencaches()
        assert not _reeksen, "the engine still remembers the last visitor's hours charts"
        assert na < voor / 3, f"{voor} entries in the drawing caches on the answer, {na} on the first screen after"


def test_ook_de_voorzichtige_huur_van_de_bezoeker_wordt_vergeten() -> None:
    """"Weet ik niet" at the rent question remembers the Situatie with the careful rent (its amounts, its age)."""
    Antwoorden("deelnemer", PEILDATUM, dict(ANTWOORDEN) | {"huur": WEET_NIET}).situatie()
    assert _met_voorzichtige_huur.cache_info().currsize >= 1
    vergeet_bezoeker()
    assert _met_voorzichtige_huur.cache_info().currsize == 0


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's; elsewhere only collected")
def test_vrijgegeven_geheugen_gaat_terug_naar_het_systeem() -> None:
    """Memory freed in the middle of the C heap stays with the process until it is given back: 20 MB of 1 kB
    pieces, all freed but the last, keep the RSS up (measured: 36,7 -> 57,8 MB, and 57,8 after a collection
    alone); given back, it is down again (36,2 MB)."""
    stukken = [bytes(1024) + nummer.to_bytes(4, "little") for nummer in range(20_000)]
    laatste = stukken[-1]
    del stukken
    vol = _rss()
    assert geef_geheugen_terug()
    assert _rss() < vol - 10_000_000, (vol, _rss())
    assert len(laatste) == 1028


@pytest.mark.parametrize("kiosk", [True, False])
async def test_de_kiosk_geeft_na_opnieuw_beginnen_geheugen_terug(kiosk: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A while after each start again (the last visitor's screens gone), the kiosk gives its freed memory back;
    a wizard at home does not need to."""
    gedaan: list[bool] = []
    monkeypatch.setattr(vergeten, "GEHEUGEN_TERUG_NA", 0.05)
    monkeypatch.setattr(vergeten, "geef_geheugen_terug", lambda: gedaan.append(vergeten._malloc_trim() is not None))
    app = kiosk_app() if kiosk else SwitchwijzerApp(peildatum=PEILDATUM, rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.opnieuw_beginnen()
        await pilot.pause(0.3)
    assert len(gedaan) == (1 if kiosk else 0), gedaan
