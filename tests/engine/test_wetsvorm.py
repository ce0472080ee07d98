"""Property tests against the shape of the law, line by line (not how the engine adds up).

The parameter values come from each line's own trace, so a changed parameter file changes both sides.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.uitkomst import Regel

CENT = Decimal("0.01")
SNEL = settings(max_examples=120, deadline=None)


def _onderdeel(regel: Regel, naam: str) -> Decimal:
    return next(o.bedrag for o in regel.onderdelen if o.naam == naam)


def _parameter(regel: Regel, pad: str):
    return next(p for p in regel.parameters if p.pad == pad)


def _tabel(regel: Regel, pad: str) -> dict[str, Decimal]:
    """A table parameter as the trace shows it ("procent: 25, maximum: 285.00, …")."""
    tekst = str(_parameter(regel, pad).waarde)
    return {k: Decimal(v) for k, v in (deel.split(": ") for deel in tekst.split(", "))}


def _situatie(**delen) -> Situatie:
    return Situatie.model_validate({"peildatum": "2026-07-01", **delen})


@SNEL
@given(
    leeftijd=st.integers(18, 66),
    uren=st.integers(0, 40),
    maand=st.integers(1, 40),
    soort_werk=st.sampled_from(["beschut_werk", "loonkostensubsidie", "regulier"]),
    urenbeperkt=st.booleans(),
    kind=st.sampled_from([None, 4, 14]),
)
def test_bijstand_is_the_norm_minus_the_net_wage_plus_the_vrijlating(
        leeftijd, uren, maand, soort_werk, urenbeperkt, kind):
    """Pw art. 19 lid 2 and 31 lid 2: bijstand = max(0, norm - (net wage - vrijlating)), the vrijlating being
    the percentage of the net wage up to the maximum of the onderdeel in force that month."""
    huishouden = {"soort": "alleenstaande_ouder", "kinderen": [kind]} if kind is not None else {}
    u = bereken(_situatie(
        leeftijd=leeftijd, huishouden=huishouden, nu={"uitkering": "bijstand"},
        straks={"soort_werk": soort_werk, "uren_per_week": uren, "maand_sinds_start": maand,
                "medisch_urenbeperkt": urenbeperkt},
    ))
    bijstand, loon = u.straks.regel("bijstand"), u.straks.regel("loon")
    netto = loon.bedrag if loon.van_toepassing else Decimal(0)
    norm, vrij = _onderdeel(bijstand, "norm"), _onderdeel(bijstand, "vrijlating")
    assert bijstand.bedrag == max(Decimal(0), norm - (netto - vrij))
    onderdeel = next(p.vrijlating for p in u.verloop
                     if p.vanaf_maand <= maand and (p.tot_en_met_maand is None or maand <= p.tot_en_met_maand))
    if onderdeel is None or netto == 0:
        assert vrij == 0
    else:
        regel = _tabel(bijstand, f"bijstand.vrijlating.{onderdeel}")
        verwacht = min((netto * regel["procent"] / 100).quantize(CENT, ROUND_HALF_UP), regel["maximum"])
        assert vrij == verwacht
        assert f"art. 31 lid 2 {onderdeel}" in bijstand.regel
    if leeftijd < 27:
        assert onderdeel not in ("n", "r")  # art. 31 lid 5


@SNEL
@given(leeftijd=st.integers(18, 66), uren=st.integers(0, 40), regime=st.sampled_from(["wajong_70", "wajong_75"]),
       vergoeding=st.integers(0, 400))
def test_wajong_is_the_percentage_of_the_grondslag_minus_income(leeftijd, uren, regime, vergoeding):
    """Wajong art. 2:40 lid 1 b and 2:46: uitkering = p x (G - I), never below zero; I is the sv-loon plus an
    allowance above the tax-free maximum (which UWV sets off as a whole)."""
    u = bereken(_situatie(leeftijd=leeftijd, nu={"uitkering": regime, "vergoeding_dagbesteding_per_maand": vergoeding},
                          straks={"soort_werk": "regulier", "uren_per_week": uren}))
    for kant in (u.nu, u.straks):
        wajong, loon = kant.regel("wajong"), kant.regel("loon")
        procent = _tabel(wajong, "wajong.percentage")[regime]
        inkomen = (loon.bruto or Decimal(0)) + _onderdeel(wajong, "vergoeding_telt_mee")
        assert _onderdeel(wajong, "inkomen_uit_werk") == (loon.bruto or Decimal(0))
        verwacht = max(Decimal(0), procent / 100 * (_onderdeel(wajong, "grondslag") - inkomen))
        assert _onderdeel(wajong, "uitkering") == verwacht.quantize(CENT, ROUND_HALF_UP)


@SNEL
@given(leeftijd=st.integers(18, 66), uren=st.integers(0, 40), uurloon=st.integers(1500, 6000),
       partner=st.booleans(), huur=st.integers(0, 1200))
def test_toeslagen_are_whole_yearly_euros_and_the_advance_is_a_twelfth_rounded_down(
        leeftijd, uren, uurloon, partner, huur):
    """Awir art. 14 lid 4 and 5: the yearly toeslag in whole euros, none under € 24; the advance a twelfth of it."""
    huishouden = {"soort": "met_partner", "partner_leeftijd": 30} if partner else {}
    u = bereken(_situatie(leeftijd=leeftijd, huishouden=huishouden, wonen={"huurt": True, "kale_huur_per_maand": huur},
                          straks={"soort_werk": "regulier", "uren_per_week": uren, "uurloon": Decimal(uurloon) / 100}))
    for kant in (u.nu, u.straks):
        for naam in ("zorgtoeslag", "huurtoeslag"):
            regel = kant.regel(naam)
            if not regel.van_toepassing:
                continue
            per_jaar = _onderdeel(regel, "per_jaar")
            assert per_jaar == per_jaar.to_integral_value() and per_jaar >= 24
            assert regel.bedrag == (per_jaar // 12)


@settings(max_examples=60, deadline=None)
@given(leeftijd=st.integers(18, 66), uitkering=st.sampled_from(["geen", "bijstand", "wajong_70", "wajong_75"]),
       vergoeding=st.integers(1, 1000), uren=st.integers(0, 40))
def test_the_later_side_never_depends_on_the_allowance(leeftijd, uitkering, vergoeding, uren):
    basis = {"leeftijd": leeftijd, "straks": {"uren_per_week": uren}}
    zonder = bereken(_situatie(**basis, nu={"uitkering": uitkering}))
    met = bereken(_situatie(**basis, nu={"uitkering": uitkering, "vergoeding_dagbesteding_per_maand": vergoeding}))
    assert met.straks == zonder.straks and met.verloop == zonder.verloop and met.uren_reeks == zonder.uren_reeks


@settings(max_examples=60, deadline=None)
@given(uren=st.integers(1, 40), kind=st.integers(0, 11), uitkering=st.sampled_from(["geen", "wajong_70", "bijstand"]))
def test_the_wage_line_is_the_payslip_part_plus_the_combinatiekorting(uren, kind, uitkering):
    """Art. 8.14a Wet IB: no employer applies the combinatiekorting; the line shows both parts and adds up."""
    u = bereken(_situatie(leeftijd=30, huishouden={"soort": "alleenstaande_ouder", "kinderen": [kind]},
                          nu={"uitkering": uitkering}, straks={"soort_werk": "regulier", "uren_per_week": uren}))
    loon = u.straks.regel("loon")
    delen = {o.naam: o.bedrag for o in loon.onderdelen}
    assert loon.bedrag == delen["bruto_loon"] + delen["vakantiegeld"] + delen["belasting_en_premies"] + delen.get(
        "combinatiekorting_via_belastingdienst", Decimal(0))
    if "combinatiekorting_via_belastingdienst" in delen:
        assert loon.bedrag == delen["netto_via_werkgever"] + delen["combinatiekorting_via_belastingdienst"]
        assert any(s.code == "combinatiekorting_voorlopige_aanslag" for s in u.signalen)
