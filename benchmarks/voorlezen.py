"""Reading aloud: from F6 to the first audio buffer, and the memory the voice adds, against baselines measured in
the same run.

1. F6 on the first screen, from the key reaching the app to the first samples reaching the player (a player
   that only keeps them: what a sound card or the browser then does is not ours): the first press a second after
   the first screen (as a person presses it: the wizard loads the voice in the background meanwhile), a later
   press, and, as the worst case, a first press the moment the first screen is there (everything still loading).
   Baseline: F3 (contrast) in the same wizard, from the key to the redrawn screen: a key that every person
   feels as "at once". Goal (issue #22): at most 300 ms.
2. The memory the voice adds: the resident size of a wizard process with all its parts loaded, before and after
   loading the voice and reading one sentence. Baseline: that wizard process itself.

    PYTHONPATH=src python benchmarks/voorlezen.py [--herhaal 7]

Each run is a fresh process (a first press is only first once), the parts take turns, and the figures that count
are the ratios; the CPU time of each press is printed too, so a slow press on a busy machine shows as waiting.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

DRUK = r"""
import asyncio, json, time
from datetime import date
from textual import events
from switchwijzer.tui.app import SwitchwijzerApp

eerste = {}

class Opname:
    def __init__(self, sample_rate):
        self.gestopt = False
    def speel(self, samples):
        eerste.setdefault("t", time.perf_counter())
    def einde(self):
        while not self.gestopt:
            time.sleep(0.01)
    def stop(self):
        self.gestopt = True

async def druk(app, pilot, toets, klaar):
    eerste.clear()
    await pilot.pause()
    cpu, t0 = time.process_time(), time.perf_counter()
    app._driver.send_message(events.Key(toets, None))
    while not klaar():
        await asyncio.sleep(0.001)
    return (time.perf_counter() - t0) * 1000, (time.process_time() - cpu) * 1000

async def main():
    app = SwitchwijzerApp(peildatum=date(2026, 3, 1), speler=Opname)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        uit = {}
        if WACHT:
            await asyncio.sleep(WACHT)  # a person reads the screen (and the wizard loads the rest, and the voice)
        uit["f6_eerste"] = await druk(app, pilot, "f6", lambda: "t" in eerste)
        await pilot.press("f6")  # stop
        getekend = {}
        origineel = app._display
        def display(screen, renderable):
            origineel(screen, renderable)
            getekend.setdefault("t", time.perf_counter())
        app._display = display
        getekend.clear()
        uit["f3"] = await druk(app, pilot, "f3", lambda: "t" in getekend)
        app._display = origineel
        uit["f6_daarna"] = await druk(app, pilot, "f6", lambda: "t" in eerste)
        await pilot.press("f6")
        print(json.dumps(uit))

asyncio.run(main())
"""

GEHEUGEN = r"""
import importlib, json
from switchwijzer.tui.app import LATER_NODIG

def rss_mb():
    for regel in open("/proc/self/status"):
        if regel.startswith("VmRSS:"):
            return int(regel.split()[1]) / 1024

import switchwijzer.tui.app
for naam in LATER_NODIG:
    importlib.import_module(naam)
import switchwijzer.tui.voorlezen, switchwijzer.spraak.voorlezer, switchwijzer.uitleg.voorlezen
zonder = rss_mb()
from switchwijzer.spraak.stem import stem
stem().spreek("Straks heb je ongeveer 218 euro per maand meer.", "nl")
print(json.dumps({"zonder": zonder, "met": rss_mb()}))
"""


def _proces(code: str) -> dict:
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def _druk(wacht: float) -> dict:
    uit = subprocess.run([sys.executable, "-c", f"WACHT = {wacht}\n" + DRUK], capture_output=True, text=True,
                         check=True)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def main() -> None:
    opties = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    opties.add_argument("--herhaal", type=int, default=7, help="fresh processes per part")
    herhaal = opties.parse_args().herhaal

    drukken: list[dict] = []
    meteen: list[dict] = []
    geheugen: list[dict] = []
    for _ in range(herhaal):  # in turns, so all parts see the same load
        drukken.append(_druk(1.0))
        meteen.append(_druk(0))
        geheugen.append(_proces(GEHEUGEN))

    def median(reeks: list[dict], sleutel: str, deel: int = 0) -> float:
        return statistics.median(d[sleutel][deel] for d in reeks)

    f3 = median(drukken, "f3")
    print(
        f"F3 (contrast), key to redrawn screen (baseline): median {f3:5.1f} ms   CPU {median(drukken, 'f3', 1):5.1f} ms"
    )
    for reeks, sleutel, naam in (
        (drukken, "f6_eerste", "F6, first press, 1 s after the first screen"),
        (drukken, "f6_daarna", "F6, a later press                          "),
        (meteen, "f6_eerste", "F6 the moment the first screen is there    "),
    ):
        waarde = median(reeks, sleutel)
        alle = " ".join(f"{d[sleutel][0]:.0f}" for d in reeks)
        doel = "✓" if waarde <= 300 else "✗"
        print(f"{naam}: key to first audio buffer: median {waarde:5.1f} ms   CPU {median(reeks, sleutel, 1):5.1f} ms   "
              f"= {waarde / f3:4.1f}× F3   goal ≤ 300 ms {doel}   ({alle})")
    zonder = statistics.median(g["zonder"] for g in geheugen)
    met = statistics.median(g["met"] for g in geheugen)
    print(f"memory of the wizard with all its parts (baseline): median {zonder:5.1f} MB")
    print(f"with the voice loaded and one sentence read:         median {met:5.1f} MB   "
          f"+{met - zonder:4.1f} MB = {met / zonder:4.2f}× the wizard")


if __name__ == "__main__":
    main()
