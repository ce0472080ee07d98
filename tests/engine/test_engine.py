"""Behaviour of the whole engine for each kind of situation, with numbers derived by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine import bijstand as pw
from switchwijzer.engine.omrekenen import bruto_voor_netto
from switchwijzer.engine.parameters import Spoor, parameters_op
from switchwijzer.engine.signalen import NIET_BEREKEND, REDENEN, SIGNALEN


def situatie(**delen) -> Situatie:
    basis = {"peildatum": "2026-07-01", "leeftijd": 30}
    basis.update(delen)
    return Situatie.model_validate(basis)


def codes(uitkomst) -> set[str]:
    return {s.code for s in uitkomst.signalen}


def schema(s: Situatie, versie: str = "pw_31_2026") -> list[tuple[int, int | None, str | None]]:
    """The month schedule of one vrijlating rule version on the peildatum's parameters (the calendar verloop
    of a 2026 start crosses into 2027, where another version applies: see test_verloop_*)."""
    spoor = Spoor(parameters_op(s.peildatum if versie == "pw_31_2026" else date(2027, 1, 1)))
    h = s.huishouden
    w = pw.Werkende(s.leeftijd, s.straks.soort_werk, s.straks.medisch_urenbeperkt,
                    h.soort == "alleenstaande_ouder", tuple(h.kinderen))
    return [(p.vanaf_maand, p.tot_en_met_maand, p.onderdeel) for p in pw.VRIJLATING[versie].verloop(spoor, w)]


def test_bijstand_aanvulling_is_norm_minus_net_wage_plus_vrijlating():
    u = bereken(situatie(nu={"uitkering": "bijstand"}, straks={"soort_werk": "beschut_werk", "uren_per_week": 16}))
    loon, bijstand = u.straks.regel("loon"), u.straks.regel("bijstand")
    vrijlating = min((loon.bedrag * Decimal("0.25")).quantize(Decimal("0.01")), Decimal("285.00"))
    assert bijstand.bedrag == Decimal("1419.46") - (loon.bedrag - vrijlating)
    assert {p.pad for p in bijstand.parameters} >= {"bijstand.norm.alleenstaand_21", "bijstand.vrijlating.n"}
    assert "art. 31 lid 2 n" in bijstand.regel


def test_vrijlating_schedule_for_lks_work_from_27():
    s = situatie(nu={"uitkering": "bijstand"}, straks={"soort_werk": "loonkostensubsidie", "uren_per_week": 20})
    assert schema(s) == [(1, 6, "n"), (7, 18, "z"), (19, None, "aa")]
    u = bereken(s)
    # July 2026 start: n in July to December, then art. 34a from January 2027 (month 7), 12 months from the start
    assert [(p.vanaf_maand, p.tot_en_met_maand, p.vrijlating, p.vrijlating_regels) for p in u.verloop] == [
        (1, 6, "n", "pw_31_2026"), (7, 12, "34a_a", "pw_34a_2027"), (13, None, None, "pw_34a_2027")]
    assert u.verloop[0].totaal > u.verloop[1].totaal  # 25 % up to 285, then 15 % of a smaller 2027 net gain
    assert "vrijlating_stopt" in codes(u)


def test_under_27_no_25_percent_and_z_only_after_six_months():
    s = situatie(leeftijd=23, nu={"uitkering": "bijstand"}, straks={"soort_werk": "beschut_werk", "uren_per_week": 20})
    assert schema(s) == [(1, 6, None), (7, 18, "z"), (19, None, "aa")]
    assert "geen_vrijlating_onder_27" in codes(bereken(s))
    # art. 34a has no age limit: from 2027 the 15 % applies from the first month, also under 27
    assert schema(s, "pw_34a_2027") == [(1, 12, "34a_a"), (13, None, None)]


def test_medisch_urenbeperkt_under_27_gets_y_from_the_first_month():
    s = situatie(leeftijd=22, nu={"uitkering": "bijstand"},
                 straks={"soort_werk": "regulier", "uren_per_week": 12, "medisch_urenbeperkt": True})
    assert schema(s) == [(1, None, "y")]
    assert [(p.vanaf_maand, p.vrijlating) for p in bereken(s).verloop] == [(1, "y"), (7, "34a_b")]


def test_single_parent_gets_r_after_n():
    s = situatie(huishouden={"soort": "alleenstaande_ouder", "kinderen": [4]}, nu={"uitkering": "bijstand"},
                 straks={"soort_werk": "regulier", "uren_per_week": 12})
    assert schema(s) == [(1, 6, "n"), (7, 36, "r"), (37, None, None)]
    assert bereken(s).straks.regel("kindgebonden_budget").bedrag > 0


def test_wajong_stops_where_the_wage_reaches_the_minimum_wage_but_the_right_stays():
    u = bereken(situatie(nu={"uitkering": "wajong_70"}, straks={"soort_werk": "regulier", "uren_per_week": 38}))
    # 0,7 x (G - I) = 0 where I = G; I is the sv-loon, holiday pay included (docs/onderzoek-regels.md §4):
    # 2.337,00 / (14,99 x 1,08 x 52 / 12) = 33,31 hours, rounded up to a tenth
    assert u.omslagpunt_uren == Decimal("33.4")
    assert u.straks.regel("wajong").bedrag == 0
    assert {"uitkering_stopt", "wajong_recht_blijft"} <= codes(u)


def test_no_benefit_living_with_parents_goes_from_nothing_to_a_wage():
    u = bereken(situatie(leeftijd=20, huishouden={"soort": "bij_ouders"},
                         wonen={"huurt": True, "kale_huur_per_maand": 700},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 24}))
    assert u.nu.regel("loon").bedrag == 0
    assert u.nu.regel("zorgtoeslag").bedrag == 129  # maximum: income below the drempel
    assert u.straks.regel("loon").bruto == Decimal("1346.72")  # 11,99 x 24 x 52/12 = 1.246,96 + 8 %
    assert u.straks.regel("huurtoeslag").reden == "woont_bij_ouders"
    assert "ouders_huurtoeslag_kan_dalen" in codes(u)
    assert u.winst_minstens_10_procent


def test_payslip_net_wage_is_turned_back_into_gross():
    u = bereken(situatie(nu={"uitkering": "geen"}, straks={"netto_loon_per_maand": 1500, "uren_per_week": 28}))
    loon = u.straks.regel("loon")
    assert loon.bruto is not None and loon.bruto > Decimal(1500)
    assert "aanname_loon_uit_netto" in codes(u)


@pytest.mark.parametrize(
    ("delen", "reden"),
    [
        ({"nu": {"uitkering": "ww"}}, "uitkering_niet_ondersteund"),
    ],
)
def test_cases_it_cannot_compute_say_so_instead_of_a_number(delen, reden):
    u = bereken(situatie(**delen))
    assert not u.berekend and u.nu is None and u.straks is None
    assert [n.reden for n in u.niet_berekend] == [reden]


def test_huurtoeslag_with_housemates_of_unknown_income_is_not_computed():
    u = bereken(situatie(huishouden={"kostendelers_27_plus": 1}, wonen={"huurt": True, "kale_huur_per_maand": 800},
                         nu={"uitkering": "bijstand"}))
    regel = u.straks.regel("huurtoeslag")
    assert not regel.berekend and regel.bedrag == 0
    assert ("huurtoeslag", "inkomen_medebewoners_onbekend") in {(n.onderdeel, n.reden) for n in u.niet_berekend}


def test_every_code_the_engine_returns_is_documented():
    voorbeelden = [
        situatie(nu={"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 100}, leeftijd=22,
                 wonen={"huurt": True, "kale_huur_per_maand": 600}),
        situatie(nu={"uitkering": "wajong_75"}, straks={"uren_per_week": 40, "uurloon": 20}),
        situatie(huishouden={"soort": "met_partner", "partner_netto_per_maand": 900}, nu={"uitkering": "bijstand"},
                 dagbesteding={"financiering": "wlz"}),
    ]
    for s in voorbeelden:
        u = bereken(s)
        assert codes(u) <= SIGNALEN.keys()
        for overzicht in (u.nu, u.straks):
            assert {r.reden for r in overzicht.regels if r.reden} <= REDENEN.keys()
        assert {n.reden for n in u.niet_berekend} <= NIET_BEREKEND.keys()


def test_partners_in_bijstand_each_get_half_grossed_up_with_their_own_kortingen():
    # Pw art. 45 lid 4. Each half 1.013,90 net -> 1.174,03 gross; 28.176,72 a year for the couple, so
    # zorgtoeslag 2 x 2.119 - 4,289 % x 29.736 = 2.962,63 -> 2.963 a year (Awir art. 14 lid 4) -> 246 a month;
    # huurtoeslag below the ijkpunt: 461,16 a month = 5.533,92 -> 5.534 a year -> 461 a month.
    u = bereken(situatie(leeftijd=45, huishouden={"soort": "met_partner", "kinderen": [15, 17], "partner_leeftijd": 47},
                         wonen={"huurt": True, "kale_huur_per_maand": 750}, nu={"uitkering": "bijstand"},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 32}))
    assert u.nu.regel("bijstand").bedrag == Decimal("2027.79")
    assert u.nu.regel("zorgtoeslag").bedrag == 246
    assert u.nu.regel("huurtoeslag").bedrag == Decimal("461")
    assert "art. 45 lid 4" in u.nu.regel("bijstand").regel


def test_a_working_single_parent_gets_the_combinatiekorting():
    u = bereken(situatie(leeftijd=40, huishouden={"soort": "alleenstaande_ouder", "kinderen": [6]},
                         nu={"uitkering": "wajong_70"}, straks={"soort_werk": "regulier", "uren_per_week": 36}))
    loon = u.straks.regel("loon")
    # 2.755,70 combinatiekorting wipes out the 1.445,97 tax left after AHK, AK and JGK
    assert loon.bedrag == loon.bruto
    assert "belasting.combinatiekorting" in {p.pad for p in loon.parameters}


def test_uwv_applies_the_jonggehandicaptenkorting_monthly_while_it_pays_wajong():
    u = bereken(situatie(leeftijd=18, nu={"uitkering": "wajong_70"}, straks={"uren_per_week": 0}))
    assert "jonggehandicaptenkorting_via_aangifte" not in codes(u)
    signaal = next(s for s in u.signalen if s.code == "jonggehandicaptenkorting_via_uwv")
    assert signaal.gegevens["per_maand"] == Decimal("76.92")  # 923 / 12, Rekenvoorschriften 2026 tabel 13
    assert Decimal("674") < signaal.gegevens["per_jaar"] < Decimal("676")  # 3.789,87 tax - 3.115 AHK
    assert [p.pad for p in signaal.parameters] == ["belasting.jonggehandicaptenkorting"]


def test_without_wajong_paid_the_jonggehandicaptenkorting_comes_through_the_aangifte():
    u = bereken(situatie(leeftijd=30, nu={"uitkering": "wajong_70"}, straks={"uren_per_week": 40}))
    assert u.straks.regel("wajong").bedrag == 0
    assert "jonggehandicaptenkorting_via_aangifte" in codes(u) and "jonggehandicaptenkorting_via_uwv" not in codes(u)


def test_a_payslip_net_wage_stays_the_net_wage():
    u = bereken(situatie(straks={"netto_loon_per_maand": 1500, "uren_per_week": 28}))
    loon = u.straks.regel("loon")
    belasting = -next(o.bedrag for o in loon.onderdelen if o.naam == "belasting_en_premies")
    bruto = next(o.bedrag for o in loon.onderdelen if o.naam == "bruto_loon")
    assert abs(bruto - belasting * bruto / loon.bruto - Decimal(1500)) < Decimal("0.02")


@pytest.mark.parametrize(
    ("delen", "reden"),
    [
        ({"nu": {"uitkering": "wajong_70"}, "straks": {"uurloon": 14.99, "loonwaarde_procent": 40}},
         "uurloon_boven_loondispensatie"),
    ],
)
def test_inputs_outside_the_rules_are_not_computed(delen, reden):
    u = bereken(situatie(**delen))
    assert [n.reden for n in u.niet_berekend] == [reden]


def test_the_ten_percent_rule_looks_at_what_lasts():
    u = bereken(situatie(leeftijd=45, huishouden={"soort": "met_partner", "kinderen": [15, 17], "partner_leeftijd": 47},
                         wonen={"huurt": True, "kale_huur_per_maand": 750}, nu={"uitkering": "bijstand"},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 32}))
    assert not u.winst_minstens_10_procent
    assert "winst_onder_10_procent" in codes(u)


def test_signals_for_assumptions_the_engine_cannot_check():
    bij_ouders = bereken(situatie(huishouden={"soort": "bij_ouders"}, nu={"uitkering": "bijstand"}))
    assert "aanname_geen_kostendelers" in codes(bij_ouders)
    jong = bereken(situatie(leeftijd=19, nu={"uitkering": "wajong_70"}, huishouden={"ouders_kunnen_bijdragen": False}))
    assert "wajong_aanvulling_bijstand_mogelijk" in codes(jong)


def test_single_with_a_young_child_must_be_a_single_parent():
    with pytest.raises(ValueError, match="alleenstaande_ouder"):
        situatie(huishouden={"soort": "alleenstaand", "kinderen": [4]})


def test_a_wage_from_a_payslip_with_loondispensatie_uses_the_wajong_loondispensatie_rule():
    """UWV applies the compensatiefactor whenever there is loondispensatie, also when the wage comes from a payslip."""
    straks = {"soort_werk": "regulier", "uren_per_week": 24, "netto_loon_per_maand": 900}
    gewoon = bereken(situatie(nu={"uitkering": "wajong_70"}, straks=straks))
    met_dispensatie = bereken(situatie(nu={"uitkering": "wajong_70"}, straks={**straks, "loonwaarde_procent": 50}))
    assert met_dispensatie.straks.regel("loon").bruto == gewoon.straks.regel("loon").bruto  # the same payslip
    assert met_dispensatie.straks.regel("wajong").bedrag > gewoon.straks.regel("wajong").bedrag
    assert "aanname_loondispensatie" in codes(met_dispensatie)


def test_the_most_hoge_bijdrage_names_the_rules_of_both_years_it_rests_on():
    """Blz art. 3.3.2.3 lid 1: the hoge bijdrage of January 2028 takes the maximum and the 15 % of that year's table
    (Blz art. 3.3.2.1) and subtracts the zak- en kleedgeld of the peiljaar 2026 (Pw art. 23 lid 1 a, January 2026:
    443,76; tests/cases/instelling_bijstand_2026_07.toml, rij 1): the line names the parameters of both years."""
    u = bereken(situatie(leeftijd=25, dagbesteding={"financiering": "wlz", "wlz_zorg": "instelling"},
                         nu={"uitkering": "bijstand"}, straks={"soort_werk": "beschut_werk", "uren_per_week": 16}))
    maand = u.maanden[18]
    kost = maand.met_overstap.kost("eigen_bijdrage_wlz")
    assert maand.maand == "2028-01" and kost.hoogstens and kost.bedrag == Decimal("-194.22")
    gelezen = {p.pad: (p.geldig_vanaf, p.waarde) for p in kost.parameters}
    assert "wlz.eigen_bijdrage.hoog" in gelezen, gelezen
    assert gelezen["bijstand.norm.inrichting_alleenstaand"] == (date(2026, 1, 1), Decimal("443.76")), gelezen


def test_the_partners_net_income_is_a_line_as_given_that_says_where_it_comes_from():
    """Not computed but given (huishouden.partner_netto_per_maand): the same before and after the switch, with the
    input named as its rule and source, so the coach's view never cites a law for it."""
    u = bereken(situatie(huishouden={"soort": "met_partner", "partner_leeftijd": 30, "partner_netto_per_maand": 1200},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 24}))
    for overzicht in (u.nu, u.straks):
        partner = overzicht.regel("inkomen_partner")
        assert partner.bedrag == Decimal(1200)
        assert (partner.regel, partner.bron) == ("Opgegeven: huishouden.partner_netto_per_maand", "invoer")


