"""Mijn overzicht: the answer model on A4 paper, for a participant, a parent or a budgetcoach.

It only lays out what `maak_antwoord` decided (the sentences, the lines, the hours, the advice), in the same
order as the plain text. The coach's copy adds the rule, source and parameters under each money line.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import cast

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from switchwijzer import __version__
from switchwijzer.afdruk.bestand import schrijf_atomisch
from switchwijzer.afdruk.grafiek import teken_grafiek
from switchwijzer.afdruk.lettertype import lettertypen
from switchwijzer.i18n import _, datum, taal
from switchwijzer.uitleg.antwoord import Antwoord
from switchwijzer.uitleg.bronnen import bronnen, wet_bron
from switchwijzer.uitleg.details import details
from switchwijzer.uitleg.geld import Rij, bedrag_of_streep
from switchwijzer.uitleg.scenarios import Vergelijking
from switchwijzer.uitleg.teksten import Woorden
from switchwijzer.uitleg.woordenlijst import gebruikte_woorden, woord

LETTER = "Atkinson"
MARGE = 18.0
TEKST = 12.0
"""Body text in points: large enough to read on paper for someone who reads with effort."""
KLEIN = 10.0
KOPJE = 15.0
TITEL = 22.0
MM_PER_PT = 0.3528
BEDRAG_BREEDTE = 34.0
GRAFIEK_HOOGTE = 80.0
GRAFIEK_MINSTE = 45.0
"""A chart that does not fit whole at the foot of a page is drawn lower (down to this) instead of moving to the next
page and leaving its heading alone above a blank third of a page."""


def regelhoogte(punten: float) -> float:
    return punten * MM_PER_PT * 1.45


ONDER_GRAFIEK = 2 * regelhoogte(TEKST) + 4
"""The legend lines under the chart (mm)."""


class _Blad(FPDF):
    def __init__(self, voet: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.voet = voet
        self.set_margins(MARGE, MARGE, MARGE)
        self.set_auto_page_break(True, margin=MARGE)
        for stijl, pad in lettertypen().items():
            self.add_font(LETTER, stijl, pad)
        self.set_font(LETTER, "", TEKST)

    def footer(self) -> None:
        self.set_y(-MARGE + 4)
        self.set_font(LETTER, "", KLEIN)
        pagina = _("Page {pagina} of {totaal}").format(pagina=self.page_no(), totaal="{nb}")
        self.cell(0, 5, f"{self.voet}  ·  {pagina}", align="C")


class _Opmaak:
    """Writes blocks of text one under the other; every text goes through here, so the layout stays one."""

    def __init__(self, pdf: _Blad) -> None:
        self.pdf = pdf
        self.geschreven: list[str] = []
        """Every text on the paper so far, to find the glossary words in."""

    def alinea(self, tekst: str, punten: float = TEKST, vet: bool = False, inspringen: float = 0.0) -> None:
        if not tekst:
            return
        self.geschreven.append(tekst)
        self.pdf.set_font(LETTER, "B" if vet else "", punten)
        self.pdf.set_x(MARGE + inspringen)
        self.pdf.multi_cell(self.pdf.epw - inspringen, regelhoogte(punten), tekst, align="L",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def ruimte(self, mm: float = 3.0) -> None:
        self.pdf.ln(mm)

    def _regels(self, breedte: float, hoogte: float, tekst: str) -> list[str]:
        """The lines `tekst` takes in a cell this wide, measured without writing (fpdf's annotation joins the
        results of every `output` kind; "LINES" gives the lines)."""
        return cast(list[str], self.pdf.multi_cell(breedte, hoogte, tekst, dry_run=True, output="LINES"))

    def kopje(self, tekst: str, samen_met: float | None = None) -> None:
        """A heading, kept on the same page as what comes after it: `samen_met` mm (a chart), or else at least
        three lines of text."""
        onder = samen_met if samen_met is not None else 4 * regelhoogte(TEKST)
        self.pdf.set_font(LETTER, "B", KOPJE)
        regels = len(self._regels(self.pdf.epw, regelhoogte(KOPJE), tekst))
        if self.pdf.will_page_break(5 + regels * regelhoogte(KOPJE) + 3 + onder):
            self.pdf.add_page()
        else:
            self.ruimte(5)
        self.alinea(tekst, KOPJE, vet=True)
        self.pdf.set_draw_color(0, 0, 0)
        self.pdf.set_line_width(0.3)
        self.pdf.line(MARGE, self.pdf.get_y() + 0.5, MARGE + self.pdf.epw, self.pdf.get_y() + 0.5)
        self.ruimte(2.5)

    def punten(self, zinnen: Iterable[str], punten: float = TEKST, inspringen: float = 0.0) -> None:
        for zin in zinnen:
            self._met_teken(zin, punten, inspringen, vakje=False)

    def vakjes(self, zinnen: Iterable[str], inspringen: float = 0.0) -> None:
        """Things to do, each with an empty box to tick on paper."""
        for zin in zinnen:
            self._met_teken(zin, TEKST, inspringen, vakje=True)

    def _met_teken(self, zin: str, punten: float, inspringen: float, vakje: bool) -> None:
        if not zin:
            return
        hoogte = regelhoogte(punten)
        if self.pdf.will_page_break(hoogte):
            self.pdf.add_page()
        x, y = MARGE + inspringen, self.pdf.get_y()
        if vakje:
            zijde = punten * MM_PER_PT * 0.75
            self.pdf.set_line_width(0.3)
            self.pdf.set_draw_color(0, 0, 0)
            self.pdf.rect(x + 0.5, y + (hoogte - zijde) / 2, zijde, zijde)
        else:
            self.pdf.set_fill_color(0, 0, 0)
            self.pdf.circle(x + 1.8, y + hoogte / 2, 0.8, style="F")
        self.alinea(zin, punten, inspringen=inspringen + 7)

    def tabel(
        self, rijen: tuple[Rij, ...], centen: bool, totaal: tuple[Decimal, Decimal] | None = None,
        kosten: tuple[Rij, ...] = (), na_kosten: tuple[Decimal, Decimal] | None = None,
    ) -> None:
        """Name, now and later, amounts on the right; the reason a line is empty under it; then the total, the
        costs and what is left after them."""
        naam_breedte = self.pdf.epw - 2 * BEDRAG_BREEDTE
        hoogte = regelhoogte(TEKST) + 1

        def regel(naam: str, nu: str, straks: str, vet: bool = False) -> None:
            if self.pdf.will_page_break(hoogte):
                self.pdf.add_page()
            self.pdf.set_font(LETTER, "B" if vet else "", TEKST)
            self.pdf.cell(naam_breedte, hoogte, naam)
            self.pdf.cell(BEDRAG_BREEDTE, hoogte, nu, align="R")
            self.pdf.cell(BEDRAG_BREEDTE, hoogte, straks, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

        def streep() -> None:
            y = self.pdf.get_y() + 0.5
            self.pdf.set_line_width(0.4)
            self.pdf.line(MARGE, y, MARGE + self.pdf.epw, y)
            self.ruimte(1)

        regel("", _("Without work"), _("With work"), vet=True)
        self.geschreven += [rij.naam for rij in (*rijen, *kosten)]
        for rij in rijen:
            regel(rij.naam, bedrag_of_streep(rij.nu, centen), bedrag_of_streep(rij.straks, centen))
            if rij.reden:
                self.alinea(rij.reden, KLEIN, inspringen=4)
        if totaal is not None:
            streep()
            regel(
                _("Total per month"), bedrag_of_streep(totaal[0], centen), bedrag_of_streep(totaal[1], centen), vet=True
            )
        if na_kosten is not None:
            for rij in kosten:
                regel(rij.naam, bedrag_of_streep(rij.nu, centen), bedrag_of_streep(rij.straks, centen))
            streep()
            regel(_("After the costs"), bedrag_of_streep(na_kosten[0], centen), bedrag_of_streep(na_kosten[1], centen),
                  vet=True)


    def vergelijking(self, v: Vergelijking, centen: bool) -> None:
        """The choices side by side: a column per choice (its number and name above it), a row per line."""
        kolommen = len(v.kolommen)
        cel = min(BEDRAG_BREEDTE, (self.pdf.epw - 55) / kolommen)
        naam_breedte = self.pdf.epw - kolommen * cel
        hoogte = regelhoogte(KLEIN) + 1
        self.pdf.set_font(LETTER, "B", KLEIN)
        koppen = [f"{k.nummer} {k.naam}" for k in v.kolommen]
        self.geschreven += koppen
        regels = max(len(self._regels(cel, hoogte, kop)) for kop in koppen)
        if self.pdf.will_page_break(regels * hoogte + 4 * hoogte):
            self.pdf.add_page()
        y = self.pdf.get_y()
        for i, kop in enumerate(koppen):  # the names may take two lines: each is a box of its own
            self.pdf.set_xy(MARGE + naam_breedte + i * cel, y)
            self.pdf.multi_cell(cel, hoogte, kop, align="R")
        self.pdf.set_xy(MARGE, y + regels * hoogte)
        for rij in v.rijen:
            if self.pdf.will_page_break(hoogte):
                self.pdf.add_page()
            vet = rij.soort in ("kop", "totaal")
            self.pdf.set_font(LETTER, "B" if vet else "", KLEIN)
            self.pdf.cell(naam_breedte, hoogte, rij.naam if vet else f"   {rij.naam}")
            for waarde in rij.cellen:
                self.pdf.cell(cel, hoogte, waarde, align="R")
            self.pdf.ln(hoogte)
        self.geschreven += [rij.naam for rij in v.rijen]
        self.ruimte(1)
        self.alinea(v.uitleg, KLEIN)


def maak_pdf(antwoord: Antwoord, gemaakt_op: date, vergelijking: Vergelijking | None = None) -> bytes:
    """The whole summary as PDF bytes, in the current interface language; with the choices side by side when
    there are any."""
    kop = antwoord.afdruk_titel
    pdf = _Blad(voet=f"Switchwijzer · {kop} · {datum(gemaakt_op)}")
    pdf.set_title(kop)
    pdf.set_lang(taal())
    pdf.set_creator(f"Switchwijzer {__version__}")
    pdf.add_page()
    o = _Opmaak(pdf)
    a = antwoord

    o.alinea(kop, TITEL, vet=True)
    o.alinea(_("Made with Switchwijzer on {datum}.").format(datum=datum(gemaakt_op)), KLEIN)
    o.ruimte(4)
    o.alinea(a.kop, KOPJE, vet=True)
    o.ruimte(1)
    for zin in (*a.kop_zinnen, a.nu_zin, a.schatting, a.regels_zin):
        o.alinea(zin)

    if a.geld or a.geld_zinnen:
        o.kopje(a.geld_titel)
        if a.geld:
            o.alinea(a.tabel_titel, vet=True)
            o.tabel(a.geld, a.centen, a.totaal, a.kosten, a.totaal_na_kosten)
            o.alinea(a.afronding, KLEIN)
            o.ruimte(2)
        if a.jaarwissel_titel:
            o.kopje(a.jaarwissel_titel)
            o.punten(a.jaarwissel)
        o.ruimte(1)
        o.punten(a.geld_zinnen)

    if a.uren_tonen:
        o.kopje(a.grafiek_titel, samen_met=GRAFIEK_MINSTE + ONDER_GRAFIEK)
        ruimte = pdf.page_break_trigger - pdf.get_y() - ONDER_GRAFIEK
        hoogte = max(GRAFIEK_MINSTE, min(GRAFIEK_HOOGTE, ruimte))
        later = (a.grafiek_lijnen[1], a.uren_reeks_blijvend) if a.uren_reeks_blijvend else None
        onder = teken_grafiek(pdf, MARGE, pdf.get_y(), pdf.epw, hoogte, a.uren_reeks, a.gekozen_uren,
                              a.omslagpunt_uren, TEKST - 1, na_kosten=a.na_kosten, later=later)
        pdf.set_y(onder)
        o.ruimte(2)
        o.punten(a.uren_zinnen)

    if a.maanden:
        o.kopje(a.maanden_titel)
        o.alinea(a.maanden_uitleg)
        for stuk in a.maanden:
            o.alinea(stuk.zin, vet=True)
            o.punten([zin for zin in (*stuk.redenen, stuk.schatting) if zin])
            if stuk.regels:
                o.tabel(stuk.regels, a.centen)
        o.ruimte(2)

    if vergelijking is not None and len(vergelijking.kolommen) > 1:
        o.kopje(vergelijking.titel)
        o.alinea(vergelijking.intro_papier)
        o.ruimte(2)
        o.vergelijking(vergelijking, a.centen)

    if a.toeslagen:
        o.kopje(a.toeslagen_titel)
        o.tabel(a.toeslagen, a.centen)
        o.ruimte(2)
        o.punten(a.melden)

    if a.ouders_titel:
        o.kopje(a.ouders_titel)
        o.punten(a.ouders)

    for deel in a.delen:
        if not deel.stappen and not deel.items:
            continue
        o.kopje(deel.titel)
        o.vakjes(deel.stappen)
        for item in deel.items:
            o.ruimte(2)
            o.alinea(item.titel, vet=True)
            o.alinea(item.tekst)
            o.vakjes(item.acties)
            wet = wet_bron(item.bron) if a.centen else ""
            if wet:
                o.alinea(_("Source: {bron}").format(bron=wet), KLEIN)

    if a.aannames:
        o.kopje(a.aannames_titel)
        o.punten(a.aannames)

    lijst = bronnen(a)
    if lijst or a.regels_zin:
        o.kopje(_("Sources"))
        o.alinea(a.regels_zin)
        o.ruimte(1)
        o.punten(lijst, KLEIN + 1)

    if a.centen:  # the budgetcoach: the rule, source and parameters behind each amount, after the summary
        o.kopje(_("Rules and sources"))
        for rij in (*a.geld, *(r for r in a.toeslagen if r.code not in {g.code for g in a.geld})):
            regels = details(rij.regel_straks or rij.regel_nu, a.woorden)
            if regels:
                o.ruimte(1.5)
                o.alinea(rij.naam, vet=True)
                o.alinea("\n".join(regels), KLEIN - 1, inspringen=4)

    _woorden(o, a.woorden)  # last: the words of every page before it, the coach's rules too
    return bytes(pdf.output())


def _woorden(o: _Opmaak, woorden: Woorden) -> None:
    """The hard words on the paper, explained in a-z order: on paper there is no F2 to look them up."""
    gebruikt = gebruikte_woorden(o.geschreven)
    if not gebruikt:
        return
    o.kopje(_("What do these words mean?"))
    for w in sorted((woord(woord_id, woorden) for woord_id in gebruikt), key=lambda w: w.titel.casefold()):
        if o.pdf.will_page_break(regelhoogte(TEKST) * 3 + 1):  # a word stays with its explanation
            o.pdf.add_page()
        else:
            o.ruimte(1)
        o.alinea(w.titel, vet=True)
        o.alinea(w.uitleg)


def bewaar_pdf(antwoord: Antwoord, pad: Path, gemaakt_op: date, vergelijking: Vergelijking | None = None) -> Path:
    """Make the summary and save it at `pad` (atomically); returns where it is. Raises Schrijffout."""
    return schrijf_atomisch(pad, maak_pdf(antwoord, gemaakt_op, vergelijking))
