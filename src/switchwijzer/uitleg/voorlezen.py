"""What the voice reads: one part of the answer (a tab of the wizard) or one question, as speakable sentences.

The spoken text comes from the answer model (`Antwoord`) and the question data, never from the screen: the
screen has aligned tables, bullets and a chart that a voice cannot read. Each part of the answer is a walk over
its sections, one small function per section, in the order the tab shows them; a new section of the answer is
one new function in its part's list. The sentences keep the reader's words ("je", "u", "uw kind") and go
through `uitspraak` (amounts, dates, abbreviations). No textual import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from switchwijzer import i18n
from switchwijzer.i18n import _, getal
from switchwijzer.uitleg.uitspraak import bedrag, geen_bedrag, zinnen

if TYPE_CHECKING:  # F6 on the first screen must not wait for the engine and pydantic to load
    from switchwijzer.engine.situatie import Situatie
    from switchwijzer.engine.uitkomst import Uitkomst
    from switchwijzer.lezer import Lezer
    from switchwijzer.uitleg.antwoord import Antwoord
    from switchwijzer.uitleg.geld import Rij
    from switchwijzer.uitleg.teksten import Woorden, Zin
    from switchwijzer.uitleg.vragenlijst import Keuze, Vraag

Sectie = Callable[["Antwoord"], Iterable[str]]


def _bedragen(naam: str, nu: Decimal | None, straks: Decimal | None, centen: bool) -> str:
    def gezegd(waarde: Decimal | None) -> str:
        return bedrag(waarde, centen) if waarde is not None else geen_bedrag()

    return _("{naam}: without work {nu}, with work {straks}.").format(naam=naam, nu=gezegd(nu), straks=gezegd(straks))


def _rij(rij: Rij, centen: bool) -> str:
    return _bedragen(rij.naam, rij.nu, rij.straks, centen) + (f" {rij.reden}" if rij.reden else "")


def _geld_kop(a: Antwoord) -> Iterable[str]:
    return (a.geld_titel, a.kop, *a.kop_zinnen, a.nu_zin, a.schatting, a.regels_zin)


def _geld_tabel(a: Antwoord) -> Iterable[str]:
    if a.totaal is None:
        return
    yield a.tabel_titel
    yield from (_rij(rij, a.centen) for rij in a.geld)
    yield _bedragen(_("Total per month"), *a.totaal, centen=a.centen)
    if a.totaal_na_kosten is not None:
        yield from (_rij(rij, a.centen) for rij in a.kosten)
        yield _bedragen(_("After the costs"), *a.totaal_na_kosten, centen=a.centen)
    yield a.afronding


def _maanden(a: Antwoord) -> Iterable[str]:
    yield a.maanden_titel
    yield a.maanden_uitleg
    for stuk in a.maanden:
        yield stuk.zin
        yield from stuk.redenen
        yield stuk.schatting


def _jaarwissel(a: Antwoord) -> Iterable[str]:
    return (a.jaarwissel_titel or "", *a.jaarwissel)


def _geld_zinnen(a: Antwoord) -> Iterable[str]:
    return a.geld_zinnen


def _uren(a: Antwoord) -> Iterable[str]:
    if a.uren_tonen:
        yield a.grafiek_titel
        yield _("{uren} hours per week").format(uren=getal(a.gekozen_uren or 0)) + "."
    yield from a.uren_zinnen


def _aannames(a: Antwoord) -> Iterable[str]:
    return (a.aannames_titel, *a.aannames) if a.aannames else ()


def _toeslagen(a: Antwoord) -> Iterable[str]:
    # Each row says its own reason ("Geen huurhuis, dus geen huurtoeslag."), where the screen puts them under the table.
    return (a.toeslagen_titel, *(_rij(rij, a.centen) for rij in a.toeslagen))


def _melden(a: Antwoord) -> Iterable[str]:
    return (_("What do you need to report?"), *a.melden)


def _ouders(a: Antwoord) -> Iterable[str]:
    return (a.ouders_titel, *a.ouders) if a.ouders_titel else ()


def _advies(scherm: str) -> Sectie:
    def secties(a: Antwoord) -> Iterable[str]:
        deel = a.deel(scherm)
        yield deel.titel
        yield from deel.stappen
        for item in deel.items:
            yield item.titel
            yield item.tekst
            yield from item.acties

    return secties


DELEN: dict[str, tuple[Sectie, ...]] = {
    "geld": (_geld_kop, _geld_tabel, _jaarwissel, _geld_zinnen, _uren, _aannames),
    "maanden": (_maanden,),
    "toeslagen": (_toeslagen, _melden, _ouders),
    "terug_kunnen": (_advies("terug_kunnen"),),
    "indicatie": (_advies("indicatie"),),
    "nu_doen": (_advies("nu_doen"),),
}
"""The parts of the answer in the order of the wizard's tabs, each a walk over its sections. The budgetcoach's
rules, parameters and sources are not read: they are for checking on paper, not for listening."""


def antwoord_zinnen(antwoord: Antwoord, deel: str) -> list[str]:
    """One part of the answer (a tab: "geld", "maanden", "toeslagen", "terug_kunnen", "indicatie", "nu_doen") as
    sentences."""
    return zinnen([tekst for sectie in DELEN[deel] for tekst in sectie(antwoord) if tekst])


def keuze_zinnen(namen: Iterable[str]) -> list[str]:
    """Choices as they are read: "Keuze 1: Ik woon alleen." (the digit picks it)."""
    return [_("Choice {n}: {choice}.").format(n=n, choice=naam.rstrip(".")) for n, naam in enumerate(namen, 1)]


def vraag_zinnen(
    vraag: Vraag, w: Woorden, keuzes: Sequence[Keuze], waarom: bool = False, fout: str = "",
) -> list[str]:
    """A question as the voice reads it: the question, its explanation, what was wrong with the answer typed,
    the choices that fit with their numbers (a digit picks one), "Weet ik niet", and "Waarom vragen we dit?"
    when it is open."""
    teksten = [w.kies(vraag.tekst), w.kies(vraag.uitleg), fout]
    if vraag.soort == "keuze":
        namen = [w.kies(keuze.tekst) for keuze in keuzes]
        if vraag.weet_niet is not None:
            namen.append(_("I don't know"))
        teksten += keuze_zinnen(namen)
    else:
        teksten.append(_("Type the answer. Then press Enter."))
        if vraag.weet_niet is not None:
            teksten.append(_("Or choose: I don't know."))
    if waarom:
        teksten += [_("Why do we ask this?"), w.kies(vraag.waarom)]
    return zinnen(teksten)


def voorleestekst(
    situatie: Situatie, uitkomst: Uitkomst, lezer: Lezer, aannames: Iterable[str | Zin] = ()
) -> list[list[str]]:
    """The whole answer as the wizard reads it, tab after tab: one list of sentences per part."""
    from switchwijzer.uitleg.antwoord import maak_antwoord

    vorige = i18n.taal()
    i18n.zet_taal(lezer.taal)
    try:
        antwoord = maak_antwoord(situatie, uitkomst, lezer, tuple(aannames))
        return [antwoord_zinnen(antwoord, deel) for deel in DELEN]
    finally:
        i18n.zet_taal(vorige)
