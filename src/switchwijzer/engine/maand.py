"""One month of income for one situation: the lines, each with its rule, parameters and sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import cast

from . import bijstand as pw
from .belasting import Heffing, inkomstenbelasting
from .eigen_bijdrage import Jaarinkomen
from .geld import MAANDEN, NUL, centen
from .kosten import Kostenstand, kostenregels
from .loon import Maandloon, geen_loon, maandloon, minimum_maandloon, minimum_uurloon
from .omrekenen import bruto_voor_netto
from .parameters import ParameterFout, ParameterSet, Spoor
from .regel import niet_van_toepassing, regel
from .situatie import Situatie
from .toeslagregels import toeslagregels
from .uitkomst import Onderdeel, Overzicht, Regel, zwakste
from .vergoeding import belast_deel
from .wajong import vakantiebijslag, wajong_per_maand

BELASTING_ARTIKEL = "Wet IB 2001 art. 2.10, 8.10, 8.11 en 8.14a"


@dataclass(frozen=True)
class Werk:
    """The job being considered, reduced to what the money rules need."""

    soort: str
    uurloon: Decimal
    uren_per_week: Decimal
    loondispensatie_procent: Decimal | None = None
    minimumloon: bool = False
    """The hourly wage is the minimum wage for the age (none was given)."""

    def met_uren(self, uren: Decimal) -> Werk:
        # Not dataclasses.replace: the hours charts ask this some 70 times a calculation, and replace is slow.
        return Werk(self.soort, self.uurloon, uren, self.loondispensatie_procent, self.minimumloon)


@dataclass
class Maand:
    """The result of one month plus facts the caller needs for signals and the omslagpunt."""

    regels: list[Regel]
    overzicht: Overzicht | None = None
    """None only for a month of income lines alone (`inkomen_maand`); `volledig` when it cannot be."""
    uitkering: Decimal | None = None
    aannames: list[str] = field(default_factory=list)
    niet_berekend: list[tuple[str, str]] = field(default_factory=list)
    kind_inkomen_voor_ouders: Decimal | None = None
    partner_bijstand_bruto: Decimal = NUL
    jonggehandicaptenkorting_benut: Decimal = NUL
    combinatiekorting_per_maand: Decimal = NUL
    """The part of the net wage that comes from the combinatiekorting: the employer does not apply it."""
    vergoeding_belasting: Decimal = NUL
    """Tax on the dagbesteding allowance when it is above the tax-free maximum."""
    belasting_sporen: list[Spoor] = field(default_factory=list)
    """The parameters the month's tax read, for lines that carry a share of it."""
    huurtoeslag_zonder_en_met_verzoek: tuple[Decimal, Decimal] | None = None
    """Under 21: huurtoeslag with the low rent limit and with the full one (Verzoek bijzondere situatie)."""
    toetsingsinkomen_per_jaar: Decimal = NUL
    """The participant's own yearly income as the toeslagen count it (this month as if it lasts the year)."""
    eigen_bruto: Decimal = NUL
    """The participant's own gross income this month (wage with holiday pay, uitkering, a taxed allowance)."""
    arbeid_bruto: Decimal = NUL
    """The arbeidsinkomen in it, for the arbeidskorting (Wet IB 2001 art. 8.11): the gross wage and a taxed
    allowance, as the month's tax counts them."""

    @property
    def volledig(self) -> Overzicht:
        """The overzicht of a month worked out in full (with its costs: `bereken_maand`)."""
        assert self.overzicht is not None, "a month of income lines alone has no overzicht"
        return self.overzicht


@dataclass(frozen=True)
class Belasting:
    """One month's tax on the participant's own income, before and after the combinatiekorting."""

    zonder_combinatiekorting: Decimal
    combinatiekorting: Decimal
    heffing: Heffing
    spoor: Spoor

    def deel(self, bruto: Decimal, totaal: Decimal) -> Decimal:
        """The share of the tax (without combinatiekorting) that falls on one part of the income."""
        return centen(self.zonder_combinatiekorting * bruto / totaal) if totaal else NUL

    def op_vergoeding(self, vergoeding_belast: Decimal, totaal: Decimal, werk: bool) -> Decimal:
        """The allowance's share of the tax; without a job the combinatiekorting lowers it (it is the work)."""
        return self.deel(vergoeding_belast, totaal) - (NUL if werk else self.combinatiekorting)


