"""The layers hold: engine <- guidance <- uitleg <- tui / cli, and nothing below the wizard loads Textual.

The contracts are in pyproject.toml ([tool.importlinter]); import-linter reads the imports without running them.
"""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_de_lagen_en_textual_grenzen_houden() -> None:
    assert lint_imports(config_filename=str(PYPROJECT)) == 0
