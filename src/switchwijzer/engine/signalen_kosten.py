"""Signals about the costs over the months: does the kwijtschelding stay, from when does the work raise the CAK
bijdrage (and how to ask the CAK to use this year's income when the work stops), what we assumed about the stay in an
instelling."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from .bijstand import VOLWASSEN
from .geld import NUL
from .kwijtschelding import NAAM as LOKAAL
from .kwijtschelding import berekend_zonder_werk
from .maand import Huishouding, Maand
from .parameters import Spoor
from .situatie import Situatie
from .uitkomst import MaandUitkomst, Overzicht, Regel, Signaal

WLZ = "eigen_bijdrage_wlz"


def kosten_signalen(s: Situatie, hh: Huishouding, nu: Maand, maanden: list[MaandUitkomst]) -> list[Signaal]:
    return [*_kwijtschelding(s, hh, nu, maanden), *_cak(s, hh, maanden), *_instelling(s)]


def _dag(maand: MaandUitkomst) -> date:
    """The first day of a listed month."""
    return date(int(maand.maand[:4]), int(maand.maand[5:7]), 1)


def _betaald(overzicht: Overzicht, naam: str) -> Decimal | None:
    """What a cost line costs a month (negative or 0); None when it is not there or not computed."""
    regel = overzicht.kost(naam)
    if regel is None or not regel.van_toepassing or not regel.berekend:
        return None
    return regel.bedrag


def _kwijtgescholden(regel: Regel | None) -> Decimal:
    if regel is None:
        return NUL
    return sum((o.bedrag for o in regel.onderdelen if o.naam.startswith("kwijtschelding_")), NUL)


def _kwijtschelding(s: Situatie, hh: Huishouding, nu: Maand, maanden: list[MaandUitkomst]) -> list[Signaal]:
    """Whether the kwijtschelding someone has without the work stays with it, in every listed month, and from
    which month it does not (`kwijtschelding_stopt`: `meer_per_maand` is what is paid more then); and, for someone
    who says they get it now, when the rules we know give less (`kwijtschelding_anders_berekend`)."""
    uit = []
    if nu.overzicht is not None and s.wonen.kwijtschelding:
        berekend = berekend_zonder_werk(hh, nu.regels)
        if berekend is not None and berekend.bedrag < 0:
            uit.append(Signaal(code="kwijtschelding_anders_berekend", gegevens={"per_maand": -berekend.bedrag}))
    eerste = maanden[0] if maanden else None
    if eerste is None or _kwijtgescholden(eerste.zonder_overstap.kost(LOKAAL)) <= 0:
        return uit
    for maand in maanden:
        zonder, met = _betaald(maand.zonder_overstap, LOKAAL), _betaald(maand.met_overstap, LOKAAL)
        if zonder is not None and met is not None and met < zonder:
            uit.append(Signaal(code="kwijtschelding_stopt", gegevens={
                "vanaf": _dag(maand), "meer_per_maand": zonder - met,
                "helemaal": _kwijtgescholden(maand.met_overstap.kost(LOKAAL)) <= 0,
            }))
            return uit
    uit.append(Signaal(code="kwijtschelding_blijft", gegevens={"tot_en_met": _dag(maanden[-1])}))
    return uit


def _cak(s: Situatie, hh: Huishouding, maanden: list[MaandUitkomst]) -> list[Signaal]:
    """The first month in which the work raises the Wlz bijdrage (it rests on the income of two years back): when the
    work stops later, the person pays on the wage for two more years unless they ask the CAK to use the income of
    the current year (Blz art. 3.3.2.3 lid 2 for the hoge bijdrage, art. 3.3.2.4 lid 2 for the lage: from an income
    at least `drempel_per_jaar` lower, or with algemene bijstand)."""
    if s.dagbesteding.financiering != "wlz":
        return []
    for maand in maanden:
        met = maand.met_overstap.kost(WLZ)
        if met is None or not met.berekend:
            continue
        zonder = _betaald(maand.zonder_overstap, WLZ)
        if met.bedrag < (zonder if zonder is not None else NUL):
            laag = any(o.naam == "bijdrage" for o in met.onderdelen)
            spoor = Spoor(hh.params)
            gegevens: dict[str, Any] = {"vanaf": _dag(maand), "soort": "laag" if laag else "hoog"}
            if laag:
                gegevens["drempel_per_jaar"] = spoor.tabel("wlz.eigen_bijdrage.peiljaar")["verlegging_minder_inkomen"]
            return [Signaal(code="cak_peiljaar_verleggen", gegevens=gegevens, parameters=list(spoor.gebruikt.values()))]
    return []


def _instelling(s: Situatie) -> list[Signaal]:
    """In an instelling: at 18, 19 or 20 there is no algemene bijstand (Pw art. 13 lid 2 a), said plainly to whoever
    gave bijstand as the uitkering. And the wizard does not ask since when someone lives there: for a choice about
    work the first four months (the lage bijdrage, Blz art. 3.3.2.2 lid 1 a) rarely matter, so a longer stay is
    assumed and said."""
    d = s.dagbesteding
    uit = []
    if d.wlz_zorg == "instelling" and s.nu.uitkering == "bijstand" and s.leeftijd < VOLWASSEN:
        uit.append(Signaal(code="geen_bijstand_18_20_in_instelling"))
    if d.financiering == "wlz" and d.wlz_zorg == "instelling" and d.instelling_sinds is None:
        uit.append(Signaal(code="aanname_instelling_langer_dan_4_maanden"))
    return uit
