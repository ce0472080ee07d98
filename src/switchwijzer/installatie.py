"""Check, before anything is shown, that the data the app reads is there and readable.

A damaged install (a file missing, emptied, cut short or edited by hand) gives one Dutch message that names the
file, instead of a traceback halfway through a conversation, or English where Dutch should be. Every file the app
reads is listed in INHOUD and CATALOGI: a file that is not there is named, also one that is read with others from
a folder (a deleted 2026-07-01.toml was reported as "2027-01-01.toml begint niet op de dag na 2026-06-30"). A
file that is there is read by its own loader, once; only when a loader fails is each of its files read alone, to
name the one that is wrong (so a good install is read once, not twice). No textual import: the command line uses
this too.
"""

from __future__ import annotations

import gettext
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from switchwijzer.paths import candidates, content_dir, locale_dir

INHOUD = (
    "guidance/bufferbudget.toml",
    "guidance/geld_bij_stoppen.toml",
    "guidance/gemeenten.toml",
    "guidance/indicatie.toml",
    "guidance/lokaal.toml",
    "guidance/melden.toml",
    "guidance/terug_kunnen.toml",
    "guidance/zachte_start.toml",
    "parameters/2026-01-01.toml",
    "parameters/2026-07-01.toml",
    "parameters/2027-01-01.toml",
    "regelingen/alphen_aan_den_rijn.toml",
    "regelingen/beuningen.toml",
    "regelingen/duiven.toml",
    "regelingen/gemert_bakel.toml",
    "regelingen/hilvarenbeek.toml",
    "regelingen/kerkrade.toml",
    "regelingen/landelijk.toml",
    "regelingen/midden_drenthe.toml",
    "regelingen/nunspeet.toml",
    "regelingen/westland.toml",
    "teksten/antwoord.toml",
    "teksten/overzicht.toml",
    "teksten/redenen.toml",
    "teksten/regelingen.toml",
    "teksten/scenarios.toml",
    "teksten/signalen.toml",
    "teksten/stappen.toml",
    "teksten/uitleg.toml",
    "vragen/tegenstrijdig.toml",
    "vragen/vragen.toml",
    "woordenlijst.toml",
)
"""Every file in content/ the app reads. A new content file goes here too (a test compares this list with the
repository): then a missing one is named. A file that someone adds and that is not listed is read and checked all
the same (a new gemeente in regelingen/), but its absence would go unnoticed."""
CATALOGI = ("nl", "en")
"""locale/<taal>/LC_MESSAGES/switchwijzer.mo for each language."""
TEKSTEN = tuple(r for r in INHOUD if r.startswith("teksten/")) + ("woordenlijst.toml",)
"""Content files read as they are (`uitleg.teksten.lees_toml`), without a model of their own."""

_LAADFOUTEN = (ValidationError, ValueError, KeyError, TypeError, OSError, tomllib.TOMLDecodeError)
"""What a loader raises for a file that parses as TOML but does not fit (a field renamed by hand, a wrong value)."""


class InstallatieFout(Exception):
    """A data file of the app is missing or damaged. `str()` is a Dutch message that names the file."""

    def __init__(self, bestand: Path | str, reden: str, soort: str = "Het bestand") -> None:
        self.bestand = str(bestand)
        self.reden = reden
        super().__init__(
            f"Switchwijzer kan niet starten. {soort} {self.bestand} {reden}. "
            "Heeft iemand dit bestand net aangepast? Verbeter dan de fout, of zet de oude versie terug. "
            "Anders: installeer Switchwijzer opnieuw, of vraag hulp aan wie het heeft geïnstalleerd."
        )


def _map(vind: Callable[[], Path], naam: str) -> Path:
    try:
        return vind()
    except FileNotFoundError:
        raise InstallatieFout(" of ".join(str(p) for p in candidates(naam)), "ontbreekt", soort="De map") from None


def _bestaat(pad: Path) -> None:
    """The file is there and not empty (a file emptied by a full disk parses as TOML with nothing in it)."""
    try:
        grootte = pad.stat().st_size if pad.is_file() else None
    except OSError:
        grootte = None
    if grootte is None:
        raise InstallatieFout(pad, "ontbreekt")
    if grootte == 0:
        raise InstallatieFout(pad, "is leeg")