@pytest.mark.parametrize(("netto", "regel"), [("0", False), ("0.01", True)])
def test_a_partners_income_is_a_line_from_one_cent_and_none_without_it(netto: str, regel: bool):
    u = bereken(situatie(huishouden={"soort": "met_partner", "partner_leeftijd": 30, "partner_netto_per_maand": netto},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 24}))
    partner = u.nu.regel("inkomen_partner")
    assert (partner is not None) is regel
    assert partner is None or partner.bedrag == Decimal(netto)


@pytest.mark.parametrize("vergoeding", ["0.01", "1"])
def test_every_allowance_of_the_dagbesteding_from_one_cent_is_a_line(vergoeding: str):
    u = bereken(situatie(nu={"uitkering": "wajong_75", "vergoeding_dagbesteding_per_maand": vergoeding},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 24}))
    regel = u.nu.regel("vergoeding_dagbesteding")
    assert regel.van_toepassing and regel.bedrag == Decimal(vergoeding)


def test_a_taxed_allowance_names_the_maximum_and_the_tax_it_rests_on():
    """Above the maximum the whole allowance is taxed (tests/cases/vergoeding_boven_maximum_2026_07.toml, Wajong
    row: 48,31 of tax on 300): its line names the maximum of the vrijwilligersvergoeding and the tax brackets."""
    u = bereken(situatie(nu={"uitkering": "wajong_70", "vergoeding_dagbesteding_per_maand": 300},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 24}))
    gelezen = {p.pad for p in u.nu.regel("vergoeding_dagbesteding").parameters}
    assert {"vrijwilligersvergoeding.maximum", "belasting.schijven"} <= gelezen, gelezen


