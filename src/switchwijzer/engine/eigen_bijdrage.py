"""The eigen bijdrage for care next to the income: Wlz (CAK) and Wmo (the abonnementstarief).

Wlz (Besluit langdurige zorg, Blz), for an ongehuwde verzekerde:
- the hoge bijdrage in an instelling (art. 3.3.2.1, 3.3.2.3 lid 1): a twelfth of the income of the peiljaar after that
  year's tax, minus 15 % of the net wage of the calendar year before the bijdrage (lid 1 b 1°), minus the zak- en
  kleedgeld (Pw art. 23 lid 1, Blz art. 1.1.1) and deductions the Regeling langdurige zorg sets (the premie, an
  aftrekpost, extra vrijlatingen; lid 1 b 2°) whose amounts we do not know. So its level is not computed, only what the
  work changes; where the person pays none now (lid 9 below) and the work brings a bijdrage, its most: the income
  minus the deductions we know (`Regel.hoogstens`).
- the lage bijdrage (art. 3.3.2.2, 3.3.2.4 lid 1): 10 % of the gross inkomen of the peiljaar (the verzamelinkomen,
  Blz art. 1.1.1 with AWR art. 21 e), between a minimum and a maximum; with mpt or pgb the inkomen and the bijdrage are
  lower. It is due at home (vpt, mpt, pgb: lid 2 c), in the first four months in an instelling (lid 1 a) and in an
  instelling by someone who supports a child with kinderbijslag (lid 1 c).
- none at all (lid 9): when the inkomen of the peiljaar is at most 12 x (Pw art. 23 lid 1 a + lid 2 a + the minimum
  lage bijdrage), or at 18, 19 or 20 in an instelling without bijstand (Pw art. 13 lid 2 a).

The peiljaar is the second calendar year before the year of the bijdrage (Blz art. 1.1.1). A `CakJaar` carries, for
one calendar year, what the months of those earlier years brought, without and with the work; without one (the hours
sweep, and the months once the work has lasted long enough) the month's own income stands for both years.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from .bijstand import VOLWASSEN, zak_en_kleedgeld
from .datums import start_werk
from .geld import MAANDEN, NUL, centen, niet_negatief
from .parameters import ParameterSet, Spoor
from .regel import niet_van_toepassing, regel
from .uitkomst import Onderdeel, Regel

if TYPE_CHECKING:
    from .maand import Huishouding, Maand
    from .situatie import Situatie

PEILJAAR = "peiljaar Blz art. 1.1.1"
ARTIKEL_HOOG = f"Blz art. 3.3.2.1 en 3.3.2.3 lid 1; {PEILJAAR}"
ARTIKEL_LAAG = f"Blz art. 3.3.2.2 lid 2 tot en met 4 en 3.3.2.4 lid 1; {PEILJAAR}"
ARTIKEL_EERSTE_MAANDEN = (
    f"Blz art. 3.3.2.2 lid 1 a, lid 3 en 3.3.2.4 lid 1 (de eerste vier maanden in een instelling); {PEILJAAR}")
ARTIKEL_KIND = (
    f"Blz art. 3.3.2.2 lid 1 c, lid 3 en 3.3.2.4 lid 1 (in een instelling met een kind met kinderbijslag); {PEILJAAR}")
ARTIKEL_NIHIL = f"Blz art. 3.3.2.2 lid 9 a; Pw art. 23 lid 1 en 2; {PEILJAAR}"
ARTIKEL_NIHIL_JONG = "Blz art. 3.3.2.2 lid 9 b; Pw art. 13 lid 2 a"
ARTIKEL_WMO = "Uitvoeringsbesluit Wmo 2015 art. 3.8"
KINDERBIJSLAG_TOT = 18
"""Kinderbijslag is for a child under 18 (AKW art. 7): the instelling resident who supports one pays the lage
bijdrage (Blz art. 3.3.2.2 lid 1 c)."""

WERKJAAR_TERUG = 1
"""Art. 3.3.2.3 lid 1 b 1°: the 15 % is of the net income from work of the calendar year before the bijdrage."""


@dataclass(frozen=True)
class Jaarinkomen:
    """A calendar year's own income, per month (the year's sum / 12)."""

    bruto: Decimal
    """The inkomensgegeven: the verzamelinkomen (Blz art. 1.1.1, AWR art. 21 e), before tax."""
    netto: Decimal
    """After that year's tax (Blz art. 3.3.2.3 lid 1 a)."""


