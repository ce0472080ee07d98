"""Turn what the engine found into plain signals (codes with data) for the UI to put into words."""

from __future__ import annotations


from . import bijstand as pw
from .geld import MAANDEN, NUL, centen, niet_negatief
from .maand import Maand
from .parameters import ParameterSet, Spoor
from .situatie import Situatie
from .uitkomst import Periode, Signaal

TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")
INSTANTIE = {"bijstand": "gemeente", "wajong_70": "UWV", "wajong_75": "UWV"}


def bouw_signalen(
    params: ParameterSet,
    s: Situatie,
    nu: Maand,
    straks: Maand,
    verloop: list[Periode],
    aannames: list[str],
    winst_10: bool,
) -> list[Signaal]:
    uit: list[Signaal] = [Signaal(code=f"aanname_{a}") for a in dict.fromkeys(aannames)]
    uit.append(Signaal(code="aanname_vermogen_onder_grens"))
    if params.status != "vastgesteld" or s.peildatum.year > params.geldig_vanaf.year:
        uit.append(Signaal(code="parameters_schatting", gegevens={"geldig_vanaf": params.geldig_vanaf}))
        if s.nu.uitkering == "bijstand":
            uit.append(Signaal(code="bijstand_regels_2027"))
    if _kostendelers_onbekend(params, s):
        uit.append(Signaal(code="aanname_geen_kostendelers"))
    uit.extend(_vrijlating(s, verloop))
    uit.extend(_uitkering(s, straks))
    uit.extend(_wajong_aanvulling(params, s, nu))
    uit.extend(_toeslagen(nu, straks))
    vergoeding = s.nu.vergoeding_dagbesteding_per_maand
    if vergoeding > 0:
        uit.append(Signaal(code="vergoeding_stopt", gegevens={"bedrag": vergoeding}))
        minimum = Spoor(params).getal("bijstand.vrijlating.minimumleeftijd")
        if s.nu.uitkering == "bijstand" and s.leeftijd < minimum:
            uit.append(Signaal(code="vergoeding_telt_mee_bijstand", gegevens={"bedrag": vergoeding}))
    uit.extend(_ouders(params, s, nu, straks))
    if not winst_10:
        uit.append(Signaal(code="winst_onder_10_procent"))
    return uit


def _kostendelers_onbekend(params: ParameterSet, s: Situatie) -> bool:
    """Living with parents at 21+ without naming housemates of 27+: the full norm may be too high."""
    h = s.huishouden
    return (
        s.nu.uitkering == "bijstand" and h.soort == "bij_ouders" and h.kostendelers_27_plus == 0
        and s.leeftijd >= 21
    )


def _vrijlating(s: Situatie, verloop: list[Periode]) -> list[Signaal]:
    if s.nu.uitkering != "bijstand":
        return []
    uit = []
    if s.leeftijd < 27:
        uit.append(Signaal(code="geen_vrijlating_onder_27"))
    if any(p.vrijlating in ("n", "z", "aa") for p in verloop):
        uit.append(Signaal(code="aanname_vrijlating_college"))
    for periode, volgende in zip(verloop, verloop[1:]):
        if periode.vrijlating and periode.tot_en_met_maand is not None and volgende.totaal < periode.totaal:
            uit.append(Signaal(code="vrijlating_stopt", gegevens={
                "maand": periode.tot_en_met_maand,
                "vrijlating": periode.vrijlating,
                "totaal_daarna": volgende.totaal,
                "vrijlating_daarna": volgende.vrijlating,
            }))
    return uit


def _uitkering(s: Situatie, straks: Maand) -> list[Signaal]:
    soort = s.nu.uitkering
    if soort not in INSTANTIE:
        return []
    uit = []
    loon = straks.overzicht.regel("loon")
    if loon is not None and loon.bedrag > 0:
        uit.append(Signaal(code="inkomen_doorgeven", gegevens={"instantie": INSTANTIE[soort]}))
        if straks.uitkering and straks.uitkering > 0:
            uit.append(Signaal(code="twee_betalers", gegevens={"instantie": INSTANTIE[soort]}))
    if straks.uitkering is not None and straks.uitkering <= 0:
        uit.append(Signaal(code="uitkering_stopt", gegevens={"uitkering": soort}))
        if soort.startswith("wajong"):
            uit.append(Signaal(code="wajong_recht_blijft", gegevens={"uitkering": soort}))
    if soort.startswith("wajong") and straks.jonggehandicaptenkorting_benut > 0:
        uit.append(Signaal(
            code="jonggehandicaptenkorting_via_aangifte", gegevens={"bedrag": straks.jonggehandicaptenkorting_benut}
        ))
    return uit


def _wajong_aanvulling(params: ParameterSet, s: Situatie, nu: Maand) -> list[Signaal]:
    """A Wajong below the bijstand norm may be topped up by the gemeente; we do not compute that top-up."""
    if not s.nu.uitkering.startswith("wajong"):
        return []
    h = s.huishouden
    norm = pw.bijstandsnorm(
        Spoor(params), s.leeftijd, h.soort, h.kostendelers_27_plus, h.partner_leeftijd, h.kinderen,
        h.ouders_kunnen_bijdragen,
    )
    wajong = nu.overzicht.regel("wajong")
    eigen = (wajong.bedrag if wajong else NUL) + h.partner_netto_per_maand
    if norm.bedrag is None or eigen >= norm.bedrag:
        return []
    return [Signaal(code="wajong_aanvulling_bijstand_mogelijk", gegevens={"norm": norm.bedrag, "verschil": norm.bedrag - eigen})]


def _toeslagen(nu: Maand, straks: Maand) -> list[Signaal]:
    loon = straks.overzicht.regel("loon")
    if loon is None or loon.bedrag <= 0:
        return []
    veranderd = []
    for naam in TOESLAGEN:
        voor, na = nu.overzicht.regel(naam), straks.overzicht.regel(naam)
        if voor is not None and na is not None and (voor.bedrag != na.bedrag or voor.bedrag > 0):
            veranderd.append(naam)
    if not veranderd:
        return []
    return [
        Signaal(code="toeslagen_doorgeven", gegevens={"toeslagen": ",".join(veranderd)}),
        Signaal(code="toeslagen_heel_jaar"),
    ]


def _ouders(params: ParameterSet, s: Situatie, nu: Maand, straks: Maand) -> list[Signaal]:
    """A child's income counts for the parents' huurtoeslag, above a vrijstelling while under 23."""
    if s.huishouden.soort != "bij_ouders" or not s.wonen.huurt:
        return []
    spoor = Spoor(params)
    vrijstelling = spoor.getal("huurtoeslag.vrijstelling_kind") if s.leeftijd < 23 else NUL
    voor = niet_negatief((nu.kind_inkomen_voor_ouders or NUL) - vrijstelling)
    na = niet_negatief((straks.kind_inkomen_voor_ouders or NUL) - vrijstelling)
    if na <= voor:
        return []
    afbouw = spoor.tabel("huurtoeslag.afbouw")["meerpersoons"] / 100
    return [Signaal(code="ouders_huurtoeslag_kan_dalen", gegevens={
        "meetellend_per_jaar": centen(na),
        "maximaal_lager_per_maand": centen((na - voor) * afbouw / MAANDEN),
        "vrijstelling": vrijstelling,
    })]
