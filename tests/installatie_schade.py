"""Run by tests/test_installatie_elk_bestand.py in a copy of the checkout: damage each file under content/ and
locale/ in turn, and record what the wizard's start and `switchwijzer bereken` do with it. Prints JSON.

    python installatie_schade.py ROOT SITUATIE.json

ROOT holds src/, content/ and locale/ (a copy; PYTHONPATH=ROOT/src, so the data folders are ROOT's). Every
damage runs in a fresh child (os.fork) of one process that imported the program before: the children start as a
new process would, without paying the imports each time. So that this is true, the imports run while content/
and locale/ are away: a module that read a data file at import would fail here, not pass the test unseen.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCHADE = ("weg", "kapot", "leeg")


def _beschadig(pad: Path, schade: str) -> None:
    if schade == "weg":
        if pad.is_dir():
            pad.rename(pad.with_name(pad.name + ".weg"))
        else:
            pad.unlink()
    elif schade == "kapot":  # cut off halfway, and something that is no TOML, gettext or text format
        inhoud = pad.read_bytes()
        pad.write_bytes(inhoud[: len(inhoud) // 2] + b"\n[[[ \xff")
    else:
        pad.write_bytes(b"")


def _in_kind(doe) -> dict:  # type: ignore[no-untyped-def]
    """Run `doe()` (returns an exit code) in a forked child with stdout and stderr in files; its code and output."""
    with tempfile.TemporaryFile() as uit, tempfile.TemporaryFile() as fout:
        kind = os.fork()
        if kind == 0:
            os.dup2(uit.fileno(), 1)
            os.dup2(fout.fileno(), 2)
            code = 99
            try:
                code = doe()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(kind, 0)
        uit.seek(0)
        fout.seek(0)
        return {"code": os.waitstatus_to_exitcode(status), "uit": uit.read().decode("utf-8", "replace"),
                "fout": fout.read().decode("utf-8", "replace")}


def _wizard() -> int:
    """What `switchwijzer` does first: check the install; a damaged one ends with the message and 1. An intact
    one would start the wizard; that is not needed here, so it stops with 0."""
    from switchwijzer.installatie import InstallatieFout, controleer
    from switchwijzer.tui.start import start

    try:
        controleer()
    except InstallatieFout:
        return start()
    return 0


def main() -> None:
    root, situatie = Path(sys.argv[1]), sys.argv[2]
    data = [root / "content", root / "locale"]
    for map_ in data:
        map_.rename(map_.with_name(map_.name + ".weg"))
    import switchwijzer.__main__  # noqa: F401 - everything `bereken` and the wizard's check load
    import switchwijzer.afdruk  # noqa: F401
    import switchwijzer.cli  # noqa: F401
    import switchwijzer.guidance.inhoud  # noqa: F401
    import switchwijzer.guidance.regelingen  # noqa: F401
    import switchwijzer.installatie  # noqa: F401
    import switchwijzer.tui.start  # noqa: F401
    import switchwijzer.uitleg  # noqa: F401
    import switchwijzer.uitleg.antwoord  # noqa: F401
    import switchwijzer.uitleg.vragenlijst  # noqa: F401
    from switchwijzer.__main__ import main as switchwijzer

    for map_ in data:
        map_.with_name(map_.name + ".weg").rename(map_)

    def alles() -> dict:
        return {
            "wizard": _in_kind(_wizard),
            "bereken": _in_kind(lambda: switchwijzer(["bereken", situatie])),
            "tekst": _in_kind(lambda: switchwijzer(["bereken", "--tekst", "--rol", "ouder", situatie])),
        }

    bestanden = sorted(str(p.relative_to(root)) for m in data for p in m.rglob("*") if p.is_file())
    uitkomst: dict = {"heel": alles()}
    for relatief in [*bestanden, "content", "locale"]:
        pad = root / relatief
        for schade in SCHADE if pad.is_file() else ("weg",):
            bewaard = pad.read_bytes() if pad.is_file() else None
            _beschadig(pad, schade)
            uitkomst[f"{relatief} {schade}"] = alles()
            if bewaard is None:
                pad.with_name(pad.name + ".weg").rename(pad)
            else:
                pad.write_bytes(bewaard)
    print(json.dumps(uitkomst))


if __name__ == "__main__":
    main()
