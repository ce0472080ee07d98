"""Every signal code and reason code the engine can return, with what it means.

The UI gives each code a plain-language sentence per role; a test checks that none is missing.
"""

SIGNALEN: dict[str, str] = {
    "aanname_minimumloon": "No hourly wage given: the minimum wage for the age on the peildatum is used (uurloon).",
    "aanname_loon_uit_netto": "The gross wage was derived from the payslip's net monthly wage (holiday pay not in it); the monthly share of holiday pay is added.",
    "aanname_partner_21_plus": "The partner's age is unknown: assumed 21 or older.",
    "aanname_ouders_kunnen_bijdragen": "Aged 18-20: the low youth norm, parents are assumed able to help; if they cannot, the gemeente raises the norm (art. 20 lid 3 Pw).",
    "aanname_partner_inkomen_als_loon": "The partner's net income is treated as a wage to estimate the toeslagen income.",
    "aanname_vrijlating_college": "The temporary vrijlating (n, z, aa) is assumed granted; the gemeente decides it helps the way to work.",
    "aanname_vermogen_onder_grens": "Savings are assumed below the limits of bijstand and toeslagen.",
    "aanname_loondispensatie": "Work with loondispensatie: the employer pays a wage for the loonwaarde; Wajong uses the compensatiefactor.",
    "aanname_geen_kostendelers": "Lives with parents at 21+ and no housemates of 27+ were given: with parents of 27+ the kostendelersnorm is lower.",
    "bijstand_regels_2027": "From 2027 the Participatiewet vrijlating changes (art. 34a); the 2026 rules are used.",
    "wajong_aanvulling_bijstand_mogelijk": "The Wajong is below the bijstand norm (norm); the gemeente may top it up by about verschil a month; not computed.",
    "vrijlating_stopt": "The temporary vrijlating ends after month `maand`; from then the total is `totaal_daarna`.",
    "geen_vrijlating_onder_27": "Under 27 the 25 % vrijlating (n), r and k do not apply (art. 31 lid 5 Pw); the gemeente decides the rest.",
    "uitkering_stopt": "At these hours the uitkering is zero (uitkering).",
    "wajong_recht_blijft": "Wajong pays nothing at this income, but the right stays and revives when income drops.",
    "jonggehandicaptenkorting_via_uwv": "UWV applies the jonggehandicaptenkorting every month in the tax on the Wajong (per_maand; per_jaar is the part that lowers the tax).",
    "jonggehandicaptenkorting_via_aangifte": "No Wajong is paid, so no payer applies the jonggehandicaptenkorting: its usable part (bedrag per year) comes via the aangifte or a voorlopige aanslag.",
    "combinatiekorting_voorlopige_aanslag": "The net wage includes the combinatiekorting (per_maand); employers do not apply it, so the payslip shows that much less. A voorlopige aanslag pays it monthly.",
    "vergoeding_belast": "The dagbesteding allowance (bedrag) is above the tax-free maximum (maximum_per_maand a month or maximum_per_jaar a year): all of it is taxed and counts as income for the toeslagen.",
    "vergoeding_telt_mee_wajong": "Above the tax-free maximum UWV offsets the whole allowance (bedrag) against the Wajong.",
    "huurtoeslag_verzoek_handicap": "Under 21 with a handicap the full maximum rent applies after a Verzoek bijzondere situatie huurtoeslag with proof (Wlz-indicatie, or Wmo/Wvg indicatie for woonaanpassingen); the amount uses the low limit (zonder_verzoek); with the request met_verzoek, verschil more.",
    "huurtoeslag_verzoek_met_wlz": "Under 21 with a Wlz indicatie: the amount uses the full maximum rent (met_verzoek); Dienst Toeslagen grants it only after a Verzoek bijzondere situatie huurtoeslag with the Wlz-indicatie; without it verschil less.",
    "gemeente_mag_al_vrijlaten_onder_27": "Under 27 the law of 2026 has no 25 % vrijlating, but SZW lets the gemeente already apply the wider vrijlating (procent % for maanden months, gedoogbeleid); ask the gemeente.",
    "twee_betalers": "Wage and uitkering come from two payers; only one may apply the loonheffingskorting, or tax is due afterwards.",
    "vergoeding_stopt": "The dagbesteding allowance (bedrag per month) stops after the switch.",
    "vergoeding_telt_mee_bijstand": "Under 27 the volunteer allowance counts as income for bijstand (bedrag).",
    "toeslagen_doorgeven": "New income changes toeslagen (toeslagen); report it to Dienst Toeslagen within 4 weeks.",
    "inkomen_doorgeven": "Report each payslip to the payer of the uitkering (instantie) every month.",
    "toeslagen_heel_jaar": "Toeslagen are computed as if the situation lasts the whole calendar year.",
    "ouders_huurtoeslag_kan_dalen": "The child's income counts for the parents' huurtoeslag: meetellend_per_jaar, at most maximaal_lager_per_maand less.",
    "winst_onder_10_procent": "The gain is under 10 % of the current income (rule of thumb, seed 000 §4.4).",
    "parameters_schatting": "The peildatum is after the last known parameters (geldig_vanaf); amounts are estimates.",
    "wlz_eigen_bijdrage_niet_berekend": "Dagbesteding via the Wlz: the CAK eigen bijdrage is not computed.",
}

REDENEN: dict[str, str] = {
    "werkt_niet": "No work in this situation.",
    "huurt_niet": "Does not rent a home.",
    "woont_bij_ouders": "Lives with the parents; the huurtoeslag belongs to the parents.",
    "jonger_dan_18": "Younger than 18.",
    "inkomen_te_hoog": "Income too high for this toeslag.",
    "inkomen_te_hoog_of_huur_te_laag": "Income too high or rent too low for huurtoeslag.",
    "inkomen_te_hoog_of_kinderen_te_oud": "Income too high, or no child under 18.",
    "geen_kinderen": "No children in the household.",
    "geen_vergoeding": "No allowance in the dagbesteding.",
    "stopt_bij_werk": "The dagbesteding allowance stops with paid work.",
    "inkomen_medebewoners_onbekend": "The housemates' income is unknown; huurtoeslag is not computed.",
    "jonge_partners_met_kostendelers": "Partners under 21 with housemates: not computed.",
    "onbekend": "Not computed.",
}

NIET_BEREKEND: dict[str, str] = {
    "uitkering_niet_ondersteund": "This uitkering (WW, WIA or other) is not computed.",
    "leeftijd_aow": "At AOW age other rules apply; not computed.",
    "uurloon_boven_loondispensatie": "With loondispensatie the wage is the loonwaarde times the minimum wage; a higher hourly wage does not fit; not computed.",
    "inkomen_medebewoners_onbekend": REDENEN["inkomen_medebewoners_onbekend"],
    "jonge_partners_met_kostendelers": REDENEN["jonge_partners_met_kostendelers"],
    "wlz_eigen_bijdrage": "The Wlz eigen bijdrage (CAK) is not computed.",
}
