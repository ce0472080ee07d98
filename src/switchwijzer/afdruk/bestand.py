"""Saving the PDF: a sensible default place, and an atomic write that never leaves half a file behind.

A bad place to save (no such folder, no permission, a folder instead of a file name, a full disk) is a
`Schrijffout` with a plain message in the interface language. An existing file is overwritten: the person
chose that name. The file is first written next to it under a temporary name and then put in place with
`os.replace`, so a PDF is always whole or not there at all. Only its owner can read it (mkstemp's 0600): it
holds someone's money.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

from switchwijzer.bestanden import getypt_pad, is_map, kan_een_naam_zijn, vervang_atomisch
from switchwijzer.i18n import _

_REDENEN = {
    errno.ENOENT: lambda: _("this folder does not exist"),
    errno.ENOTDIR: lambda: _("this folder does not exist"),
    errno.EACCES: lambda: _("saving in this folder is not allowed"),
    errno.EPERM: lambda: _("saving in this folder is not allowed"),
    errno.EROFS: lambda: _("saving in this folder is not allowed"),
    errno.EISDIR: lambda: _("this is a folder, not a file"),
    errno.ENOSPC: lambda: _("the disk is full"),
    errno.ENAMETOOLONG: lambda: _("the name is too long"),
    errno.EINVAL: lambda: _("a file cannot have this name"),
}


class Schrijffout(Exception):
    """The PDF could not be saved. `str()` names the place and the reason, for a person to read."""

    def __init__(self, pad: Path | str, reden: str) -> None:
        self.pad = str(pad)
        self.reden = reden
        super().__init__(_("Could not save the PDF: {pad} ({reden}).").format(pad=_zichtbaar(self.pad), reden=reden))


def _zichtbaar(tekst: str) -> str:
    """A typed path, safe to show: control characters become visible instead of steering the terminal."""
    return "".join(teken if teken.isprintable() else repr(teken)[1:-1] for teken in tekst)


def bestandsnaam(maand: date) -> str:
    """`switchwijzer-overzicht-2027-03.pdf`: the month of the calculation in the name, so files sort by date."""
    return f"switchwijzer-overzicht-{maand:%Y-%m}.pdf"


def standaard_map() -> Path:
    """The person's Documents folder if there is one, else the home folder. platformdirs knows where it is on
    each system: on Linux the desktop's own setting (`XDG_DOCUMENTS_DIR`, `~/Documenten` on a Dutch desktop)."""
    from platformdirs import user_documents_dir

    documenten = Path(user_documents_dir())
    return documenten if is_map(documenten) else Path.home()


def als_pdf_pad(tekst: str | Path) -> Path:
    """What a person typed, as the path to write: `~` is the home folder, and `.pdf` is added to a file name
    without it (a folder stays a folder, so saving says it is one)."""
    pad = getypt_pad(str(tekst).strip())
    if str(tekst).strip() and not str(tekst).rstrip().endswith(("/", os.sep)) and not is_map(pad) \
            and pad.suffix.lower() != ".pdf":
        pad = pad.with_name(pad.name + ".pdf")
    return pad


def schrijf_atomisch(pad: Path, data: bytes) -> Path:
    """Write `data` to `pad` (overwriting a file that is there) and return the absolute path."""
    if not str(pad).strip() or pad.name in ("", ".", ".."):
        raise Schrijffout(pad, _("this is a folder, not a file"))
    pad = pad.absolute()
    try:
        kan_een_naam_zijn(pad)
        if is_map(pad):
            raise IsADirectoryError(errno.EISDIR, "map", str(pad))
        if not is_map(pad.parent):
            raise FileNotFoundError(errno.ENOENT, "map", str(pad.parent))
        vervang_atomisch(pad, data)
    except OSError as fout:
        reden = _REDENEN.get(fout.errno or 0, lambda: _("it could not be written"))()
        raise Schrijffout(pad, reden) from None
    return pad