@dataclass(frozen=True)
class CakJaar:
    """What the CAK's bijdrage in calendar year `jaar` rests on, per month."""

    jaar: int
    peiljaar: int
    zonder: Jaarinkomen
    """The own income of the peiljaar without the work."""
    met: Jaarinkomen
    """The own income of the peiljaar with the work (the same as `zonder` when the work started later)."""
    loon_vorig_jaar: Decimal
    """The net wage of the year before `jaar`."""
    params_peiljaar: ParameterSet = field(compare=False, hash=False)
    """The rules of 1 January of the peiljaar: the zak- en kleedgeld of that year (art. 3.3.2.3 lid 1 b 2°)."""

    @property
    def extra_inkomen_peiljaar(self) -> Decimal:
        """What the work added to the own net income of the peiljaar, after that year's tax."""
        return self.met.netto - self.zonder.netto

    @property
    def werk_in_peiljaar(self) -> bool:
        return self.met != self.zonder


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


def eigen_inkomen(maand: Maand) -> Jaarinkomen:
    """The month's own income, gross and net, as if it lasts the year."""
    return Jaarinkomen(bruto=maand.eigen_bruto, netto=eigen_netto(maand.regels)[0])


CAK_REGELS_ONTHOUDEN = 64
_cak_regels: dict[tuple[int, int, bool, bool], tuple[Huishouding, CakJaar, Regel | None]] = {}
"""The Wlz line of a CAK year by household, year, side and first months. It rests on the income of the peiljaar and
the wage of the year before (Blz art. 1.1.1, 3.3.2.3 lid 1, 3.3.2.4 lid 1; worked out anew each year, art. 3.3.2.8),
never on the month's own income: the 41 months of the first hours sweep share one line."""


def wlz_regel(hh: Huishouding, maand: Maand, nu: bool, cak: CakJaar | None = None,
              eerste_maanden: bool = False) -> Regel | None:
    """The Wlz bijdrage of a month: `nu` without the work (else with it); `cak`: the year it is for, with the incomes
    it rests on (then `maand` does not count); `eerste_maanden`: within the first four months of the stay in an
    instelling."""
    if cak is None:
        return _wlz_regel(hh, maand, nu, None, eerste_maanden)
    sleutel = (id(hh), id(cak), nu, eerste_maanden)
    bewaard = _cak_regels.get(sleutel)
    if bewaard is not None and bewaard[0] is hh and bewaard[1] is cak:  # the same objects, never a reused id
        return bewaard[2]
    uit = _wlz_regel(hh, maand, nu, cak, eerste_maanden)
    if len(_cak_regels) >= CAK_REGELS_ONTHOUDEN:
        _cak_regels.clear()
    _cak_regels[sleutel] = (hh, cak, uit)
    return uit


def vergeet_cak_regels() -> None:
    _cak_regels.clear()


def _wlz_regel(hh: Huishouding, maand: Maand, nu: bool, cak: CakJaar | None, eerste_maanden: bool) -> Regel | None:
    """`wlz_regel` worked out. With `cak`, nothing of `maand` counts: the month's own income (`eigen`, `loon`) is
    used only without a CAK year (the lasting months, the lasting hours sweep)."""
    s = hh.s
    if s.dagbesteding.financiering != "wlz":
        return None
    spoor = Spoor(hh.params)
    zorg = s.dagbesteding.wlz_zorg
    if zorg == "onbekend":
        return niet_van_toepassing("eigen_bijdrage_wlz", spoor, ARTIKEL_LAAG, "wlz_zorg_onbekend", berekend=False)
    if s.huishouden.soort == "met_partner":
        return niet_van_toepassing("eigen_bijdrage_wlz", spoor, ARTIKEL_LAAG, "wlz_met_partner", berekend=False)
    eigen = eigen_inkomen(maand)
    loon = eigen_netto(maand.regels)[1]
    if cak is not None:
        zonder, inkomen = cak.zonder, (cak.zonder if nu else cak.met)
        zonder_werk = nu or not cak.werk_in_peiljaar
        loon_vorig = NUL if nu else cak.loon_vorig_jaar
        peiljaar_params = cak.params_peiljaar
    else:
        zonder, inkomen = hh.eigen_nu or eigen, eigen
        zonder_werk = nu or loon <= 0
        loon_vorig = loon
        peiljaar_params = hh.params
    nihil_zonder = _nihil(spoor, s, zorg, zonder, zonder_werk=True)
    nihil = nihil_zonder if nu else _nihil(spoor, s, zorg, inkomen, zonder_werk)
    laag = zorg != "instelling" or eerste_maanden or _met_kind(s)
    # The hoge bijdrage's level is known only when it is nihil; with a bijdrage now, the work's change is computed.
    if nihil is not None and (laag or nu or nihil_zonder is not None):
        return nihil
    if laag:
        return _laag(hh, spoor, zorg, inkomen, nu, cak, eerste_maanden)
    if nu:
        # The bijdrage of now is on the CAK's letter: it rests on deductions whose amounts we do not know.
        return niet_van_toepassing("eigen_bijdrage_wlz", spoor, ARTIKEL_HOOG, "bijdrage_nu_op_beschikking",
                                   berekend=False)
    if nihil_zonder is not None:
        return _hoogstens(hh, spoor, inkomen, loon_vorig, Spoor(peiljaar_params))
    return _verandering(hh, spoor, eigen, loon, cak)


