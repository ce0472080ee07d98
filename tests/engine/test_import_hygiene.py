"""The engine and `bereken` never load the UI (checked in a fresh interpreter, as Harlequin does)."""

from __future__ import annotations

import json
import subprocess
import sys

from .test_cli import VOORBEELD

UI = ("textual", "rich")


def _geladen(code: str, invoer: str = "") -> set[str]:
    res = subprocess.run([sys.executable, "-c", code], input=invoer, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    return set(json.loads(res.stdout.strip().splitlines()[-1]))


def test_import_engine_loads_no_ui():
    code = "import sys, json; import switchwijzer.engine; print(json.dumps(sorted(sys.modules)))"
    geladen = _geladen(code)
    assert not {m for m in geladen if m.split(".")[0] in UI}


def test_bereken_command_loads_no_ui():
    code = (
        "import sys, json, io, contextlib\n"
        "from switchwijzer.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['bereken', '-'])\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    geladen = _geladen(code, json.dumps(VOORBEELD))
    assert not {m for m in geladen if m.split(".")[0] in UI}
