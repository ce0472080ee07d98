"""Income against the bijstandsnorm, as gemeenten test it for their minimaregelingen (inkomenstoeslag,
collectieve zorgverzekering, bijzondere bijstand): the net income of a month without the toeslagen, as a
percentage of the bijstandsnorm that applies to this household (Pw art. 20-22a)."""

from __future__ import annotations

from decimal import Decimal

from . import bijstand as pw
from .geld import NUL, centen
from .parameters import Spoor, parameters_op
from .situatie import Situatie
from .uitkomst import Overzicht, _Model

INKOMEN = ("loon", "bijstand", "wajong", "vergoeding_dagbesteding", "inkomen_partner")
"""The lines that count as income; the toeslagen do not (gemeenten leave them out of their income limits)."""


class NormToets(_Model):
    inkomen: Decimal
    norm: Decimal
    procent: Decimal
    artikel: str


def inkomen_tegen_norm(situatie: Situatie, overzicht: Overzicht) -> NormToets | None:
    """The month's income without toeslagen as a percentage of the household's bijstandsnorm on the peildatum;
    None when no norm applies (under 18, or a combination the norm does not cover)."""
    h = situatie.huishouden
    norm = pw.bijstandsnorm(Spoor(parameters_op(situatie.peildatum)), situatie.leeftijd, h.soort,
                            h.kostendelers_27_plus, h.partner_leeftijd, h.kinderen, h.ouders_kunnen_bijdragen)
    if norm.bedrag is None or norm.bedrag <= 0:
        return None
    inkomen = sum((r.bedrag for r in overzicht.regels if r.van_toepassing and r.naam in INKOMEN), NUL)
    return NormToets(inkomen=inkomen, norm=norm.bedrag, procent=centen(inkomen / norm.bedrag * 100),
                     artikel=norm.artikel)
