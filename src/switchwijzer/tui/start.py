"""What `switchwijzer` runs: check the install, then the wizard (or, at a broken kiosk, one plain message)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from switchwijzer.installatie import InstallatieFout, controleer

if TYPE_CHECKING:
    from switchwijzer.intake import Geopend


def start(
    kiosk: bool = False, taal: str = "nl", rol: str | None = None, geopend: Geopend | None = None,
    voorlezen: bool = False,
) -> int:
    """Run the wizard; returns the exit code."""
    try:
        controleer()
    except InstallatieFout as fout:
        if kiosk:  # a public screen shows the message and waits for staff; no shell, no reset loop
            from switchwijzer.tui.storing import Storing

            Storing(str(fout)).run()
            return 1
        print(fout, file=sys.stderr)
        return 1
    from switchwijzer.tui.app import SwitchwijzerApp

    app = SwitchwijzerApp(
        kiosk=kiosk, taal=taal, rol=rol, vang_fouten=True, geopend=None if kiosk else geopend, voorlezen=voorlezen,
    )
    app.run()
    return app.return_code or 0
