"""Scenarios side by side: the first answer and up to three variants (other hours, other work, a later start).

A `Scenario` is a name and what it changes in the Situatie. `vergelijk` computes each variant with the real
engine, lets the answer model (`maak_antwoord`) decide the lines and their names, and lines them up as rows
with one cell per scenario, so the comparison uses the same lines and labels as the Geld tab. No Textual here:
the wizard's compare screen only lays out a `Vergelijking`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from switchwijzer.engine import bereken
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Periode, Uitkomst
from switchwijzer.i18n import N_, Invoerfout, _, geld, getal, maand_jaar
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import Antwoord, maak_antwoord
from switchwijzer.uitleg.geld import bedrag_of_streep
from switchwijzer.uitleg.teksten import Zin, woorden

MAX_VARIANTEN = 3
"""The first answer plus at most this many variants (more columns do not fit next to each other)."""

SOORTEN_WERK: dict[str, str] = {
    "beschut_werk": N_("Beschut werk"),
    "loonkostensubsidie": N_("Loonkostensubsidie"),
    "regulier": N_("Regular job"),
}
"""The kinds of work a variant can choose, in the order of the question in the wizard."""

MET_VRIJLATING = "*"
"""Put after the amount of a month in which part of the wage is kept (vrijlating): a sign, not a colour."""


@dataclass(frozen=True)
class Scenario:
    """A variant of the first answer: what it changes in the Situatie (None: as in the first answer)."""

    uren: Decimal | None = None
    soort_werk: str | None = None
    start: date | None = None
    """The first day of the month the work starts (the amounts use the rules of that month)."""

    def naam(self) -> str:
        """A short name that says what is different: "32 hours, Regular job"."""
        delen = []
        if self.uren is not None:
            delen.append(_("{uren} hours").format(uren=getal(self.uren)))
        if self.soort_werk is not None:
            delen.append(_(SOORTEN_WERK[self.soort_werk]))
        if self.start is not None:
            delen.append(_("start {maand}").format(maand=maand_jaar(self.start)))
        naam = ", ".join(delen) or _("The same")
        return naam[:1].upper() + naam[1:]

    def toepassen(self, basis: Situatie) -> Situatie:
        """The Situatie of this variant; raises Invoerfout (in B1) when the change does not fit."""
        data: dict[str, Any] = basis.model_dump()
        if self.uren is not None:
            data["straks"]["uren_per_week"] = self.uren
        if self.soort_werk is not None:
            data["straks"]["soort_werk"] = self.soort_werk
        if self.start is not None:
            data["peildatum"] = self.start.replace(day=1)
            data["straks"]["maand_sinds_start"] = 1  # a later start: the work has not begun yet
        try:
            return Situatie.model_validate(data)
        except ValidationError as fout:
            plekken = {".".join(str(d) for d in f["loc"]) for f in fout.errors(include_url=False)}
            if "peildatum" in plekken:
                raise Invoerfout(
                    _("We do not know the amounts for this date yet. "
                      "Ask the gemeente or UWV for a calculation on paper.")
                ) from fout
            raise Invoerfout(_("This change does not fit the other answers. Choose another change.")) from fout


@dataclass(frozen=True)
class Kolom:
    """One scenario, computed: its number (1 is the first answer), name, Situatie, result and answer."""

    nummer: int
    naam: str
    situatie: Situatie
    uitkomst: Uitkomst
    antwoord: Antwoord


@dataclass(frozen=True)
class VergelijkRij:
    """One row of the comparison: a label and one cell per scenario. `soort` is "kop" (a heading without
    amounts), "regel" (a line of money), "totaal" or "maand" (the total in some months after the start)."""

    naam: str
    cellen: tuple[str, ...]
    soort: str


@dataclass(frozen=True)
class Vergelijking:
    kolommen: tuple[Kolom, ...]
    rijen: tuple[VergelijkRij, ...]
    uitleg: str
    """The sentence under the table: what the sign for vrijlating means, in the reader's words."""
    titel: str = ""
    intro_papier: str = ""
    """The heading and the first sentence of the comparison on paper (Mijn overzicht)."""
    grafiek: str = ""
    """What the chart of the choices shows."""


def reken_kolom(
    nummer: int, naam: str, situatie: Situatie, lezer: Lezer, aannames: Sequence[str | Zin] = ()
) -> Kolom:
    uitkomst = bereken(situatie)
    return Kolom(nummer, naam, situatie, uitkomst, maak_antwoord(situatie, uitkomst, lezer, tuple(aannames)))


def vergelijk(
    basis: Situatie, varianten: Sequence[Scenario], lezer: Lezer, aannames: Sequence[str | Zin] = (),
    basis_naam: str | None = None,
) -> Vergelijking:
    """The first answer and each variant side by side (each computed by the engine with its own rules)."""
    kolommen = [reken_kolom(1, basis_naam or _("Answer"), basis, lezer, aannames)]
    for nummer, scenario in enumerate(varianten[:MAX_VARIANTEN], start=2):
        kolommen.append(reken_kolom(nummer, scenario.naam(), scenario.toepassen(basis), lezer, aannames))
    w = woorden(lezer)
    return Vergelijking(tuple(kolommen), tuple(_rijen(kolommen, w.centen)),
                        w.uit("scenarios", "vrijlating_teken", teken=MET_VRIJLATING),
                        w.uit("scenarios", "titel"), w.uit("scenarios", "intro_papier"), w.uit("scenarios", "grafiek"))


