"""Local regelingen in words, for "Wat kan ik nu doen?": per minimaregeling whether it is probably lost (with the
amount, the income limit and the year of the information where known), a short list of what to ask the gemeente
about the regelingen we do not know, and the steps for the gap until the first wage, the uitstroompremie and the
costs of starting work when the bijstand stops or drops. The decisions are in `switchwijzer.guidance.regelingen`;
the words in `content/teksten/regelingen.toml`."""

from __future__ import annotations

from decimal import Decimal

from switchwijzer import i18n
from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.guidance.regelingen import (
    Bedrag,
    Beoordeling,
    Regeling,
    beoordeel,
    bij_de_overstap,
    bijstand_gaat_omlaag,
    te_vragen,
)
from switchwijzer.i18n import _, datum, geld, getal
from switchwijzer.uitleg.advies import Item
from switchwijzer.uitleg.teksten import Zin, ongezegd, samen, uit


def _tekst(sleutel: str, **waarden: object) -> Zin:
    return uit("regelingen", sleutel, **waarden)


def _namen(naam: str) -> dict[str, str]:
    """Who gives a regeling, in a sentence and at its start: the content names it in Dutch ("de gemeente
    Westland"); in English the article is English ("the gemeente Westland gives", never "De gemeente ...")."""
    if i18n.taal() == "en" and naam.startswith("de "):
        naam = "the " + naam[3:]
    return {"naam": naam, "Naam": naam[:1].upper() + naam[1:]}


def _met_centen(*bedragen: Decimal) -> bool:
    return any(b != b.to_integral_value() for b in bedragen)


def _euro(bedrag: Decimal) -> str:
    return geld(bedrag, centen=_met_centen(bedrag))


def _van_tot(bedrag: Bedrag) -> str:
    """'€ 601', or '€ 10,00 tot € 27,50' (both with cents when one has them)."""
    if isinstance(bedrag, tuple) and bedrag[0] != bedrag[1]:
        centen = _met_centen(*bedrag)
        return _("{van} to {tot}").format(van=geld(bedrag[0], centen=centen), tot=geld(bedrag[1], centen=centen))
    return _euro(bedrag[0] if isinstance(bedrag, tuple) else bedrag)


def _procent(waarde: Decimal) -> str:
    return getal(waarde.quantize(Decimal(1)))


def _bron(regeling: Regeling) -> Zin:
    """The source as shown: the page or verordening by title and year, and the date it applies from."""
    return _tekst("bron_met_datum", bron=regeling.bron, datum=datum(regeling.geldig_vanaf))


def _grens_zinnen(b: Beoordeling, grens: Decimal | None) -> list[Zin]:
    if grens is None:
        return [_tekst("grens_onbekend")]
    return [_tekst("grens", grens=_procent(grens)), _tekst("straks", straks=_procent(b.straks.procent)),
            _tekst("boven_grens" if b.straks.procent > grens else "onder_grens")]


def _schatting(regeling: Regeling, peiljaar: int) -> list[Zin]:
    """An estimate says so, and names the year of its information when that is older than the computed year."""
    if regeling.status == "vastgesteld":
        return []
    jaar = regeling.geldig_vanaf.year
    return [_tekst("schatting_oud", jaar=jaar) if jaar < peiljaar else _tekst("schatting")]


def _item(b: Beoordeling, peiljaar: int) -> Item:
    regeling = b.regeling
    namen = {**_namen(b.naam), "pas": regeling.lokale_naam or ""}
    if b.soort == "bijzondere_bijstand":
        zinnen = [_tekst("bijzondere_bijstand", bedrag=_van_tot(regeling.bedrag or Decimal(0)))]
    else:
        zinnen = [_tekst(b.oordeel), _tekst(f"wat_{b.soort}", **namen)]
        if b.bedrag_per_jaar is not None:
            zinnen.append(_tekst("bedrag_per_jaar", bedrag=_van_tot(b.bedrag_per_jaar)))
        if regeling.korting_per_maand is not None:
            zinnen.append(_tekst("korting_per_maand", bedrag=_van_tot(regeling.korting_per_maand)))
        zinnen += _grens_zinnen(b, regeling.grens_procent)
        if b.oordeel == "misschien_kwijt":
            zinnen.append(_tekst("inkomenstoeslag_stijging"))
        zinnen += _schatting(regeling, peiljaar)
    return ongezegd(Item, _tekst(f"titel_{b.soort}", **namen), samen(" ", zinnen),
                (_tekst(f"actie_{b.soort}", **namen),), _bron(regeling))


def _vragen_item(situatie: Situatie, uitkomst: Uitkomst) -> list[Item]:
    """What to ask the gemeente: all local regelingen when we do not know the gemeente, the missing ones when we
    know some. Never silence: a gemeente we do not know still gets the questions."""
    lokaal, soorten = te_vragen(situatie, uitkomst)
    if not soorten:
        return []
    vragen = tuple(_tekst(f"vraag_{soort}") for soort in soorten)
    bron = _tekst("algemeen_bron")
    if lokaal is None:
        return [ongezegd(Item, _tekst("titel_algemeen"), _tekst("algemeen"), vragen, bron)]
    namen = _namen(lokaal.naam)
    return [ongezegd(Item, _tekst("titel_nog_vragen", **namen), _tekst("nog_vragen", **namen), vragen, bron)]


def regeling_items(situatie: Situatie, uitkomst: Uitkomst) -> list[Item]:
    """The minimaregelingen of the person's gemeente, each with what happens to it after the switch, then what to
    ask the gemeente about the regelingen we do not know."""
    peiljaar = situatie.peildatum.year
    return [_item(b, peiljaar) for b in beoordeel(situatie, uitkomst)] + _vragen_item(situatie, uitkomst)


def _stap(regeling: Regeling, naam: str, situatie: Situatie) -> Zin | None:
    namen = _namen(naam)
    if regeling.soort == "overbrugging":
        return _tekst("overbrugging", **namen)
    if regeling.soort == "werkkosten":
        return _tekst("werkkosten", bedrag=_van_tot(regeling.bedrag or Decimal(0)),
                      maanden=regeling.maanden_werk or 3, **namen)
    if regeling.minimum_leeftijd is None or situatie.leeftijd >= regeling.minimum_leeftijd:
        return _tekst("uitstroompremie", maanden=regeling.maanden_werk or 6,
                      bedrag=_van_tot(regeling.bedrag or Decimal(0)), **namen)
    return None


def overstap_stappen(situatie: Situatie, uitkomst: Uitkomst) -> list[Zin]:
    """When the bijstand stops or drops: borrowing until the first wage, the uitstroompremie and the costs of
    starting work, from the gemeente's own regeling where we know it, else as a question to the gemeente."""
    if not bijstand_gaat_omlaag(uitkomst):
        return []
    naam, regelingen = bij_de_overstap(situatie, uitkomst)
    soorten = {r.soort: r for r in regelingen}
    uit = []
    for soort in ("overbrugging", "uitstroompremie", "werkkosten"):
        regeling = soorten.get(soort)
        if regeling is not None and naam:
            stap = _stap(regeling, naam, situatie)
            if stap:
                uit.append(stap)
        elif soort != "werkkosten":
            uit.append(_tekst(f"{soort}_algemeen"))
    return uit
