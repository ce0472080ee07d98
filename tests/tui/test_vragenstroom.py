"""The question flow as data: only questions that can apply are asked, every path is a real field,
the counter is steady, and answers that contradict each other are named before any amount is shown."""

from __future__ import annotations

import re
import typing
from decimal import Decimal
from itertools import pairwise
from typing import Any

import pytest
from pydantic import BaseModel
from textual.widgets import Button, Static

from switchwijzer.engine import bereken
from switchwijzer.engine.situatie import Situatie
from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.overzicht import OverzichtScherm
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.tui.screens.vraag import VraagScherm
from switchwijzer.uitleg.antwoorden import AFGELEIDE_VELDEN
from switchwijzer.uitleg.vragenlijst import tegenstrijdig, vraag, vragen

from .conftest import PEILDATUM
from .helpers import beantwoord_alles
from .test_pilot_rollen import DEELNEMER

WOONSITUATIES = [k.id for k in vraag("woonsituatie").keuzes]


def _velden(model: type[BaseModel], voorvoegsel: str = "") -> set[str]:
    paden = set()
    for naam, veld in model.model_fields.items():
        pad = f"{voorvoegsel}{naam}"
        paden.add(pad)
        for soort in (veld.annotation, *typing.get_args(veld.annotation)):
            if isinstance(soort, type) and issubclass(soort, BaseModel):
                paden |= _velden(soort, f"{pad}.")
    return paden


def test_elk_pad_in_de_vragen_is_een_echt_veld_van_situatie() -> None:
    echt = _velden(Situatie) | set(AFGELEIDE_VELDEN)  # and the values that follow from two answers
    gebruikt: list[tuple[str, str]] = []
    for v in vragen():
        if v.veld:
            gebruikt.append((v.id, v.veld))
        gebruikt += [(v.id, p) for p in v.als]
        gebruikt += [(v.id, p) for k in v.keuzes for p in (*k.zet, *k.als)]
        if v.weet_niet:
            gebruikt += [(v.id, p) for p in v.weet_niet.zet]
    for regel in tegenstrijdig():
        gebruikt += [(regel.id, p) for p in regel.als]
    fout = [(wie, pad) for wie, pad in gebruikt if pad not in echt]
    assert not fout, f"paths that are no field of Situatie: {fout}"
    ids = {v.id for v in vragen()}
    assert all(set(r.vragen) <= ids for r in tegenstrijdig())


def _antwoorden(rol: str, **waarden: Any) -> Antwoorden:
    antwoorden = Antwoorden(rol=rol, peildatum=PEILDATUM)
    for vraag_id, waarde in waarden.items():
        antwoorden.zet(vraag_id, waarde)
    return antwoorden


UITGESLOTEN = {
    "alleen": {"kostendelers", "kinderen", "partner_inkomen", "huurt_ouders"},
    "partner": {"huurt_ouders", "ouders_helpen"},
    "ouders": {"huurt", "huur", "kinderen", "partner_inkomen", "medebewoners_inkomen"},
    "kinderen": {"partner_inkomen", "huurt_ouders"},
    "anderen": {"kinderen", "partner_inkomen", "huurt_ouders"},
}
NIET_BIJ_DEZE_UITKERING = {
    "bijstand": {"wajong_soort", "loonwaarde"},
    "wajong": {"ouders_helpen", "urenbeperking"},
    "geen": {"wajong_soort", "ouders_helpen", "loonwaarde", "urenbeperking"},
    # WW and WIA are not computed: no question about money after the start
    "ww": {"wajong_soort", "ouders_helpen", "vergoeding", "uren", "loonwaarde", "loon", "uurloon", "netto_loon",
           "begonnen", "maanden", "urenbeperking"},
    "wia": {"wajong_soort", "ouders_helpen", "vergoeding", "uren", "loonwaarde", "loon", "uurloon", "netto_loon",
            "begonnen", "maanden", "urenbeperking"},
}


