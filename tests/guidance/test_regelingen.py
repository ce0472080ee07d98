"""Local regelingen: 'dit verlies je misschien' per gemeente with the amount and the income limit where the
sources give them (content/regelingen, from the gemeente pages and verordeningen), a general sentence otherwise,
and the steps for the gap until the first wage and the uitstroompremie when the bijstand stops or drops.
Real `bereken` with the real parameter files; the income test uses the engine's own income and norm."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from regelingen_hulp import nu_doen, situatie_in

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.normtoets import inkomen_tegen_norm
from switchwijzer.guidance.regelingen import alle_regelingen, beoordeel, van_gemeente
from switchwijzer.lezer import Lezer


def _item(situatie: Situatie, titel_begin: str, rol: str = "deelnemer"):
    return next(i for i in nu_doen(situatie, rol).items if i.titel.startswith(titel_begin))


def test_gemeente_zoals_getypt() -> None:
    assert van_gemeente("Gemeente Alphen a/d Rijn").naam == "de gemeente Alphen aan den Rijn"
    assert van_gemeente("zevenaar").naam == "RSD De Liemers"
    assert van_gemeente("Oss") is None and van_gemeente("") is None and van_gemeente(None) is None


def test_alphen_inkomenstoeslag_boven_110_procent_waarschijnlijk_kwijt() -> None:
    """Alphen aan den Rijn 2026: single EUR 601 a year up to 110 % of the norm. Bijstand now is exactly the norm
    (100 %); 32 hours at the minimum wage is far above 110 %."""
    situatie = situatie_in("Alphen aan den Rijn")
    uitkomst = bereken(situatie)
    [iit, bb] = beoordeel(situatie, uitkomst)
    assert iit.soort == "inkomenstoeslag" and iit.oordeel == "waarschijnlijk_kwijt" and iit.bedrag_per_jaar == 601
    assert iit.nu.procent == 100 and iit.straks.procent > 110
    assert iit.straks == inkomen_tegen_norm(situatie, uitkomst.straks)
    assert bb.soort == "bijzondere_bijstand" and bb.oordeel == "waarschijnlijk_kwijt"
    item = _item(situatie, "Houd je de inkomenstoeslag?")
    assert item.tekst.startswith("Die verlies je waarschijnlijk.")
    assert "601 per jaar" in item.tekst and "110 procent" in item.tekst and "boven de grens" in item.tekst
    assert f"{iit.straks.procent.quantize(Decimal(1))} procent" in item.tekst
    assert "Inkomenstoeslag' (2026)" in item.bron


def test_weinig_uren_onder_de_grens_misschien_kwijt_door_werk() -> None:
    """4 hours with bijstand topping up: the income stays under 110 % (norm + vrijlating), but a job can end the
    inkomenstoeslag anyway (Pw art. 36: no prospect of a higher income)."""
    situatie = situatie_in("Alphen aan den Rijn", uren=4)
    iit = beoordeel(situatie, bereken(situatie))[0]
    assert iit.oordeel == "misschien_kwijt" and 100 < iit.straks.procent <= 110
    item = _item(situatie, "Houd je de inkomenstoeslag?")
    assert item.tekst.startswith("Die verlies je misschien.") and "onder de grens" in item.tekst
    assert "stopt de toeslag vaak toch" in item.tekst


def test_kerkrade_alleenstaande_ouder_bedrag_uit_2024_is_een_schatting() -> None:
    situatie = situatie_in("Kerkrade", soort="alleenstaande_ouder", kinderen=[6])
    item = _item(situatie, "Houd je de inkomenstoeslag?")
    assert "€\xa0513 per jaar" in item.tekst and "100 procent" in item.tekst and "schatting" in item.tekst


@pytest.mark.parametrize(("gemeente", "korting", "grens"), [("Beuningen", "€\xa021 tot €\xa042", "100"),
                                                              ("Nunspeet", "€\xa010,00 tot €\xa027,50", "120")])
def test_collectieve_zorgverzekering_met_korting_en_grens(gemeente: str, korting: str, grens: str) -> None:
    item = _item(situatie_in(gemeente), "Houd je de korting op je zorgverzekering?")
    assert f"De korting is {korting} per maand." in item.tekst
    assert f"{grens} procent van de bijstandsnorm" in item.tekst and item.tekst.startswith(
        "Die verlies je waarschijnlijk."
    )


def test_onbekende_gemeente_krijgt_de_algemene_zin() -> None:
    items = nu_doen(situatie_in("Oss"), "ouder").items
    algemeen = next(i for i in items if i.titel.startswith("Houdt uw kind de hulp van de gemeente"))
    assert "Stel de gemeente daarom deze vragen." in algemeen.tekst and "uw kind" in algemeen.tekst
    assert not any("inkomenstoeslag?" in i.titel for i in items)


def test_wie_nu_al_boven_de_grens_zit_krijgt_geen_verliesbericht() -> None:
    """Wajong at 70 % with a partner's income: above 130 % now, so no local regeling to lose."""
    situatie = situatie_in("Beuningen", uitkering="wajong_70", soort="met_partner", partner_netto_per_maand=2500,
                         partner_leeftijd=30)
    assert beoordeel(situatie, bereken(situatie)) == []


def test_de_liemers_lening_en_premie_als_de_bijstand_stopt() -> None:
    stappen = nu_doen(situatie_in("Zevenaar")).stappen
    assert any("RSD De Liemers kan je dan geld lenen tot je loon er is" in s for s in stappen)
    assert any("Werk je 6 maanden? Dan krijg je van RSD De Liemers een premie van €\xa0500." in s for s in stappen)
    jong = nu_doen(situatie_in("Duiven", leeftijd=25)).stappen
    assert not any("premie" in s for s in jong), "the premie is from 27 years"
    assert any("RSD De Liemers" in s for s in jong)


def test_algemene_stappen_elders_en_geen_stappen_zonder_bijstand() -> None:
    stappen = nu_doen(situatie_in("Oss")).stappen
    assert any("Vraag de gemeente of je geld kunt lenen tot je loon er is." in s for s in stappen)
    assert any("premie" in s for s in stappen)
    wajong = nu_doen(situatie_in("Zevenaar", uitkering="wajong_70")).stappen
    assert not any("lenen" in s or "premie" in s for s in wajong)


def test_elke_regeling_heeft_bron_datum_status_en_herkomst() -> None:
    """The source shown names a maker and a year; `herkomst` (never shown) says where and when it was read."""
    for stam, regelingen in alle_regelingen().items():
        for regeling in regelingen.regeling:
            assert regeling.bron and regeling.geldig_vanaf and regeling.status, stam
            assert re.search(r"\b(19|20)\d\d\b", regeling.bron), (stam, regeling.soort, "bron zonder jaar")
            assert re.search(r"gelezen[^;]*\b20\d\d\b", regeling.herkomst), (
                stam,
                regeling.soort,
                "herkomst zonder datum",
            )


def test_de_tekst_noemt_de_regelingen() -> None:
    from switchwijzer.uitleg import als_tekst

    situatie = situatie_in("Alphen aan den Rijn")
    tekst = als_tekst(situatie, bereken(situatie), Lezer("coach"))
    assert "Houdt uw cliënt de inkomenstoeslag?" in tekst and "Bron: Gemeente Alphen aan den Rijn" in tekst
