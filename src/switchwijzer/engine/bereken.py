"""The engine's entry point: a Situatie in, an Uitkomst out."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_UP, Decimal

from . import bijstand as pw
from .geld import NUL, WEKEN_PER_MAAND, centen
from .loon import minimum_uurloon
from .maand import Huishouding, Maand, Werk, bereken_maand, bruto_uit_netto_loon, partner_bruto_per_maand
from .parameters import ParameterSet, Spoor, parameters_op
from .signalen_bouwen import bouw_signalen
from .situatie import Situatie
from .uitkomst import NietBerekend, Periode, Uitkomst, UrenPunt

NIET_ONDERSTEUNDE_UITKERINGEN = ("ww", "wia", "anders")
UITKERINGEN_MET_OMSLAGPUNT = ("bijstand", "wajong_70", "wajong_75")
UREN_REEKS = range(0, 41)
TIENDE = Decimal("0.1")
HONDERDSTE = Decimal("0.01")


def bereken(situatie: Situatie) -> Uitkomst:
    params = parameters_op(situatie.peildatum)  # raises PeildatumBuitenPeriodes outside the periods
    reden = _buiten_bereik(params, situatie)
    if reden:
        return _niet_berekend(situatie.peildatum, params.geldig_vanaf, reden)

    hh = Huishouding(params, situatie, partner_bruto_per_maand(params, situatie))
    werk, aannames = _werk(params, situatie)
    nu = bereken_maand(hh, None, None, situatie.nu.vergoeding_dagbesteding_per_maand)
    perioden = _vrijlating_perioden(params, situatie)
    onderdeel = pw.onderdeel_in_maand(perioden, situatie.straks.maand_sinds_start)
    straks = bereken_maand(hh, werk, onderdeel, NUL)
    verloop = _verloop(hh, werk, perioden)

    nu_totaal, straks_totaal = nu.overzicht.totaal, straks.overzicht.totaal
    verschil = straks_totaal - nu_totaal
    blijvend = verloop[-1].totaal - nu_totaal
    # The 10 % rule of thumb is judged on what lasts, after any temporary vrijlating.
    winst_10 = blijvend >= nu_totaal / 10 if nu_totaal > 0 else blijvend > 0
    signalen = bouw_signalen(params, situatie, nu, straks, verloop, aannames + nu.aannames + straks.aannames, winst_10)
    niet = set(nu.niet_berekend + straks.niet_berekend)
    if situatie.dagbesteding.financiering == "wlz":
        niet.add(("eigen_bijdrage", "wlz_eigen_bijdrage"))
    return Uitkomst(
        peildatum=situatie.peildatum,
        parameters_geldig_vanaf=params.geldig_vanaf,
        nu=nu.overzicht,
        straks=straks.overzicht,
        verloop=verloop,
        verschil_per_maand=verschil,
        verschil_procent=centen(verschil / nu_totaal * 100) if nu_totaal > 0 else None,
        winst_minstens_10_procent=winst_10,
        uren_reeks=_uren_reeks(hh, werk, onderdeel),
        omslagpunt_uren=_omslagpunt(hh, werk, onderdeel),
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
    if _dispensatie(s) and s.straks.uurloon is not None:
        dispensatie_loon = minimum_uurloon(spoor, s.leeftijd) * _dispensatie(s) / 100
        if s.straks.uurloon > centen(dispensatie_loon):
            return "uurloon_boven_loondispensatie"
    return None


def _dispensatie(s: Situatie) -> Decimal | None:
    return s.straks.loonwaarde_procent if s.nu.uitkering.startswith("wajong") else None


def _werk(params: ParameterSet, s: Situatie) -> tuple[Werk, list[str]]:
    straks = s.straks
    if straks.netto_loon_per_maand is not None:
        bruto = bruto_uit_netto_loon(params, straks.netto_loon_per_maand)
        uren = straks.uren_per_week or NUL
        if not uren:
            # Hours unknown: a one-hour week whose hourly wage is the whole month keeps the wage as given.
            return Werk(straks.soort_werk, bruto / WEKEN_PER_MAAND, Decimal(1)), ["loon_uit_netto"]
        return Werk(straks.soort_werk, bruto / (uren * WEKEN_PER_MAAND), uren), ["loon_uit_netto"]
    dispensatie = _dispensatie(s)
    uurloon, aannames = straks.uurloon, []
    if uurloon is None:
        uurloon = minimum_uurloon(Spoor(params), s.leeftijd)
        if dispensatie:
            uurloon = centen(uurloon * dispensatie / 100)
        aannames.append("minimumloon")
    return Werk(straks.soort_werk, uurloon, straks.uren_per_week or NUL, dispensatie, minimumloon=bool(aannames)), aannames


def _uren_bekend(s: Situatie) -> bool:
    return s.straks.uren_per_week is not None


def _vrijlating_perioden(params: ParameterSet, s: Situatie) -> list[pw.VrijlatingPeriode]:
    if s.nu.uitkering != "bijstand":
        return [pw.VrijlatingPeriode(1, None, None)]
    spoor = Spoor(params)
    kind_grens = spoor.tabel("bijstand.vrijlating.r")["kind_jonger_dan"]
    kind = s.huishouden.soort == "alleenstaande_ouder" and any(k < kind_grens for k in s.huishouden.kinderen)
    return pw.vrijlating_verloop(spoor, s.leeftijd, s.straks.soort_werk, s.straks.medisch_urenbeperkt, kind)


def _verloop(hh: Huishouding, werk: Werk, perioden: list[pw.VrijlatingPeriode]) -> list[Periode]:
    return [
        Periode(
            vanaf_maand=p.vanaf_maand,
            tot_en_met_maand=p.tot_en_met_maand,
            vrijlating=p.onderdeel,
            totaal=bereken_maand(hh, werk, p.onderdeel, NUL).overzicht.totaal,
        )
        for p in perioden
    ]


def _uren_reeks(hh: Huishouding, werk: Werk, onderdeel: str | None) -> list[UrenPunt]:
    if not _uren_bekend(hh.s):
        return []
    return [
        UrenPunt(uren=uren, totaal=bereken_maand(hh, werk.met_uren(Decimal(uren)), onderdeel, NUL).overzicht.totaal)
        for uren in UREN_REEKS
    ]


def _uitkering_bij(hh: Huishouding, werk: Werk, onderdeel: str | None, uren: Decimal) -> Decimal:
    maand: Maand = bereken_maand(hh, werk.met_uren(uren), onderdeel, NUL)
    return maand.uitkering or NUL


def _omslagpunt(hh: Huishouding, werk: Werk, onderdeel: str | None) -> Decimal | None:
    """The hours per week (rounded up to 0,1 hour) from which the uitkering is zero; None if not up to 40."""
    if hh.s.nu.uitkering not in UITKERINGEN_MET_OMSLAGPUNT or not _uren_bekend(hh.s):
        return None
    laag, hoog = NUL, Decimal(max(UREN_REEKS))
    if _uitkering_bij(hh, werk, onderdeel, hoog) > 0:
        return None
    if _uitkering_bij(hh, werk, onderdeel, laag) <= 0:
        return NUL
    while hoog - laag > HONDERDSTE:
        midden = ((laag + hoog) / 2).quantize(HONDERDSTE)
        if _uitkering_bij(hh, werk, onderdeel, midden) > 0:
            laag = midden
        else:
            hoog = midden
    return hoog.quantize(TIENDE, rounding=ROUND_UP)
