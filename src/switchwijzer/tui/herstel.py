"""After a mistake in Switchwijzer (a bug): what the wizard says, and what it hands on when it had to stop.

Textual stops the message loop of whatever raised: a screen (a button, a screen being built) or the app itself (a
key's action, a timer). The app then shows the answers again on a fresh screen; when its own loop stopped, it
ends, and `tui.start` starts a new wizard with the answers (`NaFout`). Either way the person reads one message:
it is a mistake in Switchwijzer and not in the answers, the answers are still here, and a code to pass on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from switchwijzer.foutmeldingen import zichtbaar
from switchwijzer.i18n import _

if TYPE_CHECKING:
    from switchwijzer.onverwacht import Onverwacht
    from switchwijzer.tui.antwoorden import Antwoorden

OPNIEUW_BINNEN = 5.0
"""Seconds: a second mistake this soon after the wizard showed the answers again is not recovered from in the
same way (it would come back at once); the wizard stops instead."""


@dataclass(frozen=True)
class NaFout:
    """What a wizard that stopped on a mistake hands to the next one."""

    onverwacht: Onverwacht
    antwoorden: Antwoorden | None
    bewaard_pad: Path | None
    bewaarde_stand: Any


def melding(onverwacht: Onverwacht, gestopt: bool = False) -> str:
    """`gestopt`: the wizard could not go on (it is printed after it ended, or shown at a kiosk)."""
    delen = [
        _("Something went wrong in the calculation.") if onverwacht.in_berekening
        else _("Something went wrong in Switchwijzer."),
        _("This is a mistake in Switchwijzer, not in the answers. Switchwijzer has stopped.") if gestopt
        else _("This is a mistake in Switchwijzer, not in the answers. The answers are still here."),
        _("With this code the person who looks after Switchwijzer can find the mistake: {code}.").format(
            code=onverwacht.code),
    ]
    if onverwacht.log is not None:
        delen.append(_("More about the mistake is in the file {file}.").format(file=zichtbaar(str(onverwacht.log))))
    return " ".join(delen)