def test_who_lives_with_the_parents_has_no_local_taxes_of_their_own():
    """The aanslag of the gemeente and the waterschap is the parents'; no line for it, now or later."""
    u = bereken(situatie(huishouden={"soort": "bij_ouders"}, nu={"uitkering": "bijstand"},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 24}))
    assert u.nu.kost("lokale_belastingen") is None and u.straks.kost("lokale_belastingen") is None


@pytest.mark.parametrize(("leeftijd", "huishouden"), [
    (19, {"soort": "alleenstaand", "ouders_kunnen_bijdragen": False}),
    (19, {"soort": "met_partner", "partner_leeftijd": 19, "kinderen": [2]}),
    (30, {"soort": "met_partner", "partner_leeftijd": 19}),
    (30, {"soort": "alleenstaand", "kostendelers_27_plus": 1, "medebewoners_inkomen_per_jaar": 20000}),
])
def test_the_kwijtschelding_counts_with_the_households_own_bijstandsnorm(leeftijd: int, huishouden: dict):
    """URI art. 16: the kosten van bestaan are 90 % of the bijstandsnorm of this household (Pw art. 20-22a), the
    same norm as the bijstand line: 18 to 20 without help from the parents, young partners with a child, a partner
    under 21, a kostendeler (tests/cases/kwijtschelding_huishoudens_2026_07.toml rij 4: 912,51)."""
    u = bereken(situatie(leeftijd=leeftijd, huishouden=huishouden, nu={"uitkering": "bijstand"},
                         wonen={"huurt": True, "kale_huur_per_maand": 650}))
    norm = next(o.bedrag for o in u.nu.regel("bijstand").onderdelen if o.naam == "norm")
    kosten = next(o.bedrag for o in u.nu.kost("lokale_belastingen").onderdelen if o.naam == "kosten_van_bestaan")
    assert kosten == (norm * Decimal("0.9")).quantize(Decimal("0.01")), (norm, kosten)


