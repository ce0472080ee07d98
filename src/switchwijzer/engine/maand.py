"""One month of income for one situation: the lines, each with its rule, parameters and sources."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from . import bijstand as pw
from .belasting import Heffing, inkomstenbelasting
from .geld import MAANDEN, NUL, centen, per_maand
from .loon import Maandloon, geen_loon, maandloon, minimum_maandloon
from .omrekenen import bruto_voor_netto
from .parameters import ParameterSet, Spoor
from .situatie import Situatie
from .toeslagen import huurtoeslag_per_maand, kindgebonden_budget_per_jaar, zorgtoeslag_per_jaar, zorgtoeslag_per_maand
from .uitkomst import Onderdeel, Overzicht, Regel
from .wajong import vakantiebijslag, wajong_per_maand

BELASTING_ARTIKEL = "Wet IB 2001 art. 2.10, 8.10 en 8.11"


@dataclass(frozen=True)
class Werk:
    """The job being considered, reduced to what the money rules need."""

    soort: str
    uurloon: Decimal
    uren_per_week: Decimal
    loondispensatie_procent: Decimal | None = None

    def met_uren(self, uren: Decimal) -> Werk:
        return replace(self, uren_per_week=uren)


@dataclass
class Maand:
    """The result of one month plus facts the caller needs for signals and the omslagpunt."""

    regels: list[Regel]
    overzicht: Overzicht | None = None
    uitkering: Decimal | None = None
    aannames: list[str] = field(default_factory=list)
    niet_berekend: list[tuple[str, str]] = field(default_factory=list)
    kind_inkomen_voor_ouders: Decimal | None = None


def _regel(naam: str, bedrag: Decimal, artikel: str, *sporen: Spoor, **extra) -> Regel:
    gebruikt: dict = {}
    for spoor in sporen:
        gebruikt.update(spoor.gebruikt)
    bronnen = "; ".join(dict.fromkeys(p.bron for p in gebruikt.values()))
    geldig = max((p.geldig_vanaf for p in gebruikt.values()), default=sporen[0].params.geldig_vanaf)
    return Regel(
        naam=naam, bedrag=bedrag, regel=artikel, bron=bronnen or artikel, geldig_vanaf=geldig,
        parameters=list(gebruikt.values()), **extra,
    )


def _niet(naam: str, spoor: Spoor, artikel: str, reden: str, berekend: bool = True) -> Regel:
    return Regel(
        naam=naam, bedrag=NUL, regel=artikel, bron=artikel, geldig_vanaf=spoor.params.geldig_vanaf,
        van_toepassing=False, berekend=berekend, reden=reden,
    )


def _belasting_per_maand(params: ParameterSet, bruto_maand: Decimal, arbeid_maand: Decimal,
                         jonggehandicapt: bool) -> tuple[Decimal, Heffing, Spoor]:
    spoor = Spoor(params)
    heffing = inkomstenbelasting(spoor, bruto_maand * MAANDEN, arbeid_maand * MAANDEN, jonggehandicapt)
    return heffing.te_betalen / MAANDEN, heffing, spoor


def netto_loon_per_maand(params: ParameterSet, bruto_maand: Decimal) -> Decimal:
    """Net of a wage alone, per month, once the year's tax is settled (employee pays no Zvw bijdrage)."""
    belasting, _, _ = _belasting_per_maand(params, bruto_maand, bruto_maand, False)
    return bruto_maand - belasting


def bruto_uit_netto_loon(params: ParameterSet, netto_maand: Decimal) -> Decimal:
    return bruto_voor_netto(netto_maand, lambda bruto: netto_loon_per_maand(params, bruto))


