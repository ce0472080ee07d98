"""One answer over time, three renderers: the wizard (Geld and Per maand), the plain text and the PDF show the same
headline, the same first-months and later-cost lines, and the same stretches of months with their reasons."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from textual.widgets import Static

from switchwijzer.afdruk import maak_pdf
from switchwijzer.engine import Situatie, bereken
from switchwijzer.lezer import Lezer
from switchwijzer.tui.antwoorden import Antwoorden
from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.screens.uitkomst import UitkomstScherm
from switchwijzer.uitleg.antwoord import maak_antwoord
from switchwijzer.uitleg.tekst import als_tekst

VANDAAG = date(2026, 6, 15)
# Bijstand, start in July 2026: vrijlating n, art. 34a from January 2027, the kwijtschelding of 2026 kept, no
# vrijlating from July 2027, and estimates after the known rules.
ANTWOORDEN = {
    "leeftijd": Decimal(30), "woonsituatie": "alleen", "kostendelers": Decimal(0), "huurt": "ja",
    "huur": Decimal(650), "uitkering": "bijstand", "vergoeding": Decimal(0), "financiering": "wmo",
    "einddatum": "weet_niet", "soort_werk": "beschut_werk", "uren": Decimal(20), "uurloon": "weet_niet",
    "begonnen": "nee", "urenbeperking": "nee", "advies": "ja", "gemeente": "Lingewaard",
}


def _plat(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst.replace("\xa0", " ")).strip()


@pytest.mark.lang(15)
@pytest.mark.parametrize("rol", ["deelnemer", "coach"])
async def test_wizard_tekst_en_papier_zeggen_dezelfde_maanden(rol: str) -> None:
    app = SwitchwijzerApp(peildatum=VANDAAG, rol=rol)
    async with app.run_test(size=(120, 40)) as pilot:
        app.antwoorden = Antwoorden(rol, VANDAAG, dict(ANTWOORDEN))
        await app.push_screen(UitkomstScherm())
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, UitkomstScherm) and scherm.situatie is not None and scherm.uitkomst is not None
        await pilot.press("2")  # Per maand
        await pilot.pause()
        op_scherm = _plat(" ".join(str(w.render()) for w in scherm.query(Static)))
    situatie, uitkomst = scherm.situatie, scherm.uitkomst
    assert uitkomst == bereken(Situatie.model_validate(situatie.model_dump()))
    a = maak_antwoord(situatie, uitkomst, Lezer(rol))
    tekst = _plat(als_tekst(situatie, uitkomst, Lezer(rol)))
    papier = _plat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(maak_pdf(a, VANDAAG))).pages))
    zinnen = [a.kop, *a.kop_zinnen, a.nu_zin, a.maanden_uitleg,
              *(s.zin for s in a.maanden), *(r for s in a.maanden for r in s.redenen)]
    assert len(a.maanden) >= 4 and a.kop_zinnen
    for naam, weergave in (("wizard", op_scherm), ("tekst", tekst), ("pdf", papier)):
        ontbreekt = [z for z in zinnen if _plat(z) not in weergave]
        assert not ontbreekt, (naam, ontbreekt)
    # the headline is the lasting difference, and it is what the months say from then on
    assert uitkomst.blijvend is not None
    laatste = a.maanden[-1]
    assert laatste.van.isoformat()[:7] == uitkomst.blijvend.vanaf
    assert laatste.verschil == uitkomst.blijvend.verschil_na_kosten_per_maand
