"""The answer month by month against the answer for one month: the in-process time of a full `bereken` now (every
calendar month from the start, at least 36, both hours charts) against the same call in the engine before the
months came (commit b03a591: one month, its stretches and one hours chart), measured in the same run.

Both engines run from their own source tree in their own process, in turns, so both see the same machine load;
the older one is checked out into a temporary git worktree (this needs the repository's history).

Run: .venv/bin/python benchmarks/maanden.py [--basis COMMIT] [--rondes N]   (not a test; target <= 1,5x)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BASIS = "b03a591"
"""The last commit before the answer month by month (issue 20)."""
WORTEL = Path(__file__).resolve().parents[1]

SITUATIES = {
    "bijstand, vrijlating, start januari 2027": {
        "peildatum": "2027-01-01", "leeftijd": 30, "wonen": {"huurt": True, "kale_huur_per_maand": 650},
        "nu": {"uitkering": "bijstand"}, "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}},
    "alleenstaande ouder, bijstand, juli 2026": {
        "peildatum": "2026-07-01", "leeftijd": 30,
        "huishouden": {"soort": "alleenstaande_ouder", "kinderen": [5, 13]},
        "wonen": {"huurt": True, "kale_huur_per_maand": 650},
        "nu": {"uitkering": "bijstand", "vergoeding_dagbesteding_per_maand": 50},
        "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}},
    "Wajong 75 % in een Wlz-instelling, juli 2026": {
        "peildatum": "2026-07-01", "leeftijd": 25, "nu": {"uitkering": "wajong_75"},
        "dagbesteding": {"financiering": "wlz", "wlz_zorg": "instelling"},
        "straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}},
}

METEN = """
import json, sys, timeit
from switchwijzer.engine import Situatie, bereken
from switchwijzer.engine.bereken import vergeet_reeksen
situatie = Situatie.model_validate(json.loads(sys.argv[1]))
bereken(situatie)  # the parameter files read, as in a running app

def vers():
    vergeet_reeksen()  # from scratch: no remembered hours chart
    bereken(situatie)

print(min(timeit.repeat(vers, repeat=5, number=10)) / 10)
"""


def _meet(bron: Path, situatie: dict) -> float:
    uit = subprocess.run([sys.executable, "-c", METEN, json.dumps(situatie)], check=True, capture_output=True,
                         text=True, env={"PYTHONPATH": str(bron / "src"), "PATH": "/usr/bin:/bin"})
    return float(uit.stdout.strip())


def main() -> None:
    argumenten = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumenten.add_argument("--basis", default=BASIS)
    argumenten.add_argument("--rondes", type=int, default=5)
    opties = argumenten.parse_args()
    with tempfile.TemporaryDirectory() as map_:
        oud = Path(map_) / "basis"
        subprocess.run(["git", "-C", str(WORTEL), "worktree", "add", "--detach", "-q", str(oud), opties.basis],
                       check=True)
        try:
            for naam, situatie in SITUATIES.items():
                situatie_oud = {k: v for k, v in situatie.items() if k != "vandaag"}
                nu, toen = [], []
                for _ in range(opties.rondes):  # in turns: both see the same load
                    toen.append(_meet(oud, situatie_oud))
                    nu.append(_meet(WORTEL, situatie))
                m_nu, m_toen = statistics.median(nu), statistics.median(toen)
                print(f"{naam:45s}: before {m_toen * 1e3:6.2f} ms, now {m_nu * 1e3:6.2f} ms "
                      f"({m_nu / m_toen:4.2f}x, target <= 1,5x)")
        finally:
            subprocess.run(["git", "-C", str(WORTEL), "worktree", "remove", "--force", str(oud)], check=True)


if __name__ == "__main__":
    main()