@dataclass(frozen=True)
class Huishouding:
    """What stays the same within one calculation: the rules, the situation and the partner's income."""

    params: ParameterSet
    s: Situatie
    partner_bruto_per_maand: Decimal
    eigen_nu: Jaarinkomen | None = None
    """The participant's own income in this month without the work (eigen_bijdrage.eigen_inkomen): what the work
    changes for the CAK."""

    def jaarnetto(self, bruto: Decimal, arbeid: Decimal) -> Decimal:
        """A calendar year's own income after the year's tax (as the aangifte settles it): the months of a
        year need not be alike (work that starts in July gets the arbeidskorting of half a year's wage)."""
        jonggehandicapt = self.s.nu.uitkering.startswith("wajong")
        return bruto - self.belasting(bruto / MAANDEN, arbeid / MAANDEN, jonggehandicapt)[0] * MAANDEN

    def belasting(
        self, bruto: Decimal, arbeid: Decimal, jonggehandicapt: bool = False, van_partner: bool = False
    ) -> tuple[Decimal, Heffing, Spoor]:
        """Tax per month on a monthly income (the participant's, or the partner's), as the year settles it."""
        spoor = Spoor(self.params)
        spoor.getal("belasting.aow_leeftijd")  # these rates are the ones below the AOW age (checked in bereken)
        combinatie = not van_partner and self._combinatiekorting(arbeid)
        heffing = inkomstenbelasting(spoor, bruto * MAANDEN, arbeid * MAANDEN, jonggehandicapt, combinatie)
        return heffing.te_betalen / MAANDEN, heffing, spoor

    def belasting_per_betaler(self, bruto: Decimal, arbeid: Decimal, jonggehandicapt: bool = False) -> Belasting:
        """The month's tax, and how much of it the combinatiekorting takes off: no employer applies that
        korting in the loonheffing, so that part comes from the Belastingdienst (art. 8.14a; §13)."""
        zonder_spoor = Spoor(self.params)
        zonder = inkomstenbelasting(zonder_spoor, bruto * MAANDEN, arbeid * MAANDEN, jonggehandicapt)
        belasting, heffing, spoor = self.belasting(bruto, arbeid, jonggehandicapt)
        zonder_maand = centen(zonder.te_betalen / MAANDEN)
        return Belasting(zonder_maand, zonder_maand - centen(belasting), heffing, spoor)

    def _combinatiekorting(self, arbeid_per_maand: Decimal) -> bool:
        """A single parent, or the partner who earns least, with a child under 12 at home (art. 8.14a)."""
        h = self.s.huishouden
        tabel = cast("dict[str, Decimal]", self.params["belasting.combinatiekorting"].waarde)  # a table parameter
        grens = tabel["kind_jonger_dan"]
        if arbeid_per_maand <= 0 or not any(k < grens for k in h.kinderen):
            return False
        if h.soort == "alleenstaande_ouder":
            return True
        return h.soort == "met_partner" and arbeid_per_maand <= self.partner_bruto_per_maand


def netto_loon_zonder_vakantiegeld(params: ParameterSet, bruto_maand: Decimal) -> Decimal:
    """What a payslip shows as net: the wage minus its share of the year's tax, holiday pay set aside."""
    met_vakantiegeld = centen(bruto_maand * (1 + Spoor(params).procent("minimumloon.vakantiebijslag")))
    spoor = Spoor(params)
    heffing = inkomstenbelasting(spoor, met_vakantiegeld * MAANDEN, met_vakantiegeld * MAANDEN)
    return bruto_maand - heffing.te_betalen / MAANDEN * bruto_maand / met_vakantiegeld


def bruto_uit_netto_loon(params: ParameterSet, netto_maand: Decimal) -> Decimal:
    return bruto_voor_netto(netto_maand, lambda bruto: netto_loon_zonder_vakantiegeld(params, bruto))


def partner_bruto_per_maand(params: ParameterSet, s: Situatie) -> Decimal:
    """The partner's gross income, estimated from the net as if it is a wage (an assumption we signal)."""
    netto = s.huishouden.partner_netto_per_maand
    if s.huishouden.soort != "met_partner" or netto <= 0:
        return NUL

    def netto_van(bruto: Decimal) -> Decimal:
        return bruto - inkomstenbelasting(Spoor(params), bruto * MAANDEN, bruto * MAANDEN).te_betalen / MAANDEN

    return bruto_voor_netto(netto, netto_van)


