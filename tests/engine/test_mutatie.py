"""The code mutation runner (tests/engine/mutatie.py, mutmut 3) works: a known small change in a rule is noticed by
the test that guards it, and a change no selected test reaches is reported as a survivor. Without this, a broken
setup (a copy that imports the wrong code, a test selection that collects nothing) would look like a good score.
The full run is not a test: `.venv/bin/python -m tests.engine.mutatie` (about 30-45 minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("mutmut", reason="mutmut is not installed: pip install -e \".[test]\"")

from tests.engine import mutatie  # noqa: E402 - after the skip: the runner reads mutmut's statuses

TEST = "tests/engine/test_wetsvorm.py::test_wajong_is_the_percentage_of_the_grondslag_minus_income"
GEDOOD = "switchwijzer.engine.wajong.x_wajong_per_maand__mutmut_6"
"""`factor = percentage / 100` becomes `/ 101`: 69,3 % instead of 70 % of (grondslag - inkomen), Wajong art. 2:40."""
OVERLEEFT = "switchwijzer.engine.wajong.x_wajong_per_maand__mutmut_10"
"""`regime == "wajong_70"` becomes `"WAJONG_70"` in the loondispensatie branch, which TEST never takes."""


@pytest.mark.lang(20)
def test_een_bekende_mutant_wordt_gedood_en_een_onbereikte_overleeft(tmp_path: Path) -> None:
    uitslag = mutatie.main(["--modules", "wajong", "--tests", TEST, "--mutant", GEDOOD, OVERLEEFT,
                            "--werkmap", str(tmp_path), "--kinderen", "1", "--stil"])
    assert uitslag.per_module["wajong"]["killed"] == 1, uitslag.per_module
    assert uitslag.overlevers == [OVERLEEFT]
