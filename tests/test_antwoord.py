"""The answer model: decided once, said once, and the plain text lays out exactly what it holds."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

import pytest

from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg import als_tekst
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.details import details
from switchwijzer.uitleg.teksten import woorden as woorden_voor

COACH = woorden_voor(Lezer("coach"))

BIJSTAND_20_UUR = {"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
                   "straks": {"soort_werk": "regulier", "uren_per_week": 20}}
ONDER_27 = {"peildatum": "2026-07-01", "leeftijd": 22, "nu": {"uitkering": "bijstand"},
            "straks": {"soort_werk": "loonkostensubsidie", "uren_per_week": 20}}
WAJONG = {"peildatum": "2026-07-01", "leeftijd": 24, "nu": {"uitkering": "wajong_70"},
          "wonen": {"huurt": True, "kale_huur_per_maand": 600},
          "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}}
START_NOVEMBER = {"peildatum": "2026-11-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
                  "wonen": {"huurt": True, "kale_huur_per_maand": 600},
                  "straks": {"soort_werk": "regulier", "uren_per_week": 12}}
VOORBEELDEN = [BIJSTAND_20_UUR, ONDER_27, WAJONG, START_NOVEMBER]


def _antwoord(json: dict, rol: str = "deelnemer"):  # type: ignore[no-untyped-def]
    situatie = Situatie.model_validate(json)
    return situatie, bereken(situatie), maak_antwoord(situatie, bereken(situatie), Lezer(rol))


@pytest.mark.parametrize("rol", ["deelnemer", "ouder", "coach"])
@pytest.mark.parametrize("json", VOORBEELDEN)
def test_de_tekst_zegt_alles_wat_het_antwoord_zegt(json: dict, rol: str) -> None:
    situatie, uitkomst, a = _antwoord(json, rol)
    tekst = als_tekst(situatie, uitkomst, Lezer(rol))
    zinnen = [a.kop, *a.kop_zinnen, a.nu_zin, a.tabel_titel, a.regels_zin, a.jaarwissel_titel, *a.jaarwissel,
              a.maanden_uitleg, *(s.zin for s in a.maanden), *(r for s in a.maanden for r in s.redenen),
              *a.geld_zinnen, *a.uren_zinnen, *a.melden, *a.aannames,
              *a.ouders, *(s for d in a.delen for s in d.stappen), *(i.titel for d in a.delen for i in d.items)]
    ontbreekt = [zin for zin in zinnen if zin and zin not in tekst]
    assert not ontbreekt, ontbreekt


@pytest.mark.parametrize("json", VOORBEELDEN)
def test_elke_zin_een_keer(json: dict) -> None:
    _, _, a = _antwoord(json)
    zinnen = [*a.kop_zinnen, *a.geld_zinnen, *a.uren_zinnen, *a.melden, *a.aannames]
    assert len(zinnen) == len(set(zinnen)), zinnen


def test_maanden_met_hetzelfde_bedrag_zijn_een_stuk() -> None:
    """Consecutive months with the same amounts (and the same certainty) are one stretch; every month is in one."""
    _, uitkomst, a = _antwoord(ONDER_27)
    assert len(a.maanden) >= 2
    assert sum(s.aantal for s in a.maanden) == len(uitkomst.maanden)
    for vorige, stuk in pairwise(a.maanden):
        assert stuk.van_maand == vorige.tot_maand + 1
        assert (vorige.zonder, vorige.met, vorige.status) != (stuk.zonder, stuk.met, stuk.status)
        assert stuk.redenen, "each new stretch says why it starts"
    for maand in uitkomst.maanden:
        stuk = next(s for s in a.maanden if s.van_maand <= maand.maand_sinds_start <= s.tot_maand)
        assert (stuk.zonder, stuk.met) == (maand.zonder_overstap.totaal, maand.met_overstap.totaal)


def test_onder_27_geen_tegenstrijdige_zinnen_over_de_vrijlating() -> None:
    _, uitkomst, a = _antwoord(ONDER_27)
    codes = {s.code for s in uitkomst.signalen}
    if "geen_vrijlating_onder_27" in codes:
        assert not any("een deel van je loon mag houden" in z for z in a.aannames), a.aannames


def test_de_tien_procent_zin_noemt_de_maanden_en_het_percentage_dat_getoond_wordt() -> None:
    _, uitkomst, a = _antwoord({**BIJSTAND_20_UUR, "straks": {"soort_werk": "regulier", "uren_per_week": 23}})
    assert uitkomst.winst_minstens_10_procent is False
    lang = next(m for m in uitkomst.maanden if m.maand == uitkomst.blijvend.vanaf)
    werkelijk = lang.verschil / lang.zonder_overstap.totaal * 100
    zin = next(z for z in a.geld_zinnen if "10 procent" in z)
    getoond = int(re.search(r"Vanaf juli 2027 heb je (\d+) procent meer dan zonder werk", zin).group(1))
    assert getoond <= werkelijk < getoond + 1  # whole percents, rounded down: never "10 procent" below 10
    assert sum("10 procent" in z for z in a.geld_zinnen) == 1


@pytest.mark.parametrize("uren", range(1, 41))
def test_de_tien_procent_zin_zegt_nooit_10_of_meer_en_minder_dan_10_tegelijk(uren: int) -> None:
    """Walking the hours, the gain passes 10 %: just below it the sentence said "10 procent meer ... Dat is
    minder dan 10 procent" (9,6 % rounded up). Less than now says "minder", not "-3 procent meer"."""
    _, uitkomst, a = _antwoord({**BIJSTAND_20_UUR, "straks": {"soort_werk": "regulier", "uren_per_week": uren}})
    zinnen = [z for z in a.geld_zinnen if "Kijk ook naar andere dingen" in z]
    if uitkomst.winst_minstens_10_procent is not False:
        assert not zinnen
        return
    assert len(zinnen) == 1
    getoond = re.search(r"(-?\d+) procent meer", zinnen[0])
    if getoond:
        assert 1 <= int(getoond.group(1)) <= 9, zinnen[0]


