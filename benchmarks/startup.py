"""Startup, as ratios against Textual itself measured in the same run, and the redraw after a change of hours.

1. `python -c "import switchwijzer.tui.app"` against `python -c "import textual.app, textual.widgets"`
   (wall time of the whole process, interpreter start included);
2. the first usable screen (who is at the keyboard?) against a bare Textual app with a text, a button and a
   footer;
3. from pressing + or - on the answer screen to the redrawn answer (hours and amounts), with the Geld tab (and
   its chart) shown: from 20 to 40 hours and back, so the presses where the bijstand stops (or comes back) and
   sentences appear or disappear are in it; those are also reported on their own. Against a bare Textual app that
   redraws one text for each key. For the participant and for the coach (whose answer also has the rules per row).

    PYTHONPATH=src python benchmarks/startup.py [--herhaal 7] [--redraw 3]    (0 skips that part)

Each startup is measured in a fresh subprocess, so the numbers are what a person waits. Baseline and Switchwijzer
take turns (interleaved), so both see the same load on the machine; the figures that count are the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

IMPORT_TEXTUAL = "import textual.app, textual.widgets"
IMPORT_ONZE = "import switchwijzer.tui.app"

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

REDRAW = r"""
import asyncio, time
from textual import events

TOETS = {"+": events.Key("plus", "+"), "-": events.Key("minus", "-")}


async def redraw_tijden(app, pilot, stappen, lees, vorm=lambda: None):
    # From the key reaching the app (as a terminal delivers it) to the first screen update that shows the new
    # hours: the moment the app hands the redrawn screen to the terminal. Pilot's press() and pause() are not
    # in the timing (each waits at least 20 ms for the process to be idle). `stappen` is a list of (key, text
    # the screen shows after it); `vorm()` says which widgets there are, to mark the presses that add or remove
    # one (a sentence that appears or disappears). Also the CPU time the process used meanwhile: on a busy
    # machine a slow redraw with little CPU time was waiting for a core, not working.
    klaar = {}
    origineel = app._display

    def display(screen, renderable):
        origineel(screen, renderable)
        if renderable is not None and "t" not in klaar:
            try:
                if klaar["doel"] in lees():
                    klaar["t"], klaar["c"] = time.perf_counter(), time.process_time()
            except Exception:
                pass  # the widget is being replaced

    app._display = display
    tijden = []
    for toets, doel in stappen:
        voor = vorm()
        klaar.clear()
        klaar["doel"] = doel
        t0, c0 = time.perf_counter(), time.process_time()
        app._driver.send_message(TOETS[toets])
        while "t" not in klaar:
            await asyncio.sleep(0.0005)
            if time.perf_counter() - t0 > 10:
                raise SystemExit("no redraw")
        t = klaar["t"] - t0
        c = klaar["c"] - c0  # CPU time used up to the same moment
        await pilot.pause()  # let everything settle before the next key
        tijden.append(f"{t:.4f}:{int(vorm() != voor)}:{c:.4f}")
    return tijden


def op_en_neer(van, tot, tekst):
    # + from `van` to `tot`, then - back to `van`
    op = [("+", tekst(u)) for u in range(van + 1, tot + 1)]
    neer = [("-", tekst(u)) for u in range(tot - 1, van - 1, -1)]
    return op + neer
"""

KAAL_UREN = REDRAW + r"""
from textual.app import App
from textual.widgets import Footer, Static
class Kaal(App):
    BINDINGS = [("plus", "uren(1)", "More hours"), ("minus", "uren(-1)", "Fewer hours")]
    uren = 20
    def compose(self):
        yield Static(f"{self.uren} uur per week", id="uren-nu")
        yield Footer()
    def action_uren(self, stap):
        self.uren += stap
        self.query_one("#uren-nu", Static).update(f"{self.uren} uur per week")
async def main():
    app = Kaal()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tijden = await redraw_tijden(app, pilot, op_en_neer(20, 40, lambda u: f"{u} uur per week"),
                                     lambda: str(app.query_one("#uren-nu").render()))
        print(" ".join(tijden))
asyncio.run(main())
"""

UREN = REDRAW + r"""
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
    app = SwitchwijzerApp(peildatum=date(2026, 3, 1), rol=ROL)
    async with app.run_test(size=(80, 24)) as pilot:
        app.antwoorden = Antwoorden(ROL, date(2026, 3, 1), dict(ANTWOORDEN))
        app.push_screen(UitkomstScherm())
        await pilot.pause()
        scherm = app.screen
        # the hours and the chart in view, as for a person who pressed + while looking at the chart
        geld = scherm.query_one("#geld").query_one("VerticalScroll")
        geld.scroll_to_widget(scherm.query_one("#grafiek"), animate=False, top=True)
        await pilot.pause()
        # 20 -> 40 -> 20 hours: on the way the bijstand stops (and comes back), and sentences appear and go
        tijden = await redraw_tijden(app, pilot, op_en_neer(20, 40, lambda u: f"{u} uur per week"),
                                     lambda: str(app.screen.query_one("#uren-nu").render()),
                                     lambda: [type(w).__name__ for w in geld.query("*")])
        print(" ".join(tijden))
