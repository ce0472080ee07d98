"""The calendar months from the start of the work, each without and with the switch.

Month k of the work is the calendar month start + (k - 1), the start being the peildatum's month minus
(maand_sinds_start - 1). Every month uses the rules of its own calendar month (after the last known period the
last known values, as a schatting) and its place in each temporary arrangement:
- the vrijlating of the Participatiewet, by months since the start;
- the kwijtschelding of the gemeentelijke belastingen, decided for a calendar year early in that year on the
  income of January: in the year the work starts (unless it starts in January) as it was without the work;
- the CAK's Wlz bijdrage, which rests on the income of the peiljaar, the second year back (Besluit langdurige zorg
  art. 1.1.1), and on the wage of the year before (art. 3.3.2.3 lid 1 b 1°): so the work changes it only later. The
  month without the work rests on its peiljaar too;
- the first four months of a stay in an instelling (the lage Wlz bijdrage, Blz art. 3.3.2.2 lid 1 a).
A month with the work is compared with the same month without it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .baan import vrijlating, werk_in
from .datums import maand_code, plus_maanden, start_werk
from .eigen_bijdrage import WERKJAAR_TERUG, CakJaar, Jaarinkomen, eigen_inkomen, eigen_netto
from .geld import MAANDEN, NUL, centen
from .kosten import Kostenstand
from .maand import Huishouding, Maand, Werk, bereken_maand, inkomen_maand, met_kosten, partner_bruto_per_maand
from .parameters import ParameterSet, Spoor, laatste_begin, parameters_in_maand
from .situatie import Situatie
from .uitkomst import Blijvend, MaandStatus, MaandUitkomst, Overzicht, Regel, Verandering, VeranderingCode, zwakste

MINSTE_MAANDEN = 36
MEESTE_MAANDEN = 72
"""The list runs at least 36 months, and on until the month from which nothing temporary is left (at most 72)."""
BLIJVEND_MAAND = 10_000
"""A month of the work long after every temporary vrijlating has ended."""


@dataclass(frozen=True)
class Regelset:
    """One parameter period as this calculation uses it: the household, the job and the month without work."""

    params: ParameterSet
    bekend: bool
    leeftijd: int
    kinderen: tuple[int, ...]
    hh: Huishouding
    werk: Werk
    zonder: Maand

    @property
    def sleutel(self) -> tuple[object, ...]:
        """One period's rules at one age of the person and the children: the months that share them share the
        work."""
        return id(self.params), self.leeftijd, self.kinderen


@dataclass(frozen=True)
class Stand:
    """A month's place in the temporary arrangements: the vrijlating, and the costs that follow the year."""

    vrijlating: str | None
    kosten: Kostenstand

    @property
    def sleutel(self) -> tuple[object, ...]:
        """The stand within one calculation, where each kwijtschelding line and CAK year is one object (the kalender
        keeps them): by id, which is quick; a CakJaar by its value would be hashed on every lookup."""
        k = self.kosten
        return (self.vrijlating, id(k.kwijtschelding) if k.kwijtschelding else None, id(k.cak) if k.cak else None,
                k.eerste_maanden_instelling)

    @property
    def zonder(self) -> Kostenstand:
        """Where the costs of the same month without the work stand: its CAK year and the first months in an
        instelling (the kwijtschelding follows the month's own income without the work)."""
        return Kostenstand(cak=self.kosten.cak, eerste_maanden_instelling=self.kosten.eerste_maanden_instelling)


@dataclass(frozen=True)
class WerkMaand:
    """Month `nummer` of the work: its calendar month, the rules then, and its place in the arrangements."""

    nummer: int
    datum: date
    regels: Regelset
    stand: Stand

    @property
    def params(self) -> ParameterSet:
        return self.regels.params


