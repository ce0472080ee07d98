"""Writing a file at once: never half a file, and an old file stays as it was when writing fails."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def vervang_atomisch(pad: Path, data: bytes, voorvoegsel: str = ".switchwijzer-") -> None:
    """Write `data` to a temporary file in the same folder, then put it in place of `pad` in one step.

    The temporary file is made readable for this user only (mkstemp), so the result is too: what we write is
    about someone's money. Raises OSError; the caller says in words what went wrong.
    """
    tijdelijk: str | None = None
    try:
        handvat, tijdelijk = tempfile.mkstemp(prefix=voorvoegsel, suffix=".tmp", dir=pad.parent)
        with os.fdopen(handvat, "wb") as uit:
            uit.write(data)
            uit.flush()
            os.fsync(uit.fileno())
        os.replace(tijdelijk, pad)
        tijdelijk = None
    finally:
        if tijdelijk is not None:
            try:
                os.unlink(tijdelijk)
            except OSError:
                pass