@pytest.mark.parametrize(("versie", "onderdeel", "vrijgelaten"),
                         [("pw_31_2026", "n", "0.13"), ("pw_34a_2027", "34a_a", "0.08")])
def test_the_vrijlating_is_its_percentage_from_the_first_cent(versie: str, onderdeel: str, vrijgelaten: str):
    """Pw art. 31 lid 2 n: 25 % of the net income from work; art. 34a lid 1 a: 15 %. Of 0,50: 0,125 and 0,075,
    rounded to 0,13 and 0,08 (a payslip of less than a euro, possible in a JSON intake)."""
    spoor = Spoor(parameters_op(date(2026, 7, 1) if versie == "pw_31_2026" else date(2027, 1, 1)))
    assert pw.VRIJLATING[versie].bedrag(spoor, onderdeel, Decimal("0.50")) == Decimal(vrijgelaten)


def _netto_met_knikken(bruto: Decimal) -> Decimal:
    """A net function shaped like the wage tax: steeper above two kinks (as the schijven and the afbouw of the
    arbeidskorting make it)."""
    return bruto - max(Decimal(0), bruto - 1000) * Decimal("0.3697") - max(Decimal(0), bruto - 3000) * Decimal("0.1")


@given(doel=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(6000), places=2))
@settings(max_examples=300, deadline=None)
def test_the_gross_for_a_payslips_net_gives_that_net_to_the_cent(doel: Decimal):
    """The gross found for a net wage (bereken, netto_loon_per_maand) gives back that net within a cent: it is
    rounded to whole cents, nothing more (also for a net of a few cents)."""
    bruto = bruto_voor_netto(doel, _netto_met_knikken)
    assert abs(_netto_met_knikken(bruto) - doel) <= Decimal("0.01"), (doel, bruto)


