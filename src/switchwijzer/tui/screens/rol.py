"""The first screen: who is at the keyboard? The answer decides how the app speaks."""

from __future__ import annotations

from typing import cast

from textual import events
from textual.app import ComposeResult
from textual.widgets import Button

from switchwijzer.i18n import N_, _
from switchwijzer.lezer import Rol
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.widgets.keuzeknop import Keuzeknop
from switchwijzer.tui.widgets.tekst import Tekst

ROL_KNOPPEN: tuple[tuple[Rol, str], ...] = (
    ("deelnemer", N_("I go to dagbesteding")),
    ("ouder", N_("I am a parent or carer")),
    ("coach", N_("I am a budgetcoach or consultant")),
)


class RolScherm(Stap):
    def inhoud(self) -> ComposeResult:
        yield Tekst(_("Who is at the keyboard?"), classes="vraag-titel")
        yield Tekst(
            _("Switchwijzer shows what changes when someone goes from dagbesteding to paid work."),
            classes="vraag-uitleg",
        )
        for rol, tekst in ROL_KNOPPEN:
            yield Keuzeknop(_(tekst), id=f"rol-{rol}", classes="keuze")

    def voorleestekst(self) -> list[str]:
        from switchwijzer.uitleg.uitspraak import zinnen
        from switchwijzer.uitleg.voorlezen import keuze_zinnen

        uitleg = _("Switchwijzer shows what changes when someone goes from dagbesteding to paid work.")
        return zinnen([_("Who is at the keyboard?"), uitleg, *keuze_zinnen(_(tekst) for _rol, tekst in ROL_KNOPPEN)])

    def on_mount(self) -> None:
        eerste = self.eerste("#rol-deelnemer")
        if eerste is not None:
            eerste.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith("rol-"):
            event.stop()
            self.wizard.kies_rol(cast(Rol, event.button.id.removeprefix("rol-")))

    def on_key(self, event: events.Key) -> None:
        if event.character in ("1", "2", "3"):
            event.stop()
            self.wizard.kies_rol(ROL_KNOPPEN[int(event.character) - 1][0])
