"""The money over time in words: what lasts and from when, what is different first, and the months grouped.

The engine gives every calendar month from the start, without and with the switch (`Uitkomst.maanden`). Here
consecutive months with the same amounts become one stretch ("januari 2027 – december 2027: € 2.218"), each new
stretch with the reasons it starts ("het deel van je loon dat je mag houden stopt"), and the headline says what
lasts (`Uitkomst.blijvend`), what the first months bring when they differ, and a cost that comes later.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from switchwijzer.engine.uitkomst import MaandUitkomst, Overzicht, Uitkomst, Verandering
from switchwijzer.i18n import datum, geld, maand_jaar
from switchwijzer.uitleg.geld import GELIJK_GRENS, Rij, hele_euros, rijen_van
from switchwijzer.uitleg.kosten import kosten_rijen_van
from switchwijzer.uitleg.teksten import Keuze, Zin, antwoord, ongezegd, per_centen

KOP_STUKKEN = 2
"""At most this many earlier stretches get a line of their own under the headline; more are summed up."""
LATERE_KOSTEN = ("eigen_bijdrage_wlz", "lokale_belastingen")
"""Costs that follow the calendar year: when they differ later from the first month, the headline says so."""


@dataclass(frozen=True)
class Stuk:
    """Consecutive months with the same amounts (after the costs when the answer has costs)."""

    van: date
    tot: date
    van_maand: int
    tot_maand: int
    zonder: Decimal
    met: Decimal
    status: str
    periode: str
    """"januari 2027 – december 2027" (one month: "januari 2027")."""
    redenen: tuple[str, ...]
    """Why this stretch starts: a sentence per change (none for the first)."""
    regels: tuple[Rij, ...] = ()
    """The lines without and with the switch in the first month of the stretch (for the coach; empty for others)."""
    zin: str = ""
    """The stretch in a line (`stuk_zin`)."""
    schatting: str = ""
    """Under a stretch whose amounts are estimates: that they are."""

    @property
    def verschil(self) -> Decimal:
        return self.met - self.zonder

    def getoond_verschil(self, centen: bool) -> Decimal:
        """The difference as the reader can check it: in whole euros, the difference of the two amounts as they are
        shown (1.369 - 774 = 595), not the exact difference rounded (594); the coach sees cents."""
        return self.verschil if centen else hele_euros(self.met) - hele_euros(self.zonder)

    @property
    def aantal(self) -> int:
        return self.tot_maand - self.van_maand + 1


def eerste_dag(maand: MaandUitkomst) -> date:
    jaar, nummer = maand.maand.split("-")
    return date(int(jaar), int(nummer), 1)


def _totaal(overzicht: Overzicht, na_kosten: bool) -> Decimal:
    if na_kosten and overzicht.totaal_na_kosten is not None:
        return overzicht.totaal_na_kosten
    return overzicht.totaal


def al_begonnen(uitkomst: Uitkomst) -> bool:
    """The work began before the peildatum's month (its months before it are over)."""
    return bool(uitkomst.maanden) and eerste_dag(uitkomst.maanden[0]) < uitkomst.peildatum.replace(day=1)


def periode_tekst(van: date, tot: date) -> str:
    return maand_jaar(van) if van == tot else f"{maand_jaar(van)} – {maand_jaar(tot)}"


def reden(verandering: Verandering) -> Zin:
    g = verandering.gegevens
    waarden: dict[str, object] = {}
    for sleutel, waarde in g.items():
        waarden[sleutel] = datum(waarde) if isinstance(waarde, date) else waarde
    return antwoord(f"maand_{verandering.code}", **waarden)


