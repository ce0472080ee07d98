"""Check, before anything is shown, that the data the app reads is there and readable.

A damaged install (a file missing, emptied, cut short or edited by hand) gives one Dutch message that names the
file, instead of a traceback halfway through a conversation, or English where Dutch should be. Every file the app
reads is listed in content/inhoud.toml and CATALOGI: a file that is not there is named, also one that is read with
others from a folder (a deleted 2026-07-01.toml was reported as "2027-01-01.toml begint niet op de dag na
2026-06-30"). A file that is there is read by its own loader, once; only when a loader fails is each of its files
read alone, to name the one that is wrong (so a good install is read once, not twice). No textual import: the
command line uses this too.
"""

from __future__ import annotations

import gettext
import re
import tomllib
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from switchwijzer.paths import candidates, content_dir, locale_dir

MANIFEST = "inhoud.toml"
"""content/inhoud.toml lists every other file in content/ the app reads (data, not code: a new period file or a
new gemeente is a new line there, and a test compares the list with the repository). Then a missing file is
named. A file that someone adds and that is not listed is read and checked all the same, but its absence would
go unnoticed."""


def inhoud() -> tuple[str, ...]:
    """The files content/inhoud.toml lists, relative to content/ (the manifest itself first)."""
    pad = _map(content_dir, "content") / MANIFEST
    _bestaat(pad)
    lijst = _lees_toml(pad).get("bestanden")
    if not isinstance(lijst, list) or not all(isinstance(r, str) for r in lijst):
        raise InstallatieFout(pad, "klopt niet (de lijst 'bestanden' ontbreekt)")
    return (MANIFEST, *lijst)


CATALOGI = ("nl", "en")
"""locale/<taal>/LC_MESSAGES/switchwijzer.mo for each language."""
def teksten() -> tuple[str, ...]:
    """Content files read as they are (`uitleg.teksten.lees_toml`), without a model of their own."""
    return tuple(r for r in inhoud() if r.startswith("teksten/")) + ("woordenlijst.toml",)

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


def _lees_toml(pad: Path) -> dict[str, Any]:
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
        raise InstallatieFout(
            bestanden[0].parent, "klopt niet (iets staat in twee bestanden)", soort="De map"
        ) from None


def _toml_niet_leeg(relatief: str, lees_toml: Callable[[str], dict[str, Any]]) -> None:
    _niet_leeg(lees_toml(relatief))


def _niet_leeg(tekst: dict[str, Any]) -> None:
    if not tekst:  # a file with only comments left in it
        raise ValueError("leeg")


def controleer_parameters(gemeenten: bool = True) -> None:
    """Every file the engine reads itself is there and loads: the parameter periods, and (unless `gemeenten` is
    False) the names of the gemeenten in content/regelingen (for a gemeente's own parameters). The engine's own
    message is turned into ours."""
    from switchwijzer.engine.parameters import ParameterBestandFout, alle_periodes, parameter_map

    _laadt_engine(_map(content_dir, "content"), "parameters", alle_periodes, ParameterBestandFout, parameter_map,
                  lambda fout: f"ontbreekt of is beschadigd ({fout.detail})")
    if gemeenten:
        controleer_gemeenten()


def controleer_gemeenten() -> None:
    """The names of the gemeenten in content/regelingen load: the engine reads them only for a situation with a
    gemeente (`bereken` without one skips them: 33 files, a few ms of its start)."""
    from switchwijzer.engine.gemeente import GemeenteBestandFout, namen_per_bestand, regelingen_map

    _laadt_engine(_map(content_dir, "content"), "regelingen", namen_per_bestand, GemeenteBestandFout, regelingen_map,
                  lambda fout: "klopt niet (de lijst met namen van gemeenten)")


def _laadt_engine(map_: Path, submap: str, laad: Callable[[], object], fouttype: type[Exception],
                  map_van: Callable[[], Path], reden: Callable[[Any], str]) -> None:
    """The files of one folder the engine reads are there and load; its error (which names `.bestand`) becomes an
    InstallatieFout that names the file."""
    for relatief in inhoud():
        if relatief.startswith(f"{submap}/"):
            _bestaat(map_ / relatief)
    try:
        laad()
    except fouttype as fout:
        pad = map_van() / fout.bestand  # type: ignore[attr-defined]  # each `fouttype` given here names its `.bestand`
        if pad.is_file():
            _lees_toml(pad)  # a broken TOML gets its line in Dutch, not the parser's English
        raise InstallatieFout(pad, reden(fout)) from None


def controleer() -> None:
    """Raise InstallatieFout for the first missing or damaged file the wizard or `bereken --tekst` reads."""
    map_ = _map(content_dir, "content")
    for relatief in inhoud():
        _bestaat(map_ / relatief)
    for taal in CATALOGI:
        _catalogus(taal)
    controleer_parameters()

    from switchwijzer.guidance.inhoud import GEMEENTEN_BESTAND, gemeenten, item_bestanden, items, items_uit
    from switchwijzer.guidance.regelingen import alle_regelingen, regeling_bestanden, regelingen_uit
    from switchwijzer.uitleg.eenheden import BESTAND as EENHEDEN
    from switchwijzer.uitleg.eenheden import engels
    from switchwijzer.uitleg.teksten import lees_toml
    from switchwijzer.uitleg.vragenlijst import tegenstrijdig, vragen

    _laadt(item_bestanden(), items, items_uit)
    _laadt([map_ / "guidance" / GEMEENTEN_BESTAND], gemeenten)
    _laadt(regeling_bestanden(), alle_regelingen, regelingen_uit)
    for relatief in teksten():
        _laadt([map_ / relatief], partial(_toml_niet_leeg, relatief, lees_toml))
    _laadt([map_ / EENHEDEN], engels)  # the coach's units in English: a row without `nl` or `en` is named here
    _laadt([map_ / "vragen" / "vragen.toml"], vragen)
    _laadt([map_ / "vragen" / "tegenstrijdig.toml"], tegenstrijdig)