def test_een_vlak_stuk_in_de_grafiek_wordt_uitgelegd() -> None:
    _, uitkomst, a = _antwoord(BIJSTAND_20_UUR)
    reeks = {p.uren: p.totaal for p in uitkomst.uren_reeks}
    zin = next(z for z in a.uren_zinnen if "verandert je geld bijna niet" in z)
    van, tot = (int(x) for x in zin.split("Tussen ")[1].split(" uur")[0].split(" en "))
    assert tot - van >= 4
    assert reeks[tot] - reeks[van] < Decimal(3) * (tot - van)
    assert "bijstand" in zin


def test_coachdetails_in_woorden_en_nederlandse_getallen() -> None:
    _, uitkomst, _ = _antwoord(BIJSTAND_20_UUR, "coach")
    regels = [r for kant in (uitkomst.nu, uitkomst.straks) for r in kant.regels]
    tekst = "\n".join(regel for r in regels for regel in details(r, COACH))
    assert "35,75" in tekst and "35.75" not in tekst
    assert "999999999" not in tekst
    niet = next(r for r in regels if r.reden)
    assert niet.reden not in "\n".join(details(niet, COACH)), "a reason code instead of words"


def test_een_start_voor_1_januari_toont_beide_kanten_en_wat_er_verandert() -> None:
    _, uitkomst, a = _antwoord(START_NOVEMBER)
    wissel = uitkomst.jaarwissel
    assert wissel is not None and a.jaarwissel_titel == "Wat verandert er op 1 januari 2027?"
    eerste = a.jaarwissel[0]
    from switchwijzer.i18n import geld

    # a renter pays the tax for afval, riool en water: both sides are after the costs
    assert a.na_kosten
    assert f"Tot 1 januari 2027 houd je na de kosten ongeveer {geld(wissel.voor.totaal_na_kosten)}" in eerste
    assert f"Vanaf 1 januari 2027 ongeveer {geld(wissel.na.totaal_na_kosten)}" in eerste
    assert eerste.endswith("(schatting)"), "a 2027 amount is an estimate and must say so"
    assert any("15 procent" in z for z in a.jaarwissel)
    assert any("bijstandsnorm" in z for z in a.jaarwissel)
    assert any("nog niet allemaal bekend" in z for z in a.aannames)


