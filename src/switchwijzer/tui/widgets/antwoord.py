"""The parts of the answer screen: Geld, Toeslagen, the guidance parts and "Wat kan ik nu doen?"."""

from __future__ import annotations

from decimal import Decimal

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Collapsible

from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Regel, Uitkomst
from switchwijzer.i18n import _, datum, getal
from switchwijzer.tui.widgets.tekst import Tekst, Uitleg
from switchwijzer.tui.widgets.urengrafiek import UrenGrafiek
from switchwijzer.uitleg import advies as _advies
from switchwijzer.uitleg.geld import Rij, bedrag_of_streep, kop, nu_en_straks, omslag_zin, reden_tekst, rijen, verloop_zinnen
from switchwijzer.uitleg.signalen import in_groep
from switchwijzer.uitleg.stappen import stappen
from switchwijzer.uitleg.teksten import tekst
from switchwijzer.uitleg.toeslagen import toeslag_rijen, voor_ouders, wat_doen


def tabel(rij_lijst: list[Rij], centen: bool, totaal: tuple[Decimal, Decimal] | None = None) -> str:
    """Now and later side by side, as aligned plain text (works the same in every theme)."""
    nu, straks, totaal_naam = _("Now"), _("Later"), _("Total per month")
    breedte = max([len(r.naam) for r in rij_lijst] + [len(totaal_naam)]) + 2
    kop_regel = f"{'':<{breedte}}{nu:>12}{straks:>12}"
    regels = [kop_regel]
    for rij in rij_lijst:
        regels.append(f"{rij.naam:<{breedte}}{bedrag_of_streep(rij.nu, centen):>12}{bedrag_of_streep(rij.straks, centen):>12}")
    if totaal is not None:
        regels.append("─" * (breedte + 24))
        regels.append(f"{totaal_naam:<{breedte}}{bedrag_of_streep(totaal[0], centen):>12}{bedrag_of_streep(totaal[1], centen):>12}")
    return "\n".join(regels)


class Paneel(VerticalScroll):
    """One tab of the answer; redrawn when the answer changes (e.g. other hours)."""

    def __init__(self, situatie: Situatie, uitkomst: Uitkomst, rol: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(classes="paneel", **kwargs)
        self.situatie, self.uitkomst, self.rol = situatie, uitkomst, rol
        self.gelinkt: set[str] = set()
        self.aannames: list[str] = []
        self.verouderd = False

    def toon(self, situatie: Situatie, uitkomst: Uitkomst) -> None:
        self.situatie, self.uitkomst = situatie, uitkomst
        self.verouderd = False
        self.gelinkt = set()
        self.refresh(recompose=True)

    def zin(self, inhoud: str, klasse: str = "") -> Uitleg:
        return Uitleg(inhoud, gelinkt=self.gelinkt, classes=klasse)


class GeldPaneel(Paneel):
    def compose(self) -> ComposeResult:
        u, rol = self.uitkomst, self.rol
        yield Tekst(tekst("titel_geld", rol), classes="kopje")
        yield Tekst(kop(u, rol), classes="antwoord", id="kop")
        yield Tekst(nu_en_straks(u), classes="nu-straks", id="nu-straks")
        yield self.zin(tekst("schatting", rol), "klein")
        if u.nu is not None and u.straks is not None:
            yield Tekst(tabel(rijen(u, rol), rol == "coach", (u.nu.totaal, u.straks.totaal)), classes="tabel", id="geld-tabel")
        for zin in verloop_zinnen(u, rol) if len({p.totaal for p in u.verloop}) > 1 else []:
            yield self.zin(zin)
        for zin in in_groep(u, rol, "geld"):
            yield self.zin(f"• {zin}")
        for niet in u.niet_berekend:
            yield self.zin(f"• {reden_tekst(niet.reden, rol) or reden_tekst(niet.onderdeel, rol)}")
        yield Tekst(tekst("grafiek_uitleg", rol), classes="kopje")
        uren = self.situatie.straks.uren_per_week
        with Horizontal(classes="uren-rij"):
            yield Button(_("− 1 hour"), id="minder", compact=True)
            yield Tekst(_("{uren} hours per week").format(uren=getal(uren or 0)), id="uren-nu")
            yield Button(_("+ 1 hour"), id="meer", compact=True)
        yield UrenGrafiek(u.uren_reeks, uren, u.omslagpunt_uren, id="grafiek")
        if omslag := omslag_zin(u, rol):
            yield self.zin(omslag)
        aannames = list(self.aannames) + in_groep(u, rol, "aanname")
        if aannames:
            yield Tekst(tekst("titel_aannames", rol), classes="kopje")
            for zin in aannames:
                yield self.zin(f"• {zin}", "klein")
        if rol == "coach":
            yield Tekst(_("Rules and sources"), classes="kopje")
            for rij in rijen(u, rol):
                with Collapsible(title=rij.naam, collapsed=True):
                    for regel in (rij.regel_nu, rij.regel_straks):
                        if regel is not None:
                            yield Tekst(details(regel), classes="details")


def details(regel: Regel) -> str:
    uit = [
        _("Rule: {regel}").format(regel=regel.regel),
        _("Source: {bron} (valid from {datum})").format(bron=regel.bron, datum=datum(regel.geldig_vanaf)),
    ]
    uit += [f"· {p.pad} = {p.waarde} {p.eenheid} ({p.bron}, {datum(p.geldig_vanaf)})" for p in regel.parameters]
    uit += [f"· {o.naam}: {bedrag_of_streep(o.bedrag, True)}" for o in regel.onderdelen]
    if regel.reden:
        uit.append(_("Reason: {reden}").format(reden=regel.reden))
    return "\n".join(uit)


class ToeslagenPaneel(Paneel):
    def compose(self) -> ComposeResult:
        u, rol = self.uitkomst, self.rol
        yield Tekst(tekst("titel_toeslagen", rol), classes="kopje")
        rij_lijst = toeslag_rijen(u, rol)
        yield Tekst(tabel(rij_lijst, rol == "coach"), classes="tabel", id="toeslagen-tabel")
        for rij in rij_lijst:
            if rij.reden:
                yield self.zin(f"{rij.naam}: {rij.reden}", "klein")
        yield Tekst(_("What do you need to report?"), classes="kopje")
        for zin in wat_doen(u, rol):
            yield self.zin(f"• {zin}")
        if rol == "ouder" or self.situatie.huishouden.soort == "bij_ouders":
            yield Tekst(tekst("titel_ouders", rol), classes="kopje")
            for zin in voor_ouders(u, rol) or [tekst("geen_ouders", rol)]:
                yield self.zin(f"• {zin}")


class AdviesPaneel(Paneel):
    """Items from the guidance module for one screen."""

    def __init__(self, situatie: Situatie, uitkomst: Uitkomst, rol: str, scherm: str, titel: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(situatie, uitkomst, rol, **kwargs)
        self.scherm, self.titel = scherm, titel

    def compose(self) -> ComposeResult:
        yield Tekst(tekst(self.titel, self.rol), classes="kopje")
        if self.scherm == "nu_doen":
            for stap in stappen(self.situatie, self.uitkomst, self.rol):
                yield self.zin(f"☐ {stap}")
        for item in _advies.items(self.situatie, self.rol, self.scherm):
            with Vertical(classes="advies"):
                yield Tekst(item.titel, classes="advies-titel")
                yield self.zin(item.tekst)
                for actie in item.acties:
                    yield self.zin(f"☐ {actie}")
                if self.rol == "coach":
                    yield Tekst(_("Source: {bron}").format(bron=item.bron), classes="klein")
