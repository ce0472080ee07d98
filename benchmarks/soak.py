"""Soak: the kiosk through many walk-and-reset cycles, with the memory after each one. A kiosk runs for weeks;
its memory must not grow from one visitor to the next.

One cycle is one visitor (tests/tui/bezoeker.py): on the first screen "1" (participant), every question answered
by keyboard, "Laat de uitkomst zien", on the answer `-` and `+`, `v` (compare) with one more choice (30 hours) and
back, then the reset. Odd cycles end with the kiosk's own reset after a quiet while ("Ben je er nog?" and no
answer), even cycles with the "Opnieuw beginnen" button and "Ja". The app is the one `switchwijzer --kiosk` runs
(kiosk, Dutch, no role, errors caught), only with a fixed peildatum (so the answers fit on any day) and a
countdown of 1 second; the quiet minutes are skipped by moving the app's last-activity time back (the reset
itself runs as in a kiosk). Every visitor gives the same answers, so what grows is what the screens leave behind;
with --verschillend each visitor has another age, rent and hours, as at a real kiosk, so the engine's remembered
results (bounded) fill up too.

After each cycle, back on the first screen, once the last visitor's screens are gone from memory (Textual lets
go of them a moment later; at most 10 seconds) and after a full garbage collection: the process's RSS, the number
of objects the garbage collector tracks and (with --tracemalloc) the bytes Python has allocated. At the end a
summary of the curve and, between two cycles (--diff), which kinds of objects grew and (with --tracemalloc) where
they were allocated.

    .venv/bin/python benchmarks/soak.py [--cycli 500] [--verschillend] [--tracemalloc] [--diff 50]

Not a timed test: a cycle takes a few seconds (mostly Pilot waiting until the app is idle after each key). The
quick guard of the same cycle is tests/tui/test_geheugen.py.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import time
import tracemalloc
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the visitor, shared with the test
from switchwijzer.tui.screens.rol import RolScherm  # noqa: E402
from tui.bezoeker import bezoeker, kiosk_app, uitgerust, wacht_op  # noqa: E402

# -- measuring --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Meting:
    cyclus: int
    rss: int
    """resident memory of the process, bytes"""
    objecten: int
    """objects the garbage collector tracks"""
    blokken: int
    """memory blocks Python has allocated (all objects, also strings and numbers the collector does not track)"""
    python: int | None
    """bytes allocated by Python (tracemalloc), when traced"""
    los: int
    """screens of earlier visitors still in memory after waiting (0: all gone)"""


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


async def meet(pilot: Pilot, cyclus: int) -> Meting:
    los = await uitgerust(pilot)
    gc.collect()
    python = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else None
    return Meting(cyclus, rss(), len(gc.get_objects()), sys.getallocatedblocks(), python, los)


def geheugenkaart() -> Counter[str]:
    """The resident memory per kind of mapping (/proc/self/smaps): the main heap, anonymous mappings (other malloc
    arenas and large blocks) and each library by name. Where RSS grows when Python's own blocks do not."""
    kaart: Counter[str] = Counter()
    naam = ""
    with open("/proc/self/smaps") as f:
        for regel in f:
            delen = regel.split()
            if "-" in delen[0] and not delen[0].endswith(":"):
                naam = Path(delen[5]).name if len(delen) > 5 else "[anon]"
            elif delen[0] == "Rss:":
                kaart[naam] += int(delen[1]) * 1024
    return kaart


def soorten() -> Counter[str]:
    gc.collect()
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


def _mb(n: int) -> str:
    return f"{n / 1e6:7.2f} MB"