def test_niet_negatief_never_gives_a_negative_zero():
    """A line cut off at zero is 0, not -0,00 (which a screen would show as '€ -0,00')."""
    from switchwijzer.engine.geld import niet_negatief

    assert not niet_negatief(Decimal("-0.00")).is_signed() and niet_negatief(Decimal("-3.10")) == 0


def test_remembered_tax_of_another_parameter_set_is_never_used():
    """The tax is remembered by the id of its parameter set; when Python gives a new set the id of a set that is gone,
    the remembered tax of the old set must not be used (the old set is kept with it and compared with `is`)."""
    from switchwijzer.engine import belasting

    spoor = Spoor(parameters_op(date(2026, 7, 1)))
    echt = belasting.inkomstenbelasting(spoor, Decimal(20000), Decimal(20000))
    sleutel = (id(spoor.params), Decimal(20000).as_tuple(), Decimal(20000).as_tuple(), False, False)
    vreemd = belasting.Heffing(**{veld: Decimal(1) for veld in belasting.Heffing.__dataclass_fields__})
    belasting._heffingen[sleutel] = (parameters_op(date(2027, 1, 1)), vreemd, {})  # as if the id were reused
    try:
        assert belasting.inkomstenbelasting(Spoor(spoor.params), Decimal(20000), Decimal(20000)) == echt
    finally:
        belasting.vergeet_heffingen()