@pytest.mark.parametrize("rol", ["deelnemer", "ouder", "coach"])
@pytest.mark.parametrize("woonsituatie", WOONSITUATIES)
@pytest.mark.parametrize("uitkering", list(NIET_BIJ_DEZE_UITKERING))
@pytest.mark.parametrize("leeftijd", [Decimal(19), Decimal(30)])
def test_geen_vraag_die_de_woonsituatie_uitsluit(
    rol: str, woonsituatie: str, uitkering: str, leeftijd: Decimal
) -> None:
    antwoorden = _antwoorden(
        rol, leeftijd=leeftijd, woonsituatie=woonsituatie, kostendelers=Decimal(1), kinderen=[4],
        partner_inkomen=Decimal(0), huurt="ja", huurt_ouders="ja", huur=Decimal(600), uitkering=uitkering,
    )
    gevraagd = {v.id for v in antwoorden.zichtbaar()}
    assert not gevraagd & UITGESLOTEN[woonsituatie], gevraagd & UITGESLOTEN[woonsituatie]
    assert not gevraagd & NIET_BIJ_DEZE_UITKERING[uitkering], gevraagd & NIET_BIJ_DEZE_UITKERING[uitkering]
    # 18 to 20 in bijstand, without a partner: can the parents help?
    assert ("ouders_helpen" in gevraagd) is (uitkering == "bijstand" and leeftijd < 21 and woonsituatie != "partner")
    if uitkering in ("bijstand", "wajong", "geen"):
        assert {"uren", "loon", "begonnen"} <= gevraagd
    if woonsituatie == "alleen":
        assert antwoorden.velden()["huishouden.kostendelers_27_plus"] == 0
    if woonsituatie == "ouders":
        assert "huurt_ouders" in gevraagd
        antwoorden.situatie()  # the parents' rent is not needed for a valid situation


@pytest.mark.lang(10)
@pytest.mark.parametrize("woonsituatie", WOONSITUATIES)
async def test_de_teller_is_rustig_en_eerlijk(woonsituatie: str) -> None:
    """The top bar says "Vraag n van ongeveer m" while m may still change, and "Vraag n van m" once it is sure.
    m changes only where an answer leaves the usual way (at most twice in a walk, by at most 3; it used to
    fall at almost every answer, 32 -> 31 -> 26 -> 24 -> 23 -> 21 -> 20 -> 19), n counts
    1, 2, 3 ... and the last question is "Vraag m van m"."""
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    antwoorden = {**DEELNEMER, "woonsituatie": WOONSITUATIES.index(woonsituatie) + 1, "kinderen": "4",
                  "partner_inkomen": "0", "huurt_ouders": 1, "medebewoners_inkomen": "0"}
    teksten: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, antwoorden, bij_elke_vraag=lambda scherm: teksten.append(scherm.stap_tekst()))
    gelezen = [re.fullmatch(r"Vraag (\d+) van (ongeveer )?(\d+)", t) for t in teksten]
    assert all(gelezen), teksten
    nummers = [int(g[1]) for g in gelezen if g]
    totalen = [int(g[3]) for g in gelezen if g]
    assert nummers == list(range(1, len(teksten) + 1)), teksten
    sprongen = [later - eerder for eerder, later in pairwise(totalen) if later != eerder]
    assert len(sprongen) <= 2 and all(abs(s) <= 3 for s in sprongen), teksten
    assert teksten[-1] == f"Vraag {len(teksten)} van {len(teksten)}", teksten
    assert all(n <= m for n, m in zip(nummers, totalen, strict=True)), teksten


