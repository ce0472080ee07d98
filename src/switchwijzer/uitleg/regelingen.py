"""Local regelingen in words, for "Wat kan ik nu doen?": per minimaregeling whether it is probably lost (with the
amount and the income limit where known, else "vraag het je gemeente"), and the steps for the gap until the
first wage and the uitstroompremie when the bijstand stops or drops. The decisions are in
`switchwijzer.guidance.regelingen`; the words in `content/teksten/regelingen.toml`."""

from __future__ import annotations

from decimal import Decimal

from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.guidance.regelingen import Beoordeling, beoordeel, bij_de_overstap, bijstand_gaat_omlaag
from switchwijzer.i18n import _, geld, getal
from switchwijzer.uitleg.advies import Item
from switchwijzer.uitleg.teksten import kies, lees_toml


def _tekst(sleutel: str, rol: str, **waarden: object) -> str:
    return kies(lees_toml("teksten/regelingen.toml")[sleutel], rol, **waarden)


def _namen(naam: str) -> dict[str, str]:
    return {"naam": naam, "Naam": naam[:1].upper() + naam[1:]}


def _met_centen(*bedragen: Decimal) -> bool:
    return any(b != b.to_integral_value() for b in bedragen)


def _euro(bedrag: Decimal) -> str:
    return geld(bedrag, centen=_met_centen(bedrag))


def _van_tot(bedrag: Decimal | tuple[Decimal, Decimal]) -> str:
    """'€ 601', or '€ 10,00 tot € 27,50' (both with cents when one has them)."""
    if isinstance(bedrag, tuple) and bedrag[0] != bedrag[1]:
        centen = _met_centen(*bedrag)
        return _("{van} to {tot}").format(van=geld(bedrag[0], centen=centen), tot=geld(bedrag[1], centen=centen))
    return _euro(bedrag[0] if isinstance(bedrag, tuple) else bedrag)


def _procent(waarde: Decimal) -> str:
    return getal(waarde.quantize(Decimal(1)))


def _item(b: Beoordeling, rol: str) -> Item:
    namen = _namen(b.naam)
    if b.regeling is None:  # no data for this gemeente: one general item
        return Item(_tekst("titel_algemeen", rol), _tekst("algemeen", rol), (_tekst("actie_algemeen", rol),),
                    _tekst("algemeen_bron", rol))
    regeling = b.regeling
    if b.soort == "bijzondere_bijstand":
        zinnen = [_tekst("bijzondere_bijstand", rol, bedrag=_euro(regeling.bedrag or Decimal(0)))]
    else:
        zinnen = [_tekst(b.oordeel, rol), _tekst(f"wat_{b.soort}", rol, **namen)]
        if b.bedrag_per_jaar is not None:
            zinnen.append(_tekst("bedrag_per_jaar", rol, bedrag=_van_tot(b.bedrag_per_jaar)))
        if regeling.korting_per_maand is not None:
            zinnen.append(_tekst("korting_per_maand", rol, bedrag=_van_tot(regeling.korting_per_maand)))
        if regeling.grens_procent is not None:
            zinnen.append(_tekst("grens", rol, grens=_procent(regeling.grens_procent)))
            zinnen.append(_tekst("straks", rol, straks=_procent(b.straks.procent)))
            zinnen.append(_tekst("boven_grens" if b.straks.procent > regeling.grens_procent else "onder_grens", rol))
        if b.oordeel == "misschien_kwijt":
            zinnen.append(_tekst("inkomenstoeslag_stijging", rol))
        if regeling.status != "vastgesteld":
            zinnen.append(_tekst("schatting", rol))
    return Item(_tekst(f"titel_{b.soort}", rol), " ".join(zinnen), (_tekst(f"actie_{b.soort}", rol, **namen),),
                regeling.bron)


def regeling_items(situatie: Situatie, uitkomst: Uitkomst, rol: str) -> list[Item]:
    """The minimaregelingen of the person's gemeente, each with what happens to it after the switch."""
    return [_item(b, rol) for b in beoordeel(situatie, uitkomst)]


def overstap_stappen(situatie: Situatie, uitkomst: Uitkomst, rol: str) -> list[str]:
    """When the bijstand stops or drops: borrowing until the first wage and the uitstroompremie, from the
    gemeente's own regeling where we know it, else as a question to the gemeente."""
    if not bijstand_gaat_omlaag(uitkomst):
        return []
    naam, regelingen = bij_de_overstap(situatie, uitkomst)
    soorten = {r.soort: r for r in regelingen}
    uit = []
    if "overbrugging" in soorten and naam:
        uit.append(_tekst("overbrugging", rol, **_namen(naam)))
    else:
        uit.append(_tekst("overbrugging_algemeen", rol))
    premie = soorten.get("uitstroompremie")
    if premie is not None and naam:
        if premie.minimum_leeftijd is None or situatie.leeftijd >= premie.minimum_leeftijd:
            uit.append(_tekst("uitstroompremie", rol, maanden=premie.maanden_werk or 6,
                              bedrag=_euro(premie.bedrag or Decimal(0)), **_namen(naam)))
    else:
        uit.append(_tekst("uitstroompremie_algemeen", rol))
    return uit
