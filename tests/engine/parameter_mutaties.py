"""Change one number in the parameter files at a time and check that a worked example (or a targeted test) notices.

    .venv/bin/python -m tests.engine.parameter_mutaties [--factor 0.9] [--vangers] [pad-fragment ...]

Every number in every period file (each key of a table, each field of a row in a list) is multiplied by 0,9 and,
on its own, by 1,1 (or only by --factor; 0 becomes 100, a whole number moves by at least 1) while the files are
read, and the worked examples in tests/cases/ run again. A line `NIET GEZIEN` names a change that nothing notices:
a number no test guards. The same check runs in the test suite (test_parameter_mutaties.py), which wants none.

The change is made where the files become data (`parameters.lees_bestand`), and every cache of the loader is
emptied (`caches_legen()`), so the engine reads the changed value however it looks it up. A test checks that a
value nearly every example depends on is noticed, so a hook that stops working fails instead of reporting nothing.

Speed: an example costs tens of milliseconds (the engine works out 40 hours a month), and a change is noticed by
the first example that fails. `parameter_vangers.toml` names, per change, the example that noticed it last time;
it is tried first. It is only an order: a stale line costs time, never a wrong answer. `--vangers` rewrites it.
"""

from __future__ import annotations

import dataclasses
import sys
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from switchwijzer.engine import parameters as p

from . import werkvoorbeelden as w
from .test_situatie_strikt import test_the_oldest_age_accepted_is_just_under_the_aow_age_of_every_period

GERICHTE_TESTS: tuple[Callable[[], None], ...] = (
    test_the_oldest_age_accepted_is_just_under_the_aow_age_of_every_period,
)
"""Tests for a number that no worked example can show (they run in the suite too); the check runs them as well.
A higher AOW age is one: a Situatie refuses every age from 67, so no input reaches it."""

FACTOREN = (Decimal("0.9"), Decimal("1.1"))
"""Each number 10 % lower and 10 % higher: a threshold (an age, an income limit) can matter in one direction only."""

VANGERS = Path(__file__).with_name("parameter_vangers.toml")


@dataclass(frozen=True)
class Mutatie:
    """One number in one period file, changed."""

    bestand: str  # "2027-01-01.toml"
    pad: str  # "belasting.schijven"
    plek: str  # "[0].tot", "[21]" or ""
    factor: Decimal
    waarde: p.ParameterWaarde  # the whole parameter, with the one number changed

    @property
    def naam(self) -> str:
        """The number that is changed, without the change: "2027-01-01.toml: belasting.schijven[0].tot"."""
        return f"{self.bestand}: {self.pad}{self.plek}"

    def __str__(self) -> str:
        return f"{self.naam} x {self.factor}"


@dataclass(frozen=True)
class Uitslag:
    mutatie: Mutatie
    vanger: str | None  # the example (`Voorbeeld.plek`) or targeted test that noticed the change; None: nothing
    melding: str | None  # what it saw


def _anders(getal: Decimal, factor: Decimal) -> Decimal:
    """The number times the factor; 0 becomes 100. A whole number stays whole and moves by at least 1: it is
    often a count (months, years, an age) that the engine truncates, where 6 x 1,1 = 6,6 would still be 6."""
    if getal == 0:
        return Decimal(100)
    if getal != getal.to_integral_value():
        return getal * factor
    nieuw = (getal * factor).to_integral_value()
    return nieuw if nieuw != getal else getal + (1 if factor > 1 else -1)


def _varianten(waarde: object, factor: Decimal) -> Iterator[tuple[str, object]]:
    if isinstance(waarde, Decimal):
        yield "", _anders(waarde, factor)
    elif isinstance(waarde, dict):
        for sleutel in waarde:
            yield f"[{sleutel}]", {**waarde, sleutel: _anders(waarde[sleutel], factor)}
    elif isinstance(waarde, list):
        for i, rij in enumerate(waarde):
            for sleutel in rij:
                kopie = [dict(r) for r in waarde]
                kopie[i][sleutel] = _anders(rij[sleutel], factor)
                yield f"[{i}].{sleutel}", kopie


