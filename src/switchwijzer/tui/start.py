"""What `switchwijzer` runs: check the install, then the wizard (or, at a broken kiosk, one plain message).

A wizard that stopped on a mistake in Switchwijzer (`SwitchwijzerApp.onverwacht`) is started again with the same
answers and the message about it; a kiosk must never fall back to a shell. When the new one stops on a mistake
as well, before anyone pressed a key, the message is printed (or, at a kiosk, shown until staff come) and the
exit code is 1. In a browser (`switchwijzer web`) the page offers to start again itself.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from switchwijzer.installatie import InstallatieFout, controleer

if TYPE_CHECKING:
    from switchwijzer.intake import Geopend
    from switchwijzer.lezer import Rol
    from switchwijzer.tui.app import SwitchwijzerApp
    from switchwijzer.tui.herstel import NaFout


def start(
    kiosk: bool = False, taal: str = "nl", rol: Rol | None = None, geopend: Geopend | None = None,
    in_browser: bool = False,
    voorlezen: bool = False,
) -> int:
    """Run the wizard; returns the exit code. `in_browser`: started by `switchwijzer web` for a browser tab;
    `voorlezen`: read every new screen aloud."""
    try:
        controleer()
    except InstallatieFout as fout:
        if kiosk:  # a public screen shows the message and waits for staff; no shell, no reset loop
            _storing(str(fout))
            return 1
        print(fout, file=sys.stderr)
        return 1
    from switchwijzer import i18n
    from switchwijzer.tui.app import SwitchwijzerApp

    na_fout: NaFout | None = None
    while True:
        app = SwitchwijzerApp(kiosk=kiosk, taal=taal, rol=rol, vang_fouten=True, geopend=None if kiosk else geopend,
                              na_fout=na_fout, voorlezen=voorlezen)
        taal, geopend = i18n.taal(), None  # a next wizard keeps the language chosen with F4, and these answers
        begin = time.monotonic()
        app.run()
        if app.onverwacht is None:
            return app.return_code or 0
        na_fout = volgende(app, na_fout, time.monotonic() - begin, in_browser)
        if na_fout is None:
            return _gestopt(app, kiosk)


def volgende(app: SwitchwijzerApp, vorige: NaFout | None, seconden: float, in_browser: bool = False) -> NaFout | None:
    """What the next wizard gets after `app` stopped on a mistake; None: start no other one. Not in a browser
    (the page starts again itself), and not when the wizard that showed the answers again stopped within
    OPNIEUW_BINNEN seconds (it would happen again at once)."""
    from switchwijzer.tui.herstel import OPNIEUW_BINNEN

    assert app.onverwacht is not None
    if in_browser or (vorige is not None and seconden < OPNIEUW_BINNEN):
        return None
    return app.na_fout()


def _gestopt(app: SwitchwijzerApp, kiosk: bool) -> int:
    from switchwijzer.tui.herstel import melding

    assert app.onverwacht is not None
    if kiosk:
        _storing(melding(app.onverwacht, gestopt=True))
    else:
        print(melding(app.onverwacht, gestopt=True), file=sys.stderr)
    return 1


def _storing(bericht: str) -> None:
    from switchwijzer.tui.storing import Storing

    Storing(bericht).run()
