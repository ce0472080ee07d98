"""Mijn overzicht as a PDF: what the answer model says is on the paper, in Dutch numbers, in the reader's words.

The text is read back out of the PDF with pypdf (a test-only dependency), so these tests check the file a person
gets, not the code that made it. Page 1 of each role is also rendered to PNG with poppler's pdftoppm.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from switchwijzer import i18n
from switchwijzer.afdruk import maak_pdf
from switchwijzer.engine import Situatie, bereken
from switchwijzer.i18n import geld
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.woordenlijst import gebruikte_woorden, woord

GEMAAKT = date(2026, 11, 26)
# tests/cases/jaarwissel_2026_2027.toml, with rent and a dagbesteding indicatie: a start in November 2026,
# so the answer has 2026 rules, a year change and 2027 estimates.
START_NOVEMBER = {
    "peildatum": "2026-11-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 600},
    "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 12},
    "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": "2027-06-30", "gemeente": "Utrecht"},
}
WW = {"peildatum": "2026-07-01", "leeftijd": 40, "nu": {"uitkering": "ww"},
      "straks": {"soort_werk": "regulier", "uren_per_week": 20}}
WOORDEN = {"deelnemer": ("Mijn overzicht", "je "), "ouder": ("Overzicht voor uw kind", "uw kind"),
           "coach": ("Overzicht voor uw cliënt", "uw cliënt")}


def _plat(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst.replace("\xa0", " ")).strip()


def _pdf(json: dict, rol: str) -> tuple[bytes, object]:
    situatie = Situatie.model_validate(json)
    antwoord = maak_antwoord(situatie, bereken(situatie), Lezer(rol))
    return maak_pdf(antwoord, GEMAAKT), antwoord


VOETREGEL = re.compile(r"Switchwijzer · [^·]+ · [^·]+ · Bladzijde \d+ van \d+ ?")
"""The page footer; a sentence that runs on to the next page is read without it."""


def _tekst(data: bytes) -> str:
    return VOETREGEL.sub("", _plat("\n".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(data)).pages)))


@pytest.mark.parametrize("rol", list(WOORDEN))
def test_het_overzicht_zegt_wat_het_antwoord_zegt_in_nederlandse_bedragen(rol: str) -> None:
    data, a = _pdf(START_NOVEMBER, rol)
    assert data.startswith(b"%PDF")
    tekst = _tekst(data)
    kop, aanspreekvorm = WOORDEN[rol]
    assert tekst.startswith(kop) and a.afdruk_titel == kop
    assert aanspreekvorm in tekst
    assert "Gemaakt met Switchwijzer op 26 november 2026" in tekst
    # the totals now and later, as the reader's table shows them: whole euros, cents for the coach
    nu, straks = a.totaal
    assert f"Totaal per maand {_plat(geld(nu, centen=a.centen))} {_plat(geld(straks, centen=a.centen))}" in tekst
    assert re.search(r"€ \d\.\d{3}" + (r",\d\d" if a.centen else r"(?![\d,])"), tekst)
    ontbreekt = [zin for zin in (a.kop, *a.kop_zinnen, a.nu_zin, a.tabel_titel, a.regels_zin, *a.jaarwissel,
                                 a.maanden_uitleg, *(s.zin for s in a.maanden), *a.geld_zinnen,
                                 *a.uren_zinnen, *a.melden, *a.aannames,
                                 *(s for d in a.delen for s in d.stappen), *(i.titel for d in a.delen for i in d.items))
                 if zin and _plat(zin) not in tekst]
    assert not ontbreekt, ontbreekt
    # the indicatie date, the rules' date and that the 2027 amounts are an estimate
    assert "30 juni 2027" in tekst
    assert "vanaf 1 juli 2026" in tekst and "(schatting)" in tekst
    # the chart's axes and marks, in words
    assert "uur per week" in tekst and "Geld per maand" in tekst
    # where the uitkering stops (25,1 hours) as people say it: from the next half hour
    assert "Gekozen: 12 uur per week" in tekst and "Vanaf 25,5 uur per week: geen uitkering meer" in tekst
    assert "25,1" not in tekst
    assert "Bronnen" in tekst and "Pw art. 21 a" in tekst


@pytest.mark.parametrize("rol", ["deelnemer", "ouder"])
def test_bronnen_noemen_wet_en_artikel_nooit_een_bestandsnaam(rol: str) -> None:
    tekst = _tekst(_pdf(START_NOVEMBER, rol)[0])
    assert "Participatiewet art. 44 lid 1" in tekst
    assert not re.search(r"\.(txt|ya?ml|toml|json)\b|seed", tekst, re.IGNORECASE), tekst


def test_de_coach_krijgt_de_regels_en_parameters_achter_elk_bedrag() -> None:
    tekst = _tekst(_pdf(START_NOVEMBER, "coach")[0])
    assert "Regels en bronnen" in tekst
    assert "Regel: Pw art. 21 a" in tekst and "bijstand.norm.alleenstaand_21 = 1.419,46" in tekst
    assert "€ 1.419,46" in tekst


@pytest.mark.parametrize("rol", list(WOORDEN))
def test_elk_teken_staat_in_het_lettertype(rol: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        _pdf(START_NOVEMBER, rol)
    assert not [r for r in caplog.records if "missing" in r.getMessage()], caplog.text


def test_een_antwoord_zonder_berekening_geeft_een_overzicht_zonder_grafiek() -> None:
    data, a = _pdf(WW, "deelnemer")
    tekst = _tekst(data)
    assert not a.berekend and _plat(a.kop) in tekst
    assert "Gekozen:" not in tekst and "Geld per maand" not in tekst


def test_in_het_engels_is_het_overzicht_engels() -> None:
    i18n.zet_taal("en")
    try:
        tekst = _tekst(_pdf(START_NOVEMBER, "ouder")[0])
    finally:
        i18n.zet_taal("nl")
    assert tekst.startswith("Summary for your child")
    assert "Chosen: 12 hours per week" in tekst


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None and os.environ.get("CI") != "true",  # CI installs it (.ci/run) and must run this
    reason="pdftoppm (Debian: poppler-utils) is not installed",
)
@pytest.mark.parametrize("rol", list(WOORDEN))
def test_bladzijde_1_wordt_een_plaatje(rol: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{rol}.pdf"
    pdf.write_bytes(_pdf(START_NOVEMBER, rol)[0])
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "2", "-png", str(pdf), str(tmp_path / rol)],
                   check=True, timeout=60)
    plaatjes = sorted(tmp_path.glob(f"{rol}-*.png"))
    assert len(plaatjes) == 2 and all(p.stat().st_size > 10_000 for p in plaatjes)


@pytest.mark.parametrize("rol", list(WOORDEN))
def test_het_overzicht_legt_de_moeilijke_woorden_erop_uit(rol: str) -> None:
    """On paper there is no F2: every glossary word on the pages is explained at the end, to this reader."""
    data, _a = _pdf(START_NOVEMBER, rol)
    tekst = _tekst(data)
    assert "Wat betekenen deze woorden?" in tekst
    hoofdtekst, woorden = tekst.split("Wat betekenen deze woorden?", 1)
    gebruikt = gebruikte_woorden([hoofdtekst], "nl")
    assert {"bijstand", "zorgtoeslag", "indicatie"} <= set(gebruikt), gebruikt
    for woord_id in gebruikt:
        w = woord(woord_id, woorden_voor(Lezer(rol)))
        assert _plat(f"{w.titel} {w.uitleg}") in woorden, woord_id


def _bladzijden(data: bytes) -> list[str]:
    return [_plat(pagina.extract_text()) for pagina in PdfReader(io.BytesIO(data)).pages]


# 19, bijstand, 8 hours, start January 2027: the chart's heading was the last line of page 1, the chart on page 2
@pytest.mark.parametrize("leeftijd", [19, 30])
@pytest.mark.parametrize("uren", [8, 24])
@pytest.mark.parametrize("start", ["2026-07-01", "2027-01-01"])
@pytest.mark.parametrize("rol", ["deelnemer", "coach"])
def test_de_kop_van_de_grafiek_staat_op_dezelfde_bladzijde_als_de_grafiek(
    leeftijd: int, uren: int, start: str, rol: str
) -> None:
    data, antwoord = _pdf({"peildatum": start, "leeftijd": leeftijd, "nu": {"uitkering": "bijstand"},
                           "straks": {"soort_werk": "beschut_werk", "uren_per_week": uren},
                           "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": "2027-06-30"}}, rol)
    bladzijden = _bladzijden(data)
    kop = _plat(antwoord.grafiek_titel)[:40]
    met_kop = [i for i, tekst in enumerate(bladzijden) if kop in tekst]
    met_legenda = [i for i, tekst in enumerate(bladzijden) if "Gekozen:" in tekst]
    assert met_kop and met_kop == met_legenda


def test_een_grafiek_die_niet_past_laat_minder_dan_een_derde_bladzijde_leeg() -> None:
    """When the chart moves to the next page, what stayed empty is less than the smallest chart with its heading
    (of two lines)."""
    from switchwijzer.afdruk.pdf import GRAFIEK_MINSTE, KOPJE, MARGE, ONDER_GRAFIEK, regelhoogte

    hoogste_leeg = 5 + 2 * regelhoogte(KOPJE) + 3 + GRAFIEK_MINSTE + ONDER_GRAFIEK
    assert hoogste_leeg < (297 - 2 * MARGE) / 3


def test_de_keuzes_naast_elkaar_staan_in_het_overzicht() -> None:
    from switchwijzer.uitleg.scenarios import Scenario, vergelijk

    situatie = Situatie.model_validate(START_NOVEMBER)
    antwoord = maak_antwoord(situatie, bereken(situatie), Lezer("ouder"))
    vergelijking = vergelijk(situatie, [Scenario(uren=Decimal(32)), Scenario(soort_werk="regulier")], Lezer("ouder"))
    tekst = _tekst(maak_pdf(antwoord, GEMAAKT, vergelijking))
    assert "Keuzes naast elkaar" in tekst and "Kolom 1 is het antwoord" in tekst
    assert "1 Antwoord" in tekst and "2 32 uur" in tekst and "3 Gewone baan" in tekst
    for kolom in vergelijking.kolommen:  # each choice's total later, as on the compare screen
        assert _plat(geld(kolom.uitkomst.straks.totaal)) in tekst
    assert "Keuzes naast elkaar" not in _tekst(maak_pdf(antwoord, GEMAAKT))  # none made: no section
