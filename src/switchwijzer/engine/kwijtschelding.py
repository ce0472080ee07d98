"""Kwijtschelding of gemeentelijke and waterschapsbelastingen (Uitvoeringsregeling Invorderingswet 1990, URI).

Betalingscapaciteit = 12 x (netto besteedbaar inkomen - kosten van bestaan), the kosten van bestaan being 90 %
of the bijstandsnorm; the gemeente and the waterschap each may choose their own, up to 100 % (Regeling kwijtschelding
belastingen medeoverheden art. 2), so each aanslag is judged with its own norm. Kwijtschelding = aanslag - 80 % of that
capacity (URI art. 11, 13, 16). The netto besteedbaar inkomen is the net income with the zorgtoeslag and the
kindgebonden budget (art. 14 lid 1 c excepts only the kinderbijslag), minus the health insurance premium above the
normpremie the bijstandsnorm already holds (art. 15 c; Leidraad Invordering 2008 art. 26.2.19) and the net rent
above the woonlastennorm (art. 15 b). Savings are taken to be below the limit (art. 12).

Without the work, a person who says they get kwijtschelding now gets it: that is a fact, not recomputed (a gemeente
may count other costs than we know). With the work the rules decide.

The line `lokale_belastingen` is what the person pays of these taxes a month: (aanslag - kwijtschelding) / 12, a
cost (negative), now and later. With full kwijtschelding it is 0; losing it makes the cost rise. So what is left
after the costs is never more than before them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from . import bijstand as pw
from .geld import MAANDEN, NUL, centen, niet_negatief
from .gemeente import gemeente_sleutel
from .parameters import Spoor
from .regel import niet_van_toepassing, regel
from .uitkomst import Onderdeel, Regel

if TYPE_CHECKING:
    from .maand import Huishouding
    from .situatie import Situatie

NAAM: Final = "lokale_belastingen"
ARTIKEL = ("Uitvoeringsregeling Invorderingswet 1990 art. 11, 13, 14, 15 en 16; Regeling kwijtschelding belastingen "
           "medeoverheden art. 2; Leidraad Invordering 2008 art. 26.2.19")
ARTIKEL_OPGEGEVEN = "Opgegeven: krijgt nu kwijtschelding van de gemeentelijke belastingen en de waterschapsbelasting"
INKOMEN = ("loon", "bijstand", "wajong", "vergoeding_dagbesteding", "inkomen_partner", "zorgtoeslag",
           "kindgebonden_budget")
BELASTINGEN = ("gemeente", "waterschap")


def kwijtschelding_per_jaar(aanslag: Decimal, aanwendbaar: Decimal) -> Decimal:
    """Art. 11 b: what is left of the aanslag after the usable part of the betalingscapaciteit (no vermogen)."""
    return niet_negatief(aanslag - aanwendbaar)


def te_betalen_per_jaar(aanslag: Decimal, aanwendbaar: Decimal) -> Decimal:
    """What is still paid of the aanslag a year: the aanslag minus the kwijtschelding."""
    return aanslag - kwijtschelding_per_jaar(aanslag, aanwendbaar)


def aanwendbare_capaciteit(spoor: Spoor, netto_besteedbaar: Decimal, kosten_van_bestaan: Decimal) -> Decimal:
    """Art. 11 b 2° and 13: 80 % of 12 x the monthly net income above the kosten van bestaan."""
    capaciteit = MAANDEN * niet_negatief(netto_besteedbaar - kosten_van_bestaan)
    return centen(capaciteit * spoor.procent("kwijtschelding.betalingscapaciteit"))


def _lokaal(spoor: Spoor, sleutel: str | None, naam: str) -> str | None:
    pad = f"kwijtschelding.gemeente.{sleutel}.{naam}"
    return pad if sleutel and pad in spoor.params.waarden else None


def procent_pad(spoor: Spoor, s: Situatie, sleutel: str | None, belasting: str, aannames: list[str]) -> str:
    """The norm of the gemeente, or of the waterschap of the gemeente, when we know it; else 90 %, or the 100 % a
    body may choose when the person says they get kwijtschelding now (with 90 % someone at the bijstandsnorm rarely
    does)."""
    lokaal = _lokaal(spoor, sleutel, "procent" if belasting == "gemeente" else "waterschap_procent")
    if lokaal:
        return lokaal
    if s.wonen.kwijtschelding:
        aannames.append("kwijtschelding_hoogste_norm")
        return "kwijtschelding.kosten_van_bestaan_hoogst"
    return "kwijtschelding.kosten_van_bestaan"


@dataclass(frozen=True)
class Besteedbaar:
    """The netto besteedbaar inkomen a month (URI art. 14 and 15) with its parts."""

    inkomen: Decimal
    zorgpremie: Decimal
    woonlasten: Decimal

    @property
    def netto(self) -> Decimal:
        return niet_negatief(self.inkomen - self.zorgpremie - self.woonlasten)


def netto_besteedbaar(spoor: Spoor, s: Situatie, regels: list[Regel]) -> Besteedbaar:
    h = s.huishouden
    bedragen: dict[str, Decimal] = {r.naam: r.bedrag for r in regels if r.van_toepassing}
    inkomen = sum((bedragen.get(naam, NUL) for naam in INKOMEN), NUL)
    partners = h.soort == "met_partner"
    normpremie = spoor.tabel("kwijtschelding.normpremie")["partners" if partners else "alleenstaand"]
    zorgpremie = niet_negatief(spoor.getal("kwijtschelding.zorgpremie") * (2 if partners else 1) - normpremie)
    netto_huur = niet_negatief((s.wonen.kale_huur_per_maand or NUL) - bedragen.get("huurtoeslag", NUL))
    maximum = spoor.tabel("huurtoeslag.maximale_huurgrens")["standaard"]
    # Eenpersoons or meerpersoons as for the huurtoeslag (the woonlastennorm is its minimale basishuur).
    personen = 1 + partners + h.kostendelers_27_plus + h.andere_medebewoners + len(h.kinderen)
    drempel = spoor.tabel("kwijtschelding.woonlasten_drempel")["meerpersoons" if personen > 1 else "eenpersoons"]
    woonlasten = niet_negatief(min(netto_huur, maximum) - drempel)
    return Besteedbaar(inkomen, zorgpremie, woonlasten)


def kwijtschelding_regel(hh: Huishouding, regels: list[Regel], aannames: list[str], nu: bool = False) -> Regel | None:
    """The lokale belastingen after kwijtschelding a month; `nu`: the month without the work."""
    s = hh.s
    spoor = Spoor(hh.params)
    if s.huishouden.soort == "bij_ouders":
        return None  # the aanslag is the parents'
    if pw.in_inrichting(s):
        return niet_van_toepassing(NAAM, spoor, ARTIKEL, "woont_in_instelling")
    if s.wonen.kwijtschelding is False:
        return niet_van_toepassing(NAAM, spoor, ARTIKEL, "geen_kwijtschelding")
    if not s.wonen.huurt:
        return niet_van_toepassing(NAAM, spoor, ARTIKEL, "huurt_niet", berekend=False)
    h = s.huishouden
    norm = pw.bijstandsnorm(spoor, s.leeftijd, h.soort, h.kostendelers_27_plus, h.partner_leeftijd, h.kinderen,
                            h.ouders_kunnen_bijdragen)
    if norm.bedrag is None:
        return niet_van_toepassing(NAAM, spoor, ARTIKEL, norm.reden or "onbekend", berekend=False)
    sleutel = gemeente_sleutel(s.dagbesteding.gemeente)
    aanslag = spoor.tabel(_lokaal(spoor, sleutel, "aanslag") or "kwijtschelding.aanslag")
    if nu and s.wonen.kwijtschelding:
        return _opgegeven(hh, aanslag)
    besteedbaar = netto_besteedbaar(spoor, s, regels)
    onderdelen = [
        Onderdeel(naam="netto_inkomen", bedrag=besteedbaar.inkomen),
        Onderdeel(naam="zorgpremie", bedrag=-besteedbaar.zorgpremie),
        Onderdeel(naam="woonlasten", bedrag=-besteedbaar.woonlasten),
        Onderdeel(naam="netto_besteedbaar_inkomen", bedrag=besteedbaar.netto),
    ]
    te_betalen = NUL
    for belasting in BELASTINGEN:
        kosten_van_bestaan = centen(norm.bedrag * spoor.procent(procent_pad(spoor, s, sleutel, belasting, aannames)))
        aanwendbaar = aanwendbare_capaciteit(spoor, besteedbaar.netto, kosten_van_bestaan)
        betalen = te_betalen_per_jaar(aanslag[belasting], aanwendbaar)
        te_betalen += betalen
        deel = "" if belasting == "gemeente" else "_waterschap"  # the gemeente's names stay as they were
        onderdelen += [
            Onderdeel(naam=f"kosten_van_bestaan{deel}", bedrag=kosten_van_bestaan),
            Onderdeel(naam=f"aanwendbare_capaciteit{deel}_per_jaar", bedrag=aanwendbaar),
            Onderdeel(naam=f"aanslag_{belasting}_per_jaar", bedrag=aanslag[belasting]),
            Onderdeel(naam=f"kwijtschelding_{belasting}_per_jaar",
                      bedrag=kwijtschelding_per_jaar(aanslag[belasting], aanwendbaar)),
            Onderdeel(naam=f"te_betalen_{belasting}_per_jaar", bedrag=betalen),
        ]
    return regel(NAAM, NUL - centen(te_betalen / MAANDEN), f"{ARTIKEL}; {norm.artikel}", spoor, onderdelen=onderdelen)


def _opgegeven(hh: Huishouding, aanslag: dict[str, Decimal]) -> Regel:
    """The person gets kwijtschelding now: the whole aanslag is forgiven, as they said (a fact, not recomputed)."""
    onderdelen = []
    for belasting in BELASTINGEN:
        onderdelen += [Onderdeel(naam=f"aanslag_{belasting}_per_jaar", bedrag=aanslag[belasting]),
                       Onderdeel(naam=f"kwijtschelding_{belasting}_per_jaar", bedrag=aanslag[belasting]),
                       Onderdeel(naam=f"te_betalen_{belasting}_per_jaar", bedrag=NUL)]
    return Regel(naam=NAAM, bedrag=NUL, regel=ARTIKEL_OPGEGEVEN, bron="invoer", geldig_vanaf=hh.params.geldig_vanaf,
                 reden="kwijtschelding_opgegeven", onderdelen=onderdelen)


def berekend_zonder_werk(hh: Huishouding, regels: list[Regel]) -> Regel | None:
    """What the rules give without the work, for someone who says they get kwijtschelding now: to say so when the
    rules we know give less (the gemeente then counts other costs, or a higher norm)."""
    s = hh.s
    if not s.wonen.kwijtschelding:
        return None
    return kwijtschelding_regel(hh, regels, [], nu=False)
