"""Which advice items are picked for each situation type (table tests), and the end-date computation."""

from __future__ import annotations

from datetime import date

import pytest

from switchwijzer.engine.situatie import Situatie
from switchwijzer.guidance import (
    SCHERMEN,
    AdviesItem,
    advies,
    bekende_gemeenten,
    indicatie_looptijd,
    zoek_gemeente,
)
from switchwijzer.guidance.feiten import hele_maanden
from switchwijzer.lezer import Lezer, Rol

PEILDATUM = date(2026, 9, 1)

ALTIJD = {"pauzeknop", "ww_na_werk", "proefperiode", "hybride_week", "uren_opbouwen", "jobcoach", "melden_toeslagen"}


def situatie(
    leeftijd: int = 30,
    uitkering: str = "geen",
    huishouden: str = "alleenstaand",
    peildatum: date = PEILDATUM,
    **dagbesteding: object,
) -> Situatie:
    return Situatie(
        peildatum=peildatum,
        leeftijd=leeftijd,
        huishouden={"soort": huishouden},
        nu={"uitkering": uitkering},
        dagbesteding=dagbesteding,
    )


def ids(s: Situatie, rol: Rol = "deelnemer", vandaag: date | None = None) -> set[str]:
    return {i.id for i in advies(s, Lezer(rol), vandaag=vandaag)}


GEVALLEN = [
    pytest.param(
        situatie(financiering="wmo", indicatie_einddatum=date(2027, 3, 1)),
        {"wmo_indicatie_loopt", "wmo_indicatie_langer", "indicatie_en_advies_samen", "wmo_terug_nieuwe_aanvraag"},
        {"wmo_indicatie_bijna_op", "wmo_indicatie_afgelopen", "wmo_indicatie_geen_datum", "wlz_indicatie_blijft"},
        id="wmo-met-einddatum",
    ),
    pytest.param(
        situatie(financiering="wmo", indicatie_einddatum=date(2026, 10, 15)),
        {"wmo_indicatie_bijna_op"},
        {"wmo_indicatie_loopt", "wmo_indicatie_afgelopen"},
        id="wmo-bijna-op",
    ),
    pytest.param(
        situatie(financiering="wmo", indicatie_einddatum=date(2026, 8, 31)),
        {"wmo_indicatie_afgelopen", "wmo_terug_nieuwe_aanvraag"},
        {"wmo_indicatie_loopt", "wmo_indicatie_bijna_op"},
        id="wmo-afgelopen",
    ),
    pytest.param(
        situatie(financiering="wmo"),
        {"wmo_indicatie_geen_datum", "wmo_indicatie_langer", "wmo_terug_nieuwe_aanvraag"},
        {"wmo_indicatie_loopt", "wmo_indicatie_bijna_op", "wmo_indicatie_afgelopen"},
        id="wmo-zonder-einddatum",
    ),
    pytest.param(
        situatie(financiering="wlz"),
        {"wlz_indicatie_blijft", "wlz_terug"},
        {"wmo_indicatie_langer", "wmo_terug_nieuwe_aanvraag", "indicatie_en_advies_samen", "financiering_onbekend",
         "wmo_indicatie_geen_datum"},
        id="wlz",
    ),
    pytest.param(
        situatie(financiering="onbekend"),
        {"financiering_onbekend", "onbekend_terug", "indicatie_en_advies_samen"},
        {"wlz_indicatie_blijft", "wmo_terug_nieuwe_aanvraag", "wmo_indicatie_geen_datum"},
        id="financiering-onbekend",
    ),
    pytest.param(
        situatie(leeftijd=22, uitkering="bijstand"),
        {"bijstand_opnieuw", "zoektermijn_onder_27", "melden_bijstand"},
        {"melden_wajong", "wajong_70_blijft", "geen_uitkering_terugval"},
        id="bijstand-onder-27",
    ),
    pytest.param(
        situatie(leeftijd=35, uitkering="bijstand"),
        {"bijstand_opnieuw", "melden_bijstand"},
        {"zoektermijn_onder_27"},
        id="bijstand-27-plus",
    ),
    pytest.param(
        situatie(leeftijd=25, uitkering="wajong_70"),
        {"wajong_70_blijft", "melden_wajong"},
        {"wajong_75_blijft", "bijstand_opnieuw", "melden_bijstand", "zoektermijn_onder_27"},
        id="wajong-70",
    ),
    pytest.param(
        situatie(leeftijd=40, uitkering="wajong_75"),
        {"wajong_75_blijft", "melden_wajong"},
        {"wajong_70_blijft", "bijstand_opnieuw"},
        id="wajong-75",
    ),
    pytest.param(
        situatie(leeftijd=19, uitkering="geen", huishouden="bij_ouders"),
        {"geen_uitkering_terugval", "zoektermijn_onder_27", "huurtoeslag_ouders"},
        {"bijstand_opnieuw", "melden_bijstand", "melden_wajong"},
        id="geen-uitkering-bij-ouders",
    ),
    pytest.param(
        situatie(advies_beschut_werk=True),
        {"advies_beschut_werk_blijft"},
        set(),
        id="met-advies-beschut-werk",
    ),
    pytest.param(
        situatie(advies_beschut_werk=False),
        set(),
        {"advies_beschut_werk_blijft"},
        id="zonder-advies-beschut-werk",
    ),
    pytest.param(
        situatie(),
        {"lokaal_vragen"},
        {"lokaal_amsterdam", "lokaal_oss", "advies_beschut_werk_blijft", "huurtoeslag_ouders"},
        id="geen-gemeente",
    ),
]