def test_zonder_jaarwissel_geen_blok() -> None:
    _, uitkomst, a = _antwoord({**BIJSTAND_20_UUR, "peildatum": "2026-01-01"})
    if uitkomst.jaarwissel is None:
        assert a.jaarwissel_titel is None and a.jaarwissel == ()


def test_coachdetails_noemen_de_status_van_2027_bedragen() -> None:
    _, uitkomst, _ = _antwoord({**BIJSTAND_20_UUR, "peildatum": "2027-02-01"}, "coach")
    regel = uitkomst.straks.regel("bijstand")
    tekst = "\n".join(details(regel, COACH))
    assert "(schatting)" in tekst


def test_een_aanname_van_de_vragen_en_van_de_motor_staat_er_een_keer() -> None:
    from switchwijzer.uitleg.vragenlijst import vraag

    situatie, uitkomst, _ = _antwoord(BIJSTAND_20_UUR)
    van_de_vraag = woorden_voor(Lezer("deelnemer")).kies(vraag("loon").weet_niet.aanname)
    a = maak_antwoord(situatie, uitkomst, Lezer("deelnemer"), (van_de_vraag,))
    assert sum("minimumloon" in z for z in a.aannames) == 1, a.aannames


def test_hoe_lang_de_indicatie_nog_loopt_telt_vanaf_vandaag_tot_en_met_de_einddatum() -> None:
    """Read on 6 December 2026, work from January 2027, indicatie until 15 July 2027: 7 whole months from today
    (counted from the start month it said 6)."""
    from datetime import date

    situatie = Situatie.model_validate({**START_NOVEMBER, "peildatum": "2027-01-01",
                                        "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": "2027-07-15"}})
    uitkomst = bereken(situatie)
    teksten = [i.tekst for d in maak_antwoord(situatie, uitkomst, Lezer("deelnemer"), vandaag=date(2026, 12, 6)).delen
               for i in d.items]
    assert any("Dat is nog 7 maanden" in t for t in teksten), teksten


def test_de_regels_van_de_huurtoeslag_noemen_de_huurtoeslag_en_niet_het_kindgebonden_budget() -> None:
    _situatie, uitkomst, a = _antwoord(WAJONG, "coach")
    huurtoeslag = next(r for r in a.toeslagen if r.code == "huurtoeslag")
    regels = details(huurtoeslag.regel_straks or huurtoeslag.regel_nu, COACH)
    assert any("telt voor de huurtoeslag" in r for r in regels), regels
    assert not any("kindgebonden" in r.lower() for r in regels), regels


