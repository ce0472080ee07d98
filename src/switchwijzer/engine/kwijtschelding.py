"""Kwijtschelding of gemeentelijke and waterschapsbelastingen (Uitvoeringsregeling Invorderingswet 1990).

Betalingscapaciteit = 12 x (netto besteedbaar inkomen - kosten van bestaan), the kosten van bestaan being 90 %
of the bijstandsnorm (a gemeente may choose up to 100 %). Kwijtschelding = aanslag - 80 % of that capacity
(art. 11, 13, 16). The netto besteedbaar inkomen is the net income with the zorgtoeslag and the kindgebonden
budget, minus the health insurance premium and the net rent above a threshold (art. 14, 15). Savings are taken
to be below the limit (art. 12).

The line `lokale_belastingen` is what the person pays of these taxes a month: (aanslag - kwijtschelding) / 12, a
cost (negative), now and later. With full kwijtschelding it is 0; losing it makes the cost rise. So what is left
after the costs is never more than before them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import bijstand as pw
from .gemeente import gemeente_sleutel
from .geld import MAANDEN, NUL, centen, niet_negatief
from .parameters import Spoor
from .regel import niet_van_toepassing, regel
from .uitkomst import Onderdeel, Regel

if TYPE_CHECKING:
    from .maand import Huishouding

NAAM = "lokale_belastingen"
ARTIKEL = "Uitvoeringsregeling Invorderingswet 1990 art. 11 tot en met 16"
INKOMEN = ("loon", "bijstand", "wajong", "vergoeding_dagbesteding", "inkomen_partner", "zorgtoeslag",
           "kindgebonden_budget")


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


def _procent_pad(spoor: Spoor, s, sleutel: str | None, aannames: list[str]) -> str:
    """The gemeente's own percentage when we know it; else 90 %, or the 100 % a gemeente may choose when the
    person says they get kwijtschelding now (with 90 % someone at the bijstandsnorm rarely does)."""
    lokaal = _lokaal(spoor, sleutel, "procent")
    if lokaal:
        return lokaal
    if s.wonen.kwijtschelding:
        aannames.append("kwijtschelding_hoogste_norm")
        return "kwijtschelding.kosten_van_bestaan_hoogst"
    return "kwijtschelding.kosten_van_bestaan"


def kwijtschelding_regel(hh: Huishouding, regels: list[Regel], aannames: list[str]) -> Regel | None:
    s = hh.s
    spoor = Spoor(hh.params)
    if s.huishouden.soort == "bij_ouders":
        return None  # the aanslag is the parents'
    if s.dagbesteding.financiering == "wlz" and s.dagbesteding.wlz_zorg == "instelling":
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
    procent_pad = _procent_pad(spoor, s, sleutel, aannames)
    aanslag = spoor.tabel(_lokaal(spoor, sleutel, "aanslag") or "kwijtschelding.aanslag")
    kosten_van_bestaan = centen(norm.bedrag * spoor.procent(procent_pad))

    bedragen = {r.naam: r.bedrag for r in regels if r.van_toepassing}
    inkomen = sum((bedragen.get(naam, NUL) for naam in INKOMEN), NUL)
    volwassenen = 2 if h.soort == "met_partner" else 1
    zorgpremie = spoor.getal("kwijtschelding.zorgpremie") * volwassenen
    netto_huur = niet_negatief((s.wonen.kale_huur_per_maand or NUL) - bedragen.get("huurtoeslag", NUL))
    maximum = spoor.tabel("huurtoeslag.maximale_huurgrens")["standaard"]
    woonlasten = niet_negatief(min(netto_huur, maximum) - spoor.getal("kwijtschelding.woonlasten_drempel"))
    netto_besteedbaar = niet_negatief(inkomen - zorgpremie - woonlasten)
    aanwendbaar = aanwendbare_capaciteit(spoor, netto_besteedbaar, kosten_van_bestaan)
    gemeente = kwijtschelding_per_jaar(aanslag["gemeente"], aanwendbaar)
    waterschap = kwijtschelding_per_jaar(aanslag["waterschap"], aanwendbaar)
    te_betalen_gemeente = te_betalen_per_jaar(aanslag["gemeente"], aanwendbaar)
    te_betalen_waterschap = te_betalen_per_jaar(aanslag["waterschap"], aanwendbaar)
    return regel(
        NAAM, NUL - centen((te_betalen_gemeente + te_betalen_waterschap) / MAANDEN), f"{ARTIKEL}; {norm.artikel}", spoor,
        onderdelen=[
            Onderdeel(naam="netto_inkomen", bedrag=inkomen),
            Onderdeel(naam="zorgpremie", bedrag=-zorgpremie),
            Onderdeel(naam="woonlasten", bedrag=-woonlasten),
            Onderdeel(naam="netto_besteedbaar_inkomen", bedrag=netto_besteedbaar),
            Onderdeel(naam="kosten_van_bestaan", bedrag=kosten_van_bestaan),
            Onderdeel(naam="aanwendbare_capaciteit_per_jaar", bedrag=aanwendbaar),
            Onderdeel(naam="aanslag_gemeente_per_jaar", bedrag=aanslag["gemeente"]),
            Onderdeel(naam="kwijtschelding_gemeente_per_jaar", bedrag=gemeente),
            Onderdeel(naam="te_betalen_gemeente_per_jaar", bedrag=te_betalen_gemeente),
            Onderdeel(naam="aanslag_waterschap_per_jaar", bedrag=aanslag["waterschap"]),
            Onderdeel(naam="kwijtschelding_waterschap_per_jaar", bedrag=waterschap),
            Onderdeel(naam="te_betalen_waterschap_per_jaar", bedrag=te_betalen_waterschap),
        ],
    )
