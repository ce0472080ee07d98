"""The eigen bijdrage for care next to the income: Wlz (CAK) and Wmo (the abonnementstarief).

Wlz in an instelling (hoge eigen bijdrage, Blz art. 3.3.2.3): of the net wage only 15 % stays outside the
bijdrage, so about 85 % of what the work adds goes to the CAK. The bijdrage itself rests on deductions we do not
know; we compute what the work changes. Wlz at home (vpt, mpt, pgb: lage eigen bijdrage, art. 3.3.2.2): 10 % of
the yearly income, between a minimum and a maximum; with mpt or pgb less.

Both follow the income of the peiljaar, two years before the year of the bijdrage (art. 3.3.2.4), and the 15 %
of the hoge bijdrage is of the net wage of the calendar year before (art. 3.3.2.3 lid 1 b 1°). So a `CakJaar`
carries, for one calendar year, what the months of those earlier years brought; without one (the hours sweep,
and the months once the work has lasted long enough), the month's own income stands for both years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from .datums import start_werk
from .geld import MAANDEN, NUL, centen, niet_negatief
from .parameters import Spoor
from .regel import niet_van_toepassing, regel
from .uitkomst import Onderdeel, Regel

if TYPE_CHECKING:
    from .maand import Huishouding

ARTIKEL_HOOG = "Blz art. 3.3.2.1 en 3.3.2.3 lid 1 b 1°; peiljaar art. 3.3.2.4"
ARTIKEL_LAAG = "Blz art. 3.3.2.2 lid 2 tot en met 5 en 3.3.2.4"
ARTIKEL_WMO = "Uitvoeringsbesluit Wmo 2015 art. 3.8"


WERKJAAR_TERUG = 1
"""Art. 3.3.2.3 lid 1 b 1°: the 15 % is of the net income from work of the calendar year before the bijdrage."""


@dataclass(frozen=True)
class CakJaar:
    """What the CAK's bijdrage in calendar year `jaar` rests on, per month (the year's sum / 12)."""

    jaar: int
    peiljaar: int
    extra_inkomen_peiljaar: Decimal
    """What the work added to the own net income of the peiljaar, after that year's tax (0 when the work started
    later)."""
    inkomen_peiljaar: Decimal | None
    """The own net income in the peiljaar with the work; None when the work started after the peiljaar (then
    the bijdrage is the one without the work)."""
    loon_vorig_jaar: Decimal
    """The net wage of the year before `jaar`."""


def eigen_netto(regels: list[Regel]) -> tuple[Decimal, Decimal]:
    """The participant's own net income a month (wage, uitkering, a taxed allowance) and the net wage in it.

    A tax-free volunteer allowance is no income for the CAK; toeslagen and the partner's income are left out."""
    totaal = loon = NUL
    for r in regels:
        if not r.van_toepassing:
            continue
        if r.naam == "loon":
            loon = r.bedrag
        if r.naam in ("loon", "bijstand", "wajong") or (r.naam == "vergoeding_dagbesteding" and r.bruto is not None):
            totaal += r.bedrag
    return totaal, loon


def wlz_regel(hh: Huishouding, regels: list[Regel], nu: bool, cak: CakJaar | None = None) -> Regel | None:
    s = hh.s
    if s.dagbesteding.financiering != "wlz":
        return None
    spoor = Spoor(hh.params)
    zorg = s.dagbesteding.wlz_zorg
    artikel = ARTIKEL_HOOG if zorg == "instelling" else ARTIKEL_LAAG
    if zorg == "onbekend":
        return niet_van_toepassing("eigen_bijdrage_wlz", spoor, artikel, "wlz_zorg_onbekend", berekend=False)
    if s.huishouden.soort == "met_partner":
        return niet_van_toepassing("eigen_bijdrage_wlz", spoor, artikel, "wlz_met_partner", berekend=False)
    totaal, loon = eigen_netto(regels)
    if zorg == "instelling":
        return _hoog(hh, spoor, totaal, loon, nu, cak)
    return _laag(hh, spoor, zorg, totaal, nu, cak)


def _vanaf(hh: Huishouding, spoor: Spoor) -> date:
    """1 January of the year whose bijdrage rests on the first year of the work (the peiljaar)."""
    jaren = int(spoor.tabel("wlz.eigen_bijdrage.peiljaar")["jaren_terug"])
    return date(start_werk(hh.s).year + jaren, 1, 1)


