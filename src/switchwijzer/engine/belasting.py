"""Inkomstenbelasting box 1 with premies volksverzekeringen, below AOW age (Wet IB 2001)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .geld import NUL, niet_negatief
from .parameters import ParameterSet, Spoor
from .uitkomst import GebruiktParameter


@dataclass(frozen=True)
class Heffing:
    """One year's tax, all amounts per year."""

    heffing: Decimal
    algemene_heffingskorting: Decimal
    arbeidskorting: Decimal
    jonggehandicaptenkorting: Decimal
    combinatiekorting: Decimal
    te_betalen: Decimal

    @property
    def jonggehandicaptenkorting_benut(self) -> Decimal:
        """The part of the jonggehandicaptenkorting that lowers the tax; kortingen are not paid out."""
        overig = self.heffing - self.algemene_heffingskorting - self.arbeidskorting - self.combinatiekorting
        return min(self.jonggehandicaptenkorting, niet_negatief(overig))


def box1_heffing(spoor: Spoor, belastbaar: Decimal) -> Decimal:
    heffing, ondergrens = NUL, NUL
    for schijf in spoor.reeks("belasting.schijven"):
        if belastbaar <= ondergrens:
            break
        bovengrens = schijf.get("tot", belastbaar)  # the last bracket has no upper limit
        heffing += (min(belastbaar, bovengrens) - ondergrens) * schijf["tarief"] / 100
        ondergrens = bovengrens
    return heffing


def algemene_heffingskorting(spoor: Spoor, verzamelinkomen: Decimal) -> Decimal:
    maximum = spoor.getal("belasting.algemene_heffingskorting_max")
    boven = niet_negatief(verzamelinkomen - spoor.getal("belasting.algemene_heffingskorting_afbouw_vanaf"))
    return niet_negatief(maximum - boven * spoor.procent("belasting.algemene_heffingskorting_afbouw"))


def arbeidskorting(spoor: Spoor, arbeidsinkomen: Decimal) -> Decimal:
    if arbeidsinkomen <= 0:
        return NUL
    gekozen = None
    for segment in spoor.reeks("belasting.arbeidskorting"):
        if arbeidsinkomen >= segment["vanaf"]:
            gekozen = segment
    assert gekozen is not None
    return niet_negatief(gekozen["basis"] + (arbeidsinkomen - gekozen["vanaf"]) * gekozen["procent"] / 100)


def combinatiekorting(spoor: Spoor, arbeidsinkomen: Decimal) -> Decimal:
    """Art. 8.14a: for a working parent with a child under 12; the caller decides who qualifies."""
    regel = spoor.tabel("belasting.combinatiekorting")
    if arbeidsinkomen <= regel["vanaf"]:
        return NUL
    return min(regel["maximum"], (arbeidsinkomen - regel["vanaf"]) * regel["procent"] / 100)


HEFFINGEN_ONTHOUDEN = 512  # a full calculation uses about 35; at 4096 (1,3 kB each) a kiosk swung by 5 MB
_heffingen: dict[tuple[object, ...], tuple[ParameterSet, Heffing, dict[str, GebruiktParameter]]] = {}
"""Tax already worked out, by the set and the exact amounts (a month asks for the same year's tax more than once)."""


def inkomstenbelasting(
    spoor: Spoor,
    belastbaar: Decimal,
    arbeidsinkomen: Decimal,
    jonggehandicapt: bool = False,
    met_combinatiekorting: bool = False,
) -> Heffing:
    """Tax after heffingskortingen; kortingen never make the tax negative (they are not paid out).

    Remembered per set and exact amounts (with their number of decimals, so the result is the same Decimal);
    a remembered result still marks on `spoor` the parameters it read, in the same order."""
    params = spoor.params
    sleutel = (id(params), belastbaar.as_tuple(), arbeidsinkomen.as_tuple(), jonggehandicapt, met_combinatiekorting)
    bewaard = _heffingen.get(sleutel)
    if bewaard is not None and bewaard[0] is params:  # the same set, never a reused id
        spoor.gebruikt.update(bewaard[2])
        return bewaard[1]
    eigen = Spoor(params)
    heffing = _inkomstenbelasting(eigen, belastbaar, arbeidsinkomen, jonggehandicapt, met_combinatiekorting)
    spoor.gebruikt.update(eigen.gebruikt)
    if len(_heffingen) >= HEFFINGEN_ONTHOUDEN:
        _heffingen.clear()
    _heffingen[sleutel] = (params, heffing, eigen.gebruikt)
    return heffing


def vergeet_heffingen() -> None:
    _heffingen.clear()


def _inkomstenbelasting(
    spoor: Spoor, belastbaar: Decimal, arbeidsinkomen: Decimal, jonggehandicapt: bool, met_combinatiekorting: bool
) -> Heffing:
    heffing = box1_heffing(spoor, belastbaar)
    ahk = algemene_heffingskorting(spoor, belastbaar)
    ak = arbeidskorting(spoor, arbeidsinkomen)
    jgk = spoor.getal("belasting.jonggehandicaptenkorting") if jonggehandicapt else NUL
    iack = combinatiekorting(spoor, arbeidsinkomen) if met_combinatiekorting else NUL
    return Heffing(
        heffing=heffing,
        algemene_heffingskorting=ahk,
        arbeidskorting=ak,
        jonggehandicaptenkorting=jgk,
        combinatiekorting=iack,
        te_betalen=niet_negatief(heffing - ahk - ak - jgk - iack),
    )