def stukken(uitkomst: Uitkomst, na_kosten: bool, met_status: bool = True) -> list[Stuk]:
    """The months as stretches of equal amounts; `met_status`: a change from known to estimated amounts starts a
    stretch too (the months view says so; the headline only counts money)."""
    uit: list[Stuk] = []
    nu = uitkomst.peildatum.replace(day=1)
    for maand in uitkomst.maanden:
        dag = eerste_dag(maand)
        if dag < nu:
            continue  # work that began before the peildatum: the months that are over are not told again
        zonder, met = _totaal(maand.zonder_overstap, na_kosten), _totaal(maand.met_overstap, na_kosten)
        status = maand.status if met_status else ""
        vorige = uit[-1] if uit else None
        if vorige is not None and (vorige.zonder, vorige.met, vorige.status) == (zonder, met, status):
            uit[-1] = ongezegd(Stuk, vorige.van, dag, vorige.van_maand, maand.maand_sinds_start, zonder, met, status,
                           periode_tekst(vorige.van, dag), vorige.redenen, vorige.regels)
            continue
        redenen = tuple(dict.fromkeys(reden(v) for v in maand.veranderingen)) if vorige else ()
        if na_kosten and met_hoogstens(maand.met_overstap):
            redenen += (antwoord("maand_cak_hoogstens"),)
        regels = per_centen(tuple(rijen_van(maand.zonder_overstap, maand.met_overstap))
                            + tuple(kosten_rijen_van(maand.zonder_overstap, maand.met_overstap)), ())
        uit.append(ongezegd(Stuk, dag, dag, maand.maand_sinds_start, maand.maand_sinds_start, zonder, met, status,
                        maand_jaar(dag), redenen, regels))
    schatting = antwoord("maand_schatting")
    # The stretch where the estimates begin already says so in its reason ("Na 30 juni 2027 kennen we ...").
    begint = {m.maand_sinds_start for m in uitkomst.maanden
              if any(v.code == "schatting_begint" for v in m.veranderingen)}
    return [ongezegd(replace, stuk, zin=stuk_zin(stuk),
                     schatting=schatting if stuk.status == "schatting" and stuk.van_maand not in begint else "")
            for stuk in uit]


def _bedrag_zin(sleutel: str, verschil: Decimal, grens: bool = False, **waarden: object) -> Zin:
    """`grens`: the amount is a bound (a cost in it is its most): "minstens € 122 meer", "hoogstens € 40 minder"."""
    if abs(verschil) < GELIJK_GRENS:
        return antwoord(f"{sleutel}_gelijk" + ("_minstens" if grens else ""), **waarden)
    richting = "meer" if verschil > 0 else "minder"
    achter = ("_minstens" if verschil > 0 else "_hoogstens") if grens else ""
    return antwoord(f"{sleutel}_{richting}{achter}", bedrag=geld(abs(verschil)), **waarden)


def met_hoogstens(overzicht: Overzicht) -> bool:
    """Whether a cost of the month is only known at most (the Wlz hoge bijdrage for someone who pays none now)."""
    return any(k.hoogstens for k in overzicht.kosten)


def kop_blijvend(uitkomst: Uitkomst, na_kosten: bool, sleutel: str | None = None) -> Keuze:
    """"Met werk houd je elke maand ongeveer € 214 meer over (vanaf januari 2028)."; "minstens" when a cost in it
    is only known at most. `sleutel`: the same amount in other words (the texts `<sleutel>_meer`, `_minder`,
    `_gelijk`)."""
    blijvend = uitkomst.blijvend
    assert blijvend is not None
    verschil = blijvend.verschil_na_kosten_per_maand if na_kosten else blijvend.verschil_per_maand
    maand = next((m for m in uitkomst.maanden if m.maand == blijvend.vanaf), None)
    heel = verschil
    if maand is not None:  # the difference of the whole euros the months view shows; the coach sees cents
        heel = hele_euros(_totaal(maand.met_overstap, na_kosten)) - hele_euros(
            _totaal(maand.zonder_overstap, na_kosten)
        )
    grens = na_kosten and maand is not None and met_hoogstens(maand.met_overstap)
    sleutel, vanaf = sleutel or "kop_blijvend" + ("_na_kosten" if na_kosten else ""), blijvend_vanaf(uitkomst)
    return per_centen(
        _bedrag_zin(sleutel, verschil, grens, vanaf=vanaf), _bedrag_zin(sleutel, heel, grens, vanaf=vanaf)
    )


def blijvend_vanaf(uitkomst: Uitkomst) -> str:
    assert uitkomst.blijvend is not None
    return maand_jaar(date(int(uitkomst.blijvend.vanaf[:4]), int(uitkomst.blijvend.vanaf[5:]), 1))


def kop_eerst(uitkomst: Uitkomst, na_kosten: bool) -> list[Zin | Keuze]:
    """The months before what lasts, when they bring another amount: a line per stretch, or one line for many."""
    blijvend = uitkomst.blijvend
    if blijvend is None:
        return []
    eerder = [s for s in stukken(uitkomst, na_kosten, met_status=False) if s.van_maand < blijvend.maand_sinds_start]
    begin = "kop_komend" if al_begonnen(uitkomst) else "kop_eerst"
    lasting = blijvend.verschil_na_kosten_per_maand if na_kosten else blijvend.verschil_per_maand
    if not eerder or all(s.verschil == lasting for s in eerder):
        return []
    if len(eerder) > KOP_STUKKEN:
        return [per_centen(_tussen(eerder, begin, centen=True), _tussen(eerder, begin, centen=False))]
    uit: list[Zin | Keuze] = []
    for nummer, stuk in enumerate(eerder):
        sleutel = (begin if nummer == 0 else "kop_daarna") + ("_maand" if stuk.aantal == 1 else "")
        uit.append(per_centen(*(_bedrag_zin(sleutel, stuk.getoond_verschil(centen), maanden=stuk.aantal,
                                            periode=stuk.periode) for centen in (True, False))))
    return uit