def _lees_toml(pad: Path) -> dict:
    """The file's TOML; InstallatieFout that names the line when it is not TOML."""
    try:
        data = tomllib.loads(pad.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as fout:
        regel = re.search(r"line (\d+)", str(fout))
        raise InstallatieFout(pad, f"is beschadigd (regel {regel.group(1)})" if regel else "is beschadigd") from None
    except (OSError, UnicodeDecodeError):
        raise InstallatieFout(pad, "is beschadigd") from None
    if not data:
        raise InstallatieFout(pad, "is leeg")
    return data


def _catalogus(taal: str) -> None:
    pad = _map(locale_dir, "locale") / taal / "LC_MESSAGES" / "switchwijzer.mo"
    _bestaat(pad)
    try:
        with pad.open("rb") as bestand:
            gettext.GNUTranslations(bestand)
    except (OSError, UnicodeDecodeError, ValueError, IndexError):
        raise InstallatieFout(pad, "is beschadigd") from None


def _laadt(bestanden: Iterable[Path], laad: Callable[[], object], een: Callable[[Path], object] | None = None) -> None:
    """`laad` reads `bestanden`; when it fails, read each file alone to name the one that is wrong: its TOML
    first, then (with `een`, the loader of one file) what is in it."""
    try:
        laad()
    except _LAADFOUTEN:
        bestanden = list(bestanden)
        for pad in bestanden:
            _lees_toml(pad)
            try:
                if een is not None:
                    een(pad)
            except _LAADFOUTEN:
                raise InstallatieFout(pad, "klopt niet (een waarde ontbreekt of is fout)") from None
        if len(bestanden) == 1:
            raise InstallatieFout(bestanden[0], "klopt niet (een waarde ontbreekt of is fout)") from None
        raise InstallatieFout(bestanden[0].parent, "klopt niet (iets staat in twee bestanden)", soort="De map") from None


def _niet_leeg(tekst: dict) -> None:
    if not tekst:  # a file with only comments left in it
        raise ValueError("leeg")


def controleer_parameters() -> None:
    """Every parameter period is there and loads: the engine's own check, with its message turned into ours."""
    inhoud = _map(content_dir, "content")
    for relatief in INHOUD:
        if relatief.startswith("parameters/"):
            _bestaat(inhoud / relatief)
    from switchwijzer.engine.parameters import ParameterBestandFout, alle_periodes, parameter_map

    try:
        alle_periodes()
    except ParameterBestandFout as fout:
        pad = parameter_map() / fout.bestand
        if pad.is_file():
            _lees_toml(pad)  # a broken TOML gets its line in Dutch, not the parser's English
        raise InstallatieFout(pad, f"ontbreekt of is beschadigd ({fout.detail})") from None


def controleer() -> None:
    """Raise InstallatieFout for the first missing or damaged file the wizard or `bereken --tekst` reads."""
    inhoud = _map(content_dir, "content")
    for relatief in INHOUD:
        _bestaat(inhoud / relatief)
    for taal in CATALOGI:
        _catalogus(taal)
    controleer_parameters()

    from switchwijzer.guidance.inhoud import GEMEENTEN_BESTAND, gemeenten, item_bestanden, items, items_uit
    from switchwijzer.guidance.regelingen import alle_regelingen, regeling_bestanden, regelingen_uit
    from switchwijzer.uitleg.teksten import lees_toml
    from switchwijzer.uitleg.vragenlijst import tegenstrijdig, vragen

    _laadt(item_bestanden(), items, items_uit)
    _laadt([inhoud / "guidance" / GEMEENTEN_BESTAND], gemeenten)
    _laadt(regeling_bestanden(), alle_regelingen, regelingen_uit)
    for relatief in TEKSTEN:
        _laadt([inhoud / relatief], lambda r=relatief: _niet_leeg(lees_toml(r)))
    _laadt([inhoud / "vragen" / "vragen.toml"], vragen)
    _laadt([inhoud / "vragen" / "tegenstrijdig.toml"], tegenstrijdig)