@pytest.mark.parametrize(("uurloon", "noemt_minimumloon"), [("14.99", True), ("15.29", False)])
def test_a_wage_raised_to_the_new_minimum_names_the_minimum_wage_as_its_source(uurloon: str, noemt_minimumloon: bool):
    """WML art. 7 and 8: on 1 January 2027 a given 14,99 an hour (the minimum of July 2026) rises to the new minimum
    15,29 (tests/cases/jaarwissel_loon_2026_2027.toml, rij 1), and the wage line's details then name the minimum wage
    table of 2027 it came from. A given 15,29 is the person's own wage: it stays, and names no minimum wage."""
    u = bereken(situatie(peildatum="2026-11-01", nu={"uitkering": "bijstand"},
                         straks={"soort_werk": "beschut_werk", "uren_per_week": 12, "uurloon": uurloon}))
    assert u.jaarwissel is not None
    loon = u.jaarwissel.na.regel("loon")
    assert loon.bedrag == Decimal("858.69")
    gelezen = {(p.pad, p.geldig_vanaf) for p in loon.parameters}
    assert (("minimumloon.uurloon", date(2027, 1, 1)) in gelezen) is noemt_minimumloon, gelezen


@pytest.mark.parametrize("reiskosten", ["0.01", "1", "2000"])
def test_every_amount_of_travel_costs_the_employer_does_not_pay_is_a_cost_line(reiskosten: str):
    """From one cent up to the input's limit of 2.000 a month: what is given is what the work costs each month."""
    u = bereken(situatie(nu={"uitkering": "bijstand"}, straks={"soort_werk": "beschut_werk", "uren_per_week": 16,
                                                                "reiskosten_per_maand": reiskosten,
                                                                "reiskosten_vergoed": False}))
    assert u.straks.kost("reiskosten").bedrag == -Decimal(reiskosten)
    assert u.straks.totaal_na_kosten == u.straks.totaal + sum(k.bedrag for k in u.straks.kosten)


@pytest.mark.parametrize("uren", [None, 0])
def test_a_payslip_without_hours_is_worked_out_without_an_hours_chart(uren: int | None) -> None:
    """A payslip's net wage with the hours not given (null) passes the input model; the engine crashed on it
    (ValueError from the chart's zip, since the strict zip of 89b32d0). With 0 hours the month's wage was taken
    as one hour's pay and the chart multiplied it (40 hours: 6.899 a month for 277,78). Both: no chart."""
    u = bereken(situatie(straks={"soort_werk": "regulier", "netto_loon_per_maand": "277.78", "uren_per_week": uren}))
    assert u.straks.regel("loon").bedrag == Decimal("300.00")
    assert u.uren_reeks == [] and u.omslagpunt_uren is None


