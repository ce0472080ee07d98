"""Check, before anything is shown, that the data the app reads is there and readable.

A damaged install (a file missing, cut short or edited by hand) gives one Dutch message that names the
file, instead of a traceback halfway through a conversation, or English where Dutch should be.
No textual import: the command line uses this too.
"""

from __future__ import annotations

import gettext
import re
import tomllib
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from switchwijzer.paths import content_dir, locale_dir

INHOUD_BESTANDEN = (
    "vragen/vragen.toml",
    "woordenlijst.toml",
    "teksten/redenen.toml",
    "teksten/signalen.toml",
    "teksten/stappen.toml",
    "teksten/uitleg.toml",
    "teksten/overzicht.toml",
    "guidance/gemeenten.toml",
)
"""Content files the wizard cannot do without (the parameter files are checked by the engine)."""


class InstallatieFout(Exception):
    """A data file of the app is missing or damaged. `str()` is a Dutch message that names the file."""

    def __init__(self, bestand: Path | str, reden: str) -> None:
        self.bestand = str(bestand)
        self.reden = reden
        super().__init__(
            f"Switchwijzer kan niet starten. Het bestand {self.bestand} {reden}. "
            "Heeft iemand dit bestand net aangepast? Verbeter dan de fout, of zet de oude versie terug. "
            "Anders: installeer Switchwijzer opnieuw, of vraag hulp aan wie het heeft geïnstalleerd."
        )


def _lees_toml(pad: Path) -> None:
    if not pad.is_file():
        raise InstallatieFout(pad, "ontbreekt")
    try:
        tomllib.loads(pad.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as fout:
        regel = re.search(r"line (\d+)", str(fout))
        raise InstallatieFout(pad, f"is beschadigd (regel {regel.group(1)})" if regel else "is beschadigd") from None
    except (OSError, UnicodeDecodeError):
        raise InstallatieFout(pad, "is beschadigd") from None


def _catalogus(taal: str) -> None:
    pad = locale_dir() / taal / "LC_MESSAGES" / "switchwijzer.mo"
    if not pad.is_file():
        raise InstallatieFout(pad, "ontbreekt")
    try:
        with pad.open("rb") as bestand:
            gettext.GNUTranslations(bestand)
    except (OSError, UnicodeDecodeError, ValueError, IndexError):
        raise InstallatieFout(pad, "is beschadigd") from None


def _laadt(bestand: Path, laad: Callable[[], object]) -> None:
    """The file parses; now check that what is in it fits (a field renamed by hand, a wrong value)."""
    try:
        laad()
    except (ValidationError, ValueError, KeyError, TypeError):
        raise InstallatieFout(bestand, "klopt niet (een waarde ontbreekt of is fout)") from None


def controleer_parameters() -> None:
    """Every parameter period loads: the engine's own check, with its message turned into ours."""
    from switchwijzer.engine.parameters import ParameterBestandFout, alle_periodes, parameter_map

    try:
        alle_periodes()
    except ParameterBestandFout as fout:
        raise InstallatieFout(parameter_map() / fout.bestand, f"ontbreekt of is beschadigd ({fout.detail})") from None


def controleer() -> None:
    """Raise InstallatieFout for the first missing or damaged file the wizard or `bereken --tekst` reads."""
    from switchwijzer.guidance.inhoud import gemeenten, items
    from switchwijzer.uitleg.teksten import lees_toml

    inhoud = content_dir()
    for relatief in INHOUD_BESTANDEN:
        _lees_toml(inhoud / relatief)
    for pad in sorted((inhoud / "guidance").glob("*.toml")):
        _lees_toml(pad)
    for taal in ("nl", "en"):
        _catalogus(taal)
    controleer_parameters()
    _laadt(inhoud / "guidance", items)
    _laadt(inhoud / "guidance" / "gemeenten.toml", gemeenten)
    for relatief in INHOUD_BESTANDEN:
        _laadt(inhoud / relatief, lambda r=relatief: lees_toml(r))
    from switchwijzer.uitleg.vragenlijst import vragen

    _laadt(inhoud / "vragen" / "vragen.toml", vragen)
