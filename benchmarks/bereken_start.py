"""The start of `switchwijzer bereken`: the whole command for a simple situation (JSON on standard input, the
Uitkomst as JSON out), each run a fresh process, against `python -c "import pydantic"` in the same run, in turns.

Also printed, each in a fresh process and in the same turns, the floors under that ratio: what any command pays
that builds the engine's pydantic models, before it reads a parameter file or computes a cent.

    .venv/bin/python benchmarks/bereken_start.py [--herhaal N]     (target <= 2x; not a test)

The children run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed), as an installed package has its .pyc
files: without them every run compiles the engine again and measures the compiler, not the start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

SITUATIE = (b'{"leeftijd": 24, "nu": {"uitkering": "bijstand"}, '
            b'"straks": {"soort_werk": "beschut_werk", "uren_per_week": 24}}')
"""The README's example: JSON in on standard input."""

ALLEEN_MODELLEN = (
    "import importlib.util, sys, types\n"
    "spec = importlib.util.find_spec('switchwijzer.engine')\n"
    "pakket = types.ModuleType('switchwijzer.engine')\n"
    "pakket.__path__ = spec.submodule_search_locations\n"
    "sys.modules['switchwijzer.engine'] = pakket  # skip the package's __init__, which loads the whole engine\n"
    "import switchwijzer.engine.situatie, switchwijzer.engine.uitkomst\n"
)
"""The Situatie and Uitkomst models (and the parameter models they import), built as `bereken` needs them, and
nothing else of the engine."""

BASIS = 'python -c "import pydantic"'
DOEL = "switchwijzer bereken - (simple situation)"
OPDRACHTEN = {
    BASIS: ["-c", "import pydantic"],
    "  floor: pydantic's BaseModel": ["-c", "import pydantic.main"],
    "  floor: only the engine's models": ["-c", ALLEEN_MODELLEN],
    "  the engine imported, nothing computed": ["-c", "import switchwijzer.cli"],
    DOEL: ["-m", "switchwijzer", "bereken", "-"],
}


def _omgeving() -> dict[str, str]:
    omgeving = dict(os.environ)
    omgeving.pop("PYTHONDONTWRITEBYTECODE", None)
    return omgeving


def _proces(argumenten: list[str], omgeving: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *argumenten], input=SITUATIE, check=True, stdout=subprocess.DEVNULL,
                   env=omgeving)
    return time.perf_counter() - t0


def meet(herhaal: int = 15) -> dict[str, float]:
    """The median wall time of each command, in seconds; all interleaved, so all see the same machine load."""
    omgeving = _omgeving()
    tijden: dict[str, list[float]] = {naam: [] for naam in OPDRACHTEN}
    for argumenten in OPDRACHTEN.values():
        _proces(argumenten, omgeving)  # warm the disk cache and write the bytecode
    for _ in range(herhaal):
        for naam, argumenten in OPDRACHTEN.items():
            tijden[naam].append(_proces(argumenten, omgeving))
    return {naam: statistics.median(gemeten) for naam, gemeten in tijden.items()}


def toon(medianen: dict[str, float]) -> None:
    basis = medianen[BASIS]
    for naam, mediaan in medianen.items():
        doel = ", target <= 2" if naam == DOEL else ""
        print(f"{naam:42s}: median {mediaan * 1e3:6.0f} ms  ({mediaan / basis:4.2f}x{doel})")


def main() -> None:
    opties = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    opties.add_argument("--herhaal", type=int, default=15, help="runs of each command (default 15)")
    toon(meet(opties.parse_args().herhaal))


if __name__ == "__main__":
    main()