def _met_kind(s: Situatie) -> bool:
    return s.huishouden.soort == "alleenstaande_ouder" and any(k < KINDERBIJSLAG_TOT for k in s.huishouden.kinderen)


def _nihil(spoor: Spoor, s: Situatie, zorg: str, inkomen: Jaarinkomen, zonder_werk: bool) -> Regel | None:
    """Blz art. 3.3.2.2 lid 9: no bijdrage at all, or None when it is due.

    a: the inkomen of the peiljaar is at most the norms of Pw art. 23 lid 1 a and lid 2 a plus the minimum bijdrage
    (with mpt or pgb the minimum minus the korting, lid 4), 12 times (our reading: a year's inkomen against twelve
    months of the norms of this month). b: 18, 19 or 20 in an instelling, so no algemene bijstand (Pw art. 13 lid 2
    a); read by us as only while there is no wage."""
    if zorg == "instelling" and s.leeftijd < VOLWASSEN and zonder_werk and s.nu.uitkering in ("bijstand", "geen"):
        return regel("eigen_bijdrage_wlz", NUL, ARTIKEL_NIHIL_JONG, spoor)
    laag = spoor.tabel("wlz.eigen_bijdrage.laag")
    minimum = laag["minimum"]
    if zorg in ("mpt", "pgb"):
        minimum -= spoor.tabel("wlz.eigen_bijdrage.mpt_pgb_korting")["bijdrage"]
    norm = spoor.getal("bijstand.norm.inrichting_alleenstaand") + spoor.getal(
        "bijstand.norm.inrichting_verhoging_alleenstaand")
    grens = (norm + minimum) * MAANDEN
    per_jaar = centen(inkomen.bruto * MAANDEN)
    if per_jaar > grens:
        return None
    return regel("eigen_bijdrage_wlz", NUL, ARTIKEL_NIHIL, spoor, onderdelen=[
        Onderdeel(naam="inkomen_peiljaar_per_jaar", bedrag=per_jaar),
        Onderdeel(naam="nihilgrens_per_jaar", bedrag=grens),
    ])


def _vanaf(hh: Huishouding, spoor: Spoor) -> date:
    """1 January of the year whose bijdrage rests on the first year of the work (the peiljaar)."""
    jaren = int(spoor.tabel("wlz.eigen_bijdrage.peiljaar")["jaren_terug"])
    return date(start_werk(hh.s).year + jaren, 1, 1)