def _rijen(kolommen: list[Kolom], centen: bool) -> list[VergelijkRij]:
    namen: dict[str, str] = {}  # line code -> its name on the Geld tab, in the order of the first answer
    for kolom in kolommen:
        for rij in kolom.antwoord.geld:
            namen.setdefault(rij.code, rij.naam)

    def bedrag(kolom: Kolom, code: str, kant: str) -> str:
        rij = next((r for r in kolom.antwoord.geld if r.code == code), None)
        return bedrag_of_streep(getattr(rij, kant) if rij else None, centen)

    def totaal(kolom: Kolom, kant: int) -> str:
        t = kolom.antwoord.totaal
        return bedrag_of_streep(t[kant] if t else None, centen)

    def totaal_na(kolom: Kolom, kant: int) -> str:
        t = _na_kosten(kolom)
        return bedrag_of_streep(t[kant] if t else None, centen)

    leeg = tuple("" for _k in kolommen)
    uit: list[VergelijkRij] = []
    for kant, titel, totaal_naam in ((0, _("Now"), _("Total now")), (1, _("Later"), _("Total later"))):
        uit.append(VergelijkRij(titel, leeg, "kop"))
        for code, naam in namen.items():
            uit.append(VergelijkRij(naam, tuple(bedrag(k, code, ("nu", "straks")[kant]) for k in kolommen), "regel"))
        uit.append(VergelijkRij(totaal_naam, tuple(totaal(k, kant) for k in kolommen), "totaal"))
    uit.append(VergelijkRij(_("Difference per month"), tuple(_verschil(k.antwoord.totaal, centen) for k in kolommen),
                            "totaal"))
    na_kosten = any(k.antwoord.na_kosten for k in kolommen)
    # what the headline and the chart show: what is left after the eigen bijdrage, lokale belastingen, travel
    if na_kosten:
        uit.append(VergelijkRij(_("After the costs"), leeg, "kop"))
        uit.append(VergelijkRij(_("Left now"), tuple(totaal_na(k, 0) for k in kolommen), "totaal"))
        uit.append(VergelijkRij(_("Left later"), tuple(totaal_na(k, 1) for k in kolommen), "totaal"))
        uit.append(VergelijkRij(_("Difference after the costs"),
                                tuple(_verschil(_na_kosten(k), centen) for k in kolommen), "totaal"))
    uit.append(VergelijkRij(_("Month after the start, after the costs") if na_kosten else _("Month after the start"),
                            leeg, "kop"))
    uit += _maand_rijen(kolommen, centen, na_kosten)
    return uit


def _na_kosten(kolom: Kolom) -> tuple[Decimal, Decimal] | None:
    nu, straks = kolom.uitkomst.nu, kolom.uitkomst.straks
    if nu is None or straks is None or nu.totaal_na_kosten is None or straks.totaal_na_kosten is None:
        return None
    return nu.totaal_na_kosten, straks.totaal_na_kosten


def _verschil(t: tuple[Decimal, Decimal] | None, centen: bool) -> str:
    if t is None:
        return "–"
    verschil = t[1] - t[0]
    teken = "+" if verschil > 0 else ("−" if verschil < 0 else "")
    return teken + geld(abs(verschil), centen=centen)


def _maand_rijen(kolommen: list[Kolom], centen: bool, na_kosten: bool = False) -> list[VergelijkRij]:
    """One row per stretch of months in which no scenario changes: each cell is that scenario's total then
    (after the costs when `na_kosten`), with the vrijlating sign when part of the wage is kept in those months."""
    grenzen = sorted({p.vanaf_maand for k in kolommen for p in k.uitkomst.verloop})
    uit = []
    for i, van in enumerate(grenzen):
        tot = grenzen[i + 1] - 1 if i + 1 < len(grenzen) else None
        if tot is None:
            naam = _("From month {maand}").format(maand=van)
        elif tot == van:
            naam = _("Month {maand}").format(maand=van)
        else:
            naam = _("Month {van} to {tot}").format(van=van, tot=tot)
        uit.append(VergelijkRij(naam, tuple(_maand_cel(k.uitkomst.verloop, van, centen, na_kosten)
                                                  for k in kolommen), "maand"))
    return uit


def _maand_cel(verloop: Sequence[Periode], maand: int, centen: bool, na_kosten: bool = False) -> str:
    for periode in verloop:
        if periode.vanaf_maand <= maand and (periode.tot_en_met_maand is None or maand <= periode.tot_en_met_maand):
            totaal = periode.totaal_na_kosten if na_kosten and periode.totaal_na_kosten is not None else periode.totaal
            bedrag = geld(totaal, centen=centen)
            return f"{bedrag} {MET_VRIJLATING}" if periode.vrijlating else bedrag
    return "–"
