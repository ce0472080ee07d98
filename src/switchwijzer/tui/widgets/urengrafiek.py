"""The monthly total for 0 to 40 hours per week as bars, with the chosen hours and the tipping point
marked by signs below the bars (▲ and ◆), so the meaning never rests on colour alone."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text
from textual.widget import Widget

from switchwijzer.engine.uitkomst import UrenPunt
from switchwijzer.i18n import _, geld, getal

BLOKKEN = " ▁▂▃▄▅▆▇█"


class UrenGrafiek(Widget):
    HOOGTE = 7

    def __init__(self, reeks: list[UrenPunt], uren: Decimal | None, omslag: Decimal | None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.reeks = reeks
        self.uren = uren
        self.omslag = omslag

    def render(self) -> Text:
        if not self.reeks:
            return Text(_("No chart: we could not work out the hours."))
        totalen = [p.totaal for p in self.reeks]
        laag, hoog = min(totalen), max(totalen)
        bodem = max(Decimal(0), laag - (hoog - laag) / 4 - 1)
        bereik = (hoog - bodem) or Decimal(1)
        labels = [geld(hoog), geld(bodem)]
        marge = max(len(t) for t in labels) + 1
        gekozen = int(self.uren.to_integral_value()) if self.uren is not None else None
        omslag = int(self.omslag.to_integral_value(rounding="ROUND_CEILING")) if self.omslag is not None else None
        uit = Text()
        for rij in range(self.HOOGTE, 0, -1):
            label = labels[0] if rij == self.HOOGTE else (labels[1] if rij == 1 else "")
            uit.append(label.rjust(marge - 1) + "│")
            for punt in self.reeks:
                achtste = (punt.totaal - bodem) / bereik * self.HOOGTE * 8
                vulling = max(Decimal(0), min(Decimal(8), achtste - (rij - 1) * 8))
                teken = BLOKKEN[int(vulling)] if vulling < 8 else "█"
                if rij == 1 and teken == " ":
                    teken = "▁"
                stijl = "bold reverse" if punt.uren == gekozen else ""
                uit.append(teken, style=stijl)
            uit.append("\n")
        uit.append(" " * (marge - 1) + "└" + "─" * len(self.reeks) + "\n")
        merk = [" "] * len(self.reeks)
        if omslag is not None and 0 <= omslag < len(merk):
            merk[omslag] = "◆"
        if gekozen is not None and 0 <= gekozen < len(merk):
            merk[gekozen] = "▲"
        uit.append(" " * marge + "".join(merk) + "\n")
        schaal = [" "] * (len(self.reeks) + 1)
        for uur in (0, 10, 20, 30, 40):
            for i, teken in enumerate(str(uur)):
                if uur + i < len(schaal):
                    schaal[uur + i] = teken
        uit.append(" " * marge + "".join(schaal) + " " + _("hours per week") + "\n")
        legenda = []
        if gekozen is not None:
            legenda.append(_("▲ = chosen: {uren} hours").format(uren=getal(self.uren)))
        if omslag is not None:
            legenda.append(_("◆ = no uitkering from {uren} hours").format(uren=getal(self.omslag.quantize(Decimal("0.1")).normalize())))
        uit.append("   ".join(legenda))
        return uit

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return self.HOOGTE + 4
