"""A source a user sees names the law, table or report by title, year and section, never by a file name.

Checked on the real path: every guidance item in content/guidance (all roles, both languages), every value and
rule version in every parameter period, and every `bron`/`regel` the real `bereken` reports for a few situations
(2026 and 2027, bijstand and Wajong, a jaarwissel), plus the whole answer as text and the PDF's source list.
Where a maintainer read a text (a corpus file, a commit) goes in `herkomst` or a comment, never in `bron`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.parameters import alle_periodes, parameters_op
from switchwijzer.guidance.inhoud import items
from switchwijzer.guidance.kiezen import advies
from switchwijzer.i18n import TALEN
from switchwijzer.lezer import ROLLEN, Lezer
from switchwijzer.uitleg import als_tekst
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.bronnen import bronnen

BESTANDSNAAM = re.compile(
    r"\.(txt|ya?ml|toml|json|py)\b|\bseed\s|\bcommit\s|\b[0-9a-f]{40}\b|regelrecht-corpus", re.IGNORECASE
)
"""A file name, a research file ('Seed 000_…'), a commit (word or hash) or the law corpus a maintainer read."""

SITUATIES = {
    "bijstand_2026": {"peildatum": "2026-03-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
                      "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 20},
                      "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": "2026-05-01",
                                       "gemeente": "Amsterdam"}},
    "bijstand_onder_27_2026": {"peildatum": "2026-08-01", "leeftijd": 22, "huishouden": {"soort": "bij_ouders"},
                               "nu": {"uitkering": "bijstand"}, "straks": {"uren_per_week": 16},
                               "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": "2028-01-01",
                                                "gemeente": "Oss"}},
    "bijstand_jaarwissel": {"peildatum": "2026-11-01", "leeftijd": 35,
                            "wonen": {"huurt": True, "kale_huur_per_maand": 700},
                            "nu": {"uitkering": "bijstand"}, "straks": {"uren_per_week": 12},
                            "dagbesteding": {"financiering": "wmo", "indicatie_einddatum": "2026-06-01",
                                             "gemeente": "Almere"}},
    "bijstand_34a_2027": {"peildatum": "2027-03-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
                          "straks": {"soort_werk": "beschut_werk", "uren_per_week": 12, "maand_sinds_start": 3},
                          "dagbesteding": {"financiering": "wlz", "advies_beschut_werk": True, "gemeente": "Haarlem"}},
    "bijstand_medisch_2027": {"peildatum": "2027-05-01", "leeftijd": 40, "nu": {"uitkering": "bijstand"},
                              "straks": {"soort_werk": "regulier", "uren_per_week": 20, "maand_sinds_start": 20,
                                         "medisch_urenbeperkt": True},
                              "dagbesteding": {"financiering": "wmo", "gemeente": "Apeldoorn"}},
    "wajong_2026": {"peildatum": "2026-08-01", "leeftijd": 20,
                    "huishouden": {"soort": "bij_ouders", "kostendelers_27_plus": 2,
                                   "medebewoners_inkomen_per_jaar": 40000},
                    "wonen": {"huurt": True, "kale_huur_per_maand": 800},
                    "nu": {"uitkering": "wajong_70", "vergoeding_dagbesteding_per_maand": 25},
                    "straks": {"uren_per_week": 24}, "dagbesteding": {"gemeente": "Montfoort"}},
    "wajong_ouder_2027": {"peildatum": "2027-02-01", "leeftijd": 33,
                          "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [4, 9]},
                          "wonen": {"huurt": True, "kale_huur_per_maand": 750},
                          "nu": {"uitkering": "wajong_75"}, "straks": {"soort_werk": "regulier", "uren_per_week": 16},
                          "dagbesteding": {"gemeente": "Berg en Dal"}},
    "geen_uitkering_2026": {"peildatum": "2026-04-01", "leeftijd": 19, "huishouden": {"soort": "bij_ouders"},
                            "nu": {"uitkering": "geen"}, "straks": {"uren_per_week": 8},
                            "dagbesteding": {"gemeente": "Utrecht"}},
    "bijstand_juli_2026": {"peildatum": "2026-07-01", "leeftijd": 45,
                           "huishouden": {"soort": "met_partner", "partner_leeftijd": 44},
                           "nu": {"uitkering": "bijstand"}, "straks": {"uren_per_week": 24},
                           "dagbesteding": {"financiering": "onbekend", "gemeente": "Aa en Hunze"}},
}


def _fout(waar: str, tekst: str) -> str | None:
    treffer = BESTANDSNAAM.search(tekst)
    return f"{waar}: '{treffer.group(0)}' in {tekst!r}" if treffer else None


def _bronnen_in(data: object, waar: str) -> Iterator[tuple[str, str]]:
    """Every `bron` and `regel` string anywhere in a dumped Uitkomst (lines, parameters, rule versions, signals)."""
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            if sleutel in ("bron", "regel") and isinstance(waarde, str):
                yield f"{waar}.{sleutel}", waarde
            else:
                yield from _bronnen_in(waarde, f"{waar}.{sleutel}")
    elif isinstance(data, list):
        for nummer, waarde in enumerate(data):
            yield from _bronnen_in(waarde, f"{waar}[{nummer}]")


def test_het_patroon_vangt_een_bestandsnaam() -> None:
    for fout in ("Seed 000_3e02b829a3f2ccd2.txt, §2.2.7", "participatiewet/2026-01-01.yaml",
                 "content/parameters/2027-01-01.toml", "commit 0dc72c8f0fb3a0f9b8a0834d1f8230c541ac84b7"):
        assert BESTANDSNAAM.search(fout), fout
    for goed in ("Participatiewet art. 34a lid 1 a (wettekst van 1 januari 2026)", "Wet IB 2001 art. 8.10",
                 "De Beleidsonderzoekers en Berenschot, 'Doorgroeien van dagbesteding naar werk' (2023), § 2.2.7"):
        assert not BESTANDSNAAM.search(goed), goed


def test_elk_advies_item_noemt_geen_bestand() -> None:
    fouten = [_fout(f"content/guidance {item.id}", item.bron) for item in items()]
    assert not [f for f in fouten if f], "\n".join(f for f in fouten if f)


def test_elke_lokale_regeling_noemt_geen_bestand() -> None:
    from switchwijzer.guidance.regelingen import alle_regelingen

    fouten = [_fout(f"content/regelingen {stam} {r.soort}", r.bron)
              for stam, regelingen in alle_regelingen().items() for r in regelingen.regeling]
    assert not [f for f in fouten if f], "\n".join(f for f in fouten if f)


def test_elke_parameter_en_regelversie_noemt_geen_bestand() -> None:
    fouten = []
    for kop, _ in alle_periodes():
        params = parameters_op(kop.geldig_vanaf)
        fouten += [_fout(f"{kop.geldig_vanaf} {pad}", w.bron) for pad, w in params.waarden.items()]
        fouten += [_fout(f"{kop.geldig_vanaf} regels.{naam}", r.bron) for naam, r in params.regels.items()]
    assert not [f for f in fouten if f], "\n".join(f for f in fouten if f)


def test_herkomst_blijft_uit_de_uitkomst() -> None:
    """The maintainers' field exists on the loaded values, but `bereken` never copies it into what it reports."""
    params = parameters_op(date(2027, 1, 1))
    assert params.waarden["bijstand.vrijlating.art34a_a"].herkomst
    uitkomst = bereken(Situatie.model_validate(SITUATIES["bijstand_34a_2027"]))
    assert "herkomst" not in uitkomst.model_dump_json()


