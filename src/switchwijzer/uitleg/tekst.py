"""The whole answer as plain text: for screen readers, for export and for `switchwijzer bereken --tekst`."""

from __future__ import annotations

from collections.abc import Iterable

from switchwijzer import i18n
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.i18n import _, geld
from switchwijzer.uitleg import advies as _advies
from switchwijzer.uitleg.geld import (
    bedrag_of_streep,
    kop,
    nu_en_straks,
    omslag_zin,
    reden_tekst,
    rijen,
    verloop_zinnen,
)
from switchwijzer.uitleg.signalen import in_groep
from switchwijzer.uitleg.stappen import stappen
from switchwijzer.uitleg.teksten import tekst
from switchwijzer.uitleg.toeslagen import toeslag_rijen, voor_ouders, wat_doen
from switchwijzer.uitleg.woordenlijst import gebruikte_woorden, woord


def als_tekst(
    situatie: Situatie, uitkomst: Uitkomst, rol: str, taal: str = "nl", aannames: Iterable[str] = ()
) -> str:
    vorige = i18n.taal()
    i18n.zet_taal(taal)
    try:
        return "\n".join(_regels(situatie, uitkomst, rol, list(aannames))).rstrip() + "\n"
    finally:
        i18n.zet_taal(vorige)


def _kopje(titel: str) -> list[str]:
    return ["", titel, "=" * len(titel)]


def _regels(situatie: Situatie, uitkomst: Uitkomst, rol: str, aannames: list[str]) -> list[str]:
    centen = rol == "coach"
    uit = [kop(uitkomst, rol), nu_en_straks(uitkomst), tekst("schatting", rol)]

    uit += _kopje(tekst("titel_geld", rol))
    for rij in rijen(uitkomst, rol):
        regel = _("{naam}: now {nu}, later {straks}.").format(
            naam=rij.naam, nu=bedrag_of_streep(rij.nu, centen), straks=bedrag_of_streep(rij.straks, centen)
        )
        uit.append(f"- {regel}" + (f" {rij.reden}" if rij.reden else ""))
        if centen:
            uit += _details(rij.regel_straks or rij.regel_nu)
    uit += verloop_zinnen(uitkomst, rol)
    if omslag := omslag_zin(uitkomst, rol):
        uit.append(omslag)
    uit += in_groep(uitkomst, rol, "geld")
    if uitkomst.uren_reeks:
        uit += ["", tekst("grafiek_uitleg", rol)]
        for punt in uitkomst.uren_reeks:
            if punt.uren % 4 == 0:
                uit.append(_("{uren} hours per week: {bedrag} per month").format(uren=punt.uren, bedrag=geld(punt.totaal)))
    for niet in uitkomst.niet_berekend:
        uit.append(reden_tekst(niet.reden, rol) or reden_tekst(niet.onderdeel, rol))

    uit += _kopje(tekst("titel_toeslagen", rol))
    for rij in toeslag_rijen(uitkomst, rol):
        regel = _("{naam}: now {nu}, later {straks}.").format(
            naam=rij.naam, nu=bedrag_of_streep(rij.nu, centen), straks=bedrag_of_streep(rij.straks, centen)
        )
        uit.append(f"- {regel}" + (f" {rij.reden}" if rij.reden else ""))
    uit += wat_doen(uitkomst, rol)

    if rol == "ouder" or situatie.huishouden.soort == "bij_ouders":
        uit += _kopje(tekst("titel_ouders", rol))
        uit += voor_ouders(uitkomst, rol) or [tekst("geen_ouders", rol)]

    for scherm, titel in (("terug_kunnen", "titel_terug"), ("indicatie", "titel_indicatie")):
        uit += _kopje(tekst(titel, rol))
        uit += _advies_regels(situatie, rol, scherm)

    uit += _kopje(tekst("titel_doen", rol))
    uit += [f"[ ] {stap}" for stap in stappen(situatie, uitkomst, rol)]
    for item in _advies.items(situatie, rol, "nu_doen"):
        uit += ["", item.titel, item.tekst] + [f"[ ] {actie}" for actie in item.acties]

    alle_aannames = aannames + in_groep(uitkomst, rol, "aanname")
    if alle_aannames:
        uit += _kopje(tekst("titel_aannames", rol))
        uit += [f"- {a}" for a in alle_aannames]

    woorden = gebruikte_woorden(uit)
    if woorden:
        uit += _kopje(_("What do these words mean?"))
        for woord_id in woorden:
            w = woord(woord_id, rol)
            uit.append(f"- {w.titel}: {w.uitleg}")
    return uit


def _advies_regels(situatie: Situatie, rol: str, scherm: str) -> list[str]:
    uit: list[str] = []
    for item in _advies.items(situatie, rol, scherm):
        uit += [item.titel, item.tekst] + [f"[ ] {actie}" for actie in item.acties]
        if rol == "coach":
            uit.append(_("Source: {bron}").format(bron=item.bron))
        uit.append("")
    return uit


def _details(regel) -> list[str]:  # type: ignore[no-untyped-def]
    """For the budgetcoach: the rule, its source and every parameter used."""
    if regel is None:
        return []
    uit = [
        "    " + _("Rule: {regel}").format(regel=regel.regel),
        "    " + _("Source: {bron} (valid from {datum})").format(bron=regel.bron, datum=i18n.datum(regel.geldig_vanaf)),
    ]
    for p in regel.parameters:
        uit.append(f"    · {p.pad} = {p.waarde} {p.eenheid} ({p.bron}, {i18n.datum(p.geldig_vanaf)})")
    return uit