def test_een_enkele_maand_heet_de_eerste_maand_en_niet_de_eerste_1_maanden() -> None:
    """22, bijstand, 24 hours from December 2026: month 1 has 2026 rules, month 2 on the new year's. (Not 19: the
    months of a 19-year-old change with each year of age too.)"""
    json = {"peildatum": "2026-12-01", "leeftijd": 22, "huishouden": {"ouders_kunnen_bijdragen": False},
            "wonen": {"huurt": True, "kale_huur_per_maand": 600}, "nu": {"uitkering": "bijstand"},
            "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}}
    for rol in ("deelnemer", "ouder"):
        _situatie, _uitkomst, a = _antwoord(json, rol)
        assert a.kop_zinnen[0].startswith("De eerste maand (december 2026) is het ongeveer"), a.kop_zinnen
        assert not any(" 1 maanden" in z for z in a.kop_zinnen), a.kop_zinnen


@pytest.mark.parametrize("rol", ["deelnemer", "ouder"])
@pytest.mark.parametrize("json", [*VOORBEELDEN, {
    "peildatum": "2026-12-01", "leeftijd": 19, "wonen": {"huurt": True, "kale_huur_per_maand": 600},
    "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}}])
def test_de_kop_is_het_verschil_van_de_bedragen_in_de_tabel(json: dict, rol: str) -> None:
    """19, bijstand, 24 hours from December 2026: the table says € 774 and € 1.419, the line for the first month is
    the difference of those whole euros (€ 645), not the exact difference rounded; the lasting headline is the
    difference of the whole euros of the months it speaks of."""
    _situatie, uitkomst, a = _antwoord(json, rol)
    nu, straks = a.totaal_na_kosten or a.totaal
    heel = [int(b.quantize(Decimal(1), ROUND_HALF_UP)) for b in (nu, straks)]  # as i18n.geld rounds
    assert _euros(a.nu_zin) == [heel[0]], a.nu_zin
    if a.maanden[0].tot_maand < uitkomst.blijvend.maand_sinds_start and a.kop_zinnen:
        eerste = _euros(a.kop_zinnen[0])
        assert eerste == [] or eerste[0] == abs(heel[1] - heel[0]), (a.kop_zinnen, heel)
    blijvend = next(s for s in a.maanden if s.van_maand <= uitkomst.blijvend.maand_sinds_start <= s.tot_maand)
    assert _euros(a.kop)[:1] in ([], [abs(blijvend.getoond_verschil(False))]), (a.kop, blijvend)


def _euros(zin: str) -> list[int]:
    return [int(g.replace(".", "")) for g in re.findall(r"€\xa0([\d.]+)", zin.replace("€ ", "€\xa0"))]


@pytest.mark.parametrize("json", VOORBEELDEN)
def test_een_stuk_zegt_maar_een_keer_dat_de_bedragen_nog_niet_bekend_zijn(json: dict) -> None:
    """The stretch where the estimates begin says it in its reason ("Na 30 juni 2027 kennen we de bedragen nog
    niet."); it does not say it again below ("Dit is een schatting ..."). Later estimated stretches do."""
    _, uitkomst, a = _antwoord(json)
    geschat = [s for s in a.maanden if s.status == "schatting"]
    assert geschat, "every example runs past the last parameter file"
    for stuk in geschat:
        begint = any("kennen we de bedragen nog niet" in r for r in stuk.redenen)
        assert bool(stuk.schatting) != begint, (stuk.periode, stuk.redenen, stuk.schatting)


@pytest.mark.parametrize("al", [2, 40])
def test_werk_dat_al_loopt_noemt_de_maanden_vanaf_nu_en_niet_de_maanden_die_voorbij_zijn(al: int) -> None:
    """Working there for 40 months in December 2026 (the wizard's "Werk je daar al? Ja" and "40 maanden"): the
    headline spoke of "De eerste 41 maanden" and Per maand began in August 2023 with "we kennen de bedragen voor
    deze maanden nog niet". Months that are over are not told again: the headline says "Deze maand (december
    2026)" and Per maand begins there. The same for work that began in November."""
    json = {"peildatum": "2026-12-01", "leeftijd": 24, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
            "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 12.5,
                                                        "maand_sinds_start": al}}
    _situatie, uitkomst, a = _antwoord(json, "ouder")
    assert uitkomst.maanden[0].maand < "2026-12"
    assert a.kop_zinnen[0].startswith("Deze maand (december 2026) is het ongeveer"), a.kop_zinnen
    assert not any("eerste" in z for z in a.kop_zinnen), a.kop_zinnen
    assert a.maanden[0].van.isoformat() == "2026-12-01"
    assert not a.maanden[0].redenen
