"""The costs after the income in words: what the eigen bijdrage, the tax for waste, sewers and water (after
kwijtschelding) and the travel costs do to what is kept, when the CAK's bill follows, and which of these amounts are estimates."""

from __future__ import annotations

from decimal import Decimal

from switchwijzer.engine.uitkomst import KOSTEN_ORDER, Regel, Uitkomst
from switchwijzer.i18n import datum, geld
from switchwijzer.uitleg.geld import Rij
from switchwijzer.uitleg.namen import regel_naam
from switchwijzer.uitleg.teksten import kies, lees_toml

WMO_PLAN_VANAF = 2027
"""The income-dependent Wmo bijdrage (Kamerstuk 36 713) was planned for this year; it is not adopted."""


def _tekst(sleutel: str, rol: str, **waarden: object) -> str:
    return kies(lees_toml("teksten/antwoord.toml")[sleutel], rol, **waarden)


def _bedrag(regel: Regel | None) -> Decimal | None:
    return regel.bedrag if regel is not None and regel.van_toepassing and regel.berekend else None


def _bedrag_tekst(regel: Regel | None, rol: str) -> str:
    """The amount of a cost as the sentence says it: what is paid, without a sign (every cost line is paid, so
    negative or 0), "€ 0" when there is none, and "niet berekend" when the engine could not compute it."""
    if regel is not None and regel.van_toepassing and not regel.berekend:
        return _tekst("kost_niet_berekend", rol)
    bedrag = _bedrag(regel)
    return geld(abs(bedrag) if bedrag is not None else Decimal(0))


def _naam(regel: Regel, rol: str) -> str:
    laag = regel.naam == "eigen_bijdrage_wlz" and any(o.naam == "bijdrage" for o in regel.onderdelen)
    return _tekst(f"kost_{regel.naam}" + ("_laag" if laag else ""), rol)


EIGENNAMEN = ("Wmo", "Wlz", "CAK")


def _midden_in_zin(naam: str) -> str:
    """A name as it reads after a colon: "eigen bijdrage Wmo", but "Wmo eigen bijdrage" keeps its capital."""
    return naam if naam.split(" ", 1)[0] in EIGENNAMEN else naam[:1].lower() + naam[1:]


def heeft_kosten(uitkomst: Uitkomst) -> bool:
    if uitkomst.nu is None or uitkomst.straks is None:
        return False
    return any(_bedrag(k) for k in (*uitkomst.nu.kosten, *uitkomst.straks.kosten))


def _met_bedrag(uitkomst: Uitkomst) -> list[tuple[Regel | None, Regel | None]]:
    """(now, later) for each cost line that costs something now or later, in KOSTEN_ORDER."""
    assert uitkomst.nu is not None and uitkomst.straks is not None
    paren = [(uitkomst.nu.kost(naam), uitkomst.straks.kost(naam)) for naam in KOSTEN_ORDER]
    return [(voor, na) for voor, na in paren if _bedrag(voor) or _bedrag(na)]


def kosten_rijen(uitkomst: Uitkomst) -> list[Rij]:
    """The costs as rows under the total of the income: what goes out now and later (negative), each under its
    short name; "–" (None) only when it could not be computed. The sentences say why and when."""
    if not heeft_kosten(uitkomst):
        return []
    uit = []
    for voor, na in _met_bedrag(uitkomst):
        regel = na or voor
        assert regel is not None
        uit.append(Rij(regel_naam(regel.naam), regel.naam, _tabel_bedrag(voor), _tabel_bedrag(na), "", voor, na))
    return uit


def _tabel_bedrag(regel: Regel | None) -> Decimal | None:
    if regel is not None and regel.van_toepassing and not regel.berekend:
        return None
    return _bedrag(regel) or Decimal(0)  # a cost that is not there (any more) costs nothing


def kosten_zinnen(uitkomst: Uitkomst, rol: str) -> list[str]:
    """First what the headline left out (the gain before costs), then each cost now and later."""
    if not heeft_kosten(uitkomst):
        return []
    nu, straks = uitkomst.nu, uitkomst.straks
    assert nu is not None and straks is not None and uitkomst.verschil_per_maand is not None
    uit = [_tekst("kosten_kop", rol, bedrag=geld(uitkomst.verschil_per_maand))]
    schattingen: dict[str, list[str]] = {}  # who can give the real amount -> the estimated costs
    for voor, na in _met_bedrag(uitkomst):
        bedrag_nu, bedrag_straks = _bedrag(voor), _bedrag(na)
        regel = na or voor
        assert regel is not None
        stopt = bool(bedrag_nu) and not bedrag_straks and (na is None or na.berekend)
        uit.append(_tekst("kosten_regel_stopt" if stopt else "kosten_regel", rol, naam=_naam(regel, rol),
                          nu=_bedrag_tekst(voor, rol), straks=_bedrag_tekst(na, rol)))
        if na is not None and na.vanaf is not None:
            uit.append(_tekst("kosten_cak_later", rol, datum=datum(na.vanaf)))
        if any(r is not None and r.status != "vastgesteld" for r in (voor, na)):
            schattingen.setdefault(_tekst(f"waar_{regel.naam}", rol), []).append(_midden_in_zin(_naam(regel, rol)))
    for waar, namen in schattingen.items():
        sleutel = "kosten_schatting" if len(namen) > 1 else "kosten_schatting_een"
        uit.append(_tekst(sleutel, rol, namen=", ".join(namen), waar=waar))
    if straks.kost("eigen_bijdrage_wmo") is not None and uitkomst.verloop and any(
        p.vanaf_datum and p.vanaf_datum.year >= WMO_PLAN_VANAF for p in uitkomst.verloop[:2]
    ):
        uit.append(_tekst("kosten_wmo_2027", rol))
    return uit