asyncio.run(main())
"""


ROLLEN = {"deelnemer": "participant", "coach": "coach, with the rules per row"}
"""The coach's answer also has the rules and sources per row (parts that open and close)."""


def _meet(code: str) -> str:
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if uit.returncode:
        raise SystemExit(uit.stderr)
    return uit.stdout.strip().splitlines()[-1]


def _proces(code: str) -> float:
    """Wall time of `python -c code`, interpreter start included."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t0


def _regel(naam: str, tijden: list[float]) -> str:
    alle = ", ".join(f"{t * 1000:.0f}" for t in tijden)
    return f"{naam}: median {statistics.median(tijden) * 1000:4.0f} ms  ({alle})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhaal", type=int, default=7, help="startups measured (each in a fresh process)")
    parser.add_argument(
        "--redraw", type=int, default=3, help="processes per role that go 20 -> 40 -> 20 hours (40 presses each)"
    )
    args = parser.parse_args()
    if args.herhaal:  # --herhaal 0: only the redraw
        _proces(IMPORT_TEXTUAL), _proces(IMPORT_ONZE)  # warm the disk cache and the bytecode
        imp_kaal, imp_onze, kaal, onze = [], [], [], []
        for _ in range(args.herhaal):  # interleaved, so both see the same machine load
            imp_kaal.append(_proces(IMPORT_TEXTUAL))
            imp_onze.append(_proces(IMPORT_ONZE))
            kaal.append(float(_meet(KAAL)))
            onze.append(float(_meet(ONZE)))
        print(_regel("import textual.app, textual.widgets  ", imp_kaal))
        print(_regel("import switchwijzer.tui.app          ", imp_onze))
        verhouding = statistics.median(imp_onze) / statistics.median(imp_kaal)
        print(f"ratio import / Textual's import: {verhouding:.2f}  (target <= 1.3)")
        print(_regel("bare Textual app to first screen     ", kaal))
        print(_regel("Switchwijzer to first usable screen  ", onze))
        print(
            f"ratio first screen / bare app: {statistics.median(onze) / statistics.median(kaal):.2f}  (target <= 1.3)"
        )
    if not args.redraw:  # --redraw 0: only the startup
        return
    kaal_uren: list[float] = []
    per_rol: dict[str, tuple[list[float], list[bool]]] = {rol: ([], []) for rol in ROLLEN}
    cpu_tijd: dict[str, list[float]] = {rol: [] for rol in ROLLEN}
    for _ in range(args.redraw):  # interleaved too
        kaal_uren += [float(t.split(":")[0]) for t in _meet(KAAL_UREN).split()]
        for rol, (uren, vorm) in per_rol.items():
            for meting in _meet(f"ROL = {rol!r}\n" + UREN).split():
                tijd, anders, cpu = meting.split(":")
                uren.append(float(tijd))
                vorm.append(anders == "1")
                cpu_tijd[rol].append(float(cpu))
    print(f"bare Textual app, + / - -> one text redrawn:  median {statistics.median(kaal_uren) * 1000:5.1f} ms, "
          f"max {max(kaal_uren) * 1000:5.1f} ms over {len(kaal_uren)} changes")
    for rol, (uren, vorm) in per_rol.items():
        met_vorm = [t for t, anders in zip(uren, vorm, strict=True) if anders]
        print(
            f"Switchwijzer ({ROLLEN[rol]}), + / - -> answer redrawn:  median {statistics.median(uren) * 1000:5.1f} ms, "
            f"max {max(uren) * 1000:5.1f} ms over {len(uren)} changes  (target median <= 50, max <= 100)"
        )
        if met_vorm:
            print(f"  of which a sentence appeared or went:  median {statistics.median(met_vorm) * 1000:5.1f} ms, "
                  f"max {max(met_vorm) * 1000:5.1f} ms over {len(met_vorm)} changes")
        print(f"  ratio against the bare app: median {statistics.median(uren) / statistics.median(kaal_uren):.1f}, "
              f"max {max(uren) / max(kaal_uren):.1f};  slowest 5 (ms): "
              + ", ".join(f"{t * 1000:.0f}" for t in sorted(uren)[-5:]))
        cpu = cpu_tijd[rol]
        wachtte = max(uren) > 1.5 * max(cpu)
        print(
            f"  CPU time it used:           median {statistics.median(cpu) * 1000:5.1f} ms, "
            f"max {max(cpu) * 1000:5.1f} ms"
            + ("  (the slowest redraw waited for a core: the machine was busy)" if wachtte else "")
        )


if __name__ == "__main__":
    main()