async def test_tegenstrijdige_antwoorden_noemen_beide_en_houden_de_uitkomst_tegen() -> None:
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        await beantwoord_alles(pilot, {**DEELNEMER, "woonsituatie": 3, "kostendelers": "0", "huurt_ouders": 2})
        scherm = app.screen
        assert isinstance(scherm, OverzichtScherm)
        melding = str(scherm.query_one(".tegenstrijdig-tekst", Static).render())
        assert "bij je ouders" in melding and "niemand van 27 jaar of ouder" in melding
        knoppen = list(scherm.query(".tegenstrijdig Button").results(Button))
        assert [k.name for k in knoppen] == ["woonsituatie", "kostendelers"]
        await pilot.click("#bereken")
        await pilot.pause()
        assert isinstance(app.screen, OverzichtScherm), "the answer was shown despite the contradiction"
        await pilot.click(f"#{knoppen[1].id}")
        await pilot.pause()
        assert isinstance(app.screen, VraagScherm) and app.screen.vraag.id == "kostendelers"
        await pilot.press("backspace", "2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, OverzichtScherm) and not app.screen.query(".tegenstrijdig")
        await pilot.click("#bereken")
        await pilot.pause()
        assert isinstance(app.screen, UitkomstScherm)


def test_een_uurloon_onder_het_minimumloon_krijgt_een_eigen_melding() -> None:
    from switchwijzer.i18n import Invoerfout

    antwoorden = _antwoorden("deelnemer", leeftijd=Decimal(30), woonsituatie="alleen", huurt="nee",
                             uitkering="geen", soort_werk="regulier", uren=Decimal(20), uurloon=Decimal(8))
    # the message names the minimum: WML 1 January 2026, 21 and older, € 14,71 per hour (rijksoverheid.nl)
    with pytest.raises(Invoerfout, match=r"In maart 2026 is het minimumloon voor deze leeftijd €\s14,71 per uur"):
        antwoorden.situatie()


def test_een_datum_zonder_bedragen_krijgt_een_eigen_melding() -> None:
    from datetime import date

    from switchwijzer.i18n import Invoerfout

    antwoorden = _antwoorden("deelnemer", leeftijd=Decimal(30), woonsituatie="alleen", huurt="nee")
    antwoorden.peildatum = date(2031, 1, 1)
    with pytest.raises(Invoerfout, match="bedragen voor deze datum"):
        antwoorden.situatie()


def test_wie_in_een_instelling_woont_kan_dat_zeggen_en_krijgt_geen_vragen_over_huur() -> None:
    antwoorden = _antwoorden("deelnemer", leeftijd=Decimal(30), woonsituatie="alleen", huurt="instelling",
                             uitkering="bijstand", financiering="wlz")
    gevraagd = {v.id for v in antwoorden.zichtbaar()}
    assert not gevraagd & {"huur", "medebewoners_inkomen", "kwijtschelding"}
    assert "wlz_zorg" not in gevraagd, "asked twice where the person lives"
    velden = antwoorden.velden()
    assert velden["wonen.huurt"] is False and velden["dagbesteding.wlz_zorg"] == "instelling"
    # bijstand in an instelling has its own norm (Pw art. 23 lid 1 a and 2 a: € 443,76 + € 47 in January 2026), and
    # no huurtoeslag: there is no rent
    uitkomst = bereken(antwoorden.situatie())
    assert uitkomst.berekend and uitkomst.nu.regel("bijstand").bedrag == Decimal("490.76")
    assert uitkomst.nu.regel("huurtoeslag").reden == "instelling_geen_huur"


@pytest.mark.parametrize("taal", ["nl", "en"])
async def test_de_knoppen_bij_een_tegenstrijdigheid_passen_op_80_kolommen(taal: str) -> None:
    """"Change: How many people aged 27 or older live in the home of your child?" is longer than 80 columns: the
    button wraps its label inside the screen instead of cutting it off at the edge (seen in tmux, 80x24)."""
    app = SwitchwijzerApp(peildatum=PEILDATUM, taal=taal, rol="ouder")
    async with app.run_test(size=(80, 24)) as pilot:
        await beantwoord_alles(pilot, {**DEELNEMER, "woonsituatie": 3, "kostendelers": "0", "huurt_ouders": 2})
        scherm = app.screen
        assert isinstance(scherm, OverzichtScherm)
        knoppen = list(scherm.query(".tegenstrijdig Button").results(Button))
        assert len(knoppen) == 2
        vak = scherm.query_one(".tegenstrijdig").content_region
        for knop in knoppen:
            assert knop.region.right <= vak.right, (str(knop.label), knop.region, vak)


@pytest.mark.parametrize("leeftijd,maanden,tegen",
                         [(31, 500, True), (31, 204, True), (31, 203, False), (18, 36, False)])
def test_langer_gewerkt_dan_de_leeftijd_toelaat_is_een_tegenstrijdigheid(leeftijd: int, maanden: int,
                                                                        tegen: bool) -> None:
    """31 years old and working there for 500 months (a walk): the work began before birth. Begun before 15 (whole
    years worked taken from the age) is a contradiction: 31 and 204 months (17 years) is at 14; 203 months (16
    years and 11 months) is at 15."""
    antwoorden = _antwoorden("deelnemer", leeftijd=Decimal(leeftijd), woonsituatie="alleen", huurt="nee",
                             uitkering="bijstand", soort_werk="regulier", uren=Decimal(20), begonnen="ja",
                             maanden=Decimal(maanden))
    ids = [r.id for r in antwoorden.tegenstrijdigheden()]
    assert ("langer_gewerkt_dan_kan" in ids) == tegen, ids
