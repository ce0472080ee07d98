"""The job being considered, under the rules of each period: its hourly wage and the vrijlating that applies."""

from __future__ import annotations

from decimal import Decimal

from . import bijstand as pw
from .geld import NUL, WEKEN_PER_MAAND, centen
from .loon import minimum_uurloon
from .maand import Werk, bruto_uit_netto_loon
from .parameters import ParameterSet, Spoor
from .situatie import Situatie


def loondispensatie(s: Situatie) -> Decimal | None:
    return s.straks.loonwaarde_procent if s.nu.uitkering.startswith("wajong") else None


def werk_op(params: ParameterSet, s: Situatie) -> tuple[Werk, list[str]]:
    """The job under the rules of `params`, and the assumptions it needed (the minimum wage, a net wage)."""
    straks = s.straks
    dispensatie = loondispensatie(s)
    if straks.netto_loon_per_maand is not None:
        bruto = bruto_uit_netto_loon(params, straks.netto_loon_per_maand)
        # Hours unknown: a one-hour week whose hourly wage is the whole month keeps the wage as given.
        uren = straks.uren_per_week or Decimal(1)
        return Werk(straks.soort_werk, bruto / (uren * WEKEN_PER_MAAND), uren, dispensatie), ["loon_uit_netto"]
    uurloon, aannames = straks.uurloon, []
    if uurloon is None:
        uurloon = minimum_uurloon(Spoor(params), s.leeftijd)
        if dispensatie:
            uurloon = centen(uurloon * dispensatie / 100)
        aannames.append("minimumloon")
    werk = Werk(straks.soort_werk, uurloon, straks.uren_per_week or NUL, dispensatie, minimumloon=bool(aannames))
    return werk, aannames


def werk_in(params: ParameterSet, s: Situatie, werk: Werk) -> Werk:
    """The same job under another period's rules: a minimum wage follows the minimum wage of that period, and
    a given hourly wage is raised to it when the minimum rises above it (WML art. 7 and 8). A wage from a
    payslip stays as it is."""
    if s.straks.netto_loon_per_maand is not None or werk.loondispensatie_procent:
        return werk if not werk.minimumloon else werk_op(params, s)[0]
    if werk.minimumloon:
        return werk_op(params, s)[0]
    minimum = minimum_uurloon(Spoor(params), s.leeftijd)
    return werk if werk.uurloon >= minimum else Werk(werk.soort, minimum, werk.uren_per_week, minimumloon=True)


def _werkende(s: Situatie) -> pw.Werkende:
    h = s.huishouden
    return pw.Werkende(s.leeftijd, s.straks.soort_werk, s.straks.medisch_urenbeperkt,
                       h.soort == "alleenstaande_ouder", tuple(h.kinderen))


def vrijlating(params: ParameterSet, s: Situatie, maand: int) -> str | None:
    """The vrijlating in month `maand` of the work under the rules of `params` (None without bijstand)."""
    if s.nu.uitkering != "bijstand":
        return None
    return pw.vrijlating_in_maand(Spoor(params), _werkende(s), maand)