def bereken_maand(
    hh: Huishouding, werk: Werk | None, onderdeel: str | None, vergoeding: Decimal, stand: Kostenstand | None = None
) -> Maand:
    """One month: the income lines, then the costs after them (`stand`: where the costs that follow the calendar
    year stand; None: the month's own income decides, as it will once those arrangements are over)."""
    maand = inkomen_maand(hh, werk, onderdeel, vergoeding)
    maand.overzicht = met_kosten(hh, werk, maand, stand)
    return maand


def inkomen_maand(hh: Huishouding, werk: Werk | None, onderdeel: str | None, vergoeding: Decimal) -> Maand:
    """The income lines of a month (wage, uitkering, toeslagen), without the costs: `overzicht` stays None."""
    s = hh.s
    maand, eigen_bruto = _loon_en_uitkering(hh, werk, onderdeel, vergoeding)
    if hh.partner_bruto_per_maand:
        maand.aannames.append("partner_inkomen_als_loon")
    eigen_jaar = eigen_bruto * MAANDEN
    partner_jaar = (hh.partner_bruto_per_maand + maand.partner_bijstand_bruto) * MAANDEN
    maand.regels.extend(toeslagregels(hh.params, s, vergoeding, werk is None, eigen_jaar, partner_jaar, maand))
    if s.huishouden.soort == "bij_ouders":
        maand.kind_inkomen_voor_ouders = eigen_jaar
    maand.toetsingsinkomen_per_jaar = centen(eigen_jaar)
    maand.eigen_bruto = eigen_bruto
    return maand


def met_kosten(hh: Huishouding, werk: Werk | None, maand: Maand, stand: Kostenstand | None = None) -> Overzicht:
    """The month's lines with the costs after them (eigen bijdrage, lokale belastingen, travel) and both totals."""
    totaal = sum((r.bedrag for r in maand.regels), NUL)
    kosten = kostenregels(hh, werk, maand, stand)
    status = zwakste([r.status for r in maand.regels])
    return Overzicht(
        regels=maand.regels, totaal=totaal, toetsingsinkomen_per_jaar=maand.toetsingsinkomen_per_jaar,
        parameters_geldig_vanaf=hh.params.geldig_vanaf, status=status,
        kosten=kosten, totaal_na_kosten=totaal + sum((k.bedrag for k in kosten), NUL),
        status_na_kosten=zwakste([status] + [k.status for k in kosten]),
    )


def uitkering_in_maand(hh: Huishouding, werk: Werk, onderdeel: str | None) -> Decimal:
    """The month's uitkering (bijstand or Wajong) next to this work: the first step of `bereken_maand` only (the
    toeslagen and the kosten lines do not change it). Neither the lines nor the gross bijstand are worked out: the
    omslagpunt asks for it some 16 times a calculation."""
    spoor = Spoor(hh.params)
    ml = maandloon(spoor, werk.uurloon, werk.uren_per_week)
    belast = belast_deel(spoor, NUL)  # the search leaves the allowance out: its taxed part is nothing
    if hh.s.nu.uitkering.startswith("wajong"):
        return _wajong_uitkering(hh, werk, spoor, ml.bruto_met_vakantiegeld + belast)[1]
    if hh.s.nu.uitkering == "bijstand":
        return _aanvulling(hh, werk, ml, spoor, onderdeel, NUL, belast).netto or NUL
    return NUL


def _loon_en_uitkering(
    hh: Huishouding, werk: Werk | None, onderdeel: str | None, vergoeding: Decimal
) -> tuple[Maand, Decimal]:
    """The wage and uitkering lines of a month, and the participant's own gross income."""
    s = hh.s
    loon_spoor = Spoor(hh.params)
    ml = maandloon(loon_spoor, werk.uurloon, werk.uren_per_week) if werk else geen_loon()
    if werk and werk.minimumloon:
        minimum_uurloon(loon_spoor, s.leeftijd)  # read again so the wage line names the table it came from
    belast = belast_deel(loon_spoor, vergoeding)
    if s.nu.uitkering.startswith("wajong"):
        maand, eigen_bruto = _met_wajong(hh, werk, ml, loon_spoor, belast)
    elif s.nu.uitkering == "bijstand":
        maand, eigen_bruto = _met_bijstand(hh, werk, ml, loon_spoor, onderdeel, vergoeding, belast)
    else:
        maand, eigen_bruto = _alleen_loon(hh, werk, ml, loon_spoor, belast)
    # The month's tax counts a taxed allowance as arbeidsinkomen (arbeidskorting) in every branch; so does the year.
    maand.arbeid_bruto = ml.bruto_met_vakantiegeld + belast
    return maand, eigen_bruto


