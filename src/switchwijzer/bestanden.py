"""Files a person names: a typed path read safely, and writing a file at once (never half a file, and an old file
stays as it was when writing fails)."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def getypt_pad(tekst: str | Path) -> Path:
    """A path as a person typed it; `~` is the home folder. `~naam` of a user that does not exist stays as typed
    (pathlib raises RuntimeError there), so the save or open that follows says the folder does not exist."""
    pad = Path(tekst)
    try:
        return pad.expanduser()
    except RuntimeError:
        return pad


def is_map(pad: Path) -> bool:
    """Whether `pad` is a folder; False for a name the system cannot even look up (longer than 255 bytes:
    pathlib raises OSError there), so the write that follows gives the reason."""
    try:
        return pad.is_dir()
    except OSError:
        return False


def is_bestand(pad: Path) -> bool:
    """Whether `pad` is a file; False for a name the system cannot look up (see is_map)."""
    try:
        return pad.is_file()
    except OSError:
        return False


def kan_een_naam_zijn(pad: Path) -> None:
    """Raise OSError(EINVAL) for a name no file can have (a NUL character, typed or pasted): Python raises
    ValueError there, which the callers' OSError messages would not catch."""
    if "\x00" in str(pad):
        raise OSError(errno.EINVAL, "een NUL-teken in de naam", str(pad))


def vervang_atomisch(pad: Path, data: bytes, voorvoegsel: str = ".switchwijzer-", nieuw: bool = False) -> None:
    """Write `data` to a temporary file in the same folder, then put it in place of `pad` in one step.

    The temporary file is made readable for this user only (mkstemp), so the result is too: what we write is
    about someone's money. `nieuw`: never replace a file that is there (FileExistsError), also when another
    program made it a moment ago. Then the folder is written to disk too, so that after a power cut the file
    has its new name and content, not the old one or none. Raises OSError; the caller says in words what went
    wrong.
    """
    kan_een_naam_zijn(pad)
    tijdelijk: str | None = None
    try:
        handvat, tijdelijk = tempfile.mkstemp(prefix=voorvoegsel, suffix=".tmp", dir=pad.parent)
        with os.fdopen(handvat, "wb") as uit:
            uit.write(data)
            uit.flush()
            os.fsync(uit.fileno())
        if nieuw:
            _zet_neer_als_nieuw(tijdelijk, pad)
        else:
            os.replace(tijdelijk, pad)
            tijdelijk = None
        _map_naar_schijf(pad.parent)
    finally:
        if tijdelijk is not None:
            with contextlib.suppress(OSError):
                os.unlink(tijdelijk)


def _zet_neer_als_nieuw(tijdelijk: str, pad: Path) -> None:
    """Give the written file the name `pad` only if that name is free, in one step (a hard link fails when the
    name exists). The temporary name is removed by the caller."""
    try:
        os.link(tijdelijk, pad)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick): claim the name, then fill it at once
        os.close(os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(tijdelijk, pad)


def _map_naar_schijf(map_: Path) -> None:
    """fsync the folder, so the new name survives a power cut. Not every system can open a folder (Windows) or
    fsync it (some network file systems); there the file itself is already on disk."""
    try:
        handvat = os.open(map_, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handvat)
    except OSError:
        pass
    finally:
        os.close(handvat)