_LEES_BESTAND = p.lees_bestand  # the real reader, also while `toegepast` has put its own in its place


@cache
def _echt(bestand: Path) -> p.Periode:
    return _LEES_BESTAND(bestand)


def mutaties(factoren: tuple[Decimal, ...] = FACTOREN, fragmenten: tuple[str, ...] = (),
             bestanden: tuple[str, ...] = ()) -> list[Mutatie]:
    """Every number of every period file (or of the files named), changed one at a time (only paths holding a
    fragment, if given)."""
    uit = []
    for bestand in sorted(p.parameter_map().glob("*.toml")):
        if bestanden and bestand.name not in bestanden:
            continue
        for pad, waarde in _echt(bestand).waarden.items():
            if fragmenten and not any(deel in pad for deel in fragmenten):
                continue
            for factor in factoren:
                for plek, nieuw in _varianten(waarde.waarde, factor):
                    uit.append(Mutatie(bestand.name, pad, plek, factor, waarde.model_copy(update={"waarde": nieuw})))
    return uit


@contextmanager
def toegepast(mutatie: Mutatie) -> Iterator[None]:
    """The engine computes with the changed value inside this block, and with the real files after it."""

    def lees_bestand(bestand: Path) -> p.Periode:
        periode = _echt(bestand)
        if bestand.name != mutatie.bestand:
            return periode
        return dataclasses.replace(periode, waarden={**periode.waarden, mutatie.pad: mutatie.waarde})

    p.lees_bestand = lees_bestand
    p.caches_legen()
    w.leeg_cache()
    try:
        yield
    finally:
        p.lees_bestand = _LEES_BESTAND
        p.caches_legen()
        w.leeg_cache()


@dataclass(frozen=True)
class _Lezer:
    """A worked example and the values the engine's trace says it read (with the real files)."""

    voorbeeld: w.Voorbeeld
    gecontroleerd: frozenset[tuple[str, object]]  # read by a line or signal the case checks
    gelezen: frozenset[tuple[str, object]]  # read anywhere


def _lezers(voorbeelden: list[w.Voorbeeld]) -> list[_Lezer]:
    uit = []
    for voorbeeld in voorbeelden:
        if voorbeeld.weigering:
            continue
        u = w.uitkomst(voorbeeld)
        uit.append(_Lezer(voorbeeld, frozenset(w.gelezen_parameters(u, w.gecontroleerde_onderdelen(voorbeeld))),
                          frozenset(w.gelezen_parameters(u))))
    return uit


def _volgorde(mutatie: Mutatie, lezers: list[_Lezer], weigeringen: list[w.Voorbeeld]) -> list[w.Voorbeeld]:
    """Every example, the likeliest to notice the change first: those that check a line that read the value, the
    others that read it, the refusals, then the rest. The rest must run too: a value can decide that a rule does
    not apply without showing up in the trace."""
    sleutel = (mutatie.pad, mutatie.waarde.geldig_vanaf)
    volgorde = [lezer.voorbeeld for lezer in lezers if sleutel in lezer.gecontroleerd]
    volgorde += [lezer.voorbeeld for lezer in lezers if sleutel in lezer.gelezen - lezer.gecontroleerd]
    volgorde += weigeringen
    volgorde += [lezer.voorbeeld for lezer in lezers if sleutel not in lezer.gelezen]
    al = set()  # each example once (by identity: a Voorbeeld holds dicts and has no hash)
    return [v for v in volgorde if not (id(v) in al or al.add(id(v)))]


def _afwijking(voorbeeld: w.Voorbeeld) -> str | None:
    try:
        return w.afwijking(voorbeeld)
    except Exception as fout:  # noqa: BLE001 - in the test suite any error fails the example: the change is seen
        return f"{voorbeeld.naam}: {type(fout).__name__}: {fout}"


