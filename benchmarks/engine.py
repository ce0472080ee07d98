"""Engine speed, as ratios against validating the same Situatie with pydantic alone (same run), and the
command line `switchwijzer bereken` against `python -c "import pydantic"` (interleaved, same run; that part is
benchmarks/bereken_start.py, which also runs alone).

Run: PYTHONPATH=src python benchmarks/engine.py   (no timed assertions anywhere in the tests)
"""

from __future__ import annotations

import json
import sys
import timeit
from decimal import Decimal
from pathlib import Path

from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.bereken import _uren_reeks, _werk, vergeet_reeksen
from switchwijzer.engine.maand import (
    Huishouding,
    bereken_maand,
    partner_bruto_per_maand,
)
from switchwijzer.engine.parameters import parameters_op

INVOER = json.dumps({
    "peildatum": "2026-07-01", "leeftijd": 30,
    "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [5, 13]},
    "wonen": {"huurt": True, "kale_huur_per_maand": 650},
    "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 50},
    "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24},
})


def _beste(functie, herhalingen: int = 7, aantal: int = 20) -> float:
    return min(timeit.repeat(functie, repeat=herhalingen, number=aantal)) / aantal


def main() -> None:
    situatie = Situatie.model_validate_json(INVOER)
    params = parameters_op(situatie.peildatum)
    werk, _ = _werk(params, situatie)
    hh = Huishouding(params, situatie, partner_bruto_per_maand(params, situatie))
    bereken(situatie)  # warm the parameter cache, as a running app has it

    basis = _beste(lambda: Situatie.model_validate_json(INVOER), aantal=200)
    een_maand = _beste(lambda: bereken_maand(hh, werk, "n", Decimal(0)), aantal=100)
    reeks = _beste(lambda: _uren_reeks(hh, werk, "n"))

    def vers() -> None:
        vergeet_reeksen()  # from scratch: the hours sweep is not remembered
        bereken(Situatie.model_validate_json(INVOER))

    alles = _beste(vers)
    maanden = _maanden_per_berekening()
    andere_uren = [INVOER.replace('"uren_per_week": 24', f'"uren_per_week": {u}') for u in (23, 25)]
    bereken(Situatie.model_validate_json(andere_uren[0]))
    teller = iter(range(10**9))
    uren_anders = _beste(lambda: bereken(Situatie.model_validate_json(andere_uren[next(teller) % 2])))

    print(f"baseline  pydantic validation of the Situatie : {basis * 1e6:9.1f} µs  (1.0x)")
    print(f"one month (all lines, one hours value)         : {een_maand * 1e6:9.1f} µs  ({een_maand / basis:6.1f}x)")
    print(f"hours sweep 0-40 (41 months)                   : {reeks * 1e3:9.2f} ms  ({reeks / basis:6.1f}x)")
    print(f"full bereken (nu, straks, verloop, sweep, omslagpunt): {alles * 1e3:6.2f} ms  ({alles / basis:6.1f}x)"
          "  (target <= 3 ms)")
    print(f"  = {maanden} months worked out (nu, straks, verloop, 41 sweep points, tipping-point search): "
          f"{alles / maanden * 1e6:.0f} µs a month; 3 ms would need {3e-3 / maanden * 1e6:.0f} µs")
    print(f"bereken after - / + (same situation, sweep remembered): {uren_anders * 1e3:5.2f} ms  "
          f"({uren_anders / basis:6.1f}x)")
    opdrachtregel()


def _maanden_per_berekening() -> int:
    """How many months (wage and uitkering worked out) one full bereken takes, counted at the shared step."""
    from switchwijzer.engine import maand

    echte, teller = maand._loon_en_uitkering, [0]

    def tel(*args):
        teller[0] += 1
        return echte(*args)

    maand._loon_en_uitkering = tel
    try:
        vergeet_reeksen()
        bereken(Situatie.model_validate_json(INVOER))
    finally:
        maand._loon_en_uitkering = echte
    return teller[0]


def opdrachtregel() -> None:
    """`switchwijzer bereken` in a fresh process against `python -c "import pydantic"` (benchmarks/bereken_start.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import bereken_start

    bereken_start.toon(bereken_start.meet(herhaal=9))


if __name__ == "__main__":
    main()
