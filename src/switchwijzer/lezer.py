"""Who reads: a participant, a parent or a budgetcoach, in Dutch or English, at a kiosk or not.

The one place that says what each role means. A `Lezer` is settled once, at the start (the first screen, `--rol`, a
saved intake), and passed on as one value. The answer model turns it into words once (`uitleg.teksten.woorden`), so
no sentence asks again who reads. The engine knows no reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from switchwijzer.i18n import N_, TALEN, Taal

Rol = Literal["deelnemer", "ouder", "coach"]
ROLLEN: tuple[Rol, ...] = get_args(Rol)
"""In the order of the first screen: 1 participant, 2 parent, 3 budgetcoach."""

_WIE: dict[str, str] = {"deelnemer": N_("you"), "ouder": N_("your child"), "coach": N_("your client")}
"""How the texts name the person whose money it is (msgids): "je", "uw kind", "uw cliënt"."""


@dataclass(frozen=True)
class Lezer:
    rol: Rol = "deelnemer"
    taal: Taal = "nl"
    kiosk: bool = False

    def __post_init__(self) -> None:
        if self.rol not in ROLLEN:
            raise ValueError(f"onbekende rol: {self.rol}")
        if self.taal not in TALEN:
            raise ValueError(f"onbekende taal: {self.taal}")

    @property
    def aanspreekvorm(self) -> Literal["je", "u"]:
        """"je" for the participant; "u" for a parent and for a budgetcoach."""
        return "je" if self.rol == "deelnemer" else "u"

    @property
    def varianten(self) -> tuple[str, ...]:
        """Which variant of a content text this reader reads, best first: the role's own (`ouder`, `coach`), then
        the form of address (`je`, `u`)."""
        return (self.rol, self.aanspreekvorm)

    @property
    def wie(self) -> str:
        """The person whose money it is, as a msgid to translate: "you", "your child", "your client"."""
        return _WIE[self.rol]

    @property
    def centen(self) -> bool:
        """The budgetcoach sees cents, the rules, the parameters and the sources; the others whole euros."""
        return self.rol == "coach"

    @property
    def formulier(self) -> bool:
        """The budgetcoach answers every question on one form (and has the command palette); the others get one
        question per screen and a review."""
        return self.rol == "coach"

    @property
    def ouder(self) -> bool:
        """A parent reads: what changes for the parents' own household is always part of the answer."""
        return self.rol == "ouder"
