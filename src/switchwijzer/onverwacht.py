"""An unexpected error: a mistake in Switchwijzer (a bug), never bad input, which has its own Dutch messages.

It must not look like bad input, and it must reach whoever can fix it. So it gets a short code the person can
pass on (`SW-3F9A2C`: the same mistake in the same version gives the same code, and the code holds nothing about
the person), and its traceback goes where a developer finds it: on stderr for the command line, in `fouten.log`
in the user's data folder for the wizard. A kiosk writes nothing to disk and shows no traceback: only the code.
No textual, no pydantic: the command line and the wizard both use this, also when much else is broken.
"""

from __future__ import annotations

import hashlib
import os
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from switchwijzer import __version__
from switchwijzer.paths import gebruikersmap

LOGBESTAND = "fouten.log"
MAX_LOG_BYTES = 1_000_000
"""A log larger than this starts again (the previous one is kept as fouten.log.1)."""
_PAKKET = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Onverwacht:
    code: str
    in_berekening: bool
    """Raised inside the engine: the message says "in de berekening"."""
    log: Path | None = None
    """Where the traceback was written, or None (kiosk, command line, or the folder could not be written)."""


def _eigen_regels(fout: BaseException) -> list[traceback.FrameSummary]:
    return [regel for regel in traceback.extract_tb(fout.__traceback__)
            if Path(regel.filename).resolve().is_relative_to(_PAKKET)]


def code(fout: BaseException) -> str:
    """`SW-` and six characters from the version, the kind of error and the innermost place in Switchwijzer it
    passed (file, function, line)."""
    eigen = _eigen_regels(fout)
    plek = ""
    if eigen:
        binnenste = eigen[-1]
        plek = f"{Path(binnenste.filename).resolve().relative_to(_PAKKET)}:{binnenste.name}:{binnenste.lineno}"
    sleutel = f"{__version__}|{type(fout).__module__}.{type(fout).__qualname__}|{plek}"
    return "SW-" + hashlib.sha256(sleutel.encode()).hexdigest()[:6].upper()


def _in_berekening(fout: BaseException) -> bool:
    motor = _PAKKET / "engine"
    return any(Path(regel.filename).resolve().is_relative_to(motor) for regel in _eigen_regels(fout))


def _schrijf_log(fout: BaseException, foutcode: str) -> Path | None:
    """Append the traceback to fouten.log (this user only); None when the folder cannot be written."""
    pad = gebruikersmap() / LOGBESTAND
    tekst = (f"--- {datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z} switchwijzer {__version__} {foutcode}\n"
             + "".join(traceback.format_exception(fout)))
    try:
        pad.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if pad.is_file() and pad.stat().st_size > MAX_LOG_BYTES:
            os.replace(pad, pad.with_name(LOGBESTAND + ".1"))
        handvat = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(handvat, "a", encoding="utf-8") as log:
            log.write(tekst)
    except OSError:
        return None
    return pad


def noteer(fout: BaseException, *, kiosk: bool, log: bool = True) -> Onverwacht:
    """The code for `fout`, and outside a kiosk its traceback in fouten.log (`log`: the wizard; the command line
    prints it on stderr itself)."""
    foutcode = code(fout)
    pad = _schrijf_log(fout, foutcode) if log and not kiosk else None
    return Onverwacht(code=foutcode, in_berekening=_in_berekening(fout), log=pad)


def melding_cli(fout: BaseException) -> str:
    """The command line's Dutch message, before the traceback it prints on stderr."""
    onverwacht = noteer(fout, kiosk=False, log=False)
    waar = "in de berekening" if onverwacht.in_berekening else "in Switchwijzer"
    return (f"Er ging iets mis {waar}. Dit is een fout in Switchwijzer, niet in de invoer. "
            f"Met deze code kan de beheerder de fout vinden: {onverwacht.code}. Hieronder staan de details.")