def _hoog(hh: Huishouding, spoor: Spoor, totaal: Decimal, loon: Decimal, nu: bool, cak: CakJaar | None) -> Regel:
    if nu or hh.eigen_netto_nu is None:
        # The bijdrage of now is on the CAK's letter; it rests on deductions we do not know.
        return niet_van_toepassing("eigen_bijdrage_wlz", spoor, ARTIKEL_HOOG, "bijdrage_nu_op_beschikking",
                                   berekend=False)
    hoog = spoor.tabel("wlz.eigen_bijdrage.hoog")
    spoor.tabel("wlz.eigen_bijdrage.peiljaar")
    if cak is None:
        vrij = centen(loon * hoog["vrijlating_arbeid_procent"] / 100)
        extra = min(centen(niet_negatief(totaal - hh.eigen_netto_nu - vrij)), hoog["maximum"])
        return regel(
            "eigen_bijdrage_wlz", -extra, ARTIKEL_HOOG, spoor, vanaf=_vanaf(hh, spoor) if extra else None,
            onderdelen=[
                Onderdeel(naam="netto_inkomen_nu", bedrag=hh.eigen_netto_nu),
                Onderdeel(naam="netto_inkomen_straks", bedrag=totaal),
                Onderdeel(naam="netto_loon_uit_werk", bedrag=loon),
                Onderdeel(naam="vrijgelaten_loon", bedrag=vrij),
                Onderdeel(naam="extra_bijdrage", bedrag=extra),
            ],
        )
    # The work may lower the bijdrage for a year (the 15 % of last year's wage, before the peiljaar has any).
    vrij = centen(cak.loon_vorig_jaar * hoog["vrijlating_arbeid_procent"] / 100)
    extra = min(centen(cak.extra_inkomen_peiljaar - vrij), hoog["maximum"])
    return regel(
        "eigen_bijdrage_wlz", -extra, ARTIKEL_HOOG, spoor,
        onderdelen=[
            Onderdeel(naam="extra_netto_inkomen_peiljaar", bedrag=cak.extra_inkomen_peiljaar),
            Onderdeel(naam="netto_loon_vorig_jaar", bedrag=cak.loon_vorig_jaar),
            Onderdeel(naam="vrijgelaten_loon", bedrag=vrij),
            Onderdeel(naam="extra_bijdrage", bedrag=extra),
        ],
    )


def lage_bijdrage(spoor: Spoor, zorg: str, netto_per_maand: Decimal) -> tuple[Decimal, Decimal]:
    """(bijdrageplichtig inkomen a year, bijdrage a month): 10 % of the income between the minimum and maximum;
    with mpt or pgb the income and the bijdrage are lowered (art. 3.3.2.2, 3.3.2.4)."""
    laag = spoor.tabel("wlz.eigen_bijdrage.laag")
    inkomen = niet_negatief(netto_per_maand * MAANDEN)
    korting = {"inkomen": NUL, "bijdrage": NUL}
    if zorg in ("mpt", "pgb"):
        korting = spoor.tabel("wlz.eigen_bijdrage.mpt_pgb_korting")
        inkomen = niet_negatief(inkomen - korting["inkomen"])
    bijdrage = min(max(centen(inkomen * laag["procent"] / 100 / MAANDEN), laag["minimum"]), laag["maximum"])
    return centen(inkomen), bijdrage - korting["bijdrage"]


def _laag(hh: Huishouding, spoor: Spoor, zorg: str, totaal: Decimal, nu: bool, cak: CakJaar | None) -> Regel:
    spoor.tabel("wlz.eigen_bijdrage.peiljaar")
    if cak is not None:
        # The peiljaar's income: with the work once it had started by then, else the income without it.
        basis = cak.inkomen_peiljaar if cak.inkomen_peiljaar is not None else hh.eigen_netto_nu
        inkomen, bijdrage = lage_bijdrage(spoor, zorg, basis if basis is not None else totaal)
        vanaf = None
    else:
        inkomen, bijdrage = lage_bijdrage(spoor, zorg, totaal)
        vanaf = None
        if not nu and hh.eigen_netto_nu is not None and lage_bijdrage(spoor, zorg, hh.eigen_netto_nu)[1] != bijdrage:
            vanaf = _vanaf(hh, spoor)
    return regel(
        "eigen_bijdrage_wlz", -bijdrage, ARTIKEL_LAAG, spoor, vanaf=vanaf,
        onderdelen=[Onderdeel(naam="bijdrageplichtig_inkomen_per_jaar", bedrag=inkomen),
                    Onderdeel(naam="bijdrage", bedrag=bijdrage)],
    )


def wmo_regel(hh: Huishouding, nu: bool) -> Regel | None:
    """The abonnementstarief for the household's Wmo help (the dagbesteding, and other help if any)."""
    s = hh.s
    if s.dagbesteding.financiering != "wmo":
        return None
    spoor = Spoor(hh.params)
    if s.leeftijd < 18:
        return niet_van_toepassing("eigen_bijdrage_wmo", spoor, ARTIKEL_WMO + " lid 1 e", "jonger_dan_18")
    if s.huishouden.soort == "met_partner":
        return niet_van_toepassing("eigen_bijdrage_wmo", spoor, ARTIKEL_WMO + " lid 1 f", "partner_onder_aow")
    if not nu and s.dagbesteding.andere_wmo_hulp is False:
        return niet_van_toepassing("eigen_bijdrage_wmo", spoor, ARTIKEL_WMO, "geen_wmo_hulp_meer")
    return regel("eigen_bijdrage_wmo", -spoor.getal("wmo.abonnementstarief"), ARTIKEL_WMO, spoor)
