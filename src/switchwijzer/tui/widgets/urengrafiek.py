"""The money per month against the hours of work per week (0 to 40): one line per scenario, with labelled axes.

Drawn with textual-plotext (a real plot with axes, ticks and labels). Nothing rests on colour alone: each line has
its own sign (the first a smooth braille line, the others `+`, `x`, `o`), the chosen hours are marked with ▲ (or
the scenario's number when there are more lines) and the point where the uitkering stops with ◆; a legend under the
plot says what each sign means. The colours come from the theme, each at least 4.5:1 on the plot's background.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from textual.app import ComposeResult, RenderResult
from textual.containers import Vertical
from textual_plotext import PlotextPlot

from switchwijzer.engine.uitkomst import UrenPunt
from switchwijzer.i18n import _, geld, getal, uren_getal
from switchwijzer.tui.thema import HOOG_CONTRAST
from switchwijzer.tui.widgets.tekst import Tekst


@dataclass(frozen=True)
class Lijn:
    """One scenario in the chart: its name, the totals for 0-40 hours, its chosen hours and tipping point."""

    naam: str
    reeks: Sequence[UrenPunt]
    gekozen: Decimal | None
    omslag: Decimal | None


TEKENS = ("braille", "+", "x", "o")
"""The sign each line is drawn with, in order (plotext marker names or single characters)."""
LEGENDA_TEKEN = {"braille": "⠒⠒⠒"}
GEKOZEN = "▲"
OMSLAG = "◆"

KLEUREN_RUSTIG = ((31, 95, 168), (46, 125, 50), (176, 0, 32), (138, 69, 0))
"""Dark blue, green, red and brown: each at least 4.5:1 on white (WCAG AA)."""
KLEUREN_CONTRAST = ((255, 255, 255), (255, 255, 0), (0, 255, 255), (0, 255, 0))
"""White, yellow, cyan and green on black."""

STAPPEN = tuple(Decimal(n) for n in (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000))
"""Steps for the euro axis: the smallest that gives at most 4 gaps."""


def _op(reeks: Sequence[UrenPunt], uren: Decimal) -> float:
    """Where a point at `uren` sits on the drawn line (between two whole hours the line is straight)."""
    punten = {p.uren: float(p.totaal) for p in reeks}
    laag = int(uren)
    if laag not in punten:
        return punten[min(punten, key=lambda u: abs(u - laag))]
    if laag + 1 not in punten or uren == laag:
        return punten[laag]
    deel = float(uren - laag)
    return punten[laag] * (1 - deel) + punten[laag + 1] * deel


def euro_as(laag: Decimal, hoog: Decimal) -> tuple[Decimal, Decimal, list[Decimal]]:
    """A bottom, a top and round tick values around the totals (the bottom never below € 0)."""
    bereik = max(hoog - laag, Decimal(1))
    stap = next((s for s in STAPPEN if bereik / s <= 4), STAPPEN[-1])
    bodem = max(Decimal(0), (laag / stap).to_integral_value(rounding=ROUND_FLOOR) * stap)
    top = (hoog / stap).to_integral_value(rounding=ROUND_CEILING) * stap  # (Decimal's // truncates)
    if top == bodem:
        top = bodem + stap
    ticks = []
    waarde = bodem
    while waarde <= top:
        ticks.append(waarde)
        waarde += stap
    return bodem, top, ticks


class Plot(PlotextPlot):
    """The plot itself; drawn again on every render, so a new size or theme always shows right."""

    DEFAULT_CSS = """
    Plot { width: 1fr; height: 14; }
    """

    def __init__(self, lijnen: Sequence[Lijn], na_kosten: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lijnen = tuple(lijnen)
        self.na_kosten = na_kosten

    def render(self) -> RenderResult:
        self._teken()
        return super().render()

    def on_unmount(self) -> None:
        # textual-plotext (1.0.1) subscribes each plot to the app's theme signal and never unsubscribes. The
        # signal keeps its subscribers in a WeakKeyDictionary, but the callback it stores holds the plot, so the
        # key never dies: every chart ever drawn stayed, with its figure and its lines (about 750 objects a
        # visitor at the kiosk; benchmarks/soak.py). Only a change of theme would have let them go.
        self.app.theme_changed_signal.unsubscribe(self)

    def _teken(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        kleuren = KLEUREN_CONTRAST if self.app.theme == HOOG_CONTRAST.name else KLEUREN_RUSTIG
        totalen = [p.totaal for lijn in self.lijnen for p in lijn.reeks]
        bodem, top, ticks = euro_as(min(totalen), max(totalen))
        meer = len(self.lijnen) > 1
        for i, lijn in enumerate(self.lijnen):
            if zelfde_lijn(self.lijnen, i) != i:
                continue  # only other hours: the same line as an earlier choice, drawn once (its mark shows)
            kleur = kleuren[i % len(kleuren)]
            plt.plot([p.uren for p in lijn.reeks], [float(p.totaal) for p in lijn.reeks],
                     marker=TEKENS[i % len(TEKENS)], color=kleur)
        for i, lijn in enumerate(self.lijnen):  # the marks on top of every line
            kleur = kleuren[zelfde_lijn(self.lijnen, i) % len(kleuren)]
            if lijn.omslag is not None and lijn.omslag <= 40:
                plt.scatter([float(lijn.omslag)], [_op(lijn.reeks, lijn.omslag)], marker=OMSLAG, color=kleur)
            if lijn.gekozen is not None:
                teken = str(i + 1) if meer else GEKOZEN
                plt.scatter([float(lijn.gekozen)], [_op(lijn.reeks, lijn.gekozen)], marker=teken, color=kleur)
        plt.xlim(0, 40)
        plt.ylim(float(bodem), float(top))
        plt.xticks([0, 10, 20, 30, 40])
        plt.yticks([float(t) for t in ticks], [geld(t) for t in ticks])
        plt.xlabel(_("hours of work per week"))
        plt.ylabel(_("€ per month after costs") if self.na_kosten else _("€ per month"))


class UrenGrafiek(Vertical):
    """The plot with its legend below it (the legend is text, so it also works without colour)."""

    DEFAULT_CSS = """
    UrenGrafiek { height: auto; }
    UrenGrafiek .legenda { height: auto; }
    """

    def __init__(self, lijnen: Sequence[Lijn], na_kosten: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lijnen = tuple(lijn for lijn in lijnen if lijn.reeks)
        self.na_kosten = na_kosten
        """The lines are what is left after the costs (eigen bijdrage, lokale belastingen, travel): the axis says so."""

    def compose(self) -> ComposeResult:
        if not self.lijnen:
            yield Tekst(_("No chart: we could not work out the hours."))
            return
        yield Plot(self.lijnen, na_kosten=self.na_kosten, classes="plot")
        yield Tekst(legenda(self.lijnen), classes="legenda")

    def kan_bijwerken(self, nieuw: UrenGrafiek) -> bool:
        """Other lines can be drawn in this chart (see `tui/widgets/bijwerken.py`); no lines needs a new one."""
        return bool(self.lijnen) and bool(nieuw.lijnen)

    def bijwerken(self, nieuw: UrenGrafiek) -> None:
        """Draw other lines in the same plot: only the plot and its legend are drawn again."""
        if nieuw.lijnen == self.lijnen:
            return
        self.lijnen = nieuw.lijnen
        plot = self.query_one(Plot)
        plot.lijnen = nieuw.lijnen
        plot.refresh()
        self.query_one(".legenda", Tekst).update(legenda(self.lijnen))


def zelfde_lijn(lijnen: Sequence[Lijn], index: int) -> int:
    """The first line with the same totals for 0-40 hours (a choice with only other hours has the same line)."""
    return next(i for i, lijn in enumerate(lijnen) if tuple(lijn.reeks) == tuple(lijnen[index].reeks))


def legenda(lijnen: Sequence[Lijn]) -> str:
    """What each sign in the chart means, one line per scenario (or one line for a single answer)."""
    if len(lijnen) == 1:
        lijn = lijnen[0]
        delen = []
        if lijn.gekozen is not None:
            delen.append(_("{teken} = chosen: {uren} hours").format(teken=GEKOZEN, uren=getal(lijn.gekozen)))
        if lijn.omslag is not None:
            delen.append(_("{teken} = no uitkering from {uren} hours").format(
                teken=OMSLAG, uren=uren_getal(lijn.omslag, vanaf=True)))
        return "   ".join(delen)
    regels = []
    for i, lijn in enumerate(lijnen):
        teken = TEKENS[zelfde_lijn(lijnen, i) % len(TEKENS)]
        regel = f"{i + 1} {LEGENDA_TEKEN.get(teken, teken * 3)} {lijn.naam}"
        gekozen = _("{uren} hours").format(uren=getal(lijn.gekozen)) if lijn.gekozen is not None else ""
        # a choice named by its hours says them once ("16 uur", not "16 uur (16 uur)")
        if lijn.gekozen is not None and gekozen not in lijn.naam:
            regel += " " + _("({uren} hours)").format(uren=getal(lijn.gekozen))
        regels.append(regel)
    if any(lijn.omslag is not None for lijn in lijnen):
        regels.append(_("{teken} = no uitkering from here").format(teken=OMSLAG))
    return "\n".join(regels)