def _tussen(eerder: list[Stuk], begin: str, centen: bool) -> Zin:
    """Many earlier stretches in one line: from the lowest to the highest difference."""
    laag, hoog = min(s.getoond_verschil(centen) for s in eerder), max(s.getoond_verschil(centen) for s in eerder)
    maanden = eerder[-1].tot_maand - eerder[0].van_maand + 1
    if laag >= 0:
        return antwoord(f"{begin}_tussen_meer", maanden=maanden, laag=geld(laag), hoog=geld(hoog))
    if hoog <= 0:
        return antwoord(f"{begin}_tussen_minder", maanden=maanden, laag=geld(-hoog), hoog=geld(-laag))
    return antwoord(f"{begin}_tussen", maanden=maanden, laag=geld(-laag), hoog=geld(hoog))


@dataclass(frozen=True)
class LatereKost:
    """A cost that follows the calendar year and differs once nothing temporary is left from the first month."""

    naam: str
    vanaf: date
    """The first month from which it has its lasting amount."""
    meer: Decimal
    """How much more it costs a month then than in the first month (negative: less)."""
    hoogstens: bool = False
    """The later amount is only known at most."""


def latere_kosten(uitkomst: Uitkomst) -> list[LatereKost]:
    if not uitkomst.maanden or uitkomst.blijvend is None:
        return []
    tot = next(i for i, m in enumerate(uitkomst.maanden) if m.maand == uitkomst.blijvend.vanaf)
    maanden = uitkomst.maanden[:tot + 1]
    uit = []
    for naam in LATERE_KOSTEN:
        gevonden = [m.met_overstap.kost(naam) for m in maanden]
        bedragen = [k for k in gevonden if k is not None and k.berekend]
        if len(bedragen) < len(gevonden):
            continue
        eerste, laatste = bedragen[0].bedrag, bedragen[-1].bedrag
        meer = eerste - laatste  # costs are negative: a higher cost later is a positive difference
        if abs(meer) < GELIJK_GRENS:
            continue
        vanaf = len(bedragen) - 1
        while vanaf > 0 and bedragen[vanaf - 1].bedrag == laatste:
            vanaf -= 1
        uit.append(LatereKost(naam, eerste_dag(maanden[vanaf]), meer, bedragen[-1].hoogstens))
    return uit


def kop_later(uitkomst: Uitkomst) -> list[Zin]:
    """A cost that comes later: when and how much ("Let op: vanaf januari 2029 betaal je ongeveer € 274 per
    maand meer eigen bijdrage aan het CAK.")."""
    return [antwoord(f"kop_later_{k.naam}_{'meer' if k.meer > 0 else 'minder'}" + ("_hoogstens" if k.hoogstens else ""),
                     bedrag=geld(abs(k.meer)), vanaf=maand_jaar(k.vanaf)) for k in latere_kosten(uitkomst)]


def nu_zin(uitkomst: Uitkomst, na_kosten: bool) -> Zin | str:
    """What the person has now, in this month: "Nu, in december 2026, heb je ongeveer € 1.892 per maand."."""
    if uitkomst.vandaag is None or uitkomst.vandaag_maand is None:
        return ""
    maand = maand_jaar(date(int(uitkomst.vandaag_maand[:4]), int(uitkomst.vandaag_maand[5:]), 1))
    sleutel = "nu_vandaag_na_kosten" if na_kosten else "nu_vandaag"
    return antwoord(sleutel, maand=maand, bedrag=geld(_totaal(uitkomst.vandaag, na_kosten)))


def stuk_zin(stuk: Stuk) -> Keuze:
    """One stretch in a line: "januari 2027 – december 2027: zonder werk € 1.918, met werk € 2.168 (€ 249 meer)";
    the coach sees cents."""
    return per_centen(
        *(
            antwoord(
                "maand_stuk",
                periode=stuk.periode,
                zonder=geld(stuk.zonder, centen),
                met=geld(stuk.met, centen),
                verschil=_verschil_tekst(stuk.getoond_verschil(centen), centen),
            )
            for centen in (True, False)
        )
    )


def _verschil_tekst(verschil: Decimal, centen: bool) -> Zin:
    if abs(verschil) < GELIJK_GRENS and not centen:
        return antwoord("maand_verschil_gelijk")
    richting = "meer" if verschil >= 0 else "minder"
    return antwoord(f"maand_verschil_{richting}", bedrag=geld(abs(verschil), centen))
