"""The hours chart on paper: euros per month against 0 to 40 hours per week, drawn with lines and shapes.

The chosen hours get a dashed line and a round dot, the point where the uitkering stops a dotted line and a
square; the legend under the chart draws the same shapes and says in words what they mean. So no mark rests
on colour alone, and the chart still reads on a black-and-white printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from fpdf import FPDF

from switchwijzer.engine.uitkomst import UrenPunt
from switchwijzer.i18n import _, geld, getal, uren_getal

ZWART = (0, 0, 0)
LIJN = (20, 60, 140)
RASTER = (200, 200, 200)
MAX_UREN = 40
LABEL_BREEDTE = 24.0
"""Room left of the chart for the amounts on the axis (mm)."""


@dataclass(frozen=True)
class Schaal:
    bodem: Decimal
    top: Decimal
    stap: Decimal


def schaal(totalen: list[Decimal], stappen: int = 5) -> Schaal:
    """A round scale around the amounts: steps of 1, 2, 2,5 or 5 times a power of ten, about `stappen` of them."""
    laag, hoog = min(totalen), max(totalen)
    bereik = max(hoog - laag, Decimal(50))
    ruw = bereik / stappen
    macht = Decimal(10) ** (len(str(int(ruw))) - 1)
    stap = next(
        m * macht for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)) if m * macht >= ruw
    )
    bodem = max(Decimal(0), (laag / stap).to_integral_value(rounding="ROUND_FLOOR") * stap)
    top = (hoog / stap).to_integral_value(rounding="ROUND_CEILING") * stap
    if top == hoog:
        top += stap
    return Schaal(bodem, top, stap)


def _totaal_bij(reeks: tuple[UrenPunt, ...], uren: Decimal) -> Decimal:
    """The monthly total at any number of hours, on the straight line between two whole hours."""
    punten = sorted(reeks, key=lambda p: p.uren)
    for links, rechts in pairwise(punten):
        if links.uren <= uren <= rechts.uren:
            deel = (uren - links.uren) / ((rechts.uren - links.uren) or 1)
            return links.totaal + (rechts.totaal - links.totaal) * deel
    return punten[-1].totaal if uren > punten[-1].uren else punten[0].totaal


def teken_grafiek(
    pdf: FPDF, x: float, y: float, breedte: float, hoogte: float,
    reeks: tuple[UrenPunt, ...], gekozen: Decimal | None, omslag: Decimal | None, letter: float,
    na_kosten: bool = False, later: tuple[str, tuple[UrenPunt, ...]] | None = None,
) -> float:
    """Draw the chart with its axes and legend in the box at (x, y); returns the y just below the legend.
    With `na_kosten` the totals are what is left after the costs, and the title and legend say so. `later`: a
    second line (its name and totals), drawn dashed: the amounts once nothing temporary is left."""
    totalen = [p.totaal for p in reeks] + [p.totaal for p in (later[1] if later else ())]
    s = schaal(totalen, stappen=5 if hoogte >= 70 else 3)  # a low chart: fewer, readable labels
    links, boven = x + LABEL_BREEDTE, y + 8
    rechts, onder = x + breedte - 4, y + hoogte - 14
    vlak_b, vlak_h = rechts - links, onder - boven

    def px(uren: Decimal | int) -> float:
        return links + float(uren) / MAX_UREN * vlak_b

    def py(bedrag: Decimal) -> float:
        return onder - float((bedrag - s.bodem) / (s.top - s.bodem)) * vlak_h

    pdf.set_font(size=letter)
    pdf.set_text_color(*ZWART)
    pdf.text(x, y + 4, _("Money per month after the costs") if na_kosten else _("Money per month"))

    # the grid and the labels on both axes
    pdf.set_line_width(0.2)
    waarde = s.bodem
    while waarde <= s.top:
        pdf.set_draw_color(*RASTER)
        pdf.line(links, py(waarde), rechts, py(waarde))
        label = geld(waarde)
        pdf.text(links - 2 - pdf.get_string_width(label), py(waarde) + letter * 0.35 / 2.2, label)
        waarde += s.stap
    for uren in range(0, MAX_UREN + 1, 5):
        pdf.set_draw_color(*RASTER)
        pdf.line(px(uren), boven, px(uren), onder)
        label = str(uren)
        pdf.text(px(uren) - pdf.get_string_width(label) / 2, onder + 6.5, label)
    as_titel = _("hours per week")
    pdf.text(links + (vlak_b - pdf.get_string_width(as_titel)) / 2, onder + 12, as_titel)
    pdf.set_draw_color(*ZWART)
    pdf.set_line_width(0.4)
    pdf.line(links, onder, rechts, onder)
    pdf.line(links, boven, links, onder)

    # the line of totals
    pdf.set_draw_color(*LIJN)
    pdf.set_line_width(0.8)
    punten = sorted(reeks, key=lambda p: p.uren)
    for a, b in pairwise(punten):
        pdf.line(px(a.uren), py(a.totaal), px(b.uren), py(b.totaal))
    if later:
        pdf.set_line_width(0.6)
        pdf.set_dash_pattern(dash=2, gap=1.2)
        punten = sorted(later[1], key=lambda p: p.uren)
        for a, b in pairwise(punten):
            pdf.line(px(a.uren), py(a.totaal), px(b.uren), py(b.totaal))
        pdf.set_dash_pattern()

    # the marks: a dotted line and a square where the uitkering stops, a dashed line and a dot at the chosen hours
    pdf.set_draw_color(*ZWART)
    pdf.set_fill_color(*ZWART)
    pdf.set_line_width(0.4)
    if omslag is not None and 0 <= omslag <= MAX_UREN:
        pdf.set_dash_pattern(dash=0.6, gap=1.2)
        pdf.line(px(omslag), boven, px(omslag), onder)
        pdf.set_dash_pattern()
        _vierkant(pdf, px(omslag), py(_totaal_bij(reeks, omslag)), 2.6)
    if gekozen is not None and 0 <= gekozen <= MAX_UREN:
        pdf.set_dash_pattern(dash=3, gap=1.5)
        pdf.line(px(gekozen), boven, px(gekozen), onder)
        pdf.set_dash_pattern()
        _stip(pdf, px(gekozen), py(_totaal_bij(reeks, gekozen)), 1.6)

    # the legend: the same shapes, in words
    regel_y = y + hoogte + 2
    pdf.set_font(size=letter)
    if later:
        for naam, streep in ((_("The first months"), None), (later[0], (2, 1.2))):
            pdf.set_draw_color(*LIJN)
            pdf.set_line_width(0.8)
            if streep:
                pdf.set_dash_pattern(dash=streep[0], gap=streep[1])
            pdf.line(x, regel_y - letter * 0.12, x + 6, regel_y - letter * 0.12)
            pdf.set_dash_pattern()
            pdf.text(x + 8, regel_y, naam)
            regel_y += letter * 0.55
        pdf.set_draw_color(*ZWART)
    if gekozen is not None:
        _stip(pdf, x + 3, regel_y - letter * 0.12, 1.6)
        legenda = (_("Chosen: {uren} hours per week, {bedrag} per month after the costs") if na_kosten
                   else _("Chosen: {uren} hours per week, {bedrag} per month"))
        pdf.text(x + 8, regel_y, legenda.format(uren=getal(gekozen), bedrag=geld(_totaal_bij(reeks, gekozen))))
        regel_y += letter * 0.55
    if omslag is not None:
        _vierkant(pdf, x + 3, regel_y - letter * 0.12, 2.6)
        pdf.text(x + 8, regel_y, _("From {uren} hours per week: no uitkering any more").format(
            uren=uren_getal(omslag, vanaf=True)))
        regel_y += letter * 0.55
    return regel_y


def _stip(pdf: FPDF, x: float, y: float, straal: float) -> None:
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x, y, straal + 0.7, style="F")
    pdf.set_fill_color(*ZWART)
    pdf.circle(x, y, straal, style="F")


def _vierkant(pdf: FPDF, x: float, y: float, zijde: float) -> None:
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(*ZWART)
    pdf.rect(x - zijde / 2, y - zijde / 2, zijde, zijde, style="DF")
    pdf.set_fill_color(*ZWART)
