"""Short names for the lines, benefits and bodies in the answer (gettext, the same for every reader)."""

from __future__ import annotations

from switchwijzer.i18n import N_, _

REGEL_NAMEN: dict[str, str] = {
    "loon": N_("Wage"),
    "bijstand": N_("Bijstand"),
    "wajong": N_("Wajong"),
    "zorgtoeslag": N_("Zorgtoeslag"),
    "huurtoeslag": N_("Huurtoeslag"),
    "kindgebonden_budget": N_("Kindgebonden budget"),
    "vergoeding_dagbesteding": N_("Money from the dagbesteding"),
}

UITKERING_NAMEN: dict[str, str] = {
    "geen": N_("no uitkering"),
    "bijstand": N_("bijstand"),
    "wajong_70": N_("Wajong"),
    "wajong_75": N_("Wajong"),
    "ww": N_("WW"),
    "wia": N_("WIA"),
    "anders": N_("uitkering"),
}

INSTANTIE_NAMEN: dict[str, str] = {
    "gemeente": N_("the gemeente"),
    "UWV": N_("UWV"),
}

TOESLAGEN: tuple[str, ...] = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")


def regel_naam(naam: str) -> str:
    return _(REGEL_NAMEN[naam]) if naam in REGEL_NAMEN else naam


def uitkering_naam(code: str) -> str:
    return _(UITKERING_NAMEN[code]) if code in UITKERING_NAMEN else code


def instantie_naam(code: str) -> str:
    return _(INSTANTIE_NAMEN[code]) if code in INSTANTIE_NAMEN else code
