"""The costs after the income in words: what the eigen bijdrage, the tax for waste, sewers and water (after
kwijtschelding) and the travel costs do to what is kept, when the CAK's bill follows, and which of these amounts are
estimates."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from decimal import Decimal

from switchwijzer.engine.uitkomst import KOSTEN_ORDER, Overzicht, Regel, Uitkomst
from switchwijzer.i18n import datum, geld
from switchwijzer.uitleg.geld import Rij
from switchwijzer.uitleg.namen import regel_naam
from switchwijzer.uitleg.teksten import Keuze, Zin, antwoord, lees_toml, samen, voor_iedereen

WMO_PLAN_VANAF = 2027
"""The income-dependent Wmo bijdrage (Kamerstuk 36 713) was planned for this year; it is not adopted."""


def _bedrag(regel: Regel | None) -> Decimal | None:
    return regel.bedrag if regel is not None and regel.van_toepassing and regel.berekend else None


def _bedrag_tekst(regel: Regel | None) -> Zin | str:
    """The amount of a cost as the sentence says it: what is paid, without a sign (every cost line is paid, so
    negative or 0), "€ 0" when there is none, and "niet berekend" when the engine could not compute it."""
    if regel is not None and regel.van_toepassing and not regel.berekend:
        return antwoord("kost_niet_berekend")
    bedrag = _bedrag(regel)
    if bedrag is not None and bedrag > 0:  # a lower CAK bijdrage because of last year's wage
        return antwoord("kost_minder", bedrag=geld(bedrag))
    return geld(abs(bedrag) if bedrag is not None else Decimal(0))


def _naam(regel: Regel) -> str:
    """The cost's name; the hoge Wlz bijdrage computed as what the work changes says so in its name."""
    verandering = regel.naam == "eigen_bijdrage_wlz" and any(o.naam == "extra_bijdrage" for o in regel.onderdelen)
    laag = regel.naam == "eigen_bijdrage_wlz" and not verandering
    return voor_iedereen(lees_toml("teksten/antwoord.toml")[f"kost_{regel.naam}" + ("_laag" if laag else "")])


def _nihil(regel: Regel | None) -> bool:
    """A Wlz bijdrage that is not due at all (Blz art. 3.3.2.2 lid 9)."""
    return regel is not None and regel.berekend and regel.bedrag == 0 and "lid 9" in regel.regel


def cak_zinnen(uitkomst: Uitkomst) -> list[Zin]:
    """The Wlz bijdrage in words where the lines alone do not say it: none is due now (the income is too low), and
    a bijdrage that the work brings later whose amount we only know at most."""
    nu = uitkomst.nu
    if nu is None:
        return []
    uit = []
    if _nihil(nu.kost("eigen_bijdrage_wlz")):
        uit.append(antwoord("kosten_cak_nihil"))
    gezegd: list[tuple[int, Decimal]] = []
    for maand in uitkomst.maanden:
        regel = maand.met_overstap.kost("eigen_bijdrage_wlz")
        if regel is None or not regel.hoogstens or (gezegd and gezegd[-1][1] == regel.bedrag):
            continue
        gezegd.append((int(maand.maand[:4]), regel.bedrag))
    if gezegd:
        bedragen = samen("; ", (antwoord("kosten_cak_hoogstens_jaar", jaar=jaar, bedrag=geld(-bedrag))
                                for jaar, bedrag in gezegd))
        uit.append(antwoord("kosten_cak_hoogstens", bedragen=bedragen))
    return uit


EIGENNAMEN = ("Wmo", "Wlz", "CAK")


def _midden_in_zin(naam: str) -> str:
    """A name as it reads after a colon: "eigen bijdrage Wmo", but "Wmo eigen bijdrage" keeps its capital."""
    return naam if naam.split(" ", 1)[0] in EIGENNAMEN else naam[:1].lower() + naam[1:]


def heeft_kosten(uitkomst: Uitkomst) -> bool:
    """Whether a cost line costs something, in the month of the answer or in any month after the start (a CAK
    bijdrage can come two years later)."""
    if uitkomst.nu is None or uitkomst.straks is None:
        return False
    overzichten = [
        uitkomst.nu,
        uitkomst.straks,
        *(o for m in uitkomst.maanden for o in (m.zonder_overstap, m.met_overstap)),
    ]
    return any(_bedrag(k) for o in overzichten for k in o.kosten)


