"""The wizard asks the age of today; the work may start years later. The age at the start (and in each month after
it) counts on from the day it was typed: the wage check, the first table and the months use it, and a month whose
amounts change because of the age says so. The engine's side: tests/engine/test_leeftijd.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from switchwijzer.engine import bereken
from switchwijzer.i18n import zet_taal
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.antwoorden import WEET_NIET, Antwoorden

VANDAAG = date(2026, 12, 6)
WAARDEN = {
    "leeftijd": Decimal(19),
    "woonsituatie": "ouders",
    "kostendelers": Decimal(2),
    "huurt_ouders": "ja",
    "uitkering": "bijstand",
    "ouders_helpen": "ja",
    "vergoeding": Decimal(0),
    "financiering": "wmo",
    "andere_wmo_hulp": "nee",
    "einddatum": WEET_NIET,
    "soort_werk": "beschut_werk",
    "uren": Decimal(24),
    "begonnen": "nee",
    "start": date(2027, 1, 1),
    "loon": WEET_NIET,
    "reiskosten": Decimal(0),
    "gemeente": "Utrecht",
}


def _wizard(**anders: object) -> Antwoorden:
    return Antwoorden(rol="ouder", peildatum=VANDAAG, waarden={**WAARDEN, **anders})


def test_de_leeftijd_is_van_vandaag_en_telt_door_tot_de_start() -> None:
    situatie = _wizard(start=date(2028, 9, 1)).situatie()
    assert situatie.leeftijd == 19 and situatie.leeftijd_op == VANDAAG
    assert situatie.leeftijd_in(situatie.peildatum) == 20  # 21 months later: certainly 20, perhaps 21
    u = bereken(situatie)
    assert u.straks is not None
    loon = u.straks.regel("loon")
    assert loon is not None
    # 20 years: 13,38 an hour (2027, carried on); 13,38 x 24 x 52 / 12 = 1.391,52
    assert next(o.bedrag for o in loon.onderdelen if o.naam == "bruto_loon") == Decimal("1391.52")


def test_het_uurloon_wordt_getoetst_aan_het_minimumloon_van_de_leeftijd_bij_de_start() -> None:
    # 19 today, 21 in January 2029 (2 years later): 14,00 is under the 15,29 for 21, not under the 11,47 for 19
    assert _wizard(start=date(2029, 1, 1)).uurloon_fout(Decimal("14.00")) is not None
    assert _wizard(start=date(2027, 1, 1)).uurloon_fout(Decimal("14.00")) is None


def test_de_maanden_zeggen_wanneer_de_leeftijd_de_bedragen_verandert() -> None:
    zet_taal("nl")
    wizard = _wizard()
    situatie = wizard.situatie()
    u = bereken(situatie)
    antwoord = maak_antwoord(situatie, u, Lezer("ouder"))
    # typed in December 2026: 20 in December 2027, 21 in December 2028
    redenen = {stuk.van_maand: " ".join(str(z) for z in stuk.redenen) for stuk in antwoord.maanden}
    assert "Uw kind is dan 20 jaar." in redenen[12] and "Uw kind is dan 21 jaar." in redenen[24]
    assert "jarig" in redenen[24]


def test_een_kind_dat_12_wordt_staat_bij_de_maand() -> None:
    from switchwijzer.engine import Situatie

    zet_taal("nl")
    situatie = Situatie.model_validate({
        "peildatum": "2027-01-01", "leeftijd": 30, "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [11]},
        "nu": {"uitkering": "geen"}, "straks": {"soort_werk": "regulier", "uren_per_week": 32}})
    antwoord = maak_antwoord(situatie, bereken(situatie), Lezer("deelnemer"))
    redenen = {stuk.van_maand: " ".join(str(z) for z in stuk.redenen) for stuk in antwoord.maanden}
    assert "Je kinderen zijn dan een jaar ouder." in redenen[13]
    assert not any("Je bent dan" in tekst for tekst in redenen.values())  # 31 changes no amount