def bereken_maand(
    params: ParameterSet, s: Situatie, werk: Werk | None, onderdeel: str | None, vergoeding: Decimal
) -> Maand:
    loon_spoor = Spoor(params)
    ml = maandloon(loon_spoor, werk.uurloon, werk.uren_per_week) if werk else geen_loon()
    uitkering = s.nu.uitkering
    if uitkering.startswith("wajong"):
        maand, eigen_bruto = _met_wajong(params, s, werk, ml, loon_spoor)
    elif uitkering == "bijstand":
        maand, eigen_bruto = _met_bijstand(params, s, werk, ml, loon_spoor, onderdeel, vergoeding)
    else:
        maand, eigen_bruto = _alleen_loon(params, werk, ml, loon_spoor)
    regels = maand.regels
    regels.append(_vergoeding(params, vergoeding, nu=werk is None))
    if s.huishouden.soort == "met_partner" and s.huishouden.partner_netto_per_maand > 0:
        regels.append(_partner_regel(params, s))
    partner_bruto = _partner_bruto_per_jaar(params, s, maand)
    eigen_jaar = eigen_bruto * MAANDEN
    regels.extend(_toeslagen(params, s, eigen_jaar, partner_bruto, maand))
    if s.huishouden.soort == "bij_ouders":
        maand.kind_inkomen_voor_ouders = eigen_jaar
    totaal = sum((r.bedrag for r in regels), NUL)
    maand.overzicht = Overzicht(regels=regels, totaal=totaal, toetsingsinkomen_per_jaar=centen(eigen_jaar))
    return maand


def _loonregel(ml: Maandloon, netto: Decimal, belasting: Decimal, loon_spoor: Spoor, tax: Spoor) -> Regel:
    return _regel(
        "loon", netto, f"WML art. 8 en 15; {BELASTING_ARTIKEL}", loon_spoor, tax,
        bruto=ml.bruto_met_vakantiegeld,
        onderdelen=[
            Onderdeel(naam="bruto_loon", bedrag=ml.bruto),
            Onderdeel(naam="vakantiegeld", bedrag=ml.vakantiegeld),
            Onderdeel(naam="belasting_en_premies", bedrag=-belasting),
        ],
    )


def _geen_werk_regel(params: ParameterSet) -> Regel:
    return _niet("loon", Spoor(params), "WML art. 8", "werkt_niet")


def _alleen_loon(params: ParameterSet, werk: Werk | None, ml: Maandloon, loon_spoor: Spoor) -> tuple[Maand, Decimal]:
    if werk is None:
        regels = [_geen_werk_regel(params)]
        return Maand(regels), NUL
    bruto = ml.bruto_met_vakantiegeld
    belasting, _, tax = _belasting_per_maand(params, bruto, bruto, False)
    belasting = centen(belasting)
    regels = [_loonregel(ml, bruto - belasting, belasting, loon_spoor, tax)]
    return Maand(regels), bruto


def _met_wajong(
    params: ParameterSet, s: Situatie, werk: Werk | None, ml: Maandloon, loon_spoor: Spoor
) -> tuple[Maand, Decimal]:
    spoor = Spoor(params)
    grondslag = minimum_maandloon(spoor, s.leeftijd)
    dispensatie = werk.loondispensatie_procent if werk else None
    uitkering = wajong_per_maand(spoor, grondslag, ml.bruto, s.nu.uitkering, dispensatie)
    vb = vakantiebijslag(spoor, uitkering)
    wajong_bruto = uitkering + vb
    loon_bruto = ml.bruto_met_vakantiegeld
    totaal_bruto = wajong_bruto + loon_bruto
    belasting, _, tax = _belasting_per_maand(params, totaal_bruto, loon_bruto, True)
    belasting = centen(belasting)
    loon_belasting = centen(belasting * loon_bruto / totaal_bruto) if totaal_bruto else NUL
    wajong_belasting = belasting - loon_belasting
    artikel = "Wajong art. 2:46" if s.nu.uitkering == "wajong_75" else "Wajong art. 2:40"
    wajong_regel = _regel(
        "wajong", wajong_bruto - wajong_belasting, f"{artikel} en 2:53; Wet IB 2001 art. 8.16a", spoor, tax,
        bruto=wajong_bruto,
        onderdelen=[
            Onderdeel(naam="grondslag", bedrag=grondslag),
            Onderdeel(naam="inkomen_uit_werk", bedrag=ml.bruto),
            Onderdeel(naam="uitkering", bedrag=uitkering),
            Onderdeel(naam="vakantiebijslag", bedrag=vb),
            Onderdeel(naam="belasting_en_premies", bedrag=-wajong_belasting),
        ],
    )
    regels = [
        _loonregel(ml, loon_bruto - loon_belasting, loon_belasting, loon_spoor, tax)
        if werk else _geen_werk_regel(params),
        wajong_regel,
    ]
    maand = Maand(regels, uitkering=uitkering)
    if dispensatie:
        maand.aannames.append("loondispensatie")
    return maand, totaal_bruto