def _verandering(hh: Huishouding, spoor: Spoor, eigen: Jaarinkomen, loon: Decimal, cak: CakJaar | None) -> Regel:
    """The hoge bijdrage as what the work changes (its level rests on deductions we do not know)."""
    hoog = spoor.tabel("wlz.eigen_bijdrage.hoog")
    spoor.tabel("wlz.eigen_bijdrage.peiljaar")
    if cak is None:
        nu = hh.eigen_nu.netto if hh.eigen_nu is not None else eigen.netto
        vrij = centen(loon * hoog["vrijlating_arbeid_procent"] / 100)
        # Below zero the work lowers the bijdrage, as it does in the months with a CAK year (below).
        extra = min(centen(eigen.netto - nu - vrij), hoog["maximum"])
        return regel(
            "eigen_bijdrage_wlz", -extra, ARTIKEL_HOOG, spoor, vanaf=_vanaf(hh, spoor) if extra else None,
            onderdelen=[
                Onderdeel(naam="netto_inkomen_nu", bedrag=nu),
                Onderdeel(naam="netto_inkomen_straks", bedrag=eigen.netto),
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


def _hoogstens(hh: Huishouding, spoor: Spoor, inkomen: Jaarinkomen, loon_vorig: Decimal, peiljaar: Spoor) -> Regel:
    """The hoge bijdrage for someone who pays none without the work: at most the peiljaar's net income minus 15 %
    of last year's net wage and the zak- en kleedgeld of the peiljaar (Blz art. 3.3.2.3 lid 1 a, b 1° and 2°).
    The other deductions of lid 1 b 2° (the premie, an aftrekpost, extra vrijlatingen) are not known: they only
    lower it, so the real bijdrage is this or less. The zak- en kleedgeld is the norm of January of the peiljaar, the
    lowest of that year, so the most is never too low."""
    hoog = spoor.tabel("wlz.eigen_bijdrage.hoog")
    vrij = centen(loon_vorig * hoog["vrijlating_arbeid_procent"] / 100)
    zak = zak_en_kleedgeld(peiljaar)
    bijdrage = min(niet_negatief(inkomen.netto - vrij - zak), hoog["maximum"])
    return regel(
        "eigen_bijdrage_wlz", -bijdrage, ARTIKEL_HOOG, spoor, peiljaar, hoogstens=True,
        onderdelen=[
            Onderdeel(naam="netto_inkomen_peiljaar", bedrag=inkomen.netto),
            Onderdeel(naam="netto_loon_vorig_jaar", bedrag=loon_vorig),
            Onderdeel(naam="vrijgelaten_loon", bedrag=vrij),
            Onderdeel(naam="zak_en_kleedgeld", bedrag=zak),
            Onderdeel(naam="bijdrage_hoogstens", bedrag=bijdrage),
        ],
    )


def lage_bijdrage(spoor: Spoor, zorg: str, bruto_per_maand: Decimal) -> tuple[Decimal, Decimal]:
    """(bijdrageplichtig inkomen a year, bijdrage a month): 10 % of the gross inkomen between the minimum and the
    maximum; with mpt or pgb the inkomen and the bijdrage are lowered (art. 3.3.2.2 lid 3 and 4, 3.3.2.4 lid 1)."""
    laag = spoor.tabel("wlz.eigen_bijdrage.laag")
    inkomen = niet_negatief(bruto_per_maand * MAANDEN)
    korting = {"inkomen": NUL, "bijdrage": NUL}
    if zorg in ("mpt", "pgb"):
        korting = spoor.tabel("wlz.eigen_bijdrage.mpt_pgb_korting")
        inkomen = niet_negatief(inkomen - korting["inkomen"])
    bijdrage = min(max(centen(inkomen * laag["procent"] / 100 / MAANDEN), laag["minimum"]), laag["maximum"])
    return centen(inkomen), bijdrage - korting["bijdrage"]


def _laag(hh: Huishouding, spoor: Spoor, zorg: str, inkomen: Jaarinkomen, nu: bool, cak: CakJaar | None,
          eerste_maanden: bool) -> Regel:
    spoor.tabel("wlz.eigen_bijdrage.peiljaar")
    per_jaar, bijdrage = lage_bijdrage(spoor, zorg, inkomen.bruto)
    vanaf = None
    if (cak is None and not nu and hh.eigen_nu is not None
            and lage_bijdrage(spoor, zorg, hh.eigen_nu.bruto)[1] != bijdrage):
        vanaf = _vanaf(hh, spoor)
    artikel = ARTIKEL_LAAG
    if zorg == "instelling":
        artikel = ARTIKEL_EERSTE_MAANDEN if eerste_maanden else ARTIKEL_KIND
        if eerste_maanden:
            spoor.tabel("wlz.eigen_bijdrage.eerste_maanden")  # the kalender decided by it: the line names it
    return regel(
        "eigen_bijdrage_wlz", -bijdrage, artikel, spoor, vanaf=vanaf,
        onderdelen=[Onderdeel(naam="bijdrageplichtig_inkomen_per_jaar", bedrag=per_jaar),
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
