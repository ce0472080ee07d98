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
    "bedragen_voorlopig": "Some amount rests on a value that is a voorstel or a schatting (status, the weakest), from the period of year `jaar`; each line's status says which. Replaces parameters_schatting and bijstand_regels_2027, which are no longer given.",
    "verloop_na_bekende_periode": "Within the first twelve months the work runs past the last day the parameter files cover (datum); from month `maand` the amounts are the last known ones (Periode.bekend_tot).",
    "aanname_overgang_vrijlating": "The verloop crosses from the 2026 vrijlating (art. 31 lid 2) to art. 34a on `datum` (month `maand`); no overgangsrecht was found, so the twelve months of art. 34a are counted from the start of the work; the gemeente decides.",
    "vrijlating_kan_langer": "The 15 % of art. 34a lid 1 a ends after month `maand`; the gemeente may extend it if more hours are not possible (lid 2); not assumed.",
    "aanname_reiskosten_niet_vergoed": "Travel costs to work were given, and not whether the employer pays them: assumed not.",
    "aanname_kwijtschelding_per_jaar": "The gemeente decides on the kwijtschelding once a year, early in the year, on the "
                                       "income then (January): it stays for that year.",
    "aanname_wmo_hulp_blijft": "Wmo dagbesteding: not known if other Wmo help goes on after the switch; the abonnementstarief is assumed to stay.",
    "aanname_kwijtschelding_hoogste_norm": "Says they get kwijtschelding now and the gemeente's percentage is unknown: the 100 % a gemeente may choose is used.",
    "kwijtschelding_stopt": "Has kwijtschelding without the work; with it, from month `vanaf` (YYYY-MM) the lokale "
                            "belastingen cost meer_per_maand more a month (helemaal: none is left).",
    "kwijtschelding_blijft": "Has kwijtschelding without the work and keeps the same with it, in every listed month "
                             "(tot_en_met).",
    "kwijtschelding_anders_berekend": "Says they get kwijtschelding now; the rules we know (URI) give them per_maand "
                                      "to pay without the work: the gemeente may count other costs. The months with "
                                      "the work are computed by those rules.",
    "cak_peiljaar_verleggen": "The work raises the Wlz bijdrage from month `vanaf` (it rests on the income of two "
                              "years back). If the work stops, ask the CAK to use this year's income: soort hoog "
                              "(Blz art. 3.3.2.3 lid 2) or laag (art. 3.3.2.4 lid 2: at least drempel_per_jaar "
                              "lower, or with algemene bijstand).",
    "geen_bijstand_18_20_in_instelling": "Aged 18, 19 or 20 in an instelling: no algemene bijstand (Pw art. 13 lid 2 "
                                         "a); the parents' duty to pay for their child (BW 1:395a) and bijzondere "
                                         "bijstand (art. 35) remain.",
    "aanname_instelling_langer_dan_4_maanden": "Lives in a Wlz instelling; not asked since when: assumed longer than "
                                               "four months (else the lage bijdrage, Blz art. 3.3.2.2 lid 1 a).",
    "bufferbudget_mogelijk": "Art. 34b: with work next to bijstand the gemeente may use a bufferbudget of at most maximum_per_jaar a calendar year when income changes leave a month below the norm; from `vanaf` (month `maand`); not an entitlement, not added to any amount.",
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
    "bijdrage_nu_op_beschikking": "The hoge Wlz eigen bijdrage of now is on the CAK's letter (it rests on deductions we do not know); only what the work changes is computed.",
    "wlz_zorg_onbekend": "Not known how the Wlz care is given (instelling, vpt, mpt or pgb): the eigen bijdrage is not computed.",
    "wlz_met_partner": "With a partner the CAK uses other rules: the Wlz eigen bijdrage is not computed.",
    "partner_onder_aow": "Married or living together with a partner under the AOW age: no Wmo eigen bijdrage (art. 3.8 lid 1 f).",
    "geen_wmo_hulp_meer": "No Wmo help after the switch: no abonnementstarief.",
    "woont_in_instelling": "Lives in an instelling: no own aanslag for gemeentelijke belastingen.",
    "geen_bijstand_18_20_in_instelling": "Aged 18, 19 or 20 and lives in an instelling: no algemene bijstand (Pw art. "
                                         "13 lid 2 a); bijzondere bijstand (art. 35) may be asked.",
    "inrichting_met_partner": "Lives in an instelling with a partner: the norm is Pw art. 23 lid 1 b (both there) or the "
                              "sum of two single norms (lid 3); not computed.",
    "instelling_geen_huur": "Lives in an instelling: no rent of their own, so no huurtoeslag.",
    "kwijtschelding_opgegeven": "Says they get kwijtschelding now: without the work the whole aanslag is forgiven.",
    "geen_kwijtschelding": "Says they get no kwijtschelding (e.g. savings above the limit): not computed.",
    "vergoed_door_werkgever": "The employer pays the travel costs.",
}

NIET_BEREKEND: dict[str, str] = {
    "uitkering_niet_ondersteund": "This uitkering (WW, WIA or other) is not computed.",
    "leeftijd_aow": "At AOW age other rules apply; not computed.",
    "uurloon_boven_loondispensatie": "With loondispensatie the wage is the loonwaarde times the minimum wage; a higher hourly wage does not fit; not computed.",
    "inkomen_medebewoners_onbekend": REDENEN["inkomen_medebewoners_onbekend"],
    "jonge_partners_met_kostendelers": REDENEN["jonge_partners_met_kostendelers"],
    "wlz_eigen_bijdrage": "The Wlz eigen bijdrage (CAK) is not computed.",
    "geen_bijstand_18_20_in_instelling": REDENEN["geen_bijstand_18_20_in_instelling"],
    "inrichting_met_partner": REDENEN["inrichting_met_partner"],
}
