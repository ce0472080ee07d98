"""The budgetcoach's form: every question on one scrolling page; it is also the review of the answers."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Input

from switchwijzer.i18n import N_, _
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.widgets.vraagveld import VraagVeld
from switchwijzer.uitleg.vragenlijst import vragen


class FormulierScherm(Stap):
    BINDINGS = [
        Binding("escape", "terug", N_("Back")),
        Binding("ctrl+b", "bereken", N_("Calculate")),
        Binding("f1", "waarom", N_("Why?")),
    ]

    def __init__(self, focus_op: str | None = None) -> None:
        super().__init__()
        self.focus_op = focus_op

    def stap_tekst(self) -> str:
        return _("All questions")

    def inhoud(self) -> ComposeResult:
        for vraag in vragen():
            yield VraagVeld(vraag, self.antwoorden, compact=True)

    def knoppen(self) -> list[Widget]:
        return [Button(_("← Back"), id="terug"), Button(_("Calculate →"), id="bereken", variant="primary")]

    def on_mount(self) -> None:
        self.ververs()
        # Start in the first question, not in the header's buttons, so typing goes where it should.
        self.ga_naar(self.focus_op or vragen()[0].id)

    def ververs(self) -> None:
        zichtbaar = {v.id for v in self.antwoorden.zichtbaar()}
        for veld in self.query(VraagVeld):
            veld.display = veld.vraag.id in zichtbaar
            veld.ververs()

    def ga_naar(self, vraag_id: str) -> None:
        gevonden = self.query(f"#vraag-{vraag_id}").results(VraagVeld)
        veld = next(gevonden, None)
        if veld is None:  # the form is already being closed (keys typed in a burst)
            return
        keuzes = veld.zichtbare_keuzes()
        doel: Widget = veld.query(Input).first() if veld.query(Input) else (keuzes[0] if keuzes else veld)
        doel.focus()
        self.query_one("#inhoud").scroll_to_widget(veld, top=True, animate=False)

    def toon_fout(self, vraag_id: str, tekst: str) -> None:
        """An answer that cannot be used: go to its question and say why in its field."""
        self.ga_naar(vraag_id)
        veld = next(self.query(f"#vraag-{vraag_id}").results(VraagVeld), None)
        if veld is not None:
            veld.toon_fout(tekst)

    def _controleer_uurloon(self) -> None:
        """The wage is checked against the minimum of the start month: when the start (or the age) changes after
        the wage was typed, say at the wage what is wrong now (or that nothing is)."""
        veld = next(self.query("#vraag-uurloon").results(VraagVeld), None)
        if veld is not None and veld.display and veld.query_one(Input).value.strip():
            veld.controleer(toon_fout=True)

    def _veld_met_focus(self) -> VraagVeld | None:
        focus = self.focused
        if focus is None:
            return None
        return next((w for w in focus.ancestors_with_self if isinstance(w, VraagVeld)), None)

    def voorleestekst(self) -> list[str]:
        """The question with the cursor (the form has them all; reading them all would take minutes)."""
        veld = self._veld_met_focus()
        return veld.voorleestekst() if veld is not None else []

    def action_waarom(self) -> None:
        veld = self._veld_met_focus()
        if veld is not None:
            veld.wissel_waarom()

    def on_key(self, event: events.Key) -> None:
        """Digits pick a choice in the question that has the focus (in a field to type in, they are typed)."""
        veld = self._veld_met_focus()
        if (
            veld is not None
            and event.character
            and event.character.isdigit()
            and veld.kies_nummer(int(event.character))
        ):
            event.stop()

    def _naar_volgende(self, vraag_id: str) -> None:
        """After an answer by keyboard, on to the next question (a click leaves the focus where the pointer is)."""
        ids = [v.id for v in self.antwoorden.zichtbaar()]
        if vraag_id in ids and ids.index(vraag_id) + 1 < len(ids):
            self.ga_naar(ids[ids.index(vraag_id) + 1])

    def on_vraag_veld_beantwoord(self, event: VraagVeld.Beantwoord) -> None:
        event.stop()
        self.ververs()
        if event.veld.vraag.id != "uurloon":
            self._controleer_uurloon()
        if event.met_toets:  # a click leaves the focus where the pointer is
            self.call_after_refresh(self._naar_volgende, event.veld.vraag.id)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.call_after_refresh(self.ververs)
        if event.input.id != "invoer-uurloon":
            self.call_after_refresh(self._controleer_uurloon)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "bereken":
            event.stop()
            self.action_bereken()
        elif event.button.id == "terug":
            event.stop()
            self.action_terug()

    def action_bereken(self) -> None:
        open_vraag = self.antwoorden.open_vraag()
        if open_vraag is not None:
            self.app.notify(
                self.woorden.kies(open_vraag.tekst), title=_("This question has no answer yet"), severity="warning"
            )
            self.ga_naar(open_vraag.id)
            return
        self.wizard.toon_uitkomst()

    def action_terug(self) -> None:
        self.wizard.naar_begin()