def _met_bijstand(
    params: ParameterSet, s: Situatie, werk: Werk | None, ml: Maandloon, loon_spoor: Spoor,
    onderdeel: str | None, vergoeding: Decimal,
) -> tuple[Maand, Decimal]:
    spoor = Spoor(params)
    h = s.huishouden
    norm = pw.bijstandsnorm(
        spoor, s.leeftijd, h.soort, h.kostendelers_27_plus, h.partner_leeftijd, h.kinderen, h.ouders_kunnen_bijdragen
    )
    loon_bruto = ml.bruto_met_vakantiegeld
    belasting, _, tax = _belasting_per_maand(params, loon_bruto, loon_bruto, False)
    belasting = centen(belasting)
    loon_netto = loon_bruto - belasting
    regels = [_loonregel(ml, loon_netto, belasting, loon_spoor, tax) if werk else _geen_werk_regel(params)]
    maand = Maand(regels, aannames=list(norm.aannames))
    if norm.bedrag is None:
        regels.append(_niet("bijstand", spoor, norm.artikel, norm.reden or "onbekend", berekend=False))
        maand.niet_berekend.append(("bijstand", norm.reden or "onbekend"))
        return maand, loon_bruto
    vrij = pw.vrijlating(spoor, onderdeel, loon_netto)
    vergoeding_vrij = pw.vrijgelaten_vergoeding(spoor, s.leeftijd, vergoeding)
    middelen = loon_netto - vrij + h.partner_netto_per_maand + (vergoeding - vergoeding_vrij)
    netto = pw.aanvulling(norm.bedrag, middelen)
    bruto = _bijstand_bruto(params, loon_bruto, netto)
    artikelen = [norm.artikel, "art. 19 lid 2 en 31"]
    if onderdeel:
        artikelen.append(f"art. 31 lid 2 {onderdeel}")
    regels.append(_regel(
        "bijstand", netto, "Pw " + ", ".join(a.removeprefix("Pw ") for a in artikelen), spoor, tax,
        bruto=bruto,
        onderdelen=[
            Onderdeel(naam="norm", bedrag=norm.bedrag),
            Onderdeel(naam="netto_loon", bedrag=-loon_netto),
            Onderdeel(naam="vrijlating", bedrag=vrij),
            Onderdeel(naam="inkomen_partner", bedrag=-h.partner_netto_per_maand),
            Onderdeel(naam="vergoeding_telt_mee", bedrag=-(vergoeding - vergoeding_vrij)),
        ],
    ))
    maand.uitkering = netto
    return maand, loon_bruto + bruto


def _bijstand_bruto(params: ParameterSet, loon_bruto: Decimal, netto: Decimal) -> Decimal:
    """The gross bijstand whose net part, on top of the wage, is `netto` (the gemeente grosses it up)."""
    basis, _, _ = _belasting_per_maand(params, loon_bruto, loon_bruto, False)

    def netto_deel(bruto: Decimal) -> Decimal:
        samen, _, _ = _belasting_per_maand(params, loon_bruto + bruto, loon_bruto, False)
        return bruto - (samen - basis)

    return bruto_voor_netto(netto, netto_deel)


def _vergoeding(params: ParameterSet, vergoeding: Decimal, nu: bool) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet IB 2001 art. 3.84 (vrijwilligersvergoeding)"
    if vergoeding <= 0:
        return _niet("vergoeding_dagbesteding", spoor, artikel, "geen_vergoeding" if nu else "stopt_bij_werk")
    spoor.tabel("vrijwilligersvergoeding.maximum")
    return _regel("vergoeding_dagbesteding", vergoeding, artikel, spoor)


def _partner_regel(params: ParameterSet, s: Situatie) -> Regel:
    """The partner's net income as given: it stays the same, so the household totals compare fairly."""
    return Regel(
        naam="inkomen_partner", bedrag=s.huishouden.partner_netto_per_maand,
        regel="Opgegeven: huishouden.partner_netto_per_maand", bron="invoer", geldig_vanaf=params.geldig_vanaf,
    )


