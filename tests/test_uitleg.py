"""The B1 text layer: every engine code has a text for every role, the answer comes first, forms of
address stay apart, the glossary is complete, and `uitleg` never imports textual."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine import signalen as engine_signalen
from switchwijzer.engine.uitkomst import Signaal
from switchwijzer.i18n import geld
from switchwijzer.lezer import ROLLEN, Lezer
from switchwijzer.uitleg import als_tekst
from switchwijzer.uitleg.geld import reden_tekst
from switchwijzer.uitleg.kosten import heeft_kosten
from switchwijzer.uitleg.maanden import kop_blijvend
from switchwijzer.uitleg.signalen import signaal_tekst, signaal_teksten
from switchwijzer.uitleg.teksten import alle_varianten, lees_toml
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.woordenlijst import woorden

BASIS = {"peildatum": "2026-03-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
         "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 20}}


@pytest.mark.parametrize("code", sorted(engine_signalen.SIGNALEN))
@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("taal", ["nl", "en"])
def test_elk_signaal_heeft_tekst_per_rol(code: str, rol: str, taal: str) -> None:
    from switchwijzer import i18n

    assert code in signaal_teksten(), f"no text for signal {code} in content/teksten/signalen.toml"
    i18n.zet_taal(taal)
    try:
        zin = woorden_voor(Lezer(rol)).zeg(signaal_tekst(Signaal(code=code, gegevens={})))
    finally:
        i18n.zet_taal("nl")
    assert zin.strip()
    if rol == "deelnemer" and taal == "nl":
        assert " uw " not in f" {zin.lower()} ", zin
    if rol != "deelnemer" and taal == "nl":
        assert " je " not in f" {zin.lower()} " and " jij " not in f" {zin.lower()} ", zin


def test_geen_teksten_voor_codes_die_niet_bestaan() -> None:
    assert set(signaal_teksten()) <= set(engine_signalen.SIGNALEN)


@pytest.mark.parametrize("code", sorted(set(engine_signalen.REDENEN) | set(engine_signalen.NIET_BEREKEND)))
def test_elke_reden_heeft_tekst(code: str) -> None:
    assert reden_tekst(code), f"no text for reason {code} in content/teksten/redenen.toml"


def test_elke_tekst_heeft_nl_en_en() -> None:
    bronnen = [signaal_teksten(), lees_toml("teksten/uitleg.toml"), lees_toml("teksten/overzicht.toml"),
               lees_toml("teksten/redenen.toml")["redenen"],
               lees_toml("teksten/redenen.toml")["niet_berekend"]]
    for bron in bronnen:
        for sleutel, tekst in bron.items():
            for taal in ("nl", "en"):
                assert alle_varianten(tekst, taal), f"{sleutel} has no {taal}"
    for woord_id, data in woorden().items():
        assert data["uitleg"]["nl"] and data["uitleg"]["en"] and data["vormen"]["nl"], woord_id


@pytest.mark.parametrize("rol", ROLLEN)
def test_antwoord_eerst_en_tekst_compleet(rol: str) -> None:
    situatie = Situatie.model_validate(BASIS)
    uitkomst = bereken(situatie)
    tekst = als_tekst(situatie, uitkomst, Lezer(rol, "nl"))
    eerste = tekst.splitlines()[0]
    assert eerste == woorden_voor(Lezer(rol)).zeg(kop_blijvend(uitkomst, na_kosten=heeft_kosten(uitkomst)))
    assert "€" in eerste or "evenveel" in eerste
    assert "Dienst Toeslagen" in tekst
    if rol == "coach":
        assert "Regel:" in tekst and "Wet IB 2001" in tekst  # each number names its source
    engels = als_tekst(situatie, uitkomst, Lezer(rol, "en"))
    assert "per month" in engels


def test_kop_zegt_wat_blijft_en_vanaf_wanneer() -> None:
    situatie = Situatie.model_validate({**BASIS, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 32}})
    uitkomst = bereken(situatie)
    zin = woorden_voor(Lezer("deelnemer")).zeg(kop_blijvend(uitkomst, na_kosten=False))
    assert uitkomst.blijvend is not None and uitkomst.blijvend.verschil_per_maand >= Decimal(5)
    assert (
        zin.startswith("Met werk heb je vanaf ")
        and zin.endswith(" meer.")
        and geld(uitkomst.blijvend.verschil_per_maand) in zin
    )


def test_uitleg_laadt_geen_textual() -> None:
    code = "import sys, switchwijzer.uitleg, switchwijzer.tui.antwoorden; print('textual' in sys.modules)"
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"


def test_vragen_houden_de_aanspreekvorm_vast() -> None:
    """Participant texts never say "u/uw"; parent and coach texts never say "je/jij/jouw"."""
    import re

    from switchwijzer.uitleg.vragenlijst import vragen

    for vraag in vragen():
        teksten = [vraag.tekst, vraag.waarom, vraag.uitleg, vraag.weet_niet.aanname if vraag.weet_niet else None]
        teksten += [k.tekst for k in vraag.keuzes]
        for tekst in filter(None, teksten):
            je = woorden_voor(Lezer("deelnemer")).kies(tekst, "nl").lower()
            u = woorden_voor(Lezer("ouder")).kies(tekst, "nl").lower()
            assert not re.search(r"\b(u|uw)\b", je), (vraag.id, je)
            assert not re.search(r"\b(je|jij|jouw|jezelf)\b", u), (vraag.id, u)


def test_reporting_to_dienst_toeslagen_is_said_once() -> None:
    from switchwijzer.engine import Situatie, bereken
    from switchwijzer.uitleg.toeslagen import wat_doen

    situatie = Situatie.model_validate({
        "peildatum": "2026-07-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
        "nu": {"uitkering": "bijstand"}, "straks": {"uren_per_week": 24},
    })
    for rol in ("deelnemer", "ouder", "coach"):
        zinnen = woorden_voor(Lezer(rol)).zeg(wat_doen(bereken(situatie)))
        assert sum("Dienst Toeslagen" in z and "4 weken" in z for z in zinnen) == 1, zinnen


def test_when_nothing_is_computed_no_claim_about_toeslagen_is_made() -> None:
    from switchwijzer.engine import Situatie, bereken
    from switchwijzer.uitleg import als_tekst

    situatie = Situatie.model_validate({
        "peildatum": "2026-07-01", "leeftijd": 30,
        "nu": {"uitkering": "ww"},
    })
    uitkomst = bereken(situatie)
    assert not uitkomst.berekend
    tekst = als_tekst(situatie, uitkomst, Lezer("deelnemer", "nl"))
    assert "geen toeslagen" not in tekst
    assert "Met WW of WIA rekenen we niets uit" in tekst
