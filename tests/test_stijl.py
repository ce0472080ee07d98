"""mypy (strict) on all of src/switchwijzer and ruff on src, tests and benchmarks (the paths `pyproject.toml` names:
[tool.mypy] files, [tool.ruff] include): 0 errors.

Both run as CI runs them, with no paths on the command line, so widening the checked part of the tree is a change in
pyproject.toml only. Skipped, with the reason, only where the tool is not installed (`pip install -e ".[test]"`
brings both).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[1]


def _draai(module: str, *argumenten: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed: pip install -e \".[test]\"")
    return subprocess.run([sys.executable, "-m", module, *argumenten], cwd=WORTEL, capture_output=True, text=True,
                          timeout=300)


def test_mypy_strict_finds_nothing() -> None:
    res = _draai("mypy")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "no issues found" in res.stdout


def test_ruff_finds_nothing() -> None:
    res = _draai("ruff", "check", "--no-cache")
    assert res.returncode == 0, res.stdout + res.stderr


def test_elke_type_ignore_zegt_waarom() -> None:
    """`# type: ignore[code]  # reason` everywhere in src/: the code keeps it narrow, the reason says why the checker
    is wrong there (mypy's warn_unused_ignores, part of strict, reports the ones no longer needed)."""
    zonder = [f"{pad.relative_to(WORTEL)}:{nummer}" for pad in sorted((WORTEL / "src/switchwijzer").rglob("*.py"))
              for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1)
              if "type: ignore" in regel and not _met_reden(regel)]
    assert not zonder, zonder


@pytest.mark.parametrize(("regel", "goed"), [
    ("x = f()  # type: ignore[arg-type]  # Textual types it too narrowly", True),
    ("x = f()  # type: ignore[arg-type]", False),
    ("x = f()  # type: ignore  # no code", False),
    ("x = f()  # type: ignore[arg-type]  (a reason in brackets)", False),
])
def test_een_reden_is_een_code_en_een_eigen_commentaar(regel: str, goed: bool) -> None:
    assert _met_reden(regel) is goed


def _met_reden(regel: str) -> bool:
    na = regel.split("type: ignore", 1)[1]
    return na.startswith("[") and "]" in na and "#" in na.split("]", 1)[1]