def _met_bedrag(zonder: Overzicht, met: Overzicht) -> list[tuple[Regel | None, Regel | None]]:
    """(without, with) for each cost line that costs something in either, in KOSTEN_ORDER."""
    paren = [(zonder.kost(naam), met.kost(naam)) for naam in KOSTEN_ORDER]
    return [(voor, na) for voor, na in paren if _bedrag(voor) or _bedrag(na)]


def kosten_rijen(uitkomst: Uitkomst) -> list[Rij]:
    """The costs as rows under the total of the income: what goes out without and with the work (negative),
    each under its short name; "–" (None) only when it could not be computed. The sentences say why and when."""
    if not heeft_kosten(uitkomst):
        return []
    assert uitkomst.nu is not None and uitkomst.straks is not None
    later = {
        k.naam for m in uitkomst.maanden for o in (m.zonder_overstap, m.met_overstap) for k in o.kosten if _bedrag(k)
    }
    return kosten_rijen_van(uitkomst.nu, uitkomst.straks, ook=later)


def kosten_rijen_van(zonder: Overzicht, met: Overzicht, ook: AbstractSet[str] = frozenset()) -> list[Rij]:
    """The cost rows of one month; `ook`: costs to show even at € 0 (they cost something in a later month)."""
    uit = []
    paren = [(zonder.kost(naam), met.kost(naam)) for naam in KOSTEN_ORDER]
    for voor, na in [(v, n) for v, n in paren if _bedrag(v) or _bedrag(n) or _naam_in(n or v, ook)]:
        regel = na or voor
        assert regel is not None
        uit.append(Rij(regel_naam(regel.naam), regel.naam, _tabel_bedrag(voor), _tabel_bedrag(na), "", voor, na))
    return uit


def _naam_in(regel: Regel | None, namen: AbstractSet[str]) -> bool:
    return regel is not None and regel.naam in namen


def _tabel_bedrag(regel: Regel | None) -> Decimal | None:
    if regel is not None and regel.van_toepassing and not regel.berekend:
        return None
    return _bedrag(regel) or Decimal(0)  # a cost that is not there (any more) costs nothing


def kosten_zinnen(uitkomst: Uitkomst) -> list[Zin | Keuze]:
    """First what the headline left out (the gain before costs), then each cost now and later."""
    if not heeft_kosten(uitkomst):
        return []
    nu, straks = uitkomst.nu, uitkomst.straks
    assert nu is not None and straks is not None and uitkomst.verschil_per_maand is not None
    from switchwijzer.uitleg.maanden import kop_blijvend, latere_kosten  # maanden imports this module

    uit: list[Zin | Keuze] = [antwoord("kosten_kop")]
    if uitkomst.blijvend is not None:  # every computed answer has one
        # The headline's difference before the costs, for the same months: from the month it lasts.
        uit.append(kop_blijvend(uitkomst, na_kosten=False, sleutel="kosten_zonder"))

    later = {k.naam: k for k in latere_kosten(uitkomst)}
    schattingen: dict[Zin, list[str]] = {}  # who can give the real amount -> the estimated costs
    for voor, na in _met_bedrag(nu, straks):
        bedrag_nu, bedrag_straks = _bedrag(voor), _bedrag(na)
        regel = na or voor
        assert regel is not None
        stopt = bool(bedrag_nu) and not bedrag_straks and (na is None or na.berekend)
        uit.append(antwoord("kosten_regel_stopt" if stopt else "kosten_regel", naam=_naam(regel),
                            nu=_bedrag_tekst(voor), straks=_bedrag_tekst(na)))
        if regel.naam == "eigen_bijdrage_wlz" and regel.naam in later and later[regel.naam].meer > 0:
            uit.append(antwoord("kosten_cak_later", datum=datum(later[regel.naam].vanaf)))
        if any(r is not None and r.status != "vastgesteld" for r in (voor, na)):
            schattingen.setdefault(antwoord(f"waar_{regel.naam}"), []).append(_midden_in_zin(_naam(regel)))
    uit.extend(cak_zinnen(uitkomst))
    for waar, namen in schattingen.items():
        sleutel = "kosten_schatting" if len(namen) > 1 else "kosten_schatting_een"
        uit.append(antwoord(sleutel, namen=", ".join(namen), waar=waar))
    if straks.kost("eigen_bijdrage_wmo") is not None and uitkomst.verloop and any(
        p.vanaf_datum and p.vanaf_datum.year >= WMO_PLAN_VANAF for p in uitkomst.verloop[:2]
    ):
        uit.append(antwoord("kosten_wmo_2027"))
    return uit
