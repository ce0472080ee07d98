"""Worked examples (tests/cases/*.toml): each runs the whole engine on a Situatie and checks named amounts.

A case file has `naam`, `bron` (the cited source), `peildatum`, `toelichting` (the arithmetic when the value
is derived), a `[situatie]` (a Situatie without the peildatum) and a `[verwacht]` table, or a list of
`[[rij]]` rows that each add to the situatie and have their own `verwacht`. `marge_euro` defaults to 0.
A case (or a row) may instead expect a refusal: `weigering = "straks.uurloon"` names the field refused.

Paths in `verwacht`:
- `straks.bijstand`: the net amount of that line; `straks.bijstand.bruto`, `.reden`: an attribute of the line;
  `straks.bijstand.vrijlating`: the named onderdeel of the line;
- `straks.totaal`, `nu.toetsingsinkomen_per_jaar`: an attribute of the month;
- `straks.lokale_belastingen`, `straks.eigen_bijdrage_wlz.vanaf`: a kosten line (`Overzicht.kosten`), the same way;
- `jaarwissel.voor.bijstand`, `jaarwissel.na.totaal`: the same, in December and January around 1 January;
- `maanden.18.met_overstap.eigen_bijdrage_wlz`, `maanden.0.zonder_overstap.totaal`: the same, in month 19 or 1 of
  the list of calendar months (index 0 is the start month); `blijvend.vanaf`: an attribute of the Uitkomst;
- `signaal.<code>.<gegeven>`: a value of a signal; `signaal.<code>` = true/false: whether it is given;
- anything else: an attribute of the Uitkomst (`omslagpunt_uren`, `verschil_per_maand`).
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from switchwijzer.engine import Situatie, Uitkomst, bereken
from switchwijzer.engine.uitkomst import Overzicht, Regel
from switchwijzer.foutmeldingen import beschrijf_fouten

MAP = Path(__file__).parents[1] / "cases"
VERPLICHT = {"naam", "bron", "peildatum", "toelichting", "situatie"}
KANTEN = ("nu", "straks")
KANTEN_JAARWISSEL = ("voor", "na")


@dataclass(frozen=True)
class Voorbeeld:
    bestand: str
    naam: str
    situatie: dict
    verwacht: dict
    marge: Decimal
    weigering: str | None = None
    rij: int = 1

    @property
    def plek(self) -> str:
        """Where the case is: "huurtoeslag_2026.toml rij 2"."""
        return f"{self.bestand} rij {self.rij}"


def _samen(basis: dict, extra: dict) -> dict:
    uit = copy.deepcopy(basis)
    for sleutel, waarde in extra.items():
        if isinstance(waarde, dict) and isinstance(uit.get(sleutel), dict):
            uit[sleutel] = _samen(uit[sleutel], waarde)
        else:
            uit[sleutel] = waarde
    return uit


def lees(pad: Path) -> list[Voorbeeld]:
    case = tomllib.loads(pad.read_text(encoding="utf-8"), parse_float=Decimal)
    ontbreekt = VERPLICHT - case.keys()
    assert not ontbreekt, f"{pad.name} mist {sorted(ontbreekt)}"
    assert len(case["bron"]) > 20, f"{pad.name}: cite the source precisely"
    basis = {"peildatum": case["peildatum"], **case["situatie"]}
    marge = Decimal(str(case.get("marge_euro", 0)))
    rijen = case.get("rij") or [{"verwacht": case.get("verwacht", {})}]
    uit = []
    for nummer, rij in enumerate(rijen, 1):
        naam = case["naam"] + (f" (rij {nummer}: {rij.get('naam', '')})" if "rij" in case else "")
        weigering = rij.get("weigering", case.get("weigering"))
        assert rij.get("verwacht") or weigering, f"{pad.name}: nothing is checked"
        uit.append(Voorbeeld(pad.name, naam, _samen(basis, rij.get("situatie", {})), rij.get("verwacht", {}), marge,
                             weigering, nummer))
    return uit


def alle() -> list[Voorbeeld]:
    return [v for pad in sorted(MAP.glob("*.toml")) for v in lees(pad)]


@cache
def _uitkomst(situatie_json: str) -> Uitkomst:
    return bereken(Situatie.model_validate_json(situatie_json))


def leeg_cache() -> None:
    """Forget the computed examples (after the parameters changed)."""
    _uitkomst.cache_clear()


def uitkomst(voorbeeld: Voorbeeld) -> Uitkomst:
    """The engine's answer for a case, worked out once per process. Not remembered in mutmut's first run
    (tests/engine/mutatie.py): that run records which engine functions each test calls, and a test that only
    reads remembered answers would look as if it reached none, so no changed rule would ever be tried on it."""
    situatie_json = Situatie.model_validate(voorbeeld.situatie).model_dump_json()
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        return bereken(Situatie.model_validate_json(situatie_json))
    return _uitkomst(situatie_json)


def afwijking(voorbeeld: Voorbeeld) -> str | None:
    """What differs from the case file (one Dutch line), or None when the engine gives what it expects."""
    if voorbeeld.weigering:
        try:
            Situatie.model_validate(voorbeeld.situatie)
        except ValidationError as fout:
            redenen = beschrijf_fouten(fout)
            if any(r.startswith(f"{voorbeeld.weigering}: ") for r in redenen):
                return None
            return f"{voorbeeld.naam}: geweigerd om {redenen}, verwacht om {voorbeeld.weigering}"
        return f"{voorbeeld.naam}: niet geweigerd, verwacht om {voorbeeld.weigering}"
    u = uitkomst(voorbeeld)
    for pad, verwacht in voorbeeld.verwacht.items():
        gevonden = zoek(u, pad)
        if isinstance(verwacht, Decimal | int) and not isinstance(verwacht, bool):
            if gevonden is None:
                return f"{voorbeeld.naam}: {pad} is leeg"
            if abs(Decimal(str(gevonden)) - Decimal(str(verwacht))) > voorbeeld.marge:
                return f"{voorbeeld.naam}: {pad} = {gevonden}, verwacht {verwacht} (marge {voorbeeld.marge})"
        elif gevonden != verwacht:
            return f"{voorbeeld.naam}: {pad} = {gevonden!r}, verwacht {verwacht!r}"
    return None


def zoek(u: Uitkomst, pad: str) -> object:
    delen = pad.split(".")
    if delen[0] == "signaal":
        signaal = next((s for s in u.signalen if s.code == delen[1]), None)
        if len(delen) == 2:
            return signaal is not None
        assert signaal is not None, f"signal {delen[1]} not given"
        return signaal.gegevens[delen[2]]
    if delen[0] == "jaarwissel" and len(delen) > 2 and delen[1] in KANTEN_JAARWISSEL:
        assert u.jaarwissel is not None, "no jaarwissel"
        return _in_overzicht(getattr(u.jaarwissel, delen[1]), delen[2:])
    if delen[0] in KANTEN:
        return _in_overzicht(getattr(u, delen[0]), delen[1:])
    waarde: object = u
    for nummer, deel in enumerate(delen):
        if isinstance(waarde, Overzicht):
            return _in_overzicht(waarde, delen[nummer:])
        waarde = waarde[int(deel)] if isinstance(waarde, list) else getattr(waarde, deel)
    return waarde


def _in_overzicht(overzicht: Overzicht | None, delen: list[str]) -> object:
    assert overzicht is not None, "not computed"
    regel = overzicht.regel(delen[0]) or overzicht.kost(delen[0])
    if regel is None:
        return getattr(overzicht, delen[0])
    if len(delen) == 1:
        return regel.bedrag
    if delen[1] in type(regel).model_fields:
        return getattr(regel, delen[1])
    onderdeel = next((o for o in regel.onderdelen if o.naam == delen[1]), None)
    assert onderdeel is not None, f"{delen[0]} has no onderdeel {delen[1]}"
    return onderdeel.bedrag


def alle_regels(u: Uitkomst) -> Iterator[tuple[str, Regel]]:
    """Every line, income and cost, of every month the Uitkomst holds (now, later, around the turn of the year and
    each calendar month, both sides), with where it is: "maanden.18.met_overstap"."""
    overzichten = [("nu", u.nu), ("straks", u.straks)]
    if u.jaarwissel:
        overzichten += [("jaarwissel.voor", u.jaarwissel.voor), ("jaarwissel.na", u.jaarwissel.na)]
    for nummer, m in enumerate(u.maanden):
        overzichten += [(f"maanden.{nummer}.zonder_overstap", m.zonder_overstap),
                        (f"maanden.{nummer}.met_overstap", m.met_overstap)]
    for waar, overzicht in overzichten:
        for regel in [*overzicht.regels, *overzicht.kosten] if overzicht else []:
            yield waar, regel


def gelezen_parameters(u: Uitkomst, namen: set[str] | None = None) -> set[tuple[str, object]]:
    """Every (parameter, geldig_vanaf) the engine's trace says it read, on the lines and in the signals (only those
    lines and signals named in `namen`, if given)."""
    uit = set()
    for _, regel in alle_regels(u):
        if namen is None or regel.naam in namen:
            uit |= {(p.pad, p.geldig_vanaf) for p in regel.parameters}
    for signaal in u.signalen:
        if namen is None or signaal.code in namen:
            uit |= {(p.pad, p.geldig_vanaf) for p in signaal.parameters}
    return uit


def gecontroleerde_onderdelen(voorbeeld: Voorbeeld) -> set[str] | None:
    """The lines and signals whose values the case checks; None when it checks a total (which every line makes)."""
    namen = set()
    for pad in voorbeeld.verwacht:
        delen = pad.split(".")
        if delen[0] in KANTEN and len(delen) > 1 and delen[1] not in Overzicht.model_fields:
            namen.add(delen[1])
        elif delen[0] == "jaarwissel" and len(delen) > 2 and delen[2] not in Overzicht.model_fields:
            namen.add(delen[2])
        elif delen[0] == "signaal":
            namen.add(delen[1])
        else:
            return None
    return namen