def samenvatting(metingen: list[Meting], vanaf: int = 50) -> list[str]:
    """The curve at a few cycles and the growth from cycle `vanaf` to the last (least squares, per cycle)."""
    bij = {m.cyclus: m for m in metingen}
    laatste = metingen[-1].cyclus
    punten = [c for c in (1, 10, 50, 100, 200, 300, 400, 500) if c in bij]
    if laatste not in punten:
        punten.append(laatste)
    regels = ["cycle        RSS   objects" + ("   python (tracemalloc)" if metingen[-1].python is not None else "")]
    for c in punten:
        m = bij[c]
        regels.append(f"{c:5d} {_mb(m.rss)} {m.objecten:9d}" + (f"   {_mb(m.python)}" if m.python is not None else ""))
    deel = [m for m in metingen if m.cyclus >= vanaf]
    if len(deel) >= 2:
        eerste, eind = deel[0], deel[-1]
        regels.append(
            f"from cycle {eerste.cyclus} to {eind.cyclus}: RSS {(eind.rss - eerste.rss) / 1e6:+.2f} MB, "
            f"objects {eind.objecten - eerste.objecten:+d}, Python blocks {eind.blokken - eerste.blokken:+d}"
            + (
                f", python {(eind.python - eerste.python) / 1e6:+.2f} MB"
                if eind.python is not None and eerste.python is not None
                else ""
            )
        )
        for naam, waarde in (("RSS", lambda m: m.rss), ("objects", lambda m: m.objecten)):
            regels.append(
                f"  trend {naam}: {helling([m.cyclus for m in deel], [waarde(m) for m in deel]):+.1f} per cycle"
            )
    regels.extend(medianen(metingen))
    regels.append(
        f"RSS over all cycles     {kromme([m.rss for m in metingen])}  ({_mb(min(m.rss for m in metingen)).strip()}"
        f" to {_mb(max(m.rss for m in metingen)).strip()})"
    )
    regels.append(f"objects over all cycles {kromme([m.objecten for m in metingen])}  "
                  f"({min(m.objecten for m in metingen)} to {max(m.objecten for m in metingen)})")
    return regels


def medianen(metingen: list[Meting], stuk: int = 50) -> list[str]:
    """The median RSS per stretch of `stuk` cycles. The kiosk gives freed memory back a few seconds after each reset,
    so one reading can dip by more than a MB; the median of a stretch does not."""
    if len(metingen) < stuk:
        return []
    regels = [f"median RSS per {stuk} cycles:"]
    for begin in range(0, len(metingen) - stuk + 1, stuk):
        deel = metingen[begin:begin + stuk]
        midden = int(statistics.median(m.rss for m in deel))
        regels.append(f"  cycles {deel[0].cyclus:4d}-{deel[-1].cyclus:4d} {_mb(midden)}")
    return regels


def kromme(waarden: list[int], breedte: int = 50) -> str:
    """The curve in one line of block characters (each the mean of its share of the cycles), lowest to highest."""
    stukken = [waarden[i * len(waarden) // breedte:(i + 1) * len(waarden) // breedte] for i in range(breedte)]
    gemiddelden = [sum(stuk) / len(stuk) for stuk in stukken if stuk]
    laag, hoog = min(gemiddelden), max(gemiddelden)
    blokken = "▁▂▃▄▅▆▇█"
    return "".join(
        blokken[int((g - laag) / (hoog - laag) * (len(blokken) - 1)) if hoog > laag else 0] for g in gemiddelden
    )


def helling(x: list[int], y: list[int]) -> float:
    """Least-squares slope: growth per cycle, not thrown by one cycle that happened to run a collection late."""
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    noemer = sum((a - mx) ** 2 for a in x)
    return sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True)) / noemer if noemer else 0.0


class Opslag:
    """The measurements, in one array made before the first visitor.

    A Meting kept per cycle is a handful of small objects that live to the end. Made in between a visitor's
    short-lived objects, each can pin a block of pymalloc's memory (an arena of 1 MiB) the visitors would otherwise
    give back, and so make the curve step up by itself. The array takes no new memory during the run."""

    VELDEN = 6

    def __init__(self, cycli: int) -> None:
        self.waarden = array("q", bytes(8 * self.VELDEN * cycli))
        self.aantal = 0

    def bewaar(self, m: Meting) -> None:
        i = self.aantal * self.VELDEN
        self.waarden[i:i + self.VELDEN] = array(
            "q", (m.cyclus, m.rss, m.objecten, m.blokken, -1 if m.python is None else m.python, m.los))
        self.aantal += 1

    def metingen(self) -> list[Meting]:
        w = self.waarden
        return [
            Meting(w[i], w[i + 1], w[i + 2], w[i + 3], None if w[i + 4] < 0 else w[i + 4], w[i + 5])
            for i in range(0, self.aantal * self.VELDEN, self.VELDEN)
        ]