class Kalender:
    """Works the months out once per calculation: months with the same rules and the same stand share the work."""

    def __init__(self, s: Situatie, werk_op_peildatum: Werk, gegeven: Situatie | None = None) -> None:
        """`s` with its ages on the peildatum; `gegeven` gives the ages in each month (default `s`; bereken passes
        the Situatie as given, which knows the day the ages were given)."""
        self.s = s
        self.gegeven = gegeven or s
        self.start = start_werk(s)
        self._werk = werk_op_peildatum
        self._regelsets: dict[tuple[object, ...], Regelset] = {}
        self._regels_op: dict[date, Regelset] = {}
        self._inkomen: dict[tuple[object, ...], Maand] = {}
        self._met: dict[tuple[object, ...], Overzicht] = {}
        self._zonder: dict[tuple[object, ...], Overzicht] = {}
        self._cak: dict[int, CakJaar | None] = {}
        self._kwijtschelding: dict[int, Regel | None] = {}
        self._vrijlating: dict[tuple[object, ...], str | None] = {}
        self._blijvend: dict[tuple[object, ...], Stand] = {}

    # --- the pieces -------------------------------------------------------------------------------------

    def regels(self, datum: date) -> Regelset:
        bewaard = self._regels_op.get(datum)
        if bewaard is not None:
            return bewaard
        params, bekend = parameters_in_maand(datum)
        uit = self.regels_op(params, bekend, self.gegeven.leeftijd_in(datum), tuple(self.gegeven.kinderen_in(datum)))
        self._regels_op[datum] = uit
        return uit

    def regels_op(self, params: ParameterSet, bekend: bool, leeftijd: int, kinderen: tuple[int, ...]) -> Regelset:
        """The rules of one period for the person and the children at these ages."""
        gevonden = self._regelsets.get((id(params), leeftijd, kinderen))
        if gevonden is None:
            s = self._op_leeftijd(leeftijd, kinderen)
            hh = Huishouding(params, s, partner_bruto_per_maand(params, s))
            zonder = bereken_maand(hh, None, None, s.nu.vergoeding_dagbesteding_per_maand)
            hh = replace(hh, eigen_nu=eigen_inkomen(zonder))
            gevonden = Regelset(params, bekend, leeftijd, kinderen, hh, werk_in(params, s, self._werk), zonder)
            self._regelsets[gevonden.sleutel] = gevonden
        return gevonden if gevonden.bekend == bekend else replace(gevonden, bekend=bekend)

    def _op_leeftijd(self, leeftijd: int, kinderen: tuple[int, ...]) -> Situatie:
        s = self.s
        if kinderen != tuple(s.huishouden.kinderen):
            s = s.model_copy(update={"huishouden": s.huishouden.model_copy(update={"kinderen": list(kinderen)})})
        return s if leeftijd == s.leeftijd else s.model_copy(update={"leeftijd": leeftijd})

    def nummer(self, datum: date) -> int:
        """The month of the work that `datum` falls in (1 for the start month; 0 or less before it)."""
        return (datum.year - self.start.year) * 12 + datum.month - self.start.month + 1

    def inkomen_met(self, regels: Regelset, onderdeel: str | None) -> Maand:
        sleutel = (regels.sleutel, onderdeel)
        if sleutel not in self._inkomen:
            self._inkomen[sleutel] = inkomen_maand(regels.hh, regels.werk, onderdeel, NUL)
        return self._inkomen[sleutel]

    def met(self, regels: Regelset, stand: Stand) -> Overzicht:
        sleutel = (regels.sleutel, stand.sleutel)
        if sleutel not in self._met:
            maand = self.inkomen_met(regels, stand.vrijlating)
            self._met[sleutel] = met_kosten(regels.hh, regels.werk, maand, stand.kosten)
        return self._met[sleutel]

    def zonder(self, regels: Regelset, stand: Stand) -> Overzicht:
        """The month without the work, its costs where the month's stand puts them (the CAK year)."""
        kosten = stand.zonder
        if kosten == Kostenstand():
            assert regels.zonder.overzicht is not None
            return regels.zonder.overzicht
        sleutel = (regels.sleutel, kosten.cak, kosten.eerste_maanden_instelling)
        if sleutel not in self._zonder:
            self._zonder[sleutel] = met_kosten(regels.hh, None, regels.zonder, kosten)
        return self._zonder[sleutel]

    def zonder_maand(self, werkmaand: WerkMaand) -> Maand:
        """The month without the work as the signals read it: its income and its overview with this stand."""
        return replace(werkmaand.regels.zonder, overzicht=self.zonder(werkmaand.regels, werkmaand.stand))

    def zonder_in(self, datum: date) -> Overzicht:
        """A calendar month without the work (also before the start, or without any work month)."""
        regels = self.regels(datum)
        return self.zonder(regels, Stand(None, self.kostenstand_zonder(datum)))

    def kostenstand_zonder(self, datum: date) -> Kostenstand:
        return Kostenstand(cak=self.cak_jaar(datum.year), eerste_maanden_instelling=self.eerste_maanden(datum))

    def eerste_maanden(self, datum: date) -> bool:
        """Whether `datum` falls in the first four months of the stay in an instelling (the month of arrival is the
        first: the CAK counts by day, Blz art. 3.3.2.9 lid 2; we count calendar months)."""
        d = self.s.dagbesteding
        if d.wlz_zorg != "instelling" or d.instelling_sinds is None:
            return False
        maanden = int(Spoor(self.regels(datum).params).tabel("wlz.eigen_bijdrage.eerste_maanden")["maanden"])
        return datum < plus_maanden(d.instelling_sinds, maanden)

    def met_maand(self, werkmaand: WerkMaand) -> Maand:
        """The month with the work as the signals read it: its income and its overview with this stand."""
        maand = self.inkomen_met(werkmaand.regels, werkmaand.stand.vrijlating)
        return replace(maand, overzicht=self.met(werkmaand.regels, werkmaand.stand))

    def vrijlating(self, regels: Regelset, nummer: int) -> str | None:
        sleutel = (regels.sleutel, nummer)
        if sleutel not in self._vrijlating:
            self._vrijlating[sleutel] = vrijlating(regels.params, regels.hh.s, nummer)
        return self._vrijlating[sleutel]

    # --- the arrangements that follow the calendar year ------------------------------------------------------

    def _maand(self, datum: date, met: bool) -> Maand:
        """One calendar month's income: without the work, or with it (the same before the work starts)."""
        regels = self.regels(datum)
        nummer = self.nummer(datum)
        if not met or nummer < 1:
            return regels.zonder
        return self.inkomen_met(regels, self.vrijlating(regels, nummer))

    def jaarinkomen(self, jaar: int, met: bool) -> Jaarinkomen:
        """The own income of a calendar year per month: gross (the verzamelinkomen) and after the year's tax on
        the year's own gross income."""
        maanden = [self._maand(date(jaar, maand, 1), met) for maand in range(1, 13)]
        bruto = sum((m.eigen_bruto for m in maanden), NUL)
        arbeid = sum((m.arbeid_bruto for m in maanden), NUL)
        netto = self.regels(date(jaar, 1, 1)).hh.jaarnetto(bruto, arbeid)
        # The gross stays unrounded: twelve times it is the year's sum again (the CAK counts the year).
        return Jaarinkomen(bruto=bruto / MAANDEN, netto=centen(netto / MAANDEN))

    def jaarloon(self, jaar: int) -> Decimal:
        """The net wage of a calendar year: the sum of its months' net wage lines."""
        return sum((eigen_netto(self._maand(date(jaar, maand, 1), True).regels)[1] for maand in range(1, 13)), NUL)

    def cak_jaar(self, jaar: int) -> CakJaar | None:
        """What the CAK's bijdrage of `jaar` rests on, when the household pays a Wlz bijdrage."""
        if self.s.dagbesteding.financiering != "wlz":
            return None
        if jaar not in self._cak:
            params = self.regels(date(jaar, 1, 1)).params
            peiljaar = jaar - int(Spoor(params).tabel("wlz.eigen_bijdrage.peiljaar")["jaren_terug"])
            werkjaar = jaar - WERKJAAR_TERUG
            zonder = self.jaarinkomen(peiljaar, False)
            self._cak[jaar] = CakJaar(
                jaar=jaar, peiljaar=peiljaar, zonder=zonder,
                met=self.jaarinkomen(peiljaar, True) if peiljaar >= self.start.year else zonder,
                loon_vorig_jaar=centen(self.jaarloon(werkjaar) / MAANDEN) if werkjaar >= self.start.year else NUL,
                params_peiljaar=self.regels(date(peiljaar, 1, 1)).params,
            )
        return self._cak[jaar]

    def kwijtschelding(self, regels: Regelset, datum: date) -> Regel | None:
        """The kwijtschelding as decided for the month's calendar year, early in the year, on the income then
        (the aanslag comes at the start of the year); it stays for the year. In the year the work starts (unless
        it starts in January) that is the income without the work, as in the same month without it; later
        years, the income with the work in January."""
        if datum.year == self.start.year and self.start.month > 1:
            return regels.zonder.overzicht.kost("lokale_belastingen") if regels.zonder.overzicht else None
        if datum.year not in self._kwijtschelding:
            januari = date(datum.year, 1, 1)
            jan = self.regels(januari)
            stand = Stand(self.vrijlating(jan, self.nummer(januari)), self.kostenstand_zonder(januari))
            self._kwijtschelding[datum.year] = self.met(jan, stand).kost("lokale_belastingen")
        return self._kwijtschelding[datum.year]

    def stand(self, regels: Regelset, datum: date, nummer: int) -> Stand:
        """The month's place in the arrangements: its vrijlating, the kwijtschelding decided for its year, and
        the year of the CAK's bijdrage."""
        kosten = Kostenstand(cak=self.cak_jaar(datum.year), kwijtschelding=self.kwijtschelding(regels, datum),
                             eerste_maanden_instelling=self.eerste_maanden(datum))
        return Stand(self.vrijlating(regels, nummer), kosten)

    # --- the months ---------------------------------------------------------------------------------------

    def werkmaand(self, nummer: int) -> WerkMaand:
        datum = plus_maanden(self.start, nummer - 1)
        regels = self.regels(datum)
        return WerkMaand(nummer, datum, regels, self.stand(regels, datum, nummer))

    def werkmaanden(self, aantal: int) -> list[WerkMaand]:
        return [self.werkmaand(nummer) for nummer in range(1, aantal + 1)]

    def blijvende_stand(self, regels: Regelset) -> Stand:
        """The stand once nothing temporary is left: the lasting vrijlating (medisch urenbeperkt keeps it),
        and costs that follow the month's own income."""
        if regels.sleutel not in self._blijvend:
            self._blijvend[regels.sleutel] = Stand(self.vrijlating(regels, BLIJVEND_MAAND), Kostenstand())
        return self._blijvend[regels.sleutel]

    def maanden(self) -> tuple[list[WerkMaand], int]:
        """The months from the start, at least MINSTE_MAANDEN and on past the first month from which nothing
        changes the difference any more (its index in the list is returned too); at most MEESTE_MAANDEN, or for work
        that began long ago MINSTE_MAANDEN past the peildatum and the last known rules."""
        nodig = max(self.nummer(self.s.peildatum), self.nummer(laatste_begin()))
        aantal = max(MINSTE_MAANDEN, nodig + 12)
        meeste = max(MEESTE_MAANDEN, nodig + MINSTE_MAANDEN)
        while True:
            maanden = self.werkmaanden(aantal)
            blijvend = self.blijvend_index(maanden)
            if blijvend < aantal or aantal >= meeste:
                return maanden, min(blijvend, aantal - 1)
            aantal = min(aantal + 12, meeste)

    def blijvend_index(self, maanden: list[WerkMaand]) -> int:
        """The index of the first month from which nothing changes the difference any more: no temporary
        arrangement (the month equals the lasting stand) and no new amounts (the same difference, before and after
        the costs, in every later month of the list)."""
        laatste = -1
        verschillen = []
        for index, maand in enumerate(maanden):
            echt = self.met(maand.regels, maand.stand)
            blijvend = self.met(maand.regels, self.blijvende_stand(maand.regels))
            if (echt.totaal, echt.totaal_na_kosten) != (blijvend.totaal, blijvend.totaal_na_kosten):
                laatste = index
            zonder = self.zonder(maand.regels, maand.stand)
            assert echt.totaal_na_kosten is not None and zonder.totaal_na_kosten is not None
            verschillen.append((echt.totaal - zonder.totaal, echt.totaal_na_kosten - zonder.totaal_na_kosten))
        while laatste + 1 < len(verschillen) - 1 and verschillen[laatste + 1:] != [verschillen[-1]] * (
                len(verschillen) - laatste - 1):
            laatste += 1
        return laatste + 1

    def uitkomsten(self, maanden: list[WerkMaand]) -> list[MaandUitkomst]:
        uit = []
        vorige: WerkMaand | None = None
        for maand in maanden:
            zonder = self.zonder(maand.regels, maand.stand)
            met = self.met(maand.regels, maand.stand)
            assert zonder.totaal_na_kosten is not None and met.totaal_na_kosten is not None
            uit.append(MaandUitkomst(
                maand=maand_code(maand.datum), maand_sinds_start=maand.nummer, zonder_overstap=zonder,
                met_overstap=met, verschil=met.totaal - zonder.totaal,
                verschil_na_kosten=met.totaal_na_kosten - zonder.totaal_na_kosten,
                status=maand_status(maand.regels, zonder, met), vrijlating=maand.stand.vrijlating,
                veranderingen=self.veranderingen(vorige, maand) if vorige else [],
            ))
            vorige = maand
        return uit

    def _door_leeftijd(self, vorige: WerkMaand, maand: WerkMaand) -> list[Verandering]:
        """The person or the children a year older, each when that itself changes the month's amounts: the same
        month with the age of the month before (the vrijlating or a new year may change them in the same month)."""
        nu, eerder = maand.regels, vorige.regels
        uit = []
        if nu.leeftijd != eerder.leeftijd and self._anders(maand, self.regels_op(
                maand.params, nu.bekend, eerder.leeftijd, nu.kinderen)):
            uit.append(Verandering(code="leeftijd", gegevens={"leeftijd": nu.leeftijd}))
        if nu.kinderen != eerder.kinderen and self._anders(maand, self.regels_op(
                maand.params, nu.bekend, nu.leeftijd, eerder.kinderen)):
            uit.append(Verandering(code="leeftijd_kinderen"))
        return uit

    def _anders(self, maand: WerkMaand, andere: Regelset) -> bool:
        return any(
            _totalen(hier) != _totalen(daar)
            for hier, daar in ((self.met(maand.regels, maand.stand), self.met(andere, maand.stand)),
                               (self.zonder(maand.regels, maand.stand), self.zonder(andere, maand.stand)))
        )

    def veranderingen(self, vorige: WerkMaand, maand: WerkMaand) -> list[Verandering]:
        """What starts or stops in `maand`, each only when it changes an amount (or the certainty of them)."""
        uit = []
        if maand.params is not vorige.params:
            if maand.params.doorgetrokken_na and not vorige.params.doorgetrokken_na:
                uit.append(Verandering(code="schatting_begint", gegevens={"bekend_tot": maand.params.doorgetrokken_na}))
            elif maand.params.geldig_vanaf != vorige.params.geldig_vanaf:
                uit.append(Verandering(code="nieuwe_bedragen", gegevens={"geldig_vanaf": maand.params.geldig_vanaf}))
        oud, nieuw = self.met(vorige.regels, vorige.stand), self.met(maand.regels, maand.stand)
        if self.s.nu.uitkering == "bijstand":
            versie_oud, versie_nieuw = vorige.params.regel("vrijlating").versie, maand.params.regel("vrijlating").versie
            if versie_oud != versie_nieuw:
                uit.append(Verandering(code="vrijlating_regels", gegevens={"voor": versie_oud, "na": versie_nieuw}))
            if vorige.stand.vrijlating != maand.stand.vrijlating and _onderdeel(oud, "vrijlating") != _onderdeel(
                    nieuw, "vrijlating"):
                code: VeranderingCode = ("vrijlating_stopt" if maand.stand.vrijlating is None
                        else "vrijlating_begint" if vorige.stand.vrijlating is None else "vrijlating_anders")
                uit.append(Verandering(code=code, gegevens={"voor": vorige.stand.vrijlating,
                                                            "na": maand.stand.vrijlating}))
        uit += self._door_leeftijd(vorige, maand)
        if (maand.datum.year != vorige.datum.year
                and _kost(oud, "lokale_belastingen") != _kost(nieuw, "lokale_belastingen")):
            uit.append(Verandering(code="kwijtschelding_nieuw_jaar", gegevens={"jaar": maand.datum.year}))
        cak = maand.stand.kosten.cak
        if (cak is not None and vorige.stand.kosten.cak is not None and cak.jaar != vorige.stand.kosten.cak.jaar
                and _kost(oud, "eigen_bijdrage_wlz") != _kost(nieuw, "eigen_bijdrage_wlz")):
            uit.append(Verandering(code="cak_nieuw_jaar", gegevens={
                "jaar": cak.jaar, "peiljaar": cak.peiljaar, "werkjaar": cak.jaar - WERKJAAR_TERUG}))
        return uit


def maand_status(regels: Regelset, zonder: Overzicht, met: Overzicht) -> MaandStatus:
    if not regels.bekend:
        return "schatting"
    return "vastgesteld" if zwakste([zonder.status_na_kosten, met.status_na_kosten]) == "vastgesteld" else "voorlopig"


def blijvend_van(maand: MaandUitkomst) -> Blijvend:
    return Blijvend(vanaf=maand.maand, maand_sinds_start=maand.maand_sinds_start, verschil_per_maand=maand.verschil,
                    verschil_na_kosten_per_maand=maand.verschil_na_kosten, status=maand.status)


def _onderdeel(overzicht: Overzicht, naam: str) -> Decimal | None:
    regel = overzicht.regel("bijstand")
    return next((o.bedrag for o in regel.onderdelen if o.naam == naam), None) if regel else None


def _totalen(overzicht: Overzicht) -> tuple[Decimal, Decimal | None]:
    return overzicht.totaal, overzicht.totaal_na_kosten


def _kost(overzicht: Overzicht, naam: str) -> Decimal | None:
    regel = overzicht.kost(naam)
    return regel.bedrag if regel is not None else None