def _loonregel(ml: Maandloon, belasting: Decimal, combinatiekorting: Decimal, loon_spoor: Spoor, tax: Spoor) -> Regel:
    """The wage line: gross, holiday pay, the tax the employer withholds, and the combinatiekorting apart.

    `belasting` is the tax without the combinatiekorting (what a payslip withholds); the net of the line is
    what the person has over a year: the payslip's part plus the korting from the Belastingdienst.
    """
    via_werkgever = ml.bruto_met_vakantiegeld - belasting
    onderdelen = [
        Onderdeel(naam="bruto_loon", bedrag=ml.bruto),
        Onderdeel(naam="vakantiegeld", bedrag=ml.vakantiegeld),
        Onderdeel(naam="belasting_en_premies", bedrag=-belasting),
    ]
    if combinatiekorting:
        onderdelen += [
            Onderdeel(naam="netto_via_werkgever", bedrag=via_werkgever),
            Onderdeel(naam="combinatiekorting_via_belastingdienst", bedrag=combinatiekorting),
        ]
    return regel(
        "loon", via_werkgever + combinatiekorting, f"WML art. 8 en 15; {BELASTING_ARTIKEL}", loon_spoor, tax,
        bruto=ml.bruto_met_vakantiegeld, onderdelen=onderdelen,
    )


def _geen_werk_regel(params: ParameterSet) -> Regel:
    return niet_van_toepassing("loon", Spoor(params), "WML art. 8", "werkt_niet")


def _alleen_loon(
    hh: Huishouding, werk: Werk | None, ml: Maandloon, loon_spoor: Spoor, vergoeding_belast: Decimal
) -> tuple[Maand, Decimal]:
    bruto = ml.bruto_met_vakantiegeld
    totaal = bruto + vergoeding_belast
    if not totaal:
        return Maand([_geen_werk_regel(hh.params)]), NUL
    b = hh.belasting_per_betaler(totaal, totaal)
    vergoeding_belasting = b.op_vergoeding(vergoeding_belast, totaal, werk is not None)
    loon_belasting = b.zonder_combinatiekorting - b.deel(vergoeding_belast, totaal)
    loon = _loonregel(ml, loon_belasting, b.combinatiekorting, loon_spoor, b.spoor) if werk else None
    maand = Maand([loon or _geen_werk_regel(hh.params)], combinatiekorting_per_maand=b.combinatiekorting)
    maand.vergoeding_belasting = vergoeding_belasting
    maand.belasting_sporen = [b.spoor]
    return maand, totaal