@pytest.mark.parametrize(("s", "wel", "niet"), GEVALLEN)
def test_keuze_per_situatie(s: Situatie, wel: set[str], niet: set[str]) -> None:
    gekozen = ids(s)
    assert wel <= gekozen, f"ontbreekt: {wel - gekozen}"
    assert not (niet & gekozen), f"onterecht: {niet & gekozen}"
    assert gekozen >= ALTIJD


LOKAAL = {
    "Amsterdam": "lokaal_amsterdam",
    "Haarlem": "lokaal_haarlem",
    "Nijmegen": "lokaal_rijk_van_nijmegen",
    "Berg en Dal": "lokaal_rijk_van_nijmegen",
    "Beuningen": "lokaal_rijk_van_nijmegen",
    "Druten": "lokaal_rijk_van_nijmegen",
    "Heumen": "lokaal_rijk_van_nijmegen",
    "Mook en Middelaar": "lokaal_rijk_van_nijmegen",
    "Wijchen": "lokaal_rijk_van_nijmegen",
    "Apeldoorn": "lokaal_apeldoorn",
    "Woerden": "lokaal_ferm_werk",
    "Montfoort": "lokaal_ferm_werk",
    "Oudewater": "lokaal_ferm_werk",
    "Almere": "lokaal_almere",
    "Oss": "lokaal_oss",
    "Aa en Hunze": "lokaal_drenthe",
    "Assen": "lokaal_drenthe",
    "Tynaarlo": "lokaal_drenthe",
}


@pytest.mark.parametrize(("gemeente", "item_id"), LOKAAL.items())
def test_lokaal_alleen_voor_gekozen_gemeente(gemeente: str, item_id: str) -> None:
    items = [i for i in advies(situatie(gemeente=gemeente), Lezer("ouder")) if i.onderwerp == "lokaal"]
    assert [i.id for i in items] == [item_id]
    item = items[0]
    assert item.gemeente == gemeente
    assert "{" not in item.titel + item.tekst
    assert gemeente in item.titel or gemeente in item.tekst or item.id != "lokaal_rijk_van_nijmegen"
    assert "geen belofte" in item.tekst
    assert any(jaar in item.tekst for jaar in ("2018", "2021", "2023"))


def test_onbekende_gemeente_geeft_algemene_vragen() -> None:
    lokaal = [i.id for i in advies(situatie(gemeente="Utrecht"), Lezer("coach")) if i.onderwerp == "lokaal"]
    assert lokaal == ["lokaal_vragen"]


def test_bekende_gemeenten_dekken_alle_lokale_items() -> None:
    namen = [g.naam for g in bekende_gemeenten()]
    assert namen == sorted(namen)
    assert set(namen) == set(LOKAAL)


@pytest.mark.parametrize(
    ("tekst", "id_"),
    [("Nijmegen", "nijmegen"), ("gemeente Oss", "oss"), ("aa-en-hunze", "aa_en_hunze"), ("  ASSEN ", "assen"),
     ("mook_en_middelaar", "mook_en_middelaar"), ("Utrecht", None), ("", None), (None, None)],
)
def test_zoek_gemeente(tekst: str | None, id_: str | None) -> None:
    gevonden = zoek_gemeente(tekst)
    assert (gevonden.id if gevonden else None) == id_


# ---- end date ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("van", "tot", "maanden"),
    [
        (date(2026, 1, 15), date(2026, 3, 14), 1),
        (date(2026, 1, 15), date(2026, 3, 15), 2),
        (date(2026, 1, 31), date(2026, 2, 28), 0),
        (date(2026, 9, 1), date(2027, 3, 1), 6),
        (date(2026, 9, 1), date(2026, 9, 1), 0),
        (date(2026, 9, 1), date(2025, 9, 1), 0),
        (date(2026, 12, 10), date(2029, 12, 10), 36),
    ],
)
def test_hele_maanden(van: date, tot: date, maanden: int) -> None:
    assert hele_maanden(van, tot) == maanden


