"""The review: every answer on one page, each with a button to change it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button

from switchwijzer.i18n import N_, _, datum, geld, getal, maand_jaar
from switchwijzer.tui.antwoorden import WEET_NIET
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.widgets.tekst import Tekst
from switchwijzer.uitleg.vragenlijst import Vraag
from switchwijzer.uitleg.vragenlijst import vraag as vind_vraag


class OverzichtScherm(Stap):
    BINDINGS = [Binding("escape", "terug", N_("Back"))]

    def stap_tekst(self) -> str:
        return _("Check your answers")

    def inhoud(self) -> ComposeResult:
        yield Tekst(_("Are these answers right? Choose \"Change\" to change one."), classes="vraag-titel")
        for regel in self.antwoorden.tegenstrijdigheden():
            with Vertical(classes="tegenstrijdig"):
                yield Tekst(f"⚠ {self.woorden.kies(regel.tekst)}", classes="tegenstrijdig-tekst")
                for vraag_id in regel.vragen:
                    label = _("Change: {question}").format(question=self.woorden.kies(vind_vraag(vraag_id).tekst))
                    yield Button(
                        Content(label), id=f"los-{regel.id}-{vraag_id}", name=vraag_id, compact=True, classes="wijzig"
                    )
        fout = self.antwoorden.fout()
        if fout is not None:
            with Vertical(classes="tegenstrijdig"):
                yield Tekst(f"⚠ {fout}", classes="tegenstrijdig-tekst")
                label = _("Change: {question}").format(question=self.woorden.kies(vind_vraag(fout.vraag).tekst))
                yield Button(
                    Content(label), id=f"los-fout-{fout.vraag}", name=fout.vraag, compact=True, classes="wijzig"
                )
        for vraag in self.antwoorden.zichtbaar():
            with Horizontal(classes="overzicht-rij"):
                yield Tekst(self.woorden.kies(vraag.tekst), classes="overzicht-vraag")
                yield Tekst(self.antwoord_tekst(vraag), classes="overzicht-antwoord")
                yield Button(_("Change"), id=f"wijzig-{vraag.id}", compact=True, classes="wijzig")
        aannames = self.woorden.zeg(self.antwoorden.aannames())
        if aannames:
            yield Tekst(_("What we assume:"), classes="kopje")
            for aanname in aannames:
                yield Tekst(f"- {aanname}", classes="aanname")

    def knoppen(self) -> list[Widget]:
        return [Button(_("← Back"), id="terug"), Button(_("Show the answer →"), id="bereken", variant="primary")]

    def on_mount(self) -> None:
        knop = self.eerste("#bereken")
        if knop is not None:
            knop.focus()

    def voorleestekst(self) -> list[str]:
        from switchwijzer.uitleg.uitspraak import zinnen

        teksten = [_("Are these answers right? Choose \"Change\" to change one.")]
        teksten += [self.woorden.kies(regel.tekst) for regel in self.antwoorden.tegenstrijdigheden()]
        teksten += [
            f"{self.woorden.kies(vraag.tekst)} {self.antwoord_tekst(vraag)}." for vraag in self.antwoorden.zichtbaar()
        ]
        aannames = self.woorden.zeg(self.antwoorden.aannames())
        if aannames:
            teksten += [_("What we assume:"), *aannames]
        return zinnen(teksten)

    def antwoord_tekst(self, vraag: Vraag) -> str:
        waarde = self.antwoorden.waarden.get(vraag.id)
        if waarde == WEET_NIET:
            return _("I don't know")
        if vraag.soort == "keuze":
            keuze = next((k for k in vraag.keuzes if k.id == waarde), None)
            return self.woorden.kies(keuze.tekst) if keuze else "–"
        if isinstance(waarde, Decimal):
            if vraag.geld:
                return geld(waarde, centen=waarde != waarde.to_integral_value())
            eenheid = self.woorden.kies(vraag.eenheid)
            return f"{getal(waarde)} {eenheid}".strip()
        if isinstance(waarde, date):
            return maand_jaar(waarde) if vraag.soort == "maand" else datum(waarde)
        if isinstance(waarde, list):
            return ", ".join(str(x) for x in waarde) or _("none")
        return str(waarde) if waarde else "–"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        knop = event.button.id or ""
        event.stop()
        if knop.startswith("wijzig-"):
            self.wizard.wijzig(knop.removeprefix("wijzig-"))
        elif knop.startswith("los-fout-") and event.button.name:
            fout = self.antwoorden.fout()
            self.wizard.naar_fout(event.button.name, str(fout) if fout else "")
        elif knop.startswith("los-") and event.button.name:
            self.wizard.wijzig(event.button.name)
        elif knop == "bereken":
            self.wizard.toon_uitkomst()
        elif knop == "terug":
            self.action_terug()

    def action_terug(self) -> None:
        laatste = self.antwoorden.zichtbaar()[-1]
        self.wizard.wijzig(laatste.id, naar_overzicht=False)