def _met_wajong(
    hh: Huishouding, werk: Werk | None, ml: Maandloon, loon_spoor: Spoor, vergoeding_belast: Decimal
) -> tuple[Maand, Decimal]:
    """Wajong next to work. I is the sv-loon, holiday pay included (UWV offsets it when paid; spread over the
    months here), plus a dagbesteding allowance above the tax-free maximum (UWV offsets all of it)."""
    s = hh.s
    spoor = Spoor(hh.params)
    loon_bruto = ml.bruto_met_vakantiegeld
    inkomen = loon_bruto + vergoeding_belast
    grondslag, uitkering = _wajong_uitkering(hh, werk, spoor, inkomen)
    dispensatie = werk.loondispensatie_procent if werk else None
    vb = vakantiebijslag(spoor, uitkering)
    wajong_bruto = uitkering + vb
    totaal_bruto = wajong_bruto + inkomen
    b = hh.belasting_per_betaler(totaal_bruto, inkomen, jonggehandicapt=True)
    loon_belasting = b.deel(loon_bruto, totaal_bruto)
    vergoeding_belasting = b.op_vergoeding(vergoeding_belast, totaal_bruto, werk is not None)
    wajong_belasting = b.zonder_combinatiekorting - loon_belasting - b.deel(vergoeding_belast, totaal_bruto)
    artikel = "Wajong art. 2:46" if s.nu.uitkering == "wajong_75" else "Wajong art. 2:40"
    wajong_regel = regel(
        "wajong", wajong_bruto - wajong_belasting, f"{artikel} en 2:53; Wet IB 2001 art. 8.16a", spoor, b.spoor,
        bruto=wajong_bruto,
        onderdelen=[
            Onderdeel(naam="grondslag", bedrag=grondslag),
            Onderdeel(naam="inkomen_uit_werk", bedrag=loon_bruto),
            Onderdeel(naam="vergoeding_telt_mee", bedrag=vergoeding_belast),
            Onderdeel(naam="uitkering", bedrag=uitkering),
            Onderdeel(naam="vakantiebijslag", bedrag=vb),
            Onderdeel(naam="belasting_en_premies", bedrag=-wajong_belasting),
        ],
    )
    loon = _loonregel(ml, loon_belasting, b.combinatiekorting, loon_spoor, b.spoor) if werk else None
    maand = Maand([loon or _geen_werk_regel(hh.params), wajong_regel], uitkering=uitkering)
    maand.combinatiekorting_per_maand = b.combinatiekorting
    maand.vergoeding_belasting = vergoeding_belasting
    maand.belasting_sporen = [b.spoor]
    maand.jonggehandicaptenkorting_benut = centen(b.heffing.jonggehandicaptenkorting_benut)
    if dispensatie:
        maand.aannames.append("loondispensatie")
    return maand, totaal_bruto


def _wajong_uitkering(hh: Huishouding, werk: Werk | None, spoor: Spoor, inkomen: Decimal) -> tuple[Decimal, Decimal]:
    """The Wajong's grondslag and the uitkering (without vakantiebijslag) next to this income."""
    grondslag = minimum_maandloon(spoor, hh.s.leeftijd)
    dispensatie = werk.loondispensatie_procent if werk else None
    return grondslag, wajong_per_maand(spoor, grondslag, inkomen, hh.s.nu.uitkering, dispensatie)


@dataclass(frozen=True)
class _Aanvulling:
    """The bijstand of a month before its lines: the norm, the month's own means and what the norm leaves."""

    norm: pw.Norm
    belasting: Belasting
    loon_belasting: Decimal
    loon_netto: Decimal
    vergoeding_belasting: Decimal
    vrijlating: pw.Art31Lid2 | pw.Art34a | None = None
    vrij: Decimal = NUL
    vergoeding_netto: Decimal = NUL
    vergoeding_vrij: Decimal = NUL
    netto: Decimal | None = None
    """The bijstand after tax; None without a norm (then nothing after the norm is read)."""


def _aanvulling(
    hh: Huishouding, werk: Werk | None, ml: Maandloon, spoor: Spoor, onderdeel: str | None, vergoeding: Decimal,
    vergoeding_belast: Decimal,
) -> _Aanvulling:
    s, h = hh.s, hh.s.huishouden
    norm = pw.bijstandsnorm(
        spoor, s.leeftijd, h.soort, h.kostendelers_27_plus, h.partner_leeftijd, h.kinderen, h.ouders_kunnen_bijdragen,
        pw.in_inrichting(s),
    )
    loon_bruto = ml.bruto_met_vakantiegeld
    eigen_bruto = loon_bruto + vergoeding_belast
    b = hh.belasting_per_betaler(eigen_bruto, eigen_bruto)
    vergoeding_belasting = b.op_vergoeding(vergoeding_belast, eigen_bruto, werk is not None)
    loon_belasting = b.zonder_combinatiekorting - b.deel(vergoeding_belast, eigen_bruto)
    loon_netto = loon_bruto - loon_belasting + b.combinatiekorting if werk else NUL
    if norm.bedrag is None:
        return _Aanvulling(norm, b, loon_belasting, loon_netto, vergoeding_belasting)
    vrijlating = pw.vrijlatingregels(spoor)  # the version in force in this month's period
    if onderdeel is not None and onderdeel not in vrijlating.onderdelen:
        raise ParameterFout(f"vrijlating '{onderdeel}' hoort niet bij de regels van {hh.params.geldig_vanaf}")
    vrij = vrijlating.bedrag(spoor, onderdeel, loon_netto)
    vergoeding_netto = vergoeding - vergoeding_belasting
    vergoeding_vrij = pw.vrijgelaten_vergoeding(spoor, s.leeftijd, vergoeding_netto)
    middelen = loon_netto - vrij + h.partner_netto_per_maand + (vergoeding_netto - vergoeding_vrij)
    return _Aanvulling(norm, b, loon_belasting, loon_netto, vergoeding_belasting, vrijlating, vrij, vergoeding_netto,
                       vergoeding_vrij, pw.aanvulling(norm.bedrag, middelen))


