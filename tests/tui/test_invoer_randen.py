"""Typed answers at the edges: month names with a dot, numbers of absurd length, digits that are not 0-9, and
a number the wizard itself wrote back into a field (after + on the answer) that must read again."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from switchwijzer import i18n
from switchwijzer.i18n import Invoerfout, lees_datum, lees_getal, lees_maand
from switchwijzer.lezer import Lezer
from switchwijzer.tui.invoer import als_tekst, lees
from switchwijzer.uitleg.teksten import woorden as woorden_voor
from switchwijzer.uitleg.vragenlijst import vraag, vragen

GETYPTE_VRAGEN = [v for v in vragen() if v.soort != "keuze"]


@pytest.mark.parametrize(
    ("tekst", "maand"),
    [("mrt. 2027", date(2027, 3, 1)), ("Mrt. 2027", date(2027, 3, 1)), ("mrt.2027", date(2027, 3, 1)),
     ("sep. 2027", date(2027, 9, 1)), ("Mar. 2027", date(2027, 3, 1)), ("1 mrt. 2027", date(2027, 3, 1)),
     ("3.2027", date(2027, 3, 1)), ("1.3.2027", date(2027, 3, 1))],
)
def test_een_maand_met_een_punt_na_de_afkorting(tekst: str, maand: date) -> None:
    assert lees_maand(tekst) == maand


@pytest.mark.parametrize("tekst", ["1 mrt. 2027", "1 mrt 2027", "1 Mrt. 2027", "1.3.2027", "1 maart 2027"])
def test_een_datum_met_een_punt_na_de_afkorting(tekst: str) -> None:
    assert lees_datum(tekst) == date(2027, 3, 1)


def test_een_punt_na_een_onbekend_woord_blijft_een_melding() -> None:
    with pytest.raises(Invoerfout, match="maand"):
        lees_maand("mrtx. 2027")


@pytest.mark.parametrize("centen", [Decimal("-0.004"), Decimal("-0.001"), Decimal("-0")])
@pytest.mark.parametrize("taal", ["nl", "en"])
def test_geen_min_voor_nul_euro_met_centen(centen: Decimal, taal: str) -> None:
    i18n.zet_taal(taal)
    try:
        assert "-" not in i18n.geld(centen, centen=True)
        assert i18n.geld(Decimal("-0.005"), centen=True) == ("€\xa0-0,01" if taal == "nl" else "-€0.01")
    finally:
        i18n.zet_taal("nl")


@pytest.mark.parametrize("tekst", ["9" * 5000, "1" * 31, "1," + "0" * 5000, "€ " + "1.000" * 1000])
def test_een_absurd_lang_getal_wordt_geweigerd_voor_het_lezen(tekst: str) -> None:
    with pytest.raises(Invoerfout, match="te lang"):
        lees_getal(tekst)


@pytest.mark.parametrize("vraag_id", [v.id for v in GETYPTE_VRAGEN if v.soort != "tekst"])
@pytest.mark.parametrize("tekst", ["9" * 5000, "²", "4, ²", "١٢", "4, " + "1" * 4400])
def test_elke_getal_of_datumvraag_geeft_bij_rare_cijfers_een_melding(vraag_id: str, tekst: str) -> None:
    with pytest.raises(Invoerfout):
        lees(vraag(vraag_id), tekst, woorden_voor(Lezer("deelnemer")), vandaag=date(2026, 7, 1))


@given(tekst=st.text(max_size=60), vraag_nr=st.integers(0, len(GETYPTE_VRAGEN) - 1))
def test_elke_tekst_in_elke_getypte_vraag_geeft_een_waarde_of_een_melding(tekst: str, vraag_nr: int) -> None:
    with contextlib.suppress(Invoerfout):
        lees(GETYPTE_VRAGEN[vraag_nr], tekst, woorden_voor(Lezer("ouder")), vandaag=date(2026, 7, 1))


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("waarde", [Decimal("13.5"), Decimal("13"), Decimal("1234.5"), Decimal("0.25")])
def test_een_getal_dat_de_app_terugzet_leest_weer_als_hetzelfde_getal(taal: str, waarde: Decimal) -> None:
    """`+` on the answer and a saved intake put the value back in the field as text; typed numbers are read the
    Dutch way in both languages, so that text must be Dutch too ('13,5', never '13.5')."""
    i18n.zet_taal(taal)
    try:
        tekst = als_tekst(vraag("huur"), waarde)
    finally:
        i18n.zet_taal("nl")
    assert lees_getal(tekst) == waarde
