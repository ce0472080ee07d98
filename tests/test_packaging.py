"""`content/` and `locale/` live at the repository root and must ship inside a regular install."""

from __future__ import annotations

from pathlib import Path

import pytest

import switchwijzer
from switchwijzer.paths import content_dir, locale_dir

PAKKET = Path(switchwijzer.__file__).resolve().parent
BRON_CHECKOUT = (PAKKET.parents[1] / "pyproject.toml").is_file()


@pytest.mark.skipif(BRON_CHECKOUT, reason="run from a source checkout; CI runs the regular install of the README")
def test_a_regular_install_carries_content_and_locale_inside_the_package():
    assert content_dir() == PAKKET / "content"
    assert locale_dir() == PAKKET / "locale"
    assert sorted(p.name for p in (content_dir() / "parameters").glob("*.toml"))


def test_the_data_folders_are_found_from_here():
    assert (content_dir() / "parameters").is_dir()
    assert locale_dir().is_dir()


def test_a_broken_content_file_names_the_line_and_suggests_undoing_an_edit(tmp_path) -> None:
    import pytest

    from switchwijzer.installatie import InstallatieFout, _lees_toml

    bestand = tmp_path / "gemeenten.toml"
    bestand.write_text('[utrecht]\nnaam = "Utrecht"\nvrijlating = \n', encoding="utf-8")
    with pytest.raises(InstallatieFout) as fout:
        _lees_toml(bestand)
    assert "is beschadigd (regel 3)" in str(fout.value)
    assert "zet de oude versie terug" in str(fout.value)
