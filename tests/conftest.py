import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets every test do `from taalniveau import meet`

BRON = Path(__file__).resolve().parents[1] / "src"


def _geladen_van() -> Path | None:
    """Where Python finds `switchwijzer`, without importing it (None: not installed at all)."""
    from importlib.util import find_spec

    spec = find_spec("switchwijzer")
    return Path(spec.origin).resolve().parent if spec and spec.origin else None


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once unless `switchwijzer` comes from this checkout's src/: a regular install in .venv would be
    tested instead of the code in front of you, and a green run could be about old code. (The built wheel has
    its own test: tests/test_packaging.py.)"""
    gevonden = _geladen_van()
    if gevonden != BRON / "switchwijzer":
        raise pytest.UsageError(
            f"switchwijzer is imported from {gevonden or '(nowhere: not installed)'}, not from {BRON}: the tests "
            "would not test the code in this checkout. Install it editable: .venv/bin/pip install -e \".[test]\""
        )


@pytest.fixture(autouse=True)
def _data_map(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Saved intakes go to a fresh folder per test, never to the real home (switchwijzer.intake reads this)."""
    map_ = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SWITCHWIJZER_DATA", str(map_))
    return map_


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` starts two workers per core: a wizard test spends about half its time waiting until Textual is
    idle (Pilot's checks after each key), and a second worker on the same core does its work in that time.
    PYTEST_XDIST_AUTO_NUM_WORKERS still sets the number, as in plain pytest-xdist."""
    gezet = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS")
    if gezet:
        return int(gezet)
    kernen = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)  # not on macOS
    return 2 * kernen


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Longest first: tests marked `lang(seconds)` (longest first), then the screen and browser tests, then the
    many quick ones. With `--maxschedchunk=1` xdist hands out a test at a time in this order, so no long test
    starts last while the other workers have nothing left to do."""

    def volgorde(item: pytest.Item) -> tuple[float, bool]:
        lang = item.get_closest_marker("lang")
        return (-float(lang.args[0]) if lang else 0.0, item.path.parent.name not in {"tui", "web"})

    items.sort(key=volgorde)  # stable: within a group the files keep their order (and their fixtures)


@pytest.fixture(autouse=True)
def _taal_terug() -> Iterator[None]:
    """The language is one value for the whole process: a test that switches it (`--taal en` through `main`, F4 in
    the wizard) must not leave the next test on the same xdist worker reading English."""
    yield
    from switchwijzer import i18n

    i18n.zet_taal("nl")