def _gerichte_test_faalt(test: Callable[[], None]) -> str | None:
    try:
        test()
    except Exception as fout:  # noqa: BLE001 - AssertionError or any other error: the test fails, the change is seen
        return f"{test.__name__}: {type(fout).__name__}: {fout}"
    return None


def lees_vangers() -> dict[str, str]:
    return tomllib.loads(VANGERS.read_text(encoding="utf-8")) if VANGERS.is_file() else {}


Poging = w.Voorbeeld | Callable[[], None]
"""A worked example or a targeted test: something that may notice a change."""


def _probeer(mutatie: Mutatie, pogingen: Iterator[Poging] | list[Poging]) -> Uitslag | None:
    """Run the tries with the change until one fails."""
    with toegepast(mutatie):
        for poging in pogingen:
            if isinstance(poging, w.Voorbeeld):
                vanger, melding = poging.plek, _afwijking(poging)
            else:
                vanger, melding = poging.__name__, _gerichte_test_faalt(poging)
            if melding:
                return Uitslag(mutatie, vanger, melding)
    return None


def controleer(mutaties_: list[Mutatie], melden: Callable[[Uitslag], None] = lambda uitslag: None) -> list[Uitslag]:
    """Apply each change on its own and run the examples, then the targeted tests, until one fails: first the one
    that noticed it last time (parameter_vangers.toml), then all of them."""
    voorbeelden = w.alle()
    bekend: dict[str, Poging] = {v.plek: v for v in voorbeelden} | {t.__name__: t for t in GERICHTE_TESTS}
    vangers = lees_vangers()
    weigeringen = [v for v in voorbeelden if v.weigering]
    lezers: list[_Lezer] = []  # worked out with the real files, the first time a remembered try misses
    uit = []
    for mutatie in mutaties_:
        vorige = bekend.get(vangers.get(str(mutatie), ""))
        uitslag = _probeer(mutatie, [vorige]) if vorige else None
        if uitslag is None and vorige:  # the example that noticed it last time no longer does: search well
            lezers = lezers or _lezers(voorbeelden)
            uitslag = _probeer(mutatie, [*_volgorde(mutatie, lezers, weigeringen), *GERICHTE_TESTS])
        elif uitslag is None:  # noticed by nothing last time (or new): every example runs anyway
            uitslag = _probeer(mutatie, [*voorbeelden, *GERICHTE_TESTS])
        uitslag = uitslag or Uitslag(mutatie, None, None)
        melden(uitslag)
        uit.append(uitslag)
    return uit


def niet_gezien(uitslagen: list[Uitslag]) -> list[Mutatie]:
    return [u.mutatie for u in uitslagen if u.vanger is None]


def schrijf_vangers(uitslagen: list[Uitslag]) -> None:
    """Remember who noticed each change of this run (the other lines stay)."""
    vangers = lees_vangers()
    for u in uitslagen:
        vangers.pop(str(u.mutatie), None)
        if u.vanger:
            vangers[str(u.mutatie)] = u.vanger
    regels = [
        "# Which worked example (case file and row) or targeted test noticed each change when",
        "# `python -m tests.engine.parameter_mutaties --vangers` last ran. The check tries it first; "
        "it is only an order.",
    ]
    regels += [f'"{mutatie}" = "{vanger}"' for mutatie, vanger in sorted(vangers.items())]
    VANGERS.write_text("\n".join(regels) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    factoren = FACTOREN
    if argv[:1] == ["--factor"]:
        factoren, argv = (Decimal(argv[1]),), argv[2:]
    bewaren = "--vangers" in argv
    argv = [a for a in argv if a != "--vangers"]
    alle = mutaties(factoren, tuple(argv))
    uitslagen = controleer(alle, lambda u: print(f"{u.mutatie}: {u.melding or 'NIET GEZIEN'}", flush=True))
    missers = niet_gezien(uitslagen)
    print(f"{len(alle) - len(missers)} van {len(alle)} wijzigingen gezien (factor {', '.join(map(str, factoren))}); "
          f"{len(missers)} door niets gezien")
    if bewaren:
        schrijf_vangers(uitslagen)
    return 1 if missers else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
