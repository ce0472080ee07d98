"""Code mutation of the engine's rule modules with mutmut 3: is every rule guarded by a test that fails when the
code is changed a little (a + for a -, < for <=, another constant, a branch taken away)?

mutmut changes one thing at a time (a "mutant"), runs the tests that reach that function, and counts the mutant as
killed when a test fails, survived when all pass. This script runs it on a copy of the checkout (src, tests,
content, locale, pyproject.toml) in a work folder, so the checkout itself is never changed and you can go on
working, then prints the score per module and every survivor with its change. Survivors that are harmless are
listed, with the reason, in docs/mutatie-overlevers.md.

    .venv/bin/python -m tests.engine.mutatie                     # all rule modules (about 30-45 minutes, 2 cores)
    .venv/bin/python -m tests.engine.mutatie --modules wajong,loon --kinderen 2
    .venv/bin/python -m tests.engine.mutatie --werkmap /tmp/mut  # keep the folder (then: mutmut browse / show there)

Which modules and tests: [tool.mutmut] in pyproject.toml (`only_mutate`, `pytest_add_cli_args_test_selection`);
the options here narrow it. tests/engine/test_mutatie.py runs one known mutant through this script in the suite,
so a broken mutation setup fails there instead of reporting nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]
KOPIE = ("src", "tests", "content", "locale", "pyproject.toml")
ENGINE = "src/switchwijzer/engine"


def instellingen() -> dict[str, object]:
    with open(WORTEL / "pyproject.toml", "rb") as bestand:
        return dict(tomllib.load(bestand)["tool"]["mutmut"])


def regelmodules() -> list[str]:
    """The engine modules [tool.mutmut] mutates, by name (`bijstand`, `wajong`, ...)."""
    return [Path(pad).stem for pad in instellingen()["only_mutate"]]  # type: ignore[union-attr]


@dataclass
class Uitslag:
    """What mutmut found, per module: the count per status and the names of the survivors."""

    per_module: dict[str, Counter[str]] = field(default_factory=dict)
    overlevers: list[str] = field(default_factory=list)
    seconden: float = 0.0

    def score(self, module: str | None = None) -> float:
        tellers = [self.per_module[module]] if module else list(self.per_module.values())
        gedood = sum(t["killed"] + t["timeout"] for t in tellers)
        getest = gedood + sum(t["survived"] for t in tellers)
        return 100.0 * gedood / getest if getest else 0.0


def _mutmut_sectie(modules: list[str], tests: list[str] | None) -> str:
    waarden = instellingen()
    waarden["only_mutate"] = [f"{ENGINE}/{m}.py" for m in modules]
    if tests:
        waarden["pytest_add_cli_args_test_selection"] = tests
    return "[tool.mutmut]\n" + "".join(f"{sleutel} = {json.dumps(w)}\n" for sleutel, w in waarden.items())


def maak_werkmap(map_: Path, modules: list[str], tests: list[str] | None) -> None:
    """A copy of the checkout with [tool.mutmut] narrowed to `modules` (and `tests`)."""
    for naam in KOPIE:
        bron = WORTEL / naam
        if bron.is_dir():
            shutil.copytree(bron, map_ / naam, ignore=shutil.ignore_patterns("__pycache__", ".hypothesis"))
        else:
            shutil.copy2(bron, map_ / naam)
    pyproject = map_ / "pyproject.toml"
    regels = pyproject.read_text(encoding="utf-8").splitlines(keepends=True)
    begin = regels.index("[tool.mutmut]\n")
    einde = next((i for i in range(begin + 1, len(regels)) if regels[i].startswith("[")), len(regels))
    pyproject.write_text("".join(regels[:begin]) + _mutmut_sectie(modules, tests) + "".join(regels[einde:]),
                         encoding="utf-8")


MUTMUT = "--mutmut"
"""`python -m tests.engine.mutatie --mutmut run ...`: mutmut's own command line, through `mutmut_snelste_eerst`."""


def mutmut_snelste_eerst(argumenten: list[str]) -> None:
    """mutmut's command line, with each mutant's tests handed over fastest first (by their time in mutmut's first
    run). mutmut's fork server (`process_isolation = "forkserver"`) passes them in the order of a set, so a change
    the first quick worked example notices could wait for the slow property tests first; mutmut's plain fork runner
    does sort them. The tests run are the same, only their order (and so the first that fails) changes."""
    from mutmut.__main__ import cli
    from mutmut.state import state
    from mutmut.workers.isolation import ForkServerRunner

    doorgeven = ForkServerRunner.submit

    def gesorteerd(runner: ForkServerRunner, mutant_name: str, tests: list[str], cpu_time_limit: int,
                   estimated_time: float) -> None:
        duur = state().duration_by_test
        doorgeven(runner, mutant_name, sorted(tests, key=lambda test: (duur.get(test, 0.0), test)), cpu_time_limit,
                  estimated_time)

    ForkServerRunner.submit = gesorteerd  # type: ignore[assignment]  # mutmut has no hook for the order
    cli(argumenten, prog_name="mutmut")


