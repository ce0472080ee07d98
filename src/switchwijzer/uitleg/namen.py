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
    # the costs after the income (short, for the table; the sentences use the longer names in content/teksten)
    "eigen_bijdrage_wlz": N_("Wlz eigen bijdrage"),
    "eigen_bijdrage_wmo": N_("Wmo eigen bijdrage"),
    "lokale_belastingen": N_("Waste, sewer and water"),
    "reiskosten": N_("Travel to work"),
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

ONDERDEEL_NAMEN: dict[str, str] = {
    "bruto_loon": N_("Gross wage"),
    "vakantiegeld": N_("Holiday pay"),
    "belasting_en_premies": N_("Tax and contributions"),
    "netto_via_werkgever": N_("Net from the employer"),
    "combinatiekorting_via_belastingdienst": N_("Combination tax credit, paid by the Belastingdienst"),
    "vergoeding": N_("Allowance"),
    "vergoeding_telt_mee": N_("Part of the allowance that counts"),
    "toetsingsinkomen_per_jaar": N_("Income that counts for the toeslag, per year"),
    "rekeninkomen_per_jaar": N_("Income that counts for the huurtoeslag, with the housemates, per year"),
    "per_jaar": N_("Per year"),
    "grondslag": N_("Basis for the Wajong"),
    "inkomen_uit_werk": N_("Income from work"),
    "uitkering": N_("Uitkering"),
    "vakantiebijslag": N_("Holiday allowance"),
    "norm": N_("Bijstand norm"),
    "netto_loon": N_("Net wage (deducted)"),
    "vrijlating": N_("Vrijlating (part of the wage that may be kept)"),
    "inkomen_partner": N_("Income of the partner (deducted)"),
    # eigen bijdrage Wlz
    "netto_inkomen_nu": N_("Net income now"),
    "netto_inkomen_straks": N_("Net income later"),
    "netto_loon_uit_werk": N_("Net wage from the work"),
    "vrijgelaten_loon": N_("Part of the wage the CAK does not count"),
    "extra_netto_inkomen_peiljaar": N_("Extra net income in the year the CAK counts, per month"),
    "netto_loon_vorig_jaar": N_("Net wage of the year before, per month"),
    "extra_bijdrage": N_("Extra eigen bijdrage"),
    "bijdrageplichtig_inkomen_per_jaar": N_("Income the CAK counts, per year"),
    "bijdrage": N_("Eigen bijdrage"),
    "inkomen_peiljaar_per_jaar": N_("Income the CAK counts (two years back), per year"),
    "nihilgrens_per_jaar": N_("Limit below which there is no eigen bijdrage, per year"),
    "netto_inkomen_peiljaar": N_("Net income in the year the CAK counts, per month"),
    "zak_en_kleedgeld": N_("Zak- en kleedgeld (deducted)"),
    "bijdrage_hoogstens": N_("Eigen bijdrage, at most"),
    # the tax for waste, sewers and water after kwijtschelding (lokale_belastingen)
    "netto_inkomen": N_("Net income that counts"),
    "zorgpremie": N_("Health insurance premium (deducted)"),
    "woonlasten": N_("Rent above the limit (deducted)"),
    "netto_besteedbaar_inkomen": N_("Income left to spend"),
    "kosten_van_bestaan": N_("Costs of living (kosten van bestaan)"),
    "aanwendbare_capaciteit_per_jaar": N_("Part of the income above that which goes to the tax, per year"),
    "kosten_van_bestaan_waterschap": N_("Costs of living at the waterschap (kosten van bestaan)"),
    "aanwendbare_capaciteit_waterschap_per_jaar": N_("Part of the income that goes to the waterschap tax, per year"),
    "aanslag_gemeente_per_jaar": N_("Tax bill of the gemeente, per year"),
    "kwijtschelding_gemeente_per_jaar": N_("Kwijtschelding by the gemeente, per year"),
    "te_betalen_gemeente_per_jaar": N_("To pay to the gemeente, per year"),
    "aanslag_waterschap_per_jaar": N_("Tax bill of the waterschap, per year"),
    "kwijtschelding_waterschap_per_jaar": N_("Kwijtschelding by the waterschap, per year"),
    "te_betalen_waterschap_per_jaar": N_("To pay to the waterschap, per year"),
}
"""The steps inside a line, as the coach's detail names them."""

TOESLAGEN: tuple[str, ...] = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")


def regel_naam(naam: str) -> str:
    return _(REGEL_NAMEN[naam]) if naam in REGEL_NAMEN else naam


def uitkering_naam(code: str) -> str:
    return _(UITKERING_NAMEN[code]) if code in UITKERING_NAMEN else code


def instantie_naam(code: str) -> str:
    return _(INSTANTIE_NAMEN[code]) if code in INSTANTIE_NAMEN else code


def onderdeel_naam(naam: str) -> str:
    """A step's name in words; a step we have no name for yet still reads as words, not as a code."""
    return _(ONDERDEEL_NAMEN[naam]) if naam in ONDERDEEL_NAMEN else naam.replace("_", " ").capitalize()
