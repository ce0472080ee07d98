"""Scenarios side by side: each variant is computed by the real engine, and its rows use the answer's lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from switchwijzer.engine import Situatie, bereken
from switchwijzer.i18n import Invoerfout, geld
from switchwijzer.lezer import Lezer
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.scenarios import MAX_VARIANTEN, MET_VRIJLATING, Scenario, vergelijk

BASIS = Situatie.model_validate({
    "peildatum": "2026-03-01", "leeftijd": 24, "wonen": {"huurt": True, "kale_huur_per_maand": "650.50"},
    "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": "12.5"},
})


def _rij(vergelijking, naam: str):  # type: ignore[no-untyped-def]
    return next(r for r in vergelijking.rijen if r.naam == naam)


def test_meer_uren_geeft_een_ander_totaal_straks_dan_het_antwoord() -> None:
    v = vergelijk(BASIS, [Scenario(uren=Decimal(32))], Lezer("deelnemer"))
    basis, meer = v.kolommen
    assert meer.situatie.straks.uren_per_week == Decimal(32)
    assert meer.uitkomst.straks.totaal != basis.uitkomst.straks.totaal
    # the table shows what the engine says for each Situatie
    direct = bereken(
        BASIS.model_copy(update={"straks": BASIS.straks.model_copy(update={"uren_per_week": Decimal(32)})})
    )
    assert _rij(v, "Totaal straks").cellen == (geld(bereken(BASIS).straks.totaal), geld(direct.straks.totaal))


@pytest.mark.parametrize("rol", ["deelnemer", "ouder", "coach"])
def test_de_regels_hebben_dezelfde_namen_als_het_geldtabblad(rol: str) -> None:
    v = vergelijk(BASIS, [Scenario(uren=Decimal(20)), Scenario(soort_werk="regulier")], Lezer(rol))
    antwoord = maak_antwoord(BASIS, bereken(BASIS), Lezer(rol))
    regels = [r.naam for r in v.rijen if r.soort == "regel"]
    half = len(regels) // 2  # once for now, once for later
    assert regels[:half] == regels[half:] == [r.naam for r in antwoord.geld]
    for naam_nu, _naam_straks, rij in zip(regels[:half], regels[half:], antwoord.geld, strict=True):
        cellen_nu = next(r for r in v.rijen if r.naam == naam_nu and r.soort == "regel").cellen
        assert cellen_nu[0] == (geld(rij.nu, centen=rol == "coach") if rij.nu is not None else "–")


def test_een_latere_start_rekent_met_de_regels_van_die_maand() -> None:
    maart_2027 = date(2027, 3, 1)
    v = vergelijk(BASIS, [Scenario(start=maart_2027)], Lezer("deelnemer"))
    later = v.kolommen[1]
    direct = bereken(BASIS.model_copy(update={"peildatum": maart_2027}))
    assert later.uitkomst.parameters_geldig_vanaf == direct.parameters_geldig_vanaf == date(2027, 1, 1)
    assert later.uitkomst.straks.totaal == direct.straks.totaal
    assert later.uitkomst.straks.totaal != v.kolommen[0].uitkomst.straks.totaal
    assert _rij(v, "Totaal nu").cellen[1] == geld(direct.nu.totaal)
    assert "maart 2027" in later.naam


def test_maanden_met_vrijlating_hebben_een_teken_zoals_de_engine_zegt() -> None:
    v = vergelijk(BASIS, [Scenario(soort_werk="regulier"), Scenario(start=date(2027, 3, 1))], Lezer("deelnemer"))
    maanden = [r for r in v.rijen if r.soort == "maand"]
    assert maanden and MET_VRIJLATING in v.uitleg
    for kolom_nummer, kolom in enumerate(v.kolommen):
        for periode in kolom.uitkomst.verloop:
            rij = next(
                r
                for r in maanden
                if r.naam.startswith((f"Maand {periode.vanaf_maand}", f"Vanaf maand {periode.vanaf_maand}"))
            )
            cel = rij.cellen[kolom_nummer]
            # the months are after the costs when there are any (here the tax for afval, riool en water)
            na_kosten = any(k.antwoord.na_kosten for k in v.kolommen)
            assert cel.startswith(geld(periode.totaal_na_kosten if na_kosten else periode.totaal))
            assert cel.endswith(MET_VRIJLATING) == (periode.vrijlating is not None), (rij, periode)


def test_hoogstens_drie_varianten() -> None:
    v = vergelijk(BASIS, [Scenario(uren=Decimal(u)) for u in (10, 20, 30, 40)], Lezer("coach"))
    assert len(v.kolommen) == 1 + MAX_VARIANTEN
    assert all(len(r.cellen) == 1 + MAX_VARIANTEN for r in v.rijen)


def test_een_datum_zonder_bedragen_geeft_een_nederlandse_melding() -> None:
    with pytest.raises(Invoerfout, match="bedragen voor deze datum"):
        vergelijk(BASIS, [Scenario(start=date(2035, 1, 1))], Lezer("deelnemer"))


def test_de_naam_zegt_wat_anders_is() -> None:
    assert Scenario(uren=Decimal("32.5"), soort_werk="regulier").naam() == "32,5 uur, Gewone baan"
    assert Scenario().toepassen(BASIS) == BASIS
