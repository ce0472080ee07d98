"""Open saved answers (Ctrl+O): the saved intakes and a field for any other path. The dialog only picks a
path; the app reads (`switchwijzer.intake`). Saving (Ctrl+S) asks with `PadDialoog`. Never shown in the kiosk."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

from switchwijzer.bestanden import getypt_pad
from switchwijzer.foutmeldingen import zichtbaar
from switchwijzer.i18n import N_, _, datum
from switchwijzer.intake import Bewaard
from switchwijzer.tui.dialogs.basis import PadVraag
from switchwijzer.tui.widgets.tekst import Tekst

ROL_NAMEN = {"deelnemer": N_("participant"), "ouder": N_("parent"), "coach": N_("budgetcoach")}


def beschrijf(bewaard: Bewaard) -> str:
    """One line in the list: when, for whom, which gemeente; or the file name and that it cannot be opened."""
    if bewaard.fout is not None or bewaard.rol is None:
        return _("{file} (cannot be opened)").format(file=zichtbaar(bewaard.pad.name))
    delen = []
    if bewaard.opgeslagen is not None:
        delen.append(f"{datum(bewaard.opgeslagen.date())} {bewaard.opgeslagen:%H:%M}")
    delen.append(_(ROL_NAMEN.get(bewaard.rol, bewaard.rol)))
    if bewaard.gemeente:
        delen.append(bewaard.gemeente)
    return " · ".join(delen)


class OpenDialoog(PadVraag[Path | None]):
    """The saved intakes, newest first, and a field to type any other path."""

    KNOP = "open"

    def __init__(self, lijst: list[Bewaard], map_: Path) -> None:
        super().__init__()
        self.lijst = lijst
        self.map = map_

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Tekst(_("Open saved answers"), classes="dialoog-titel")
            if self.lijst:
                yield Tekst(_("Choose the answers to open:"), classes="dialoog-tekst")
                opties = [Option(beschrijf(b), id=str(i)) for i, b in enumerate(self.lijst)]
                yield OptionList(*opties, id="bewaarde", markup=False)
            else:
                yield Tekst(
                    _("There are no saved answers in {folder} yet.").format(folder=zichtbaar(str(self.map))),
                    classes="dialoog-tekst",
                )
            yield Tekst(_("Or type where the file is:"), classes="dialoog-tekst")
            yield Input(placeholder=_("Type here"), id="pad", select_on_focus=False)
            with Horizontal(classes="knoppen"):
                yield Button(_("Open"), id="open", variant="primary")
                yield Button(_("Cancel"), id="annuleer")

    def on_mount(self) -> None:
        if self.lijst:
            self.query_one("#bewaarde", OptionList).focus()
        else:
            self.query_one("#pad", Input).focus()

    def _gekozen(self) -> Path | None:
        tekst = self.query_one("#pad", Input).value.strip()
        if tekst:
            return getypt_pad(tekst)
        if self.lijst:
            index = self.query_one("#bewaarde", OptionList).highlighted
            if index is not None:
                return self.lijst[index].pad
        return None

    def _klaar(self) -> None:
        pad = self._gekozen()
        if pad is None:
            self.app.notify(_("Choose saved answers, or type where the file is."), severity="warning")
            return
        self.sluit(pad)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.sluit(self.lijst[event.option_index].pad)