def draai(map_: Path, kinderen: int, mutanten: list[str]) -> float:
    """`mutmut run` in the work folder; its progress goes to mutmut.log there. Returns the seconds it took."""
    begin = time.monotonic()
    with open(map_ / "mutmut.log", "w", encoding="utf-8") as log:
        res = subprocess.run([sys.executable, "-m", "tests.engine.mutatie", MUTMUT, "run", "--max-children",
                              str(kinderen), *mutanten], cwd=map_, stdout=log, stderr=subprocess.STDOUT)
    if res.returncode != 0:
        raise SystemExit(f"mutmut stopte met code {res.returncode}; zie {map_ / 'mutmut.log'}")
    return time.monotonic() - begin


LOPER_FOUT = 255
"""mutmut's exit code when its runner itself failed for a mutant (pytest could not even start the tests: a test id
it cannot select again, a usage error). mutmut counts it as a timeout, and so as killed; here it is an error."""


def _status(code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return "runner error" if code == LOPER_FOUT else status_by_exit_code[code]


def lees_uitslag(map_: Path) -> Uitslag:
    uitslag = Uitslag()
    for meta in sorted((map_ / "mutants" / ENGINE).glob("*.py.meta")):
        module = meta.name.removesuffix(".py.meta")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        uitslag.per_module[module] = Counter(_status(code) for code in codes.values())
        uitslag.overlevers += [naam for naam, code in codes.items() if _status(code) == "survived"]
    return uitslag


def toon(map_: Path, uitslag: Uitslag, verschillen: bool = True) -> None:
    print(f"{'module':16s} {'killed':>7s} {'survived':>8s} {'other':>6s}  score   (other: no tests reach it, not "
          "checked, runner error)")
    for module, teller in uitslag.per_module.items():
        ander = sum(teller.values()) - teller["killed"] - teller["timeout"] - teller["survived"]
        print(f"{module:16s} {teller['killed'] + teller['timeout']:7d} {teller['survived']:8d} {ander:6d}  "
              f"{uitslag.score(module):5.1f} %" + (f"  ({teller['runner error']} runner errors!)"
                                                   if teller["runner error"] else ""))
    print(f"{'all':16s} {'':24s}  {uitslag.score():5.1f} %   ({uitslag.seconden / 60:.1f} minutes)")
    if verschillen:
        for naam in uitslag.overlevers:
            print(subprocess.run([sys.executable, "-m", "mutmut", "show", naam], cwd=map_, capture_output=True,
                                 text=True).stdout)


def main(argumenten: list[str] | None = None) -> Uitslag:
    opties = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    opties.add_argument("--modules", help="comma-separated engine modules (default: all in [tool.mutmut])")
    opties.add_argument("--tests", nargs="*", help="pytest selection instead of the one in [tool.mutmut]")
    opties.add_argument("--mutant", nargs="*", default=[], help="only these mutants (names or globs)")
    opties.add_argument("--kinderen", type=int, default=2, help="mutants tested at the same time (default 2)")
    opties.add_argument("--werkmap", type=Path, help="work folder to use and keep (default: a temporary one)")
    opties.add_argument("--stil", action="store_true", help="only the table, not every survivor's change")
    args = opties.parse_args(argumenten)
    modules = args.modules.split(",") if args.modules else regelmodules()
    tijdelijk = None
    if args.werkmap is None:
        tijdelijk = tempfile.TemporaryDirectory(prefix="mutatie-")
        args.werkmap = Path(tijdelijk.name)
    try:
        args.werkmap.mkdir(parents=True, exist_ok=True)
        maak_werkmap(args.werkmap, modules, args.tests)
        seconden = draai(args.werkmap, args.kinderen, args.mutant)
        uitslag = lees_uitslag(args.werkmap)
        uitslag.seconden = seconden
        toon(args.werkmap, uitslag, verschillen=not args.stil)
        return uitslag
    finally:
        if tijdelijk is not None:
            tijdelijk.cleanup()


if __name__ == "__main__":
    if sys.argv[1:2] == [MUTMUT]:
        mutmut_snelste_eerst(sys.argv[2:])
    else:
        main()
