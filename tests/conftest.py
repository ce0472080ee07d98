import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets every test do `from taalniveau import meet`


@pytest.fixture(autouse=True)
def _data_map(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Saved intakes go to a fresh folder per test, never to the real home (switchwijzer.intake reads this)."""
    map_ = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SWITCHWIJZER_DATA", str(map_))
    return map_
