"""Change one parameter value at a time and check that a worked example notices (not a pytest test: slow).

    PYTHONPATH=src python -m tests.engine.parameter_mutaties [--factor 0.9] [pad-fragment ...]

For every number in every period file (each key of a table, each field of a row in a list), the value is
multiplied by the factor (0 becomes 100) in memory, and all worked examples in tests/cases/ run again. A line
`NIET GEZIEN` means no example failed: a parameter whose change no test would catch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal

from switchwijzer.engine import parameters as p

from . import werkvoorbeelden as w


def _varianten(waarde, factor: Decimal) -> Iterator[tuple[str, object]]:
    def anders(getal: Decimal) -> Decimal:
        return Decimal(100) if getal == 0 else getal * factor

    if isinstance(waarde, Decimal):
        yield "", anders(waarde)
    elif isinstance(waarde, dict):
        for sleutel in waarde:
            yield f"[{sleutel}]", {**waarde, sleutel: anders(waarde[sleutel])}
    else:
        for i, rij in enumerate(waarde):
            for sleutel in rij:
                kopie = [dict(r) for r in waarde]
                kopie[i][sleutel] = anders(rij[sleutel])
                yield f"[{i}].{sleutel}", kopie


def _faalt(voorbeelden: list[w.Voorbeeld]) -> str | None:
    for v in voorbeelden:
        try:
            if v.weigering:
                try:
                    w.Situatie.model_validate(v.situatie)
                except ValueError:
                    continue
                return v.naam
            u = w.uitkomst(v)
            for pad, verwacht in v.verwacht.items():
                gevonden = w.zoek(u, pad)
                if isinstance(verwacht, bool) or not isinstance(verwacht, Decimal | int):
                    if gevonden != verwacht:
                        return v.naam
                elif gevonden is None or abs(Decimal(str(gevonden)) - Decimal(str(verwacht))) > v.marge:
                    return v.naam
        except (AssertionError, ArithmeticError, ValueError, KeyError, StopIteration):
            return v.naam
    return None


def main(argv: list[str]) -> int:
    factor = Decimal("0.9")
    if argv[:1] == ["--factor"]:
        factor, argv = Decimal(argv[1]), argv[2:]
    echt = p.alle_periodes()
    voorbeelden = w.alle()
    niet_gezien = 0
    for i, (kop, waarden) in enumerate(echt):
        for pad, waarde in waarden.items():
            if argv and not any(deel in pad for deel in argv):
                continue
            for label, nieuw in _varianten(waarde.waarde, factor):
                gewijzigd = list(echt)
                gewijzigd[i] = (kop, {**waarden, pad: waarde.model_copy(update={"waarde": nieuw})})
                p.alle_periodes = lambda map_=None, g=tuple(gewijzigd): g  # type: ignore[assignment]
                p.parameters_op.cache_clear()
                w._uitkomst.cache_clear()
                gevangen = _faalt(voorbeelden)
                niet_gezien += gevangen is None
                print(f"{kop.geldig_vanaf} {pad}{label}: {gevangen or 'NIET GEZIEN'}", flush=True)
    print(f"{niet_gezien} wijziging(en) door geen voorbeeld gezien")
    return 1 if niet_gezien else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
