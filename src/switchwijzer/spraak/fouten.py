"""What can be missing for reading aloud, each with the one plain line the wizard and the command line show."""

from __future__ import annotations

from switchwijzer.i18n import _


class SpraakFout(Exception):
    """Reading aloud cannot work here; `str()` is one plain line in the current language."""

    def __str__(self) -> str:
        return self.melding()

    def melding(self) -> str:
        raise NotImplementedError


class GeenStem(SpraakFout):
    def melding(self) -> str:
        return _("Reading aloud does not work: there is no voice on this computer. Install espeak-ng.")


class GeenGeluid(SpraakFout):
    def melding(self) -> str:
        return _("Reading aloud does not work: this computer has no sound.")
