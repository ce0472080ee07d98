""""Weet ik niet" on the rent, the housemates and the uitkering, and the careful guess behind each: an unknown answer
never makes working look better than it may be (the parents' help for an 18-20-year-old used to: +€ 594 a month
where "they cannot help" gives € 0)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from switchwijzer.engine import bereken
from switchwijzer.lezer import Lezer
from switchwijzer.tui.antwoorden import WEET_NIET, Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.vragenlijst import vraag

from .conftest import PEILDATUM
from .helpers import WEET_NIET as KIES_WEET_NIET
from .helpers import beantwoord_alles
from .test_pilot_rollen import DEELNEMER

BASIS = {"woonsituatie": "alleen", "huurt": "ja", "huur": Decimal(650), "uitkering": "bijstand",
         "vergoeding": Decimal(0), "financiering": "wmo", "andere_wmo_hulp": "nee", "einddatum": WEET_NIET,
         "soort_werk": "regulier", "begonnen": "nee", "start": WEET_NIET, "loon": WEET_NIET, "reiskosten": Decimal(0),
         "urenbeperking": "nee", "gemeente": WEET_NIET, "kwijtschelding": WEET_NIET, "ouders_helpen": "nee"}


def _antwoorden(**waarden: Any) -> Antwoorden:
    antwoorden = Antwoorden(rol="deelnemer", peildatum=PEILDATUM)
    for vraag_id, waarde in {**BASIS, **waarden}.items():
        antwoorden.zet(vraag_id, waarde)
    return antwoorden


def _winst(antwoorden: Antwoorden) -> Decimal:
    assert antwoorden.open_vraag() is None, antwoorden.open_vraag()
    uitkomst = bereken(antwoorden.situatie())
    verschil = uitkomst.verschil_na_kosten_per_maand
    return verschil if verschil is not None else uitkomst.verschil_per_maand


@pytest.mark.parametrize("vraag_id", ["huur", "kostendelers", "uitkering"])
def test_weet_ik_niet_is_offered(vraag_id: str) -> None:
    assert vraag(vraag_id).weet_niet is not None


def test_parents_help_unknown_is_the_careful_guess() -> None:
    """19, alone, bijstand, 24 hours regular work from December 2026: the table in the issue."""
    waarden = {"leeftijd": Decimal(19), "uren": Decimal(24), "start": PEILDATUM.replace(year=2026, month=12)}
    weet_niet, ja, nee = (_antwoorden(**waarden, ouders_helpen=w) for w in (WEET_NIET, "ja", "nee"))
    assert _winst(weet_niet) == _winst(nee)
    assert _winst(ja) > _winst(weet_niet) + 500  # assuming they can help made working look € 500+ better
    assert any("alsof ze dat niet kunnen" in a for a in woorden_voor(Lezer(weet_niet.rol)).zeg(weet_niet.aannames()))


@settings(max_examples=40, deadline=None)
@given(leeftijd=st.integers(18, 20), uren=st.integers(1, 40), huurt=st.booleans())
def test_parents_help_unknown_never_gives_more_gain(leeftijd: int, uren: int, huurt: bool) -> None:
    waarden = {"leeftijd": Decimal(leeftijd), "uren": Decimal(uren), "huurt": "ja" if huurt else "nee"}
    if not huurt:
        waarden["kwijtschelding"] = "nee"
    onbekend = _winst(_antwoorden(**waarden, ouders_helpen=WEET_NIET))
    for bekend in ("ja", "nee"):
        assert onbekend <= _winst(_antwoorden(**waarden, ouders_helpen=bekend)) + Decimal("0.01")


@settings(max_examples=40, deadline=None)
@given(leeftijd=st.integers(21, 60), uren=st.integers(1, 40), kostendelers=st.integers(1, 3))
def test_housemates_unknown_never_gives_more_gain_through_the_bijstand(
    leeftijd: int, uren: int, kostendelers: int
) -> None:
    """Housemates of 27+ lower the bijstand (kostendelersnorm): none assumed is the careful guess for it. (Renting,
    their income also lowers the huurtoeslag; the aanname names only the bijstand, and this test only owners.)"""
    waarden = {"leeftijd": Decimal(leeftijd), "uren": Decimal(uren), "woonsituatie": "anderen", "huurt": "nee"}
    onbekend = _antwoorden(**waarden, kostendelers=WEET_NIET)
    assert onbekend.situatie().huishouden.kostendelers_27_plus == 0
    assert _winst(onbekend) <= _winst(_antwoorden(**waarden, kostendelers=Decimal(kostendelers))) + Decimal("0.01")
    assert any("niemand van 27 jaar of ouder" in a for a in woorden_voor(Lezer(onbekend.rol)).zeg(onbekend.aannames()))


@settings(max_examples=25, deadline=None)
@given(leeftijd=st.integers(18, 60), uren=st.integers(1, 40), uitkering=st.sampled_from(["bijstand", "wajong", "geen"]))
def test_rent_unknown_takes_the_rent_with_the_smallest_gain_and_names_it(
    leeftijd: int, uren: int, uitkering: str
) -> None:
    waarden: dict[str, Any] = {"leeftijd": Decimal(leeftijd), "uren": Decimal(uren), "uitkering": uitkering}
    if uitkering == "wajong":
        waarden |= {"wajong_soort": "70", "loonwaarde": WEET_NIET}
    onbekend = _antwoorden(**waarden, huur=WEET_NIET)
    huur = onbekend.situatie().wonen.kale_huur_per_maand
    assert huur in (Decimal("498.20"), Decimal("713.02"), Decimal("932.93"))  # the 2026 huurtoeslag limits
    for andere in (Decimal("498.20"), Decimal("713.02"), Decimal("932.93")):
        assert _winst(onbekend) <= _winst(_antwoorden(**waarden, huur=andere))
    genoemd = {Decimal("498.20"): "€ 498", Decimal("713.02"): "€ 713", Decimal("932.93"): "€ 933"}[huur]
    assert any(genoemd in a.replace("\xa0", " ") for a in woorden_voor(Lezer(onbekend.rol)).zeg(onbekend.aannames())), (
        woorden_voor(Lezer(onbekend.rol)).zeg(onbekend.aannames())
    )


def test_uitkering_unknown_computes_no_money_and_says_why() -> None:
    antwoorden = _antwoorden(leeftijd=Decimal(30), uitkering=WEET_NIET)
    assert antwoorden.situatie().nu.uitkering == "anders"
    assert bereken(antwoorden.situatie()).niet_berekend
    assert any(
        "Daarom rekenen we het geld niet uit" in a
        for a in woorden_voor(Lezer(antwoorden.rol)).zeg(antwoorden.aannames())
    )


@pytest.mark.lang(6)
async def test_a_walk_with_weet_ik_niet_on_the_rent_and_the_housemates_reaches_the_answer() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, {**DEELNEMER, "woonsituatie": 5, "kostendelers": KIES_WEET_NIET,
                                       "huur": KIES_WEET_NIET})
        await pilot.click("#bereken")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm) and not app.screen.fout
        aannames = app.screen.antwoord().aannames
        assert any("kale huur per maand" in a for a in aannames) and any("27 jaar of ouder" in a for a in aannames)
