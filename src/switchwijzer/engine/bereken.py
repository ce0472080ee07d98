"""The engine's entry point: a Situatie in, an Uitkomst out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from . import bijstand as pw
from .geld import NUL, WEKEN_PER_MAAND, centen
from .loon import minimum_uurloon
from .maand import Maand, Werk, bereken_maand, bruto_uit_netto_loon
from .parameters import ParameterFout, ParameterSet, Spoor, eerste_peildatum, parameters_op
from .signalen_bouwen import bouw_signalen
from .situatie import Situatie
from .uitkomst import NietBerekend, Periode, Uitkomst, UrenPunt

NIET_ONDERSTEUNDE_UITKERINGEN = ("ww", "wia", "anders")
UREN_REEKS = range(0, 41)
TIENDE = Decimal("0.1")
HONDERDSTE = Decimal("0.01")


def bereken(situatie: Situatie) -> Uitkomst:
    try:
        params = parameters_op(situatie.peildatum)
    except ParameterFout:
        return _niet_berekend(situatie.peildatum, eerste_peildatum(), "geen_parameters")
    reden = _buiten_bereik(params, situatie)
    if reden:
        return _niet_berekend(situatie.peildatum, params.geldig_vanaf, reden)

    werk, aannames = _werk(params, situatie)
    vergoeding = situatie.nu.vergoeding_dagbesteding_per_maand
    nu = bereken_maand(params, situatie, None, None, vergoeding)
    perioden = _vrijlating_perioden(params, situatie)
    onderdeel = pw.onderdeel_in_maand(perioden, situatie.straks.maand_sinds_start)
    straks = bereken_maand(params, situatie, werk, onderdeel, NUL)
    verloop = _verloop(params, situatie, werk, perioden)
    reeks = _uren_reeks(params, situatie, werk, onderdeel)
    omslag = _omslagpunt(params, situatie, werk, onderdeel)

    nu_totaal, straks_totaal = nu.overzicht.totaal, straks.overzicht.totaal
    verschil = straks_totaal - nu_totaal
    procent = centen(verschil / nu_totaal * 100) if nu_totaal > 0 else None
    winst_10 = verschil >= nu_totaal / 10 if nu_totaal > 0 else verschil > 0
    signalen = bouw_signalen(
        params, situatie, nu, straks, verloop, aannames + nu.aannames + straks.aannames, winst_10, onderdeel
    )
    niet = {(o, r) for o, r in nu.niet_berekend + straks.niet_berekend}
    if situatie.dagbesteding.financiering == "wlz":
        niet.add(("eigen_bijdrage", "wlz_eigen_bijdrage"))
    return Uitkomst(
        peildatum=situatie.peildatum,
        parameters_geldig_vanaf=params.geldig_vanaf,
        nu=nu.overzicht,
        straks=straks.overzicht,
        verloop=verloop,
        verschil_per_maand=verschil,
        verschil_procent=procent,
        winst_minstens_10_procent=winst_10,
        uren_reeks=reeks,
        omslagpunt_uren=omslag,
        signalen=signalen,
        niet_berekend=[NietBerekend(onderdeel=o, reden=r) for o, r in sorted(niet)],
    )


def _niet_berekend(peildatum: date, geldig_vanaf: date, reden: str) -> Uitkomst:
    return Uitkomst(
        peildatum=peildatum, parameters_geldig_vanaf=geldig_vanaf, berekend=False, nu=None, straks=None,
        verschil_per_maand=None, verschil_procent=None, winst_minstens_10_procent=None,
        niet_berekend=[NietBerekend(onderdeel="alles", reden=reden)],
    )


def _buiten_bereik(params: ParameterSet, s: Situatie) -> str | None:
    spoor = Spoor(params)
    if s.nu.uitkering in NIET_ONDERSTEUNDE_UITKERINGEN:
        return "uitkering_niet_ondersteund"
    if s.leeftijd >= spoor.getal("belasting.aow_leeftijd"):
        return "leeftijd_aow"
    if s.nu.vergoeding_dagbesteding_per_maand > spoor.tabel("vrijwilligersvergoeding.maximum")["per_maand"]:
        return "vergoeding_boven_maximum"
    return None


def _werk(params: ParameterSet, s: Situatie) -> tuple[Werk, list[str]]:
    straks, aannames = s.straks, []
    dispensatie = straks.loonwaarde_procent if s.nu.uitkering.startswith("wajong") else None
    if straks.netto_loon_per_maand is not None:
        aannames.append("loon_uit_netto")
        bruto = bruto_uit_netto_loon(params, straks.netto_loon_per_maand)
        uren = straks.uren_per_week or NUL
        uurloon = centen(bruto / (uren * WEKEN_PER_MAAND)) if uren else NUL
        if not uren:
            return Werk(straks.soort_werk, bruto / WEKEN_PER_MAAND, Decimal(1)), aannames
        return Werk(straks.soort_werk, uurloon, uren), aannames
    uurloon = straks.uurloon
    if uurloon is None:
        uurloon = minimum_uurloon(Spoor(params), s.leeftijd)
        if dispensatie:
            uurloon = centen(uurloon * dispensatie / 100)
        aannames.append("minimumloon")
    return Werk(straks.soort_werk, uurloon, straks.uren_per_week or NUL, dispensatie), aannames


def _uren_bekend(s: Situatie) -> bool:
    return s.straks.uren_per_week is not None


def _vrijlating_perioden(params: ParameterSet, s: Situatie) -> list[pw.VrijlatingPeriode]:
    if s.nu.uitkering != "bijstand":
        return [pw.VrijlatingPeriode(1, None, None)]
    kind_grens = Spoor(params).tabel("bijstand.vrijlating.r")["kind_jonger_dan"]
    kind = s.huishouden.soort == "alleenstaande_ouder" and any(k < kind_grens for k in s.huishouden.kinderen)
    return pw.vrijlating_verloop(
        Spoor(params), s.leeftijd, s.straks.soort_werk, s.straks.medisch_urenbeperkt, kind
    )


def _verloop(params: ParameterSet, s: Situatie, werk: Werk, perioden: list[pw.VrijlatingPeriode]) -> list[Periode]:
    return [
        Periode(
            vanaf_maand=p.vanaf_maand,
            tot_en_met_maand=p.tot_en_met_maand,
            vrijlating=p.onderdeel,
            totaal=bereken_maand(params, s, werk, p.onderdeel, NUL).overzicht.totaal,
        )
        for p in perioden
    ]


def _uren_reeks(params: ParameterSet, s: Situatie, werk: Werk, onderdeel: str | None) -> list[UrenPunt]:
    if not _uren_bekend(s):
        return []
    return [
        UrenPunt(uren=uren, totaal=bereken_maand(params, s, werk.met_uren(Decimal(uren)), onderdeel, NUL).overzicht.totaal)
        for uren in UREN_REEKS
    ]


def _uitkering_bij(params: ParameterSet, s: Situatie, werk: Werk, onderdeel: str | None, uren: Decimal) -> Decimal | None:
    maand: Maand = bereken_maand(params, s, werk.met_uren(uren), onderdeel, NUL)
    return maand.uitkering


def _omslagpunt(params: ParameterSet, s: Situatie, werk: Werk, onderdeel: str | None) -> Decimal | None:
    """The hours per week (to 0,1 hour) from which the uitkering is zero; None if it never is up to 40."""
    if s.nu.uitkering not in ("bijstand", "wajong_70", "wajong_75") or not _uren_bekend(s):
        return None
    hoog = Decimal(max(UREN_REEKS))
    if (_uitkering_bij(params, s, werk, onderdeel, hoog) or NUL) > 0:
        return None
    laag = NUL
    if (_uitkering_bij(params, s, werk, onderdeel, laag) or NUL) <= 0:
        return NUL
    while hoog - laag > HONDERDSTE:
        midden = ((laag + hoog) / 2).quantize(HONDERDSTE)
        if (_uitkering_bij(params, s, werk, onderdeel, midden) or NUL) > 0:
            laag = midden
        else:
            hoog = midden
    return hoog.quantize(TIENDE, rounding="ROUND_UP")
