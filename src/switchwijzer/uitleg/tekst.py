"""The whole answer as plain text: for screen readers, for export and for `switchwijzer bereken --tekst`."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from switchwijzer import i18n
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.i18n import _, geld
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import Antwoord, maak_antwoord
from switchwijzer.uitleg.details import details
from switchwijzer.uitleg.geld import Rij, bedrag_of_streep
from switchwijzer.uitleg.teksten import Zin
from switchwijzer.uitleg.woordenlijst import gebruikte_woorden, woord


def als_tekst(situatie: Situatie, uitkomst: Uitkomst, lezer: Lezer, aannames: Iterable[str | Zin] = ()) -> str:
    vorige = i18n.taal()
    i18n.zet_taal(lezer.taal)
    try:
        antwoord = maak_antwoord(situatie, uitkomst, lezer, tuple(aannames))
        return "\n".join(_regels(antwoord)).rstrip() + "\n"
    finally:
        i18n.zet_taal(vorige)


def _kopje(titel: str) -> list[str]:
    return ["", titel, "=" * len(titel)]


def _bedragen(naam: str, nu: Decimal | None, straks: Decimal | None, centen: bool) -> str:
    regel = _("{naam}: without work {nu}, with work {straks}.").format(
        naam=naam, nu=bedrag_of_streep(nu, centen), straks=bedrag_of_streep(straks, centen)
    )
    return f"- {regel}"


def _rij(rij: Rij, centen: bool) -> str:
    return _bedragen(rij.naam, rij.nu, rij.straks, centen) + (f" {rij.reden}" if rij.reden else "")


def _regels(a: Antwoord) -> list[str]:
    uit = [zin for zin in (a.kop, *a.kop_zinnen, a.nu_zin, a.schatting, a.regels_zin) if zin]

    uit += _kopje(a.geld_titel)
    if a.totaal is not None:
        uit.append(a.tabel_titel)
    for rij in a.geld:
        uit.append(_rij(rij, a.centen))
        if a.centen:
            uit += ["    " + regel for regel in details(rij.regel_straks or rij.regel_nu, a.woorden)]
    if a.totaal is not None:
        uit.append(_bedragen(_("Total per month"), *a.totaal, centen=a.centen))
    if a.totaal_na_kosten is not None:
        uit += [_rij(rij, a.centen) for rij in a.kosten]
        uit.append(_bedragen(_("After the costs"), *a.totaal_na_kosten, centen=a.centen))
    if a.afronding:
        uit.append(a.afronding)
    if a.jaarwissel_titel:
        uit += _kopje(a.jaarwissel_titel)
        uit += [f"- {zin}" for zin in a.jaarwissel]
    uit += a.geld_zinnen
    if a.uren_reeks:
        uit += ["", a.grafiek_titel]
        later = {p.uren: p.totaal for p in a.uren_reeks_blijvend}
        for punt in a.uren_reeks:
            if punt.uren % 4 == 0:
                zin = _("{uren} hours per week: {bedrag} per month").format(uren=punt.uren, bedrag=geld(punt.totaal))
                if punt.uren in later:
                    zin += _(" ({naam}: {bedrag})").format(
                        naam=a.grafiek_lijnen[1].lower(), bedrag=geld(later[punt.uren])
                    )
                uit.append(zin)
        uit += a.uren_zinnen

    if a.maanden:
        uit += _kopje(a.maanden_titel)
        uit.append(a.maanden_uitleg)
        for stuk in a.maanden:
            uit.append(f"- {stuk.zin}")
            uit += [f"  {zin}" for zin in (*stuk.redenen, stuk.schatting) if zin]
            for rij in stuk.regels:
                uit.append("  " + _rij(rij, a.centen))

    uit += _kopje(a.toeslagen_titel)
    uit += [_rij(rij, a.centen) for rij in a.toeslagen]
    uit += a.melden

    if a.ouders_titel:
        uit += _kopje(a.ouders_titel)
        uit += a.ouders

    for deel in a.delen:
        uit += _kopje(deel.titel)
        uit += [f"[ ] {stap}" for stap in deel.stappen]
        for item in deel.items:
            uit += ["", item.titel, item.tekst] + [f"[ ] {actie}" for actie in item.acties]
            if a.centen:
                uit.append(_("Source: {bron}").format(bron=item.bron))

    if a.aannames:
        uit += _kopje(a.aannames_titel)
        uit += [f"- {zin}" for zin in a.aannames]

    woorden = gebruikte_woorden(uit)
    if woorden:
        uit += _kopje(_("What do these words mean?"))
        for woord_id in woorden:
            w = woord(woord_id, a.woorden)
            uit.append(f"- {w.titel}: {w.uitleg}")
    return uit