async def soak(cycli: int, diff_bij: int, volg_python: bool, verschillend: bool, vanaf: int = 0) -> list[Meting]:
    app = kiosk_app()
    opslag = Opslag(cycli)
    voor: Counter[str] | None = None
    kaart_voor: Counter[str] | None = None
    foto: tracemalloc.Snapshot | None = None
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op(pilot, lambda: isinstance(app.screen, RolScherm), "first screen")
        for nummer in range(1, cycli + 1):
            await bezoeker(pilot, vanaf + nummer, verschillend)
            m = await meet(pilot, nummer)
            if nummer == diff_bij:
                voor = soorten()
                kaart_voor = geheugenkaart()
                if volg_python:
                    foto = tracemalloc.take_snapshot()
            opslag.bewaar(m)
            print(f"cycle {nummer:4d}  RSS {_mb(m.rss)}  objects {m.objecten:8d}  blocks {m.blokken:8d}"
                  + (f"  python {_mb(m.python)}" if m.python is not None else "")
                  + (f"  ({m.los} screens of earlier visitors still there)" if m.los else ""), flush=True)
        if voor is not None:
            await uitgerust(pilot)
            groei = soorten() - voor
            print(f"\nkinds of objects that grew from cycle {diff_bij} to {cycli} (top 25):")
            for naam, n in groei.most_common(25):
                print(f"  {n:+7d}  {naam}")
        if kaart_voor is not None:
            kaart = geheugenkaart()
            verschil = {naam: kaart[naam] - kaart_voor[naam] for naam in kaart.keys() | kaart_voor.keys()}
            print(f"\nwhere the resident memory changed from cycle {diff_bij} to {cycli} (mappings, top 8):")
            for naam, n in sorted(verschil.items(), key=lambda x: -abs(x[1]))[:8]:
                print(f"  {n / 1e3:+9.1f} kB  {naam}")
        if foto is not None:
            print(f"\nwhere Python allocated more from cycle {diff_bij} to {cycli} (top 15):")
            for stat in tracemalloc.take_snapshot().compare_to(foto, "traceback")[:15]:
                print(f"  {stat.size_diff / 1e3:+9.1f} kB {stat.count_diff:+6d} blocks")
                for regel in stat.traceback.format()[-8:]:
                    print(f"      {regel}")
    return opslag.metingen()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycli", type=int, default=500, help="visitors (walk and reset), default 500")
    parser.add_argument("--diff", type=int, default=50, help="cycle from which the growth per kind is shown (0: none)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python's allocations (slower)")
    parser.add_argument("--verschillend", action="store_true",
                        help="each visitor another age, rent and hours (the engine's remembered results fill up)")
    parser.add_argument("--vanaf", type=int, default=0,
                        help="with --verschillend: the first visitor is number vanaf + 1 (to see whether a step in "
                             "the curve follows a visitor's answers or the number of visitors before)")
    args = parser.parse_args()
    if args.tracemalloc:
        tracemalloc.start(10)
    start = time.monotonic()
    diff_bij = args.diff if 0 < args.diff < args.cycli else 0
    metingen = asyncio.run(soak(args.cycli, diff_bij, args.tracemalloc, args.verschillend, args.vanaf))
    print(f"\n{args.cycli} cycles in {time.monotonic() - start:.0f} s; "
          "on the first screen after each, after gc.collect():")
    print("\n".join(samenvatting(metingen)))


if __name__ == "__main__":
    sys.exit(main())
