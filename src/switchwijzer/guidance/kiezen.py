"""Pick the items that apply to a situation and fill in their placeholders. Pure: no clock, no I/O beyond the
content files that are read once."""

from __future__ import annotations

from datetime import date
from string import Formatter

from babel.dates import format_date

from switchwijzer import i18n
from switchwijzer.engine.situatie import Situatie
from switchwijzer.guidance.feiten import Feiten, feiten
from switchwijzer.guidance.inhoud import items
from switchwijzer.guidance.model import ONDERWERPEN, AdviesItem, InhoudItem, Tekst, Voorwaarden
from switchwijzer.i18n import Taal
from switchwijzer.lezer import Lezer

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def past(als: Voorwaarden, f: Feiten) -> bool:
    """True when every condition that is given matches the facts."""
    s = f.situatie
    d = s.dagbesteding
    return (
        (als.financiering is None or d.financiering in als.financiering)
        and (als.indicatie is None or f.looptijd.stand in als.indicatie)
        and (als.uitkering is None or s.nu.uitkering in als.uitkering)
        and (als.onder_27 is None or f.onder_27 == als.onder_27)
        and (als.onder_21 is None or f.onder_21 == als.onder_21)
        and (als.huishouden is None or s.huishouden.soort in als.huishouden)
        and (als.advies_beschut_werk is None or d.advies_beschut_werk is als.advies_beschut_werk)
        and (als.soort_werk is None or s.straks.soort_werk in als.soort_werk)
        and (als.regio is None or (f.gemeente is not None and f.gemeente.regio in als.regio))
        and (als.gemeente_bekend is None or (f.gemeente is not None) == als.gemeente_bekend)
        and (als.vanaf is None or s.peildatum >= als.vanaf)
    )


def _datum(dag: date, taal: Taal) -> str:
    # i18n.datum() follows the interface language; advies() takes the language as an argument and must not
    # change global state, so for the other language we format with the same babel pattern here.
    if taal == i18n.taal():
        return i18n.datum(dag)
    return format_date(dag, format="long", locale=_LOCALES[taal])


def _maanden(maanden: int | None, taal: Taal) -> str:
    n = maanden or 0
    if taal == "nl":
        return "minder dan een maand" if n == 0 else ("1 maand" if n == 1 else f"{n} maanden")
    return "less than a month" if n == 0 else ("1 month" if n == 1 else f"{n} months")


def plaatshouders(tekst: str) -> set[str]:
    return {naam for _, naam, _, _ in Formatter().parse(tekst) if naam}


def _invullen(tekst: str, waarden: dict[str, str]) -> str:
    ontbreekt = plaatshouders(tekst) - waarden.keys()
    if ontbreekt:
        raise KeyError(f"geen waarde voor {sorted(ontbreekt)} in: {tekst[:60]}")
    return tekst.format_map(waarden)


def _item(inhoud: InhoudItem, f: Feiten, lezer: Lezer) -> AdviesItem:
    taal = lezer.taal
    tekst: Tekst = getattr(getattr(inhoud, taal), lezer.rol)
    lt = f.looptijd
    waarden: dict[str, str] = {}
    if lt.einddatum is not None:
        waarden["einddatum"] = _datum(lt.einddatum, taal)
        waarden["maanden"] = _maanden(lt.maanden, taal)
    if f.gemeente is not None:
        waarden["gemeente"] = f.gemeente.naam
    return AdviesItem(
        id=inhoud.id,
        onderwerp=inhoud.onderwerp,
        titel=_invullen(tekst.titel, waarden),
        tekst=_invullen(tekst.tekst, waarden),
        acties=tuple(_invullen(a, waarden) for a in tekst.acties),
        bron=inhoud.bron,
        rol=lezer.rol,
        taal=taal,
        indicatie_einddatum=lt.einddatum,
        indicatie_stand=lt.stand if f.situatie.dagbesteding.financiering != "wlz" else None,
        indicatie_loopt_nog_maanden=lt.maanden,
        indicatie_loopt_nog_dagen=lt.dagen,
        gemeente=f.gemeente.naam if inhoud.onderwerp == "lokaal" and f.gemeente else None,
    )


def advies(situatie: Situatie, lezer: Lezer, vandaag: date | None = None) -> list[AdviesItem]:
    """All advice items for this situation, in the reader's role and language, ordered by topic and then
    `volgorde`.

    `vandaag` defaults to `situatie.peildatum`; the function never reads the clock.
    """
    f = feiten(situatie, vandaag)
    gekozen = [inhoud for inhoud in items() if past(inhoud.als, f)]
    gekozen.sort(key=lambda i: (ONDERWERPEN.index(i.onderwerp), i.volgorde, i.id))
    return [_item(inhoud, f, lezer) for inhoud in gekozen]
