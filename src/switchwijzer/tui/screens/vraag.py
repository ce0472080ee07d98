"""One question per screen (participant and parent): large choices, "Terug" and "Volgende"."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Input

from switchwijzer.i18n import N_, _
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.widgets.keuzeknop import Keuzeknop
from switchwijzer.tui.widgets.vraagveld import VraagVeld
from switchwijzer.uitleg.vragenlijst import vraag as vind_vraag

WACHT_HOOGSTENS = 1.0
"""Seconds keys typed after an answer wait at most for it to be taken or refused."""


class VraagScherm(Stap):
    BINDINGS = [Binding("escape", "terug", N_("Back")), Binding("f1", "waarom", N_("Why?"))]
    LANGE_STAP = True

    def __init__(self, vraag_id: str, naar_overzicht: bool = False, fout: str = "") -> None:
        super().__init__()
        self.vraag = vind_vraag(vraag_id)
        self.naar_overzicht = naar_overzicht
        self.fout = fout
        """Why the answer cannot be used (found later, e.g. when the answer was asked for): shown in the field."""
        self.beantwoord = False
        """The answer is in and the next step is on its way: keys typed now are for that step."""
        self._wacht = False
        self._wachtrij: list[events.Key] = []

    # Keys typed in one go ("24", Enter, "1") reach the app faster than a question is answered: the app hands each
    # key to the focus at once, and the answer comes a few messages later. After a key that may answer (Enter in
    # the field or on a choice, a digit on a choice question) the next keys wait here: for the next question when
    # the answer is in, for this one when it was refused. (They used to go into this field: "241".)
    def vang_toets(self, event: events.Key) -> bool:
        if self.beantwoord:
            self.wizard.onderweg_getypt.append(event)
            return True
        if self._wacht:
            self._wachtrij.append(event)
            return True
        if self._kan_antwoorden(event):
            self._wacht = True
            self.set_timer(WACHT_HOOGSTENS, self._los)
        return False

    def _kan_antwoorden(self, event: events.Key) -> bool:
        if event.key == "enter":
            return isinstance(self.focused, Input | Keuzeknop)
        veld = self._veld()
        return bool(event.character and event.character.isdigit()) and veld is not None and not veld.query(Input)

    def _los(self) -> None:
        """The answer was refused (or did not come): the keys that waited are for this question after all."""
        if self.beantwoord or not self._wacht:
            return
        self._wacht = False
        wachtrij, self._wachtrij = self._wachtrij, []
        for toets in wachtrij:
            self.app.post_message(events.Key(toets.key, toets.character))

    def neemt_toetsen(self) -> bool:
        return True

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
        if self.fout:
            veld.toon_fout(self.fout)
        invoer = veld.query(Input)
        if invoer:
            invoer.first().focus()
            return
        keuzes = veld.zichtbare_keuzes()
        gekozen = [k for k in keuzes if k.has_class("-gekozen")]
        if keuzes:
            (gekozen or keuzes)[0].focus()

    def on_key(self, event: events.Key) -> None:
        """Digits 1 to 9 pick a choice (when there is no field to type in)."""
        veld = self._veld()
        if veld is None or not (event.character and event.character.isdigit()):
            return
        if veld.kies_nummer(int(event.character)):
            event.stop()
        else:
            self._los()  # no such choice: nothing is answered

    def _veld(self) -> VraagVeld | None:
        """The question, or None while the screen is being built or taken down (keys typed in a burst)."""
        return next(iter(self.query(VraagVeld).results(VraagVeld)), None)

    def voorleestekst(self) -> list[str]:
        veld = self._veld()
        return veld.voorleestekst() if veld is not None else []

    def action_waarom(self) -> None:
        veld = self._veld()
        if veld is not None:
            veld.wissel_waarom()

    def on_vraag_veld_beantwoord(self, event: VraagVeld.Beantwoord) -> None:
        event.stop()
        self.beantwoord = True
        self.wizard.onderweg_getypt += self._wachtrij
        self._wachtrij = []
        self.call_later(self.volgende)

    def on_vraag_veld_geweigerd(self, event: VraagVeld.Geweigerd) -> None:
        event.stop()
        self._los()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "volgende":
            event.stop()
            veld = self._veld()
            if veld is not None and veld.controleer():
                self.beantwoord = True
                self.volgende()
            elif veld is not None:
                veld.focus_op_invoer()  # a click on "Volgende": the focus goes to what needs fixing
        elif event.button.id == "terug":
            event.stop()
            self.action_terug()

    def volgende(self) -> None:
        if not self.is_current:
            return
        self.wizard.volgende_vraag(self.vraag.id, self.naar_overzicht)

    def action_terug(self) -> None:
        self.wizard.vorige_vraag(self.vraag.id)