@pytest.mark.parametrize("naam", sorted(SITUATIES))
def test_wat_bereken_meldt_noemt_geen_bestand(naam: str) -> None:
    situatie = Situatie.model_validate(SITUATIES[naam])
    uitkomst = bereken(situatie)
    gevonden = list(_bronnen_in(uitkomst.model_dump(mode="json"), naam))
    assert any("parameters" in waar for waar, _ in gevonden), "the walk found no parameter sources"
    fouten = [_fout(waar, tekst) for waar, tekst in gevonden]
    assert not [f for f in fouten if f], "\n".join(f for f in fouten if f)


@pytest.mark.parametrize("naam", sorted(SITUATIES))
def test_het_antwoord_als_tekst_noemt_geen_bestand(naam: str) -> None:
    """What a reader gets: the whole answer (the coach sees every source and rule line), advice and PDF sources."""
    situatie = Situatie.model_validate(SITUATIES[naam])
    uitkomst = bereken(situatie)
    fouten = []
    for rol in ROLLEN:
        for taal in TALEN:
            fouten += [_fout(f"{naam} {rol}/{taal} advies {i.id}", i.bron) for i in advies(situatie, Lezer(rol, taal))]
            fouten += [_fout(f"{naam} {rol}/{taal} tekst regel {n}", r)
                       for n, r in enumerate(als_tekst(situatie, uitkomst, Lezer(rol, taal)).splitlines())]
        fouten += [
            _fout(f"{naam} {rol} pdf-bronnen", b) for b in bronnen(maak_antwoord(situatie, uitkomst, Lezer(rol)))
        ]
    assert not [f for f in fouten if f], "\n".join(f for f in fouten if f)