def _met_bijstand(
    hh: Huishouding, werk: Werk | None, ml: Maandloon, loon_spoor: Spoor, onderdeel: str | None, vergoeding: Decimal,
    vergoeding_belast: Decimal,
) -> tuple[Maand, Decimal]:
    h = hh.s.huishouden
    spoor = Spoor(hh.params)
    a = _aanvulling(hh, werk, ml, spoor, onderdeel, vergoeding, vergoeding_belast)
    norm, b = a.norm, a.belasting
    eigen_bruto = ml.bruto_met_vakantiegeld + vergoeding_belast
    regels = [_loonregel(ml, a.loon_belasting, b.combinatiekorting, loon_spoor, b.spoor) if werk
              else _geen_werk_regel(hh.params)]
    maand = Maand(regels, aannames=list(norm.aannames), combinatiekorting_per_maand=b.combinatiekorting,
                  vergoeding_belasting=a.vergoeding_belasting, belasting_sporen=[b.spoor])
    if norm.bedrag is None or a.netto is None or a.vrijlating is None:
        # At 18, 19 or 20 in an instelling the law gives no algemene bijstand: an answer, not a gap.
        berekend = norm.reden == "geen_bijstand_18_20_in_instelling"
        regels.append(niet_van_toepassing("bijstand", spoor, norm.artikel, norm.reden or "onbekend", berekend=berekend))
        if not berekend:
            maand.niet_berekend.append(("bijstand", norm.reden or "onbekend"))
        return maand, eigen_bruto
    netto, vrij = a.netto, a.vrij
    eigen_deel, partner_deel = _bijstand_delen(hh, netto)
    bruto = _bijstand_bruto(hh, eigen_bruto, eigen_deel)
    if partner_deel:
        maand.partner_bijstand_bruto = _bijstand_bruto(hh, hh.partner_bruto_per_maand, partner_deel, van_partner=True)
    artikelen = [norm.artikel.removeprefix("Pw "), "art. 19 lid 2 en 31"]
    if vrij:
        artikelen.append(a.vrijlating.artikel(onderdeel))  # type: ignore[arg-type]  # vrij > 0 only with an onderdeel
    if partner_deel:
        artikelen.append("art. 45 lid 4")
    regels.append(regel(
        "bijstand", netto, "Pw " + ", ".join(artikelen), spoor, b.spoor,
        bruto=bruto + maand.partner_bijstand_bruto,
        onderdelen=[
            Onderdeel(naam="norm", bedrag=norm.bedrag),
            Onderdeel(naam="netto_loon", bedrag=-a.loon_netto),
            Onderdeel(naam="vrijlating", bedrag=vrij),
            Onderdeel(naam="inkomen_partner", bedrag=-h.partner_netto_per_maand),
            Onderdeel(naam="vergoeding_telt_mee", bedrag=-(a.vergoeding_netto - a.vergoeding_vrij)),
        ],
    ))
    maand.uitkering = netto
    return maand, eigen_bruto + bruto


def _bijstand_delen(hh: Huishouding, netto: Decimal) -> tuple[Decimal, Decimal]:
    """Art. 45 lid 4 Pw: partners each get half of the bijstand, each taxed with their own kortingen."""
    if hh.s.huishouden.soort != "met_partner":
        return netto, NUL
    helft = centen(netto / 2)
    return netto - helft, helft


def _bijstand_bruto(hh: Huishouding, basis_bruto: Decimal, netto: Decimal, van_partner: bool = False) -> Decimal:
    """The gross bijstand whose net part, on top of an income, is `netto` (the gemeente grosses it up)."""
    basis, _, _ = hh.belasting(basis_bruto, basis_bruto, van_partner=van_partner)

    def netto_deel(bruto: Decimal) -> Decimal:
        samen, _, _ = hh.belasting(basis_bruto + bruto, basis_bruto, van_partner=van_partner)
        return bruto - (samen - basis)

    return bruto_voor_netto(netto, netto_deel)
