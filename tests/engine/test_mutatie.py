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
CAK_TEST = ("tests/engine/test_cases.py::test_case[Wajong 75 % in een Wlz-instelling, beschut werk 24 uur vanaf juli "
            "2026: de bijdrage aan het CAK per kalenderjaar 2026 tot en met 2029]")
CAK_GEDOOD = "switchwijzer.engine.eigen_bijdrage.x__verandering__mutmut_1"
"""The Wlz hoge bijdrage's table read as None: every year of that worked example fails. It survives when the
mutants are forked from a process that already ran the test (the engine's memories then hold the right answer and
the changed rule is never called): this keeps `process_isolation = "forkserver"` in [tool.mutmut]."""


@pytest.mark.lang(30)
def test_een_bekende_mutant_wordt_gedood_en_een_onbereikte_overleeft(tmp_path: Path) -> None:
    uitslag = mutatie.main(["--modules", "wajong,eigen_bijdrage", "--tests", TEST, CAK_TEST,
                            "--mutant", GEDOOD, OVERLEEFT, CAK_GEDOOD, "--werkmap", str(tmp_path), "--stil"])
    assert uitslag.per_module["wajong"]["killed"] == 1, uitslag.per_module
    assert uitslag.per_module["eigen_bijdrage"]["killed"] == 1, uitslag.per_module
    assert uitslag.overlevers == [OVERLEEFT]
    assert not any(teller["runner error"] for teller in uitslag.per_module.values()), uitslag.per_module
