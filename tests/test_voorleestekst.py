"""What the voice reads: each part of the answer from the answer model, and each question from the question data.

Checked over every worked example (tests/cases/), every role and both languages: nothing the answer says is
left out, nothing is a symbol, the reader's words stay, and `bereken --voorleestekst` prints exactly it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from engine.werkvoorbeelden import alle
from switchwijzer import i18n
from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.uitspraak import bedrag, zinnen
from switchwijzer.uitleg.voorlezen import DELEN, antwoord_zinnen, voorleestekst, vraag_zinnen
from switchwijzer.uitleg.vragenlijst import vraag

BIJSTAND_20_UUR = {"peildatum": "2026-07-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
                   "straks": {"soort_werk": "regulier", "uren_per_week": 20}}
START_NOVEMBER_MET_KOSTEN = {
    "peildatum": "2026-11-01", "leeftijd": 30, "nu": {"uitkering": "bijstand"},
    "wonen": {"huurt": True, "kale_huur_per_maand": 600},
    "dagbesteding": {"financiering": "wlz", "wlz_zorg": "vpt"},
    "straks": {"soort_werk": "regulier", "uren_per_week": 12},
}
SPREEKBAAR = re.compile(r"^[\w ,.:;?!'’-]+$")
"""All a sentence for the voice may hold: words, digits, spaces and punctuation that makes a pause."""


def _situaties() -> list[Situatie]:
    uit = [Situatie.model_validate(BIJSTAND_20_UUR), Situatie.model_validate(START_NOVEMBER_MET_KOSTEN)]
    for voorbeeld in alle():
        if voorbeeld.weigering is None:
            uit.append(Situatie.model_validate(voorbeeld.situatie))
    return uit


@pytest.mark.lang(20)
@pytest.mark.parametrize("taal", ["nl", "en"])
def test_elke_zin_van_elk_voorbeeld_is_spreekbaar_en_niets_valt_weg(taal: str) -> None:
    for situatie in _situaties():
        uitkomst = bereken(situatie)
        for rol in ("deelnemer", "ouder", "coach"):
            delen = voorleestekst(situatie, uitkomst, Lezer(rol, taal))
            assert len(delen) == len(DELEN)
            gesproken = [zin for deel in delen for zin in deel]
            onspreekbaar = [zin for zin in gesproken if not SPREEKBAAR.match(zin)]
            assert not onspreekbaar, onspreekbaar
            i18n.zet_taal(taal)
            try:
                a = maak_antwoord(situatie, uitkomst, Lezer(rol))
                gezegd = [
                    a.kop,
                    *a.kop_zinnen,
                    a.nu_zin,
                    a.tabel_titel,
                    a.schatting,
                    a.regels_zin,
                    *a.geld_zinnen,
                    a.maanden_uitleg,
                    *(r for s in a.maanden for r in s.redenen),
                    *a.uren_zinnen,
                    *a.jaarwissel,
                    *a.melden,
                    *a.ouders,
                    *a.aannames,
                    *(
                        s
                        for d in a.delen
                        for s in (*d.stappen, *(t for i in d.items for t in (i.titel, i.tekst, *i.acties)))
                    ),
                ]
                ontbreekt = [zin for zin in zinnen([z for z in gezegd if z]) if zin not in gesproken]
            finally:
                i18n.zet_taal("nl")
            assert not ontbreekt, ontbreekt


def _geld(json_: dict, rol: str = "deelnemer") -> tuple[list[str], object]:
    situatie = Situatie.model_validate(json_)
    antwoord = maak_antwoord(situatie, bereken(situatie), Lezer(rol))
    return antwoord_zinnen(antwoord, "geld"), antwoord


def test_het_geldtabblad_leest_de_regels_met_hun_bedragen_zonder_tabel() -> None:
    zinnen_, a = _geld(START_NOVEMBER_MET_KOSTEN)
    assert zinnen_[0] == "Wat verandert er aan je geld?"
    assert zinnen_[1] == zinnen([a.kop])[0] and ("euro" in zinnen_[1] or "evenveel" in zinnen_[1])
    loon = next(r for r in a.geld if r.code == "loon")
    assert loon.nu is None and loon.straks is not None
    assert f"Loon: zonder werk niets, met werk {bedrag(loon.straks)}." in zinnen_
    eigen_bijdrage = next(r for r in a.kosten if r.nu is not None and r.nu < 0)
    assert f"{eigen_bijdrage.naam.replace('Wlz', 'W-L-Z')}: zonder werk min {bedrag(-eigen_bijdrage.nu)}," in " ".join(
        zinnen_
    )
    assert a.totaal_na_kosten is not None
    assert (f"Na de kosten: zonder werk {bedrag(a.totaal_na_kosten[0])}, met werk {bedrag(a.totaal_na_kosten[1])}."
            in zinnen_)
    assert "Wat verandert er op 1 januari 2027?" in zinnen_
    assert not any("€" in zin or "–" in zin for zin in zinnen_)


def test_de_budgetcoach_hoort_centen_de_anderen_hele_euros() -> None:
    coach, a = _geld(BIJSTAND_20_UUR, "coach")
    bijstand = next(r for r in a.geld if r.code == "bijstand")
    assert bijstand.nu is not None and bijstand.nu != bijstand.nu.to_integral_value()
    assert f"Bijstand: zonder werk {bedrag(bijstand.nu, centen=True)}," in " ".join(coach)
    assert " cent" in bedrag(bijstand.nu, centen=True)
    deelnemer, _ = _geld(BIJSTAND_20_UUR)
    assert f"Bijstand: zonder werk {bedrag(bijstand.nu)}," in " ".join(deelnemer)
    assert not any(" cent" in zin for zin in deelnemer if zin.startswith("Bijstand:"))


@pytest.mark.parametrize(("rol", "woorden"), [("deelnemer", "je geld"), ("ouder", "uw kind"), ("coach", "uw cliënt")])
def test_de_woorden_van_de_rol_blijven(rol: str, woorden: str) -> None:
    zinnen_, _ = _geld(BIJSTAND_20_UUR, rol)
    assert woorden in zinnen_[0]
    if rol != "deelnemer":
        assert not any(re.search(r"\bje\b", zin) for zin in zinnen_[:2]), zinnen_[:2]


def test_in_het_engels_een_tabblad_in_engelse_woorden() -> None:
    situatie = Situatie.model_validate(BIJSTAND_20_UUR)
    geld = voorleestekst(situatie, bereken(situatie), Lezer("ouder", "en"))[0]
    assert geld[0] == "What changes in the money of your child?"
    assert any(zin.startswith("Wage: without work nothing, with work ") and zin.endswith(" euros.") for zin in geld), (
        geld
    )
    assert i18n.taal() == "nl", "the language is put back"


def test_een_keuzevraag_met_nummers_en_weet_ik_niet_als_laatste_keuze() -> None:
    v = vraag("wlz_zorg")
    zinnen_ = vraag_zinnen(v, woorden_voor(Lezer("ouder")), v.keuzes[:2])
    assert zinnen_[0].endswith("?")
    keuzes = [z for z in zinnen_ if z.startswith("Keuze ")]
    assert [k.split(":")[0] for k in keuzes] == ["Keuze 1", "Keuze 2", "Keuze 3"]
    assert keuzes[-1] == "Keuze 3: Weet ik niet."
    assert "Waarom vragen we dit?" not in zinnen_
    assert (
        vraag_zinnen(v, woorden_voor(Lezer("ouder")), v.keuzes[:2], waarom=True)[len(zinnen_)]
        == "Waarom vragen we dit?"
    )


def test_een_vraag_om_te_typen_zegt_wat_er_mis_is_en_hoe_je_antwoordt() -> None:
    v = vraag("reiskosten")
    zinnen_ = vraag_zinnen(v, woorden_voor(Lezer("deelnemer")), [], fout="Typ alleen cijfers, bijvoorbeeld 12,5.")
    assert zinnen_[0] == "Wat kost reizen naar je werk per maand?"
    assert zinnen_[-4:] == ["Typ alleen cijfers, bijvoorbeeld 12,5.", "Typ het antwoord.", "Druk dan op Enter.",
                            "Of kies: Weet ik niet."]  # the question and its explanation, what is wrong, how


def test_bereken_voorleestekst_drukt_precies_de_voorgelezen_tekst_af() -> None:
    situatie = Situatie.model_validate(START_NOVEMBER_MET_KOSTEN)
    verwacht = voorleestekst(situatie, bereken(situatie), Lezer("ouder", "nl"))
    uit = subprocess.run(
        [sys.executable, "-m", "switchwijzer", "bereken", "--voorleestekst", "--rol", "ouder", "-"],
        input=json.dumps(START_NOVEMBER_MET_KOSTEN), capture_output=True, text=True, timeout=60, check=True,
    )
    assert uit.stdout == "\n\n".join("\n".join(deel) for deel in verwacht) + "\n"
    assert uit.stderr == ""
