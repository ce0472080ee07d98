"""The parts of the answer screen: Geld, Toeslagen, the guidance parts and "Wat kan ik nu doen?".

They lay out an `Antwoord` (src/switchwijzer/uitleg/antwoord.py); what to say is decided there, never here."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, cast

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Collapsible

from switchwijzer.i18n import _, getal
from switchwijzer.tui.widgets.bijwerken import werk_bij
from switchwijzer.tui.widgets.tekst import Tekst, Uitleg
from switchwijzer.tui.widgets.urengrafiek import Lijn, UrenGrafiek
from switchwijzer.uitleg.antwoord import Antwoord
from switchwijzer.uitleg.details import details
from switchwijzer.uitleg.geld import Rij, bedrag_of_streep


def tabel(
    rij_lijst: Sequence[Rij], centen: bool, totaal: tuple[Decimal, Decimal] | None = None,
    kosten: Sequence[Rij] = (), na_kosten: tuple[Decimal, Decimal] | None = None,
) -> str:
    """Now and later side by side, as aligned plain text (works the same in every theme): the lines, their
    total, and under it the costs and what is left after them."""
    nu, straks, totaal_naam, over_naam = _("Without work"), _("With work"), _("Total per month"), _("After the costs")
    namen = [r.naam for r in (*rij_lijst, *kosten)] + [totaal_naam] + ([over_naam] if na_kosten else [])
    breedte = max(len(naam) for naam in namen) + 2

    def regel(naam: str, bedrag_nu: Decimal | None, bedrag_straks: Decimal | None) -> str:
        return (
            f"{naam:<{breedte}}{bedrag_of_streep(bedrag_nu, centen):>12}{bedrag_of_streep(bedrag_straks, centen):>12}"
        )

    regels = [f"{'':<{breedte}}{nu:>12}{straks:>12}"]
    regels += [regel(rij.naam, rij.nu, rij.straks) for rij in rij_lijst]
    if totaal is not None:
        regels += ["─" * (breedte + 24), regel(totaal_naam, *totaal)]
    if na_kosten is not None:
        regels += [regel(rij.naam, rij.nu, rij.straks) for rij in kosten]
        regels += ["─" * (breedte + 24), regel(over_naam, *na_kosten)]
    return "\n".join(regels)


class UrenRij(Horizontal):
    """− 1 hour, the hours now, + 1 hour. The buttons are made once, when the row is mounted: a redraw after − / +
    compares a fresh `compose()` of the tab with the screen, and two new buttons (with their styles) each time
    cost more than all the texts of the tab."""

    def __init__(self, uren: str) -> None:
        super().__init__(classes="uren-rij")
        self.uren = uren

    def compose(self) -> ComposeResult:
        yield Button(_("− 1 hour"), id="minder", compact=True)
        yield Tekst(self.uren, id="uren-nu")
        yield Button(_("+ 1 hour"), id="meer", compact=True)

    def kan_bijwerken(self, nieuw: UrenRij) -> bool:
        """Always: only the hours differ (see `tui/widgets/bijwerken.py`)."""
        return True

    def bijwerken(self, nieuw: UrenRij) -> None:
        if nieuw.uren != self.uren:
            self.uren = nieuw.uren
            self.query_one("#uren-nu", Tekst).update(self.uren)


class Regels(Vertical):
    """The rules and sources of each row, each in a part that opens. The parts are made once, when this is
    mounted; after − / + only their titles and texts change (four new Collapsibles for every press cost more than
    all the other texts of the tab)."""

    DEFAULT_CSS = """
    Regels { height: auto; }
    """

    def __init__(self, rijen: Sequence[tuple[str, tuple[str, ...]]]) -> None:
        super().__init__()
        self.rijen = tuple(rijen)
        """(title, the texts inside) for each row."""

    def compose(self) -> ComposeResult:
        for titel, teksten in self.rijen:
            with Collapsible(title=titel, collapsed=True):
                for tekst in teksten:
                    yield Tekst(tekst, classes="details")

    def kan_bijwerken(self, nieuw: Regels) -> bool:
        """In place when there are as many rows with as many texts (see `tui/widgets/bijwerken.py`)."""
        return [len(teksten) for _titel, teksten in self.rijen] == [len(teksten) for _titel, teksten in nieuw.rijen]

    def bijwerken(self, nieuw: Regels) -> None:
        for deel, (_oud_titel, oud), (titel, teksten) in zip(self.query_children(Collapsible), self.rijen, nieuw.rijen,
                                                              strict=True):
            if deel.title != titel:
                deel.title = titel
            for widget, oude_tekst, tekst in zip(deel.query_one(Collapsible.Contents).children, oud, teksten,
                                                  strict=True):
                if tekst != oude_tekst:
                    cast(Tekst, widget).update(tekst)
        self.rijen = nieuw.rijen


class Paneel(VerticalScroll):
    """One tab of the answer; it only lays out its part of the `Antwoord` (redrawn when the hours change)."""

    def __init__(self, antwoord: Antwoord, **kwargs: Any) -> None:
        super().__init__(classes="paneel", **kwargs)
        self.antwoord = antwoord
        self.gelinkt: set[str] = set()
        self.verouderd = False

    async def toon(self, antwoord: Antwoord) -> None:
        """Show another answer: change only the texts and the chart that differ, and add or remove only the
        sentences that appear or disappear (see `tui/widgets/bijwerken.py`)."""
        self.antwoord = antwoord
        self.verouderd = False
        self.gelinkt = set()
        if self.is_mounted:
            await werk_bij(self)
        else:
            self.refresh(recompose=True)

    def zin(self, inhoud: str, klasse: str = "") -> Uitleg:
        return Uitleg(inhoud, gelinkt=self.gelinkt, classes=klasse)


class GeldPaneel(Paneel):
    def compose(self) -> ComposeResult:
        a = self.antwoord
        yield Tekst(a.geld_titel, classes="kopje")
        yield Tekst(a.kop, classes="antwoord", id="kop")
        for zin in a.kop_zinnen:
            yield self.zin(zin, "nu-straks")
        if a.nu_zin:
            yield Tekst(a.nu_zin, classes="nu-straks", id="nu")
        for zin in (a.schatting, a.regels_zin):
            if zin:
                yield self.zin(zin, "klein")
        if a.totaal is not None:
            yield Tekst(a.tabel_titel, classes="kopje")
            yield Tekst(
                tabel(a.geld, a.centen, a.totaal, a.kosten, a.totaal_na_kosten), classes="tabel", id="geld-tabel"
            )
            if a.afronding:
                yield self.zin(a.afronding, "klein")
        if a.jaarwissel_titel:
            yield Tekst(a.jaarwissel_titel, classes="kopje", id="jaarwissel")
            for zin in a.jaarwissel:
                yield self.zin(f"• {zin}")
        for zin in a.geld_zinnen:
            yield self.zin(f"• {zin}")
        if a.uren_tonen:
            yield Tekst(a.grafiek_titel, classes="kopje")
            yield UrenRij(_("{uren} hours per week").format(uren=getal(a.gekozen_uren or 0)))
            yield UrenGrafiek(uren_lijnen(a), na_kosten=a.na_kosten, id="grafiek")
        for zin in a.uren_zinnen:
            yield self.zin(zin)
        if a.aannames:
            yield Tekst(a.aannames_titel, classes="kopje")
            for zin in a.aannames:
                yield self.zin(f"• {zin}", "klein")
        if a.centen:
            yield Tekst(_("Rules and sources"), classes="kopje")
            yield Regels([(rij.naam, tuple("\n".join(details(regel, a.woorden))
                                            for regel in (rij.regel_nu, rij.regel_straks) if regel is not None))
                          for rij in a.geld])


def uren_lijnen(a: Antwoord) -> list[Lijn]:
    """The first months' line, and the lasting one when it differs."""
    if not a.uren_reeks_blijvend:
        return [Lijn(a.grafiek_titel, a.uren_reeks, a.gekozen_uren, a.omslagpunt_uren)]
    eerst, blijvend = a.grafiek_lijnen
    return [Lijn(eerst, a.uren_reeks, a.gekozen_uren, a.omslagpunt_uren),
            Lijn(blijvend, a.uren_reeks_blijvend, a.gekozen_uren, a.omslagpunt_uren_blijvend)]


