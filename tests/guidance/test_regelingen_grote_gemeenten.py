"""The local regelingen of the 25 largest gemeenten (CBS, 1 January 2025): every one is either in
content/regelingen or named in docs/onderzoek-gemeenten.md with what to ask; names as people type them match the
right file and nothing else; a gemeente we do not know gets a short, role-aware list of questions; the command line
names the regelingen with source and date. Real `bereken`, real content files, the real CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from regelingen_hulp import nu_doen, situatie_in

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.gemeente import gemeente_sleutel
from switchwijzer.engine.parameters import parameters_op
from switchwijzer.guidance.gemeenten import naam_sleutel
from switchwijzer.guidance.regelingen import LANDELIJK, alle_regelingen, beoordeel, te_vragen, van_gemeente

ONDERZOEK = Path(__file__).parents[2] / "docs" / "onderzoek-gemeenten.md"

GROOTSTE_25 = (
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
    "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Haarlemmermeer", "Enschede", "Amersfoort", "Zaanstad",
    "'s-Hertogenbosch", "Zwolle", "Leiden", "Zoetermeer", "Leeuwarden", "Ede", "Maastricht", "Dordrecht",
)
ZONDER_BESTAND = frozenset({"Apeldoorn", "'s-Hertogenbosch", "Dordrecht"})
"""Nothing usable found (see the research note): these get the questions a gemeente we do not know gets."""
VERPLICHT = ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
             "Nijmegen")


def _item(situatie: Situatie, titel: str, rol: str = "deelnemer"):
    return next(i for i in nu_doen(situatie, rol).items if i.titel == titel)


# ---- the list and the research note ---------------------------------------------------------------------------


@pytest.mark.parametrize("gemeente", GROOTSTE_25)
def test_elke_grote_gemeente_heeft_regelingen_of_staat_in_het_onderzoek(gemeente: str) -> None:
    onderzoek = ONDERZOEK.read_text(encoding="utf-8")
    assert f"## {gemeente}" in onderzoek, f"{gemeente} ontbreekt in {ONDERZOEK.name}"
    regelingen = van_gemeente(gemeente)
    if gemeente in ZONDER_BESTAND:
        assert regelingen is None
        return
    assert regelingen is not None and regelingen.regeling, gemeente
    assert all(r.bron and r.herkomst and r.geldig_vanaf for r in regelingen.regeling)


def test_de_tien_die_het_issue_noemt_hebben_een_bestand() -> None:
    assert not [g for g in VERPLICHT if van_gemeente(g) is None]


# ---- names as people type them -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("getypt", "naam"),
    [
        ("Den Haag", "de gemeente Den Haag"), ("den haag", "de gemeente Den Haag"),
        ("'s-Gravenhage", "de gemeente Den Haag"), ("’s-Gravenhage", "de gemeente Den Haag"),
        ("s Gravenhage", "de gemeente Den Haag"), ("Gemeente 's-Gravenhage", "de gemeente Den Haag"),
        ("  DEN   HAAG ", "de gemeente Den Haag"), ("Den-Haag", "de gemeente Den Haag"),
        ("Utrecht (stad)", "de gemeente Utrecht"), ("stad Utrecht", "de gemeente Utrecht"),
        ("gemeente utrecht", "de gemeente Utrecht"), ("Utrecht (gemeente)", "de gemeente Utrecht"),
        ("Rotterdam (stad)", "de gemeente Rotterdam"), ("Eindhoven (gemeente)", "de gemeente Eindhoven"),
        ("Weesp", "de gemeente Amsterdam"), ("Zaandam", "de gemeente Zaanstad"),
        ("Hoofddorp", "de gemeente Haarlemmermeer"), ("Vaals", "Sociale Zaken Maastricht Heuvelland"),
        ("Súdwest", None), ("Utrecht (provincie)", None), ("provincie Utrecht", None), ("Den", None),
        ("Haag", None), ("Amster", None), ("Rotterdam-Zuid", None), ("Haren", None), ("Valkenburg", None),
        ("Rozenburg", None), ("'s", None), ("(stad)", None), ("", None), (None, None),
    ],
)
def test_gemeentenaam_zoals_getypt_zonder_gokken(getypt: str | None, naam: str | None) -> None:
    """Case, accents, hyphens, apostrophes and 'gemeente'/'stad (stad)' do not matter; a part of a name, a province
    or a village name that exists in two gemeenten (Haren, Valkenburg, Rozenburg) matches nothing."""
    gevonden = van_gemeente(getypt)
    assert (gevonden.naam if gevonden else None) == naam


def test_geen_naam_staat_in_twee_bestanden() -> None:
    eigenaar: dict[str, str] = {}
    for stam, regelingen in alle_regelingen().items():
        for naam in (*regelingen.gemeenten, *regelingen.ook):
            sleutel = naam_sleutel(naam)
            assert sleutel, (stam, naam)
            assert eigenaar.setdefault(sleutel, stam) == stam, f"{naam!r} in {stam} en {eigenaar[sleutel]}"


def test_elk_bestand_heet_naar_zijn_eerste_gemeente() -> None:
    for stam, regelingen in alle_regelingen().items():
        if stam != LANDELIJK:
            assert naam_sleutel(regelingen.gemeenten[0]) == stam, stam


ALLE_NAMEN = [(stam, naam) for stam, rs in alle_regelingen().items() for naam in (*rs.gemeenten, *rs.ook)]


@given(st.sampled_from(ALLE_NAMEN), st.lists(st.booleans(), min_size=60, max_size=60),
       st.sampled_from(["", "gemeente ", "Gemeente ", "stad "]), st.sampled_from(["", " ", "  "]))
def test_elke_naam_blijft_vindbaar_met_andere_hoofdletters_en_spaties(paar, hoofdletters, voor, rand) -> None:
    """Property: any mix of capitals, surrounding spaces and a 'gemeente '/'stad ' prefix finds the same file."""
    stam, naam = paar
    getypt = (
        rand
        + voor
        + "".join(c.upper() if hoog else c.lower() for c, hoog in zip(naam, hoofdletters, strict=False))
        + rand
    )
    assert van_gemeente(getypt) == alle_regelingen()[stam]


# ---- what the answer says ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("rol", "persoon"), [("deelnemer", "Krijg ik een inkomenstoeslag?"),
                                               ("ouder", "Krijgt uw kind een inkomenstoeslag?"),
                                               ("coach", "Krijgt uw cliënt een inkomenstoeslag?")])
def test_onbekende_gemeente_krijgt_een_korte_lijst_vragen(rol: str, persoon: str) -> None:
    """Never silence: Oss and a gemeente we do not know get three questions, in the words of the role."""
    for gemeente in ("Oss", "Dordrecht", None):
        item = next(i for i in nu_doen(situatie_in(gemeente), rol).items
                    if i.titel.endswith("de hulp van de gemeente bij een laag inkomen?"))
        assert len(item.acties) == 3 and item.acties[0].startswith(persoon)
        assert any("zorgverzekering met korting" in a for a in item.acties)
        assert any("pas van de gemeente" in a for a in item.acties)


def test_bekende_gemeente_vraagt_alleen_wat_we_niet_weten() -> None:
    """Rotterdam: the inkomenstoeslag is known (no question about it); the zorgverzekering and a pas are not."""
    situatie = situatie_in("Rotterdam")
    gemeente, soorten = te_vragen(situatie, bereken(situatie))
    assert gemeente is not None and soorten == ["collectieve_zorgverzekering", "minimapas"]
    item = _item(situatie, "Wat kun je de gemeente Rotterdam nog vragen?")
    assert len(item.acties) == 2 and not any("inkomenstoeslag" in a for a in item.acties)
    assert not any(
        i.titel == "Wat kun je de gemeente Utrecht nog vragen?" for i in nu_doen(situatie_in("Utrecht")).items
    )


def test_geen_vragen_wie_nu_al_boven_elke_grens_zit() -> None:
    situatie = situatie_in("Oss", uitkering="wajong_70", soort="met_partner", partner_netto_per_maand=2500,
                         partner_leeftijd=30)
    assert te_vragen(situatie, bereken(situatie)) == (None, [])


@pytest.mark.parametrize(("huishouden", "bedrag"), [
    ({"soort": "alleenstaand"}, "€\xa0200 per jaar"),
    ({"soort": "alleenstaande_ouder", "kinderen": [8]}, "€\xa0300 per jaar"),
    ({"soort": "met_partner", "partner_leeftijd": 30}, "€\xa0300 tot €\xa0400 per jaar"),
])
def test_rotterdam_inkomenstoeslag_per_huishouden(huishouden: dict, bedrag: str) -> None:
    """Verordening individuele inkomenstoeslag Rotterdam 2025 art. 3-4: 105 % over 36 months; 200/300/300-400."""
    item = _item(situatie_in("Rotterdam", **huishouden), "Houd je de inkomenstoeslag?")
    assert f"Dat is {bedrag}." in item.tekst and "105 procent" in item.tekst
    assert "gegevens uit 2025" in item.tekst and "geldt vanaf 1 juli 2025" in item.bron


def test_ooievaarspas_weg_bij_32_uur_en_blijft_bij_4_uur() -> None:
    """Den Haag, Ooievaarspas up to 130 %: 32 hours at the minimum wage is above it; 4 hours with bijstand topping
    up stays under it (norm plus the vrijlating)."""
    veel = situatie_in("'s-Gravenhage")
    [pas] = [b for b in beoordeel(veel, bereken(veel)) if b.soort == "minimapas"]
    assert pas.oordeel == "waarschijnlijk_kwijt" and pas.straks.procent > 130
    weinig = situatie_in("Den Haag", uren=4)
    [pas] = [b for b in beoordeel(weinig, bereken(weinig)) if b.soort == "minimapas"]
    assert pas.oordeel == "blijft_waarschijnlijk" and pas.straks.procent <= 130
    item = _item(weinig, "Houdt uw kind de Ooievaarspas?", "ouder")
    assert (
        item.tekst.startswith("Dit houdt uw kind waarschijnlijk.")
        and "Met de Ooievaarspas van de gemeente Den Haag" in item.tekst
    )


def test_grens_onbekend_wordt_gezegd() -> None:
    item = _item(situatie_in("Amsterdam"), "Houd je de inkomenstoeslag?")
    assert (
        item.tekst.startswith("Misschien verlies je dit.") and "Wij weten niet precies tot welk inkomen" in item.tekst
    )


def test_minimumleeftijd_van_de_gemeente() -> None:
    """Eindhoven and Almere give the inkomenstoeslag from 23 (Pw art. 36 allows it from 21)."""
    def soorten(gemeente: str, leeftijd: int) -> set[str]:
        situatie = situatie_in(gemeente, leeftijd=leeftijd)
        return {b.soort for b in beoordeel(situatie, bereken(situatie))}

    for gemeente in ("Eindhoven", "Almere"):
        assert "inkomenstoeslag" not in soorten(gemeente, 22) and "inkomenstoeslag" in soorten(gemeente, 23)


def test_schatting_noemt_het_jaar_alleen_als_het_ouder_is() -> None:
    utrecht = _item(situatie_in("Utrecht"), "Houd je de inkomenstoeslag?")
    assert "Dit is een schatting met gegevens uit 2024." in utrecht.tekst
    den_haag = _item(situatie_in("Den Haag"), "Houd je de inkomenstoeslag?")
    assert "Dit is een schatting. Het kan nu anders zijn." in den_haag.tekst
    tilburg = _item(situatie_in("Tilburg"), "Houd je de korting op je zorgverzekering?")
    assert "schatting" not in tilburg.tekst and "(2026)" in tilburg.bron


def test_hulp_bij_de_overstap_van_de_gemeente() -> None:
    """Rotterdam pays costs of starting work (up to EUR 1.500 a year, first 3 months); Amsterdam's uitstroompremie
    is EUR 300 to 1.000 after 2 months of work. Only when the bijstand stops or drops."""
    rotterdam = nu_doen(situatie_in("Rotterdam")).stappen
    assert any("kan de gemeente Rotterdam kosten voor je werk betalen" in s and "€\xa01.500 per jaar" in s
               and "eerste 3 maanden" in s for s in rotterdam)
    amsterdam = nu_doen(situatie_in("Amsterdam")).stappen
    assert any("Werk je 2 maanden? Dan krijg je van de gemeente Amsterdam een premie van €\xa0300 tot €\xa01.000." in s
               for s in amsterdam)
    wajong = nu_doen(situatie_in("Rotterdam", uitkering="wajong_70")).stappen
    assert not any("kosten voor je werk" in s for s in wajong)


def test_engels_heeft_dezelfde_regelingen() -> None:
    from switchwijzer import i18n

    i18n.zet_taal("en")
    try:
        item = _item(situatie_in("Den Haag"), "Do you keep the Ooievaarspas?")
        assert "130 percent" in item.tekst and "applies from 1 January 2026" in item.bron
    finally:
        i18n.zet_taal("nl")


# ---- kwijtschelding data where the engine reads it -------------------------------------------------------------


def test_kwijtscheldingsnorm_van_eindhoven_en_de_waterschappen() -> None:
    """Eindhoven: 100 % (De Dommel says its gemeenten use 100 %), read by the engine as
    `kwijtschelding.gemeente.eindhoven.procent`; the waterschap norms are parameters too (De Dommel 100 % from 2024,
    Delfland for Den Haag 100 %, HHNK for Zaanstad 100 %), and Delfland never forgives the zuiveringsheffing."""
    waarden = parameters_op(situatie_in(None).peildatum).waarden
    assert waarden["kwijtschelding.gemeente.eindhoven.procent"].waarde == 100
    for sleutel in waarden:
        if sleutel.startswith("kwijtschelding.gemeente."):
            gemeente = sleutel.split(".")[2]
            assert gemeente in {"lingewaard", "de_fryske_marren"} or van_gemeente(gemeente.replace("_", " ")), sleutel
    for gemeente in ("eindhoven", "den_haag", "zaanstad"):
        assert waarden[f"kwijtschelding.gemeente.{gemeente}.waterschap_procent"].waarde == 100
    assert waarden["kwijtschelding.gemeente.eindhoven.waterschap_procent"].status == "vastgesteld"
    assert van_gemeente("Den Haag").waterschap.alleen_watersysteemheffing


def test_de_motor_vindt_een_gemeente_onder_elke_naam_die_een_bestand_noemt() -> None:
    """The engine resolves a typed name to the key of its gemeente, also by an other name ('s-Gravenhage, Zaandam),
    the same way the guidance finds the file: the gemeente's own norms then apply."""
    for stam, regelingen in alle_regelingen().items():
        for naam in (*regelingen.gemeenten, *regelingen.ook):
            assert van_gemeente(naam) is (None if stam == LANDELIJK else regelingen)
            if regelingen.ook:
                assert gemeente_sleutel(naam) == stam, naam
    assert gemeente_sleutel("'s-Gravenhage") == "den_haag" and gemeente_sleutel("Gemeente Zaandam") == "zaanstad"
    assert gemeente_sleutel("Oss") == "oss" and gemeente_sleutel("") is None


def _kosten_van_bestaan(gemeente: str) -> tuple[Decimal, Decimal]:
    uitkomst = bereken(situatie_in(gemeente, uren=4))
    regel = next(k for k in uitkomst.nu.kosten if k.naam == "lokale_belastingen")
    kosten = next(o.bedrag for o in regel.onderdelen if o.naam == "kosten_van_bestaan")
    bijstand = uitkomst.nu.regel("bijstand")
    return kosten, next(o.bedrag for o in bijstand.onderdelen if o.naam == "norm")


def test_eindhoven_rekent_met_de_hele_norm_oss_met_90_procent() -> None:
    kosten, norm = _kosten_van_bestaan("Eindhoven")
    assert kosten == norm
    kosten, norm = _kosten_van_bestaan("Oss")
    assert kosten == (norm * Decimal("0.9")).quantize(Decimal("0.01"))


# ---- the command line ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gemeente", "regels"),
    [
        (
            "'s-Gravenhage",
            [
                "Houdt uw cliënt de Ooievaarspas?",
                "Bron: Ooievaarspas, pagina 'Aanvragen Ooievaarspas' (gelezen december 2026; jaar niet genoemd)",
                "geldt vanaf 1 januari 2026",
            ],
        ),
        (
            "Utrecht (stad)",
            [
                "Houdt uw cliënt de inkomenstoeslag?",
                "€ 276 per jaar",
                "Bron: Gemeente Utrecht, pagina 'Individuele inkomenstoeslag aanvragen' "
                "(bedragen vanaf 1 januari 2024)",
                "geldt vanaf 1 januari 2024",
            ],
        ),
    ],
)
def test_bereken_op_de_opdrachtregel_noemt_regelingen_met_bron_en_datum(tmp_path: Path, gemeente: str,
                                                                      regels: list[str]) -> None:
    bestand = tmp_path / "situatie.json"
    bestand.write_text(json.dumps(situatie_in(gemeente).model_dump(mode="json")), encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "switchwijzer", "bereken", "--tekst", "--rol", "coach", str(bestand)],
                         capture_output=True, timeout=120)
    assert res.returncode == 0, res.stderr.decode()
    uit = re.sub(r"\s+", " ", res.stdout.decode("utf-8").replace("\xa0", " "))
    for regel in regels:
        assert regel in uit, regel