def _partner_bruto_per_jaar(params: ParameterSet, s: Situatie, maand: Maand) -> Decimal:
    netto = s.huishouden.partner_netto_per_maand
    if s.huishouden.soort != "met_partner" or netto <= 0:
        return NUL
    if "partner_inkomen_als_loon" not in maand.aannames:
        maand.aannames.append("partner_inkomen_als_loon")
    return bruto_uit_netto_loon(params, netto) * MAANDEN


def _toeslagen(params: ParameterSet, s: Situatie, eigen: Decimal, partner: Decimal, maand: Maand) -> list[Regel]:
    return [
        _zorgtoeslag(params, s, eigen + partner),
        _huurtoeslag(params, s, eigen + partner, maand),
        _kindgebonden_budget(params, s, eigen + partner),
    ]


def _zorgtoeslag(params: ParameterSet, s: Situatie, toetsingsinkomen: Decimal) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op de zorgtoeslag art. 2"
    if s.leeftijd < spoor.getal("zorgtoeslag.minimumleeftijd"):
        return _niet("zorgtoeslag", spoor, artikel, "jonger_dan_18")
    per_jaar = zorgtoeslag_per_jaar(spoor, toetsingsinkomen, s.huishouden.soort == "met_partner")
    if per_jaar <= 0:
        return _niet("zorgtoeslag", spoor, artikel, "inkomen_te_hoog")
    return _regel("zorgtoeslag", zorgtoeslag_per_maand(per_jaar), artikel, spoor,
                  onderdelen=[Onderdeel(naam="toetsingsinkomen_per_jaar", bedrag=centen(toetsingsinkomen))])


def _huurtoeslag(params: ParameterSet, s: Situatie, inkomen: Decimal, maand: Maand) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op de huurtoeslag art. 13, 16, 17, 20 en 21"
    h = s.huishouden
    if not s.wonen.huurt:
        return _niet("huurtoeslag", spoor, artikel, "huurt_niet")
    if h.soort == "bij_ouders":
        return _niet("huurtoeslag", spoor, artikel, "woont_bij_ouders")
    if s.leeftijd < 18:
        return _niet("huurtoeslag", spoor, artikel, "jonger_dan_18")
    if h.kostendelers_27_plus and h.medebewoners_inkomen_per_jaar is None:
        maand.niet_berekend.append(("huurtoeslag", "inkomen_medebewoners_onbekend"))
        return _niet("huurtoeslag", spoor, artikel, "inkomen_medebewoners_onbekend", berekend=False)
    rekeninkomen = inkomen + (h.medebewoners_inkomen_per_jaar or NUL)
    partner = 1 if h.soort == "met_partner" else 0
    personen = 1 + partner + h.kostendelers_27_plus + len(h.kinderen)
    # The lower rent limit for young households does not apply to someone under 21 with a handicap
    # (Wht art. 13 lid 1 a 2°); people in dagbesteding have one, so the standard limit is used.
    jong = False
    if s.leeftijd < 21:
        maand.aannames.append("handicap_huurgrens")
    bedrag = huurtoeslag_per_maand(spoor, s.wonen.kale_huur_per_maand or NUL, rekeninkomen, personen > 1, personen, jong)
    if bedrag <= 0:
        return _niet("huurtoeslag", spoor, artikel, "inkomen_te_hoog_of_huur_te_laag")
    return _regel("huurtoeslag", bedrag, artikel, spoor,
                  onderdelen=[Onderdeel(naam="rekeninkomen_per_jaar", bedrag=centen(rekeninkomen))])


def _kindgebonden_budget(params: ParameterSet, s: Situatie, toetsingsinkomen: Decimal) -> Regel:
    spoor = Spoor(params)
    artikel = "Wet op het kindgebonden budget art. 2"
    h = s.huishouden
    if not h.kinderen:
        return _niet("kindgebonden_budget", spoor, artikel, "geen_kinderen")
    per_jaar = kindgebonden_budget_per_jaar(
        spoor, toetsingsinkomen, h.kinderen, h.soort == "alleenstaande_ouder", h.soort == "met_partner"
    )
    if per_jaar <= 0:
        return _niet("kindgebonden_budget", spoor, artikel, "inkomen_te_hoog_of_kinderen_te_oud")
    return _regel("kindgebonden_budget", per_maand(per_jaar), artikel, spoor)
