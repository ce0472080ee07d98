"""The rule functions by name, with plain arguments: for worked examples and other programs.

Each is called as `REGELS[naam](peildatum=date, **invoer)` and returns named amounts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from . import bijstand as pw
from .belasting import inkomstenbelasting as _inkomstenbelasting
from .geld import centen, per_maand
from .parameters import Spoor, parameters_op
from .toeslagen import huurtoeslag_per_maand, kindgebonden_budget_per_jaar, zorgtoeslag_per_jaar, zorgtoeslag_per_maand
from .wajong import wajong_per_maand


def _spoor(peildatum: date) -> Spoor:
    return Spoor(parameters_op(peildatum))


def _d(waarde: object) -> Decimal:
    return Decimal(str(waarde))


def zorgtoeslag(peildatum: date, toetsingsinkomen, met_partner: bool = False) -> dict[str, Decimal]:
    jaar = zorgtoeslag_per_jaar(_spoor(peildatum), _d(toetsingsinkomen), met_partner)
    return {"per_jaar": jaar, "per_maand": zorgtoeslag_per_maand(jaar)}


def huurtoeslag(peildatum: date, kale_huur, rekeninkomen, meerpersoons: bool = False, personen: int = 1,
                jong: bool = False) -> dict[str, Decimal]:
    bedrag = huurtoeslag_per_maand(_spoor(peildatum), _d(kale_huur), _d(rekeninkomen), meerpersoons, personen, jong)
    return {"per_maand": bedrag}


def kindgebonden_budget(peildatum: date, toetsingsinkomen, kinderen: Sequence[int],
                        alleenstaande_ouder: bool = False, met_partner: bool = False) -> dict[str, Decimal]:
    jaar = kindgebonden_budget_per_jaar(
        _spoor(peildatum), _d(toetsingsinkomen), list(kinderen), alleenstaande_ouder, met_partner
    )
    return {"per_jaar": jaar, "per_maand": per_maand(jaar)}


def bijstandsnorm(peildatum: date, leeftijd: int, soort: str, kostendelers_27_plus: int = 0,
                  partner_leeftijd: int | None = None, kinderen: Sequence[int] = (),
                  ouders_kunnen_bijdragen: bool = True) -> dict[str, Decimal]:
    norm = pw.bijstandsnorm(
        _spoor(peildatum), leeftijd, soort, kostendelers_27_plus, partner_leeftijd, kinderen, ouders_kunnen_bijdragen
    )
    if norm.bedrag is None:
        raise ValueError(norm.reden)
    return {"norm": norm.bedrag}


def kostendelersnorm(peildatum: date, personen: int, gehuwdennorm) -> dict[str, Decimal]:
    return {"norm": pw.kostendelersnorm(_spoor(peildatum), personen, _d(gehuwdennorm))}


def bijstand(peildatum: date, norm, netto_inkomen_arbeid, vrijlating_procent, vrijlating_maximum) -> dict[str, Decimal]:
    del peildatum  # the inputs carry every value
    netto = _d(netto_inkomen_arbeid)
    vrij = min(centen(netto * _d(vrijlating_procent) / 100), _d(vrijlating_maximum))
    return {"vrijlating": vrij, "bijstand": pw.aanvulling(_d(norm), netto - vrij)}


def inkomstenbelasting(peildatum: date, belastbaar_inkomen, arbeidsinkomen,
                       jonggehandicaptenkorting: bool = False) -> dict[str, Decimal]:
    h = _inkomstenbelasting(_spoor(peildatum), _d(belastbaar_inkomen), _d(arbeidsinkomen), jonggehandicaptenkorting)
    return {
        "heffing": centen(h.heffing),
        "algemene_heffingskorting": centen(h.algemene_heffingskorting),
        "arbeidskorting": centen(h.arbeidskorting),
        "te_betalen": centen(h.te_betalen),
    }


def wajong(peildatum: date, grondslag_per_maand, inkomen_per_maand, regime: str = "wajong_70",
           loonwaarde_procent=None) -> dict[str, Decimal]:
    lw = _d(loonwaarde_procent) if loonwaarde_procent is not None else None
    bedrag = wajong_per_maand(_spoor(peildatum), _d(grondslag_per_maand), _d(inkomen_per_maand), regime, lw)
    return {"uitkering_per_maand": bedrag}


REGELS: dict[str, Callable[..., dict[str, Decimal]]] = {
    f.__name__: f
    for f in (zorgtoeslag, huurtoeslag, kindgebonden_budget, bijstandsnorm, kostendelersnorm, bijstand,
              inkomstenbelasting, wajong)
}
