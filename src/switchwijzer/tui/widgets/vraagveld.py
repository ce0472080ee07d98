"""One question: its text, the choices or a field to type in, "Weet ik niet" and "Waarom vragen we dit?".

Used one at a time on the participant's and parent's screens and all together on the coach's form.
Every change is stored in the app's answers at once, so nothing typed is lost when going back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Collapsible, Input

from switchwijzer.i18n import Invoerfout, _
from switchwijzer.tui.antwoorden import WEET_NIET, Antwoorden
from switchwijzer.tui.invoer import als_tekst, lees
from switchwijzer.tui.widgets.keuzeknop import GROEP, Keuzeknop
from switchwijzer.tui.widgets.tekst import Tekst, Uitleg
from switchwijzer.uitleg.teksten import Woorden, woorden
from switchwijzer.uitleg.vragenlijst import Vraag

if TYPE_CHECKING:
    from switchwijzer.tui.app import SwitchwijzerApp

KEUZE_TEKEN = {True: "●", False: "○"}
"""Chosen or not, shown as a sign and not by colour alone."""


class VraagVeld(Vertical):
    class Beantwoord(Message):
        """A choice was made, or a typed answer was confirmed with Enter."""

        def __init__(self, veld: VraagVeld, met_toets: bool = False) -> None:
            super().__init__()
            self.veld = veld
            self.met_toets = met_toets
            """Answered from the keyboard (a key on a choice, or Enter in a field)."""

    class Geweigerd(Message):
        """Enter in the field, but the answer cannot be used (the field says why)."""

    def __init__(self, vraag: Vraag, antwoorden: Antwoorden, *, compact: bool = False, **kwargs: Any) -> None:
        super().__init__(
            id=f"vraag-{vraag.id}", classes=f"vraagveld {GROEP}" + (" compact" if compact else ""), **kwargs
        )
        self.vraag = vraag
        self.antwoorden = antwoorden
        self.compact = compact
        self.foutmelding = ""
        """What is wrong with the answer typed, as shown under the field (also read aloud)."""

    @property
    def woorden(self) -> Woorden:
        return woorden(cast("SwitchwijzerApp", self.app).lezer)

    def compose(self) -> ComposeResult:
        vraag, w = self.vraag, self.woorden
        yield Uitleg(w.kies(vraag.tekst), classes="vraag-titel")
        if vraag.uitleg:
            yield Uitleg(w.kies(vraag.uitleg), classes="vraag-uitleg")
        gekozen = self.antwoorden.waarden.get(vraag.id)
        if vraag.soort == "keuze":
            with Vertical(classes="keuzes"):
                for keuze in vraag.keuzes:
                    yield self._knop(w.kies(keuze.tekst), f"keuze-{keuze.id}", gekozen == keuze.id)
        else:
            with Horizontal(classes="invoer-rij"):
                yield Input(
                    value=self._begintekst(),
                    placeholder=_("Type here"),
                    id=f"invoer-{vraag.id}",
                    classes="invoer",
                    select_on_focus=False,
                )
                if vraag.eenheid:
                    yield Tekst(w.kies(vraag.eenheid), classes="eenheid")
                elif vraag.geld:
                    yield Tekst(_("euro"), classes="eenheid")
            yield Tekst("", classes="fout", id=f"fout-{vraag.id}")
        if vraag.weet_niet is not None:
            yield self._knop(_("I don't know"), "weet-niet", gekozen == WEET_NIET, extra="weet-niet")
        with Collapsible(title=_("Why do we ask this?"), collapsed=True, classes="waarom"):
            yield Uitleg(w.kies(vraag.waarom))

    def _knop(self, tekst: str, knop_id: str, gekozen: bool, extra: str = "") -> Keuzeknop:
        label = f"{KEUZE_TEKEN[gekozen]} {tekst}"
        klassen = "keuze " + extra + (" -gekozen" if gekozen else "")
        return Keuzeknop(label, id=knop_id, classes=klassen.strip(), compact=self.compact)

    def on_mount(self) -> None:
        self.ververs()
        if self.compact:
            # On the coach's form Tab goes from answer to answer; "Waarom" opens with F1 or a click.
            for titel in self.query("CollapsibleTitle"):
                titel.can_focus = False

    def voorleestekst(self) -> list[str]:
        """The question as F6 reads it (from the question data, not the screen)."""
        from switchwijzer.uitleg.voorlezen import vraag_zinnen

        waarom = next(iter(self.query(".waarom").results(Collapsible)), None)
        open_ = waarom is not None and not waarom.collapsed
        return vraag_zinnen(self.vraag, self.woorden, self.antwoorden.keuzes(self.vraag), open_, self.foutmelding)

    def wissel_waarom(self) -> None:
        """Open or close "Waarom vragen we dit?" and show it."""
        waarom = self.query_one(".waarom", Collapsible)
        waarom.collapsed = not waarom.collapsed
        if not waarom.collapsed:
            self.call_after_refresh(waarom.scroll_visible, animate=False)

    def kies_nummer(self, nummer: int) -> bool:
        """Pick the choice with this number (1 is the first shown); False when there is no such choice."""
        if self.query(Input):
            return False
        keuzes = self.zichtbare_keuzes()
        if not 1 <= nummer <= len(keuzes):
            return False
        keuzes[nummer - 1].action_press()
        return True

    def ververs(self) -> None:
        """Show only the choices that fit the earlier answers."""
        passend = {f"keuze-{k.id}" for k in self.antwoorden.keuzes(self.vraag)}
        for knop in self.query(".keuzes > .keuze").results(Button):
            knop.display = knop.id in passend

    def zichtbare_keuzes(self) -> list[Keuzeknop]:
        return [k for k in self.query(".keuze").results(Keuzeknop) if k.display]

    def _begintekst(self) -> str:
        if self.vraag.id in self.antwoorden.ruw:
            return self.antwoorden.ruw[self.vraag.id]
        waarde = self.antwoorden.waarden.get(self.vraag.id)
        return "" if waarde == WEET_NIET else als_tekst(self.vraag, waarde)

    # -- answering -----------------------------------------------------------------------------
    def on_button_pressed(self, event: Button.Pressed) -> None:
        knop_id = event.button.id or ""
        if knop_id == "weet-niet":
            waarde = WEET_NIET
        elif knop_id.startswith("keuze-"):
            waarde = knop_id.removeprefix("keuze-")
        else:
            return
        event.stop()
        self.antwoorden.zet(self.vraag.id, waarde)
        self._toon_keuze(knop_id)
        self._fout("")
        self.post_message(
            self.Beantwoord(self, met_toets=isinstance(event.button, Keuzeknop) and event.button.met_toets)
        )

    def _toon_keuze(self, gekozen_id: str) -> None:
        for knop in self.query(".keuze").results(Button):
            gekozen = knop.id == gekozen_id
            tekst = str(knop.label)[2:]
            knop.label = f"{KEUZE_TEKEN[gekozen]} {tekst}"
            knop.set_class(gekozen, "-gekozen")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.antwoorden.ruw[self.vraag.id] = event.value
        if not event.value.strip() and self.vraag.soort in ("getal", "datum", "maand"):
            self.antwoorden.wis(self.vraag.id)
            self._fout("")
            return
        self.controleer(event.value, toon_fout=self.vraag.soort == "getal", klaar=False)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving the field (Tab or a click on the coach's form) is going on too: say then what only going on
        checks, such as a wage under the minimum. An empty field stays unsaid until "Volgende"."""
        if isinstance(event.widget, Input) and event.widget.value.strip() and self.is_attached:
            self.controleer(event.widget.value, toon_fout=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.controleer(event.value, toon_fout=True):
            self.post_message(self.Beantwoord(self, met_toets=True))
        else:
            self.post_message(self.Geweigerd())

    def controleer(self, tekst: str | None = None, *, toon_fout: bool = True, klaar: bool = True) -> bool:
        """Check the typed answer; store it when it is good, say what is wrong when it is not. `klaar` is False
        while the person is still typing: a wage under the minimum is said only when they go on (typing "14,80"
        passes "14", which is under it)."""
        if self.vraag.soort == "keuze":
            goed = self.antwoorden.beantwoord(self.vraag)
            if not goed and toon_fout:
                self.app.notify(_("Choose one of the answers."), title=_("Not yet"), severity="warning")
            return goed
        if tekst is None:
            tekst = self.query_one(Input).value
        if self.antwoorden.waarden.get(self.vraag.id) == WEET_NIET and not tekst.strip():
            return True
        if not tekst.strip() and self.vraag.soort in ("getal", "datum", "maand"):
            self._fout(
                _('Type an answer, or choose "I don\'t know".') if self.vraag.weet_niet else _("Type an answer.")
            )
            return False
        try:
            waarde = lees(self.vraag, tekst, self.woorden, vandaag=self.antwoorden.peildatum)
            if klaar and self.vraag.veld == "straks.uurloon" and isinstance(waarde, Decimal):
                te_laag = self.antwoorden.uurloon_fout(waarde)
                if te_laag:
                    raise Invoerfout(te_laag)
        except Invoerfout as fout:
            self.antwoorden.wis(self.vraag.id)
            if toon_fout:
                self._fout(str(fout))
            return False
        self.antwoorden.zet(self.vraag.id, waarde, ruw=tekst)
        self._toon_keuze("")
        self._fout("")
        return True

    def toon_fout(self, tekst: str) -> None:
        """Say in the field what is wrong with the answer (found elsewhere, e.g. by the whole Situatie)."""
        self._fout(tekst)

    def focus_op_invoer(self) -> None:
        """The focus on what answers this question: the field, or the first choice."""
        invoer = self.query(Input)
        doel = invoer.first() if invoer else next(iter(self.zichtbare_keuzes()), None)
        if doel is not None:
            doel.focus()

    def _fout(self, tekst: str) -> None:
        if self.vraag.soort == "keuze":
            return
        self.foutmelding = tekst
        fout = self.query_one(f"#fout-{self.vraag.id}", Tekst)
        fout.update(f"⚠ {tekst}" if tekst else "")
        fout.set_class(bool(tekst), "-zichtbaar")
        self.set_class(bool(tekst), "-fout")