class MaandenPaneel(Paneel):
    """The months from the start: stretches of equal amounts, why each starts; the coach sees the lines."""

    def compose(self) -> ComposeResult:
        a = self.antwoord
        yield Tekst(a.maanden_titel, classes="kopje")
        if a.maanden_uitleg:
            yield self.zin(a.maanden_uitleg)
        for stuk in a.maanden:
            with Vertical(classes="maand-stuk"):
                yield Tekst(stuk.zin, classes="advies-titel")
                for reden in stuk.redenen:
                    yield self.zin(f"• {reden}", "klein")
                if stuk.schatting:
                    yield self.zin(stuk.schatting, "klein")
                if stuk.regels:
                    yield Tekst(tabel(stuk.regels, a.centen), classes="tabel")


class ToeslagenPaneel(Paneel):
    def compose(self) -> ComposeResult:
        a = self.antwoord
        yield Tekst(a.toeslagen_titel, classes="kopje")
        yield Tekst(tabel(a.toeslagen, a.centen), classes="tabel", id="toeslagen-tabel")
        for zin in a.toeslag_redenen:
            yield self.zin(zin, "klein")
        yield Tekst(_("What do you need to report?"), classes="kopje")
        for zin in a.melden:
            yield self.zin(f"• {zin}")
        if a.ouders_titel:
            yield Tekst(a.ouders_titel, classes="kopje")
            for zin in a.ouders:
                yield self.zin(f"• {zin}")


class AdviesPaneel(Paneel):
    """One part of the guidance: the way back, the indicatie, or what to do now."""

    def __init__(self, antwoord: Antwoord, scherm: str, **kwargs: Any) -> None:
        super().__init__(antwoord, **kwargs)
        self.scherm = scherm

    def compose(self) -> ComposeResult:
        deel = self.antwoord.deel(self.scherm)
        yield Tekst(deel.titel, classes="kopje")
        for stap in deel.stappen:
            yield self.zin(f"☐ {stap}")
        for item in deel.items:
            with Vertical(classes="advies"):
                yield Tekst(item.titel, classes="advies-titel")
                yield self.zin(item.tekst)
                for actie in item.acties:
                    yield self.zin(f"☐ {actie}")
                if self.antwoord.centen:
                    yield Tekst(_("Source: {bron}").format(bron=item.bron), classes="klein")