@pytest.mark.parametrize(
    ("einddatum", "stand", "maanden", "dagen"),
    [
        (None, "geen_datum", None, None),
        (date(2027, 3, 1), "loopt", 6, 181),
        (date(2026, 12, 1), "loopt", 3, 91),
        (date(2026, 11, 30), "loopt", 3, 90),  # September, October, November: three months
        (date(2026, 11, 29), "bijna_op", 2, 89),
        (date(2027, 5, 31), "loopt", 9, 272),  # September to May: nine (it said eight)
        (date(2026, 9, 1), "bijna_op", 0, 0),
        (date(2026, 8, 31), "afgelopen", 0, -1),
    ],
)
def test_indicatie_looptijd(einddatum: date | None, stand: str, maanden: int | None, dagen: int | None) -> None:
    lt = indicatie_looptijd(einddatum, PEILDATUM)
    assert (lt.stand, lt.maanden, lt.dagen) == (stand, maanden, dagen)


def _item(items: list[AdviesItem], id_: str) -> AdviesItem:
    return next(i for i in items if i.id == id_)


def test_einddatum_en_maanden_in_de_tekst() -> None:
    s = situatie(financiering="wmo", indicatie_einddatum=date(2027, 3, 1))
    nl = _item(advies(s, Lezer("deelnemer")), "wmo_indicatie_loopt")
    assert "1 maart 2027" in nl.tekst and "6 maanden" in nl.tekst
    assert nl.indicatie_loopt_nog_maanden == 6 and nl.indicatie_stand == "loopt"
    assert nl.indicatie_einddatum == date(2027, 3, 1)
    en = _item(advies(s, Lezer("coach", "en")), "wmo_indicatie_loopt")
    assert "1 March 2027" in en.tekst and "6 months" in en.tekst


@pytest.mark.parametrize(("einde", "nl", "en"), [(date(2026, 10, 5), "1 maand", "1 month"),
                                                  (date(2026, 9, 20), "minder dan een maand", "less than a month")])
def test_maanden_enkelvoud_en_minder_dan_een_maand(einde: date, nl: str, en: str) -> None:
    s = situatie(financiering="wmo", indicatie_einddatum=einde)
    assert nl in _item(advies(s, Lezer("ouder")), "wmo_indicatie_bijna_op").tekst
    assert en in _item(advies(s, Lezer("ouder", "en")), "wmo_indicatie_bijna_op").tekst


def test_vandaag_standaard_is_peildatum_en_kan_anders() -> None:
    s = situatie(financiering="wmo", indicatie_einddatum=date(2027, 3, 1))
    assert "wmo_indicatie_loopt" in ids(s)
    later = ids(s, vandaag=date(2027, 1, 10))
    assert "wmo_indicatie_bijna_op" in later and "wmo_indicatie_loopt" not in later
    assert "wmo_indicatie_afgelopen" in ids(s, vandaag=date(2027, 3, 2))


def test_puur_en_deterministisch() -> None:
    s = situatie(leeftijd=22, uitkering="bijstand", financiering="wmo", indicatie_einddatum=date(2027, 3, 1),
                 gemeente="Oss", advies_beschut_werk=True)
    assert advies(s, Lezer("coach")) == advies(s, Lezer("coach"))
    from switchwijzer.guidance import ONDERWERPEN

    volgorde = [i.onderwerp for i in advies(s, Lezer("coach"))]
    assert volgorde == sorted(volgorde, key=ONDERWERPEN.index)


def test_schermen_dekken_alle_onderwerpen() -> None:
    from switchwijzer.guidance import ONDERWERPEN

    alle = [o for groep in SCHERMEN.values() for o in groep]
    assert sorted(alle) == sorted(ONDERWERPEN)


def test_onbekende_rol_of_taal() -> None:
    with pytest.raises(ValueError):
        advies(situatie(), Lezer("buurman"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        advies(situatie(), Lezer("deelnemer", "de"))  # type: ignore[arg-type]


@pytest.mark.parametrize("soort_werk", ["loonkostensubsidie", "regulier"])
@pytest.mark.parametrize("rol", ["deelnemer", "ouder", "coach"])
def test_geen_uitleg_over_beschut_werk_bij_ander_werk(soort_werk: str, rol: str) -> None:
    """Work with loonkostensubsidie or a regular job: nothing about the advies beschut werk or beschut werk
    (it told people with loonkostensubsidie to ask for an advies beschut werk); the local research notes are
    facts about a region and stay."""
    s = Situatie(peildatum=PEILDATUM, leeftijd=30, nu={"uitkering": "bijstand"},
                 straks={"soort_werk": soort_werk, "uren_per_week": 20},
                 dagbesteding={"financiering": "wmo", "indicatie_einddatum": date(2027, 3, 1)})
    for item in advies(s, Lezer(rol)):  # type: ignore[arg-type]
        if item.onderwerp != "lokaal":
            assert "beschut" not in f"{item.titel} {item.tekst} {' '.join(item.acties)}".lower(), item.id
    beschut = s.model_copy(update={"straks": s.straks.model_copy(update={"soort_werk": "beschut_werk"})})
    assert "indicatie_en_advies_samen" in ids(beschut, rol)
