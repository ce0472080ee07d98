"""Turn what the engine found into plain signals (codes with data) for the UI to put into words."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import bijstand as pw
from .geld import MAANDEN, NUL, centen, niet_negatief
from .maand import Maand
from .parameters import ParameterSet, Spoor, dekking, parameters_op
from .situatie import Situatie
from .uitkomst import Jaarwissel, Periode, Signaal, zwakste
from .vergoeding import boven_maximum

TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")
INSTANTIE = {"bijstand": "gemeente", "wajong_70": "UWV", "wajong_75": "UWV"}


def bouw_signalen(
    params: ParameterSet,
    s: Situatie,
    nu: Maand,
    straks: Maand,
    verloop: list[Periode],
    aannames: list[str],
    winst_10: bool,
    jaarwissel: Jaarwissel | None = None,
) -> list[Signaal]:
    uit: list[Signaal] = [Signaal(code=f"aanname_{a}") for a in dict.fromkeys(aannames)]
    uit.append(Signaal(code="aanname_vermogen_onder_grens"))
    uit.extend(_voorlopig(nu, straks, verloop, jaarwissel))
    if _kostendelers_onbekend(params, s):
        uit.append(Signaal(code="aanname_geen_kostendelers"))
    uit.extend(_vrijlating(params, s, verloop))
    uit.extend(_bufferbudget(s, straks, verloop))
    uit.extend(_uitkering(s, straks))
    uit.extend(_wajong_aanvulling(params, s, nu))
    uit.extend(_toeslagen(nu, straks))
    uit.extend(_vergoeding(params, s))
    uit.extend(_combinatiekorting(straks))
    uit.extend(_huurtoeslag_verzoek(s, nu, straks))
    uit.extend(_ouders(params, s, nu, straks))
    if not winst_10:
        uit.append(Signaal(code="winst_onder_10_procent"))
    return uit


def _voorlopig(nu: Maand, straks: Maand, verloop: list[Periode], jaarwissel: Jaarwissel | None) -> list[Signaal]:
    """Nothing provisional may look like fact: say so when an amount rests on a voorstel or a schatting.

    `bedragen_voorlopig`: a line of nu, straks or the jaarwissel, or a stretch of the verloop within the known
    periods, read a value (or rule version) that is not vastgesteld; `jaar` is the year of the first such
    period, `status` the weakest status. `verloop_na_bekende_periode`: within the first twelve months the
    work runs past the last day the files cover; from month `maand` the amounts are the last known ones.
    """
    uit = []
    overzichten = [nu.overzicht, straks.overzicht] + ([jaarwissel.voor, jaarwissel.na] if jaarwissel else [])
    voorlopig = [(o.parameters_geldig_vanaf, o.status) for o in overzichten if o and o.status != "vastgesteld"]
    voorlopig += [(p.parameters_geldig_vanaf, p.status) for p in verloop
                  if p.bekend_tot is None and p.status != "vastgesteld"]
    if voorlopig:
        jaar = min(d for d, _ in voorlopig if d is not None).year
        uit.append(Signaal(code="bedragen_voorlopig",
                           gegevens={"jaar": jaar, "status": zwakste([st for _, st in voorlopig])}))
    laatste = dekking()[1]
    for periode in verloop:
        if periode.bekend_tot is None or periode.vanaf_datum is None:
            continue
        eerste_onbekend = max(periode.vanaf_datum, laatste + timedelta(days=1))
        maand = periode.vanaf_maand + (eerste_onbekend.year - periode.vanaf_datum.year) * 12 + (
            eerste_onbekend.month - periode.vanaf_datum.month)
        if maand <= 12:
            uit.append(Signaal(code="verloop_na_bekende_periode",
                               gegevens={"datum": laatste, "maand": maand}))
        break
    return uit


def _bufferbudget(s: Situatie, straks: Maand, verloop: list[Periode]) -> list[Signaal]:
    """Pw art. 34b: with work next to bijstand, the gemeente may use a bufferbudget (not an entitlement, never
    added to the income). Given when a month in the first year of the work falls under that rule."""
    loon = straks.overzicht.regel("loon") if straks.overzicht else None
    if s.nu.uitkering != "bijstand" or loon is None or loon.bedrag <= 0:
        return []
    for periode in verloop:
        if periode.vanaf_maand > 12 or periode.parameters_geldig_vanaf is None:
            break
        spoor = Spoor(parameters_op(periode.parameters_geldig_vanaf))
        if spoor.versie("bufferbudget") == "pw_34b_2027":
            maximum = spoor.tabel("bijstand.bufferbudget")["maximum_per_jaar"]
            signaal = _met_bron("bufferbudget_mogelijk", spoor, maximum_per_jaar=maximum,
                                vanaf=periode.vanaf_datum, maand=periode.vanaf_maand)
            return [signaal]
    return []


def _kostendelers_onbekend(params: ParameterSet, s: Situatie) -> bool:
    """Living with parents at 21+ without naming housemates of 27+: the full norm may be too high."""
    h = s.huishouden
    return (
        s.nu.uitkering == "bijstand" and h.soort == "bij_ouders" and h.kostendelers_27_plus == 0
        and s.leeftijd >= 21
    )


def _met_bron(code: str, spoor: Spoor, **gegevens: Any) -> Signaal:
    return Signaal(code=code, gegevens=gegevens, parameters=list(spoor.gebruikt.values()))


def _vrijlating(params: ParameterSet, s: Situatie, verloop: list[Periode]) -> list[Signaal]:
    if s.nu.uitkering != "bijstand":
        return []
    uit = []
    spoor = Spoor(params)
    oude_regels = spoor.versie("vrijlating") == "pw_31_2026"
    if oude_regels and s.leeftijd < spoor.getal("bijstand.vrijlating.minimumleeftijd"):
        uit.append(Signaal(code="geen_vrijlating_onder_27"))
        # Participatiewet in balans: in 2026 SZW lets a gemeente already give under-27s the wider vrijlating.
        gedoogd = spoor.params.waarden.get("bijstand.vrijlating.gedoogbeleid_onder_27")
        if gedoogd is not None:
            regel = spoor.tabel("bijstand.vrijlating.gedoogbeleid_onder_27")
            procent = regel["procent"]
            uit.append(_met_bron("gemeente_mag_al_vrijlaten_onder_27", spoor,
                                 procent=procent,
                                 maanden=int(regel["maanden"])))
    if any(p.vrijlating in ("n", "z", "aa", "34a_a") for p in verloop):
        uit.append(Signaal(code="aanname_vrijlating_college"))
    versies = list(dict.fromkeys(p.vrijlating_regels for p in verloop if p.vrijlating_regels))
    if "pw_31_2026" in versies and "pw_34a_2027" in versies:
        overgang = next(p for p in verloop if p.vrijlating_regels == "pw_34a_2027")
        uit.append(Signaal(code="aanname_overgang_vrijlating", gegevens={"datum": overgang.vanaf_datum,
                                                                          "maand": overgang.vanaf_maand}))
    for periode, volgende in zip(verloop, verloop[1:], strict=False):
        if (periode.vrijlating and periode.tot_en_met_maand is not None and volgende.vrijlating != periode.vrijlating
                and volgende.totaal < periode.totaal):
            uit.append(Signaal(code="vrijlating_stopt", gegevens={
                "maand": periode.tot_en_met_maand,
                "vrijlating": periode.vrijlating,
                "totaal_daarna": volgende.totaal,
                "vrijlating_daarna": volgende.vrijlating,
            }))
            if periode.vrijlating == "34a_a":
                uit.append(Signaal(code="vrijlating_kan_langer", gegevens={"maand": periode.tot_en_met_maand}))
    return uit


def _uitkering(s: Situatie, straks: Maand) -> list[Signaal]:
    soort = s.nu.uitkering
    if soort not in INSTANTIE:
        return []
    uit = []
    loon = straks.volledig.regel("loon")
    if loon is not None and loon.bedrag > 0:
        uit.append(Signaal(code="inkomen_doorgeven", gegevens={"instantie": INSTANTIE[soort]}))
        if straks.uitkering and straks.uitkering > 0:
            uit.append(Signaal(code="twee_betalers", gegevens={"instantie": INSTANTIE[soort]}))
    if straks.uitkering is not None and straks.uitkering <= 0:
        uit.append(Signaal(code="uitkering_stopt", gegevens={"uitkering": soort}))
        if soort.startswith("wajong"):
            uit.append(Signaal(code="wajong_recht_blijft", gegevens={"uitkering": soort}))
    if soort.startswith("wajong") and straks.jonggehandicaptenkorting_benut > 0:
        uit.append(_jonggehandicaptenkorting(straks))
    return uit


def _jonggehandicaptenkorting(straks: Maand) -> Signaal:
    """UWV applies the JGK every month in the loonheffing on the Wajong (Rekenvoorschriften 2026: € 76,92 a
    month). Only when no Wajong is paid does the korting come through the aangifte or a voorlopige aanslag."""
    wajong = straks.volledig.regel("wajong")
    spoor = next(iter(straks.belasting_sporen), None)
    jaar = spoor.getal("belasting.jonggehandicaptenkorting") if spoor else NUL
    if straks.uitkering and straks.uitkering > 0 and wajong is not None:
        return Signaal(code="jonggehandicaptenkorting_via_uwv",
                       gegevens={"per_maand": centen(jaar / MAANDEN),
                                 "per_jaar": straks.jonggehandicaptenkorting_benut},
                       parameters=[p for p in wajong.parameters if p.pad == "belasting.jonggehandicaptenkorting"])
    return Signaal(code="jonggehandicaptenkorting_via_aangifte",
                   gegevens={"bedrag": straks.jonggehandicaptenkorting_benut})


def _combinatiekorting(straks: Maand) -> list[Signaal]:
    """Employers do not apply the combinatiekorting: a voorlopige aanslag pays it monthly (art. 8.14a Wet IB)."""
    if straks.combinatiekorting_per_maand <= 0:
        return []
    loon = straks.volledig.regel("loon")
    return [Signaal(
        code="combinatiekorting_voorlopige_aanslag",
        gegevens={"per_maand": straks.combinatiekorting_per_maand,
                  "per_jaar": straks.combinatiekorting_per_maand * MAANDEN},
        parameters=[p for p in (loon.parameters if loon else []) if p.pad == "belasting.combinatiekorting"],
    )]


def _vergoeding(params: ParameterSet, s: Situatie) -> list[Signaal]:
    vergoeding = s.nu.vergoeding_dagbesteding_per_maand
    if vergoeding <= 0:
        return []
    uit = [Signaal(code="vergoeding_stopt", gegevens={"bedrag": vergoeding})]
    spoor = Spoor(params)
    if boven_maximum(spoor, vergoeding):
        maximum = spoor.tabel("vrijwilligersvergoeding.maximum")
        uit.append(_met_bron("vergoeding_belast", spoor, bedrag=vergoeding, maximum_per_maand=maximum["per_maand"],
                             maximum_per_jaar=maximum["per_jaar"]))
        if s.nu.uitkering.startswith("wajong"):
            uit.append(Signaal(code="vergoeding_telt_mee_wajong", gegevens={"bedrag": vergoeding}))
    if s.nu.uitkering == "bijstand" and s.leeftijd < spoor.getal("bijstand.vrijlating.minimumleeftijd"):
        uit.append(Signaal(code="vergoeding_telt_mee_bijstand", gegevens={"bedrag": vergoeding}))
    return uit


def _huurtoeslag_verzoek(s: Situatie, nu: Maand, straks: Maand) -> list[Signaal]:
    """Under 21: what the Verzoek bijzondere situatie huurtoeslag is worth (the higher of now and later)."""
    paren = [m.huurtoeslag_zonder_en_met_verzoek for m in (nu, straks) if m.huurtoeslag_zonder_en_met_verzoek]
    if not paren:
        return []
    zonder, met = max(paren, key=lambda paar: paar[1] - paar[0])
    if met <= zonder:
        return []
    code = "huurtoeslag_verzoek_met_wlz" if s.dagbesteding.financiering == "wlz" else "huurtoeslag_verzoek_handicap"
    return [Signaal(code=code, gegevens={"zonder_verzoek": zonder, "met_verzoek": met, "verschil": met - zonder})]


def _wajong_aanvulling(params: ParameterSet, s: Situatie, nu: Maand) -> list[Signaal]:
    """A Wajong below the bijstand norm may be topped up by the gemeente; we do not compute that top-up."""
    if not s.nu.uitkering.startswith("wajong"):
        return []
    h = s.huishouden
    norm = pw.bijstandsnorm(
        Spoor(params), s.leeftijd, h.soort, h.kostendelers_27_plus, h.partner_leeftijd, h.kinderen,
        h.ouders_kunnen_bijdragen, pw.in_inrichting(s),
    )
    wajong = nu.volledig.regel("wajong")
    eigen = (wajong.bedrag if wajong else NUL) + h.partner_netto_per_maand
    if norm.bedrag is None or eigen >= norm.bedrag:
        return []
    return [Signaal(code="wajong_aanvulling_bijstand_mogelijk",
                    gegevens={"norm": norm.bedrag, "verschil": norm.bedrag - eigen})]


def _toeslagen(nu: Maand, straks: Maand) -> list[Signaal]:
    loon = straks.volledig.regel("loon")
    if loon is None or loon.bedrag <= 0:
        return []
    veranderd = []
    for naam in TOESLAGEN:
        voor, na = nu.volledig.regel(naam), straks.volledig.regel(naam)
        if voor is not None and na is not None and (voor.bedrag != na.bedrag or voor.bedrag > 0):
            veranderd.append(naam)
    if not veranderd:
        return []
    return [
        Signaal(code="toeslagen_doorgeven", gegevens={"toeslagen": list(veranderd)}),
        Signaal(code="toeslagen_heel_jaar"),
    ]


def _ouders(params: ParameterSet, s: Situatie, nu: Maand, straks: Maand) -> list[Signaal]:
    """A child's income counts for the parents' huurtoeslag, above a vrijstelling while under 23."""
    if s.huishouden.soort != "bij_ouders" or not s.wonen.huurt:
        return []
    spoor = Spoor(params)
    # Awir art. 7 lid 6: the age at the start of the year counts; someone who is 22 now certainly was under 23.
    kind = spoor.tabel("huurtoeslag.vrijstelling_kind")
    vrijstelling = kind["bedrag"] if s.leeftijd < kind["jonger_dan"] else NUL
    voor = niet_negatief((nu.kind_inkomen_voor_ouders or NUL) - vrijstelling)
    na = niet_negatief((straks.kind_inkomen_voor_ouders or NUL) - vrijstelling)
    if na <= voor:
        return []
    afbouw = spoor.tabel("huurtoeslag.afbouw")["meerpersoons"] / 100
    return [_met_bron(
        "ouders_huurtoeslag_kan_dalen", spoor, meetellend_per_jaar=centen(na),
        maximaal_lager_per_maand=centen((na - voor) * afbouw / MAANDEN), vrijstelling=vrijstelling,
    )]
