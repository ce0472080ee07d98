"""One question per screen (participant and parent): large choices, "Terug" and "Volgende"."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Input

from switchwijzer.i18n import N_, _
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.uitleg.vragenlijst import vraag as vind_vraag
from switchwijzer.tui.widgets.vraagveld import VraagVeld


class VraagScherm(Stap):
    BINDINGS = [Binding("escape", "terug", N_("Back")), Binding("f1", "waarom", N_("Why?"))]

    def __init__(self, vraag_id: str, naar_overzicht: bool = False) -> None:
        super().__init__()
        self.vraag = vind_vraag(vraag_id)
        self.naar_overzicht = naar_overzicht

    def kopie(self) -> VraagScherm:
        return VraagScherm(self.vraag.id, self.naar_overzicht)

    def stap_tekst(self) -> str:
        nummer, totaal, zeker = self.antwoorden.teller(self.vraag.id)
        if zeker:
            return _("Question {n} of {totaal}").format(n=nummer, totaal=totaal)
        return _("Question {n} of about {totaal}").format(n=nummer, totaal=totaal)

    def inhoud(self) -> ComposeResult:
        yield VraagVeld(self.vraag, self.antwoorden)

    def knoppen(self) -> list[Widget]:
        return [
            Button(_("← Back"), id="terug"),
            Button(_("Next →"), id="volgende", variant="primary"),
        ]

    def on_mount(self) -> None:
        veld = self._veld()
        if veld is None:
            return
        invoer = veld.query(Input)
        if invoer:
            invoer.first().focus()
            return
        keuzes = veld.zichtbare_keuzes()
        gekozen = [k for k in keuzes if k.has_class("-gekozen")]
        if keuzes:
            (gekozen or keuzes)[0].focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        """Digits 1 to 9 pick a choice (when there is no field to type in)."""
        veld = self._veld()
        if veld is not None and event.character and event.character.isdigit() and veld.kies_nummer(int(event.character)):
            event.stop()

    def _veld(self) -> VraagVeld | None:
        """The question, or None while the screen is being built or taken down (keys typed in a burst)."""
        return next(iter(self.query(VraagVeld).results(VraagVeld)), None)

    def action_waarom(self) -> None:
        veld = self._veld()
        if veld is not None:
            veld.wissel_waarom()

    def on_vraag_veld_beantwoord(self, event: VraagVeld.Beantwoord) -> None:
        event.stop()
        self.call_later(self.volgende)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "volgende":
            event.stop()
            veld = self._veld()
            if veld is not None and veld.controleer():
                self.volgende()
        elif event.button.id == "terug":
            event.stop()
            self.action_terug()

    def volgende(self) -> None:
        if not self.is_current:
            return
        self.wizard.volgende_vraag(self.vraag.id, self.naar_overzicht)

    def action_terug(self) -> None:
        self.wizard.vorige_vraag(self.vraag.id)
