"""Every benchmark script still starts: its imports resolve and it reads its options (`--help`). Nothing is timed
here; a benchmark that stopped running after a change in the engine went unnoticed once (benchmarks/engine.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parents[1] / "benchmarks").glob("*.py"))


def test_er_zijn_benchmarks() -> None:
    assert len(BENCHMARKS) >= 5, BENCHMARKS


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.name)
def test_de_benchmark_start(script: Path) -> None:
    klaar = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert klaar.returncode == 0, klaar.stderr[-2000:]
    assert "usage" in klaar.stdout