def _combinatiekorting(huishouden: dict[str, object]) -> Decimal | None:
    u = bereken(Situatie.model_validate({"peildatum": date(2026, 7, 1), "leeftijd": 30, "huishouden": huishouden,
                                         "straks": {"soort_werk": "regulier", "uren_per_week": Decimal(16)}},
                                        strict=False))
    loon = u.straks.regel("loon")
    assert loon is not None
    return next((o.bedrag for o in loon.onderdelen if o.naam == "combinatiekorting_via_belastingdienst"), None)


def test_with_a_partner_only_the_one_who_earns_least_gets_the_combinatiekorting() -> None:
    """Wet IB 2001 art. 8.14a: a single parent with a child under 12, or of two partners the one with the lowest
    income from work. 16 hours at the minimum wage with a child of 5: alone, 19,82 a month (the tax of 19,82 is all
    it can take off; bijstand_vrijlating_werk_2026_07.toml derives it); with a partner who has 2.000 a month, the same;
    with a partner who has 500, none."""
    kind = {"kinderen": [5]}
    assert _combinatiekorting({"soort": "alleenstaande_ouder", **kind}) == Decimal("19.82")
    partner = {"soort": "met_partner", "partner_leeftijd": 30, **kind}
    assert _combinatiekorting({**partner, "partner_netto_per_maand": 2000}) == Decimal("19.82")
    assert _combinatiekorting({**partner, "partner_netto_per_maand": 500}) is None


def test_a_partners_income_of_a_few_cents_is_still_read_as_a_wage() -> None:
    """The partner's gross is estimated from the net as if it is a wage, an assumption the answer names; also for
    0,50 a month (only 0 means no income)."""
    u = bereken(Situatie.model_validate({"peildatum": date(2026, 7, 1), "leeftijd": 30, "huishouden": {
        "soort": "met_partner", "partner_leeftijd": 30, "partner_netto_per_maand": Decimal("0.50")}}, strict=False))
    assert "aanname_partner_inkomen_als_loon" in {s.code for s in u.signalen}


@pytest.mark.parametrize("vreemd", ["huishouding", "cak_jaar"])
def test_a_remembered_wlz_line_of_another_household_or_cak_year_is_never_used(vreemd: str) -> None:
    """The Wlz line of a CAK year is remembered by the ids of the household and the CAK year; when Python gives a new
    object the id of one that is gone, the old line must not be used (both objects are kept with it and compared with
    `is`). Wajong in an instelling, 16 hours from July 2026, the line of 2029."""
    from switchwijzer.engine import eigen_bijdrage
    from switchwijzer.engine.baan import werk_op
    from switchwijzer.engine.kalender import Kalender
    from switchwijzer.engine.regel import regel as maak_regel

    s = situatie(peildatum="2026-07-01", nu={"uitkering": "wajong_70"}, straks={"uren_per_week": 16},
                 dagbesteding={"financiering": "wlz", "wlz_zorg": "instelling"})
    kalender = Kalender(s, werk_op(parameters_op(s.peildatum), s)[0])
    regels = kalender.regels(date(2029, 1, 1))
    cak = kalender.cak_jaar(2029)
    maand = kalender.inkomen_met(regels, None)
    eigen_bijdrage.vergeet_cak_regels()
    try:
        echt = eigen_bijdrage.wlz_regel(regels.hh, maand, False, cak)
        assert echt is not None and echt.bedrag < 0
        onzin = maak_regel("eigen_bijdrage_wlz", Decimal(-12345), "Blz art. 3.3.2.1", Spoor(regels.params))
        ander_hh, ander_cak = (replace(regels.hh), cak) if vreemd == "huishouding" else (regels.hh, replace(cak))
        eigen_bijdrage._cak_regels[(id(regels.hh), id(cak), False, False)] = (ander_hh, ander_cak, onzin)
        assert eigen_bijdrage.wlz_regel(regels.hh, maand, False, cak) == echt
    finally:
        eigen_bijdrage.vergeet_cak_regels()
