"""Startup to the first usable screen, as a ratio against a bare Textual app measured in the same run,
and the time from changing the hours on the answer screen to the redrawn answer.

    PYTHONPATH=src python benchmarks/startup.py [--herhaal 5]

Each startup is measured in a fresh subprocess (imports included), so the numbers are what a person waits.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

KAAL = r"""
import time, asyncio
t0 = time.perf_counter()
from textual.app import App
from textual.widgets import Button, Footer, Static
class Kaal(App):
    def compose(self):
        yield Static("Wie zit er achter het toetsenbord?")
        yield Button("Ik zit in de dagbesteding")
        yield Footer()
async def main():
    async with Kaal().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(time.perf_counter() - t0)
asyncio.run(main())
"""

ONZE = r"""
import time, asyncio
t0 = time.perf_counter()
from datetime import date
from switchwijzer.tui.app import SwitchwijzerApp
async def main():
    app = SwitchwijzerApp(peildatum=date(2026, 3, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#rol-deelnemer")  # the first usable screen is there
        print(time.perf_counter() - t0)
asyncio.run(main())
"""

UREN = r"""
import time, asyncio
from datetime import date
from decimal import Decimal
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
ANTWOORDEN = {"leeftijd": Decimal(24), "woonsituatie": "alleen", "kostendelers": Decimal(0), "huurt": "ja",
    "huur": Decimal(650), "uitkering": "bijstand", "vergoeding": Decimal(0), "financiering": "wmo",
    "einddatum": "weet_niet", "soort_werk": "beschut_werk", "uren": Decimal(20), "uurloon": "weet_niet",
    "begonnen": "nee", "urenbeperking": "nee", "advies": "ja", "gemeente": None}
async def main():
    app = SwitchwijzerApp(peildatum=date(2026, 3, 1), rol="deelnemer")
    async with app.run_test(size=(80, 24)) as pilot:
        app.antwoorden = Antwoorden("deelnemer", date(2026, 3, 1), dict(ANTWOORDEN))
        app.push_screen(UitkomstScherm())
        await pilot.pause()
        tijden = []
        for i in range(10):
            scherm = app.screen
            doel = f"{20 + i + 1} uur per week"
            t0 = time.perf_counter()
            await pilot.press("plus")
            while doel not in str(scherm.query_one("#uren-nu").render()):
                await pilot.pause()
            await pilot.pause()
            tijden.append(time.perf_counter() - t0)
        print(" ".join(f"{t:.4f}" for t in tijden))
asyncio.run(main())
"""


def _meet(code: str) -> str:
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return uit.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhaal", type=int, default=5)
    args = parser.parse_args()
    kaal, onze = [], []
    for _ in range(args.herhaal):  # interleaved, so both see the same machine load
        kaal.append(float(_meet(KAAL)))
        onze.append(float(_meet(ONZE)))
    mk, mo = statistics.median(kaal), statistics.median(onze)
    print(f"bare Textual app to first screen:   median {mk * 1000:.0f} ms  ({', '.join(f'{t * 1000:.0f}' for t in kaal)})")
    print(f"Switchwijzer to first usable screen: median {mo * 1000:.0f} ms  ({', '.join(f'{t * 1000:.0f}' for t in onze)})")
    print(f"ratio Switchwijzer / bare: {mo / mk:.2f}")
    uren = [float(t) for t in _meet(UREN).split()]
    print(f"hours changed -> answer redrawn: median {statistics.median(uren) * 1000:.0f} ms, "
          f"max {max(uren) * 1000:.0f} ms over {len(uren)} changes")


if __name__ == "__main__":
    time.sleep(0)
    main()
