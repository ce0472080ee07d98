"""Choices side by side: the first answer and up to three variants, as a table and one chart.

Thin: the variants and their rows come from `switchwijzer.uitleg.scenarios`; this screen asks what to change
(hours, kind of work, start month), shows the `Vergelijking` and redraws it at once after each change. A variant can
be changed ("✎ Wijzig", or Enter on its column) and removed. The variants are kept with the answers (`Antwoorden.
varianten`), so they are saved with them and printed in "Mijn overzicht"; the kiosk saves nothing. Esc goes back to
the answer, which is left as it was.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, DataTable, Input, Select

from switchwijzer.engine.situatie import Situatie
from switchwijzer.i18n import N_, Invoerfout, _, getal, lees_getal, lees_maand, maand_jaar
from switchwijzer.tui.screens.basis import Stap
from switchwijzer.tui.screens.uitkomst import MEESTE_UREN, MINSTE_UREN
from switchwijzer.tui.widgets.tekst import Tekst, Uitleg
from switchwijzer.tui.widgets.urengrafiek import Lijn, UrenGrafiek
from switchwijzer.uitleg.scenarios import MAX_VARIANTEN, SOORTEN_WERK, Scenario, Vergelijking, vergelijk


class Uitslag(Vertical):
    """The table, the buttons to remove a variant and the shared chart; drawn again after every change."""

    def __init__(self, vergelijking: Vergelijking, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.vergelijking = vergelijking

    def compose(self) -> ComposeResult:
        v = self.vergelijking
        tabel: DataTable[Text] = DataTable(
            id="vergelijking", fixed_columns=1, cursor_type="column", zebra_stripes=False
        )
        tabel.add_column("", key="naam")
        for kolom in v.kolommen:
            tabel.add_column(Text(f"{kolom.nummer} {kolom.naam}", justify="right"), key=str(kolom.nummer))
        for nummer, rij in enumerate(v.rijen):
            stijl = "bold" if rij.soort in ("kop", "totaal") else ""
            naam = rij.naam if rij.soort in ("kop", "totaal") else f"  {rij.naam}"
            tabel.add_row(Text(naam, style=stijl), *(Text(c, style=stijl, justify="right") for c in rij.cellen),
                          key=str(nummer))
        yield tabel
        yield Tekst(v.uitleg, classes="klein", id="vrijlating-uitleg")
        for kolom in v.kolommen[1:]:  # one row per other choice: change it or remove it
            with Horizontal(classes="weghalen"):
                yield Button(_("✎ Change {nummer}").format(nummer=kolom.nummer), id=f"wijzig-{kolom.nummer}",
                             compact=True)
                yield Button(_("✕ Remove {nummer}").format(nummer=kolom.nummer), id=f"weg-{kolom.nummer}",
                             compact=True)
                yield Tekst(kolom.naam, classes="keuze-naam")
        yield Tekst(_("Money for 0 to 40 hours"), classes="kopje")
        yield Uitleg(v.grafiek)
        yield UrenGrafiek(
            [
                Lijn(k.naam, k.antwoord.uren_reeks, k.antwoord.gekozen_uren, k.antwoord.omslagpunt_uren)
                for k in v.kolommen
            ],
            na_kosten=any(k.antwoord.na_kosten for k in v.kolommen),
            id="vergelijk-grafiek",
        )


PLUS_MIN = {"-": -1, "+": 1, "=": 1}
"""Keys that change the hours by one (as on the answer); "=" is "+" without Shift."""


class UrenVeld(Input):
    """The hours of a choice: "-" and "+" take one hour off or add one, as on the answer; they are never typed
    into the field (hours cannot be negative, and "+" is no part of a number)."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return character not in PLUS_MIN and super().check_consume_key(key, character)

    async def _on_key(self, event: events.Key) -> None:
        if event.character in PLUS_MIN:
            event.stop()
            event.prevent_default()  # not Input's own handler: nothing is typed
            scherm = self.screen
            if isinstance(scherm, ScenarioScherm):
                scherm.action_uren(PLUS_MIN[event.character])


class ScenarioScherm(Stap):
    BINDINGS = [
        Binding("escape", "terug", N_("Back")),
        Binding("minus", "uren(-1)", N_("Fewer hours"), key_display="-"),
        Binding("plus,equals_sign", "uren(1)", N_("More hours"), key_display="+"),
        Binding("delete", "weghalen", N_("Remove")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.basis: Situatie = self.antwoorden.situatie()
        self.vergelijking = vergelijk(self.basis, self.varianten, self.lezer, self.antwoorden.aannames())
        self.bewerkt: int | None = None
        """The index in `varianten` of the choice being changed in the form, or None for a new choice."""

    @property
    def varianten(self) -> list[Scenario]:
        """Kept with the answers: still there when this screen opens again, saved with them, in the PDF."""
        return self.antwoorden.varianten

    def kopie(self) -> Stap:
        return ScenarioScherm()

    def stap_tekst(self) -> str:
        return _("Compare")  # short: the top bar at 80 columns has room for about 14 letters

    # -- layout ---------------------------------------------------------------------------------
    def inhoud(self) -> ComposeResult:
        straks = self.basis.straks
        yield Tekst(self.woorden.uit("scenarios", "titel"), classes="kopje")
        yield Uitleg(self.woorden.uit("scenarios", "intro"))
        with Vertical(classes="nieuwe-keuze", id="nieuwe-keuze"):
            yield Tekst(_("A new choice"), classes="kopje", id="formulier-kop")
            with Horizontal(classes="keuze-rij"):
                yield Tekst(_("Hours per week"), classes="veldnaam")
                yield Button("−", id="uren-min", compact=True)
                yield UrenVeld(getal(straks.uren_per_week) if straks.uren_per_week is not None else "", id="uren",
                               compact=True, classes="kort")
                yield Button("+", id="uren-plus", compact=True)
            with Horizontal(classes="keuze-rij"):
                yield Tekst(_("Kind of work"), classes="veldnaam")
                yield Select([(_(naam), code) for code, naam in SOORTEN_WERK.items()], value=straks.soort_werk,
                             allow_blank=False, id="soort", compact=True)
            with Horizontal(classes="keuze-rij"):
                yield Tekst(_("Start month"), classes="veldnaam")
                yield Input(maand_jaar(self.basis.peildatum), placeholder=_("March 2027"), id="start", compact=True)
            yield Button(_("Add this choice"), id="toevoegen", compact=True, variant="primary")
        yield Uitslag(self.vergelijking, id="uitslag")

    def knoppen(self) -> list[Widget]:
        return [Button(_("← Back to the answer"), id="terug")]

    def on_mount(self) -> None:
        veld = self.eerste("#uren")
        if not isinstance(veld, Input):
            return
        veld.focus()  # type the hours of a new choice at once: what is typed replaces the hours shown
        self.call_after_refresh(veld.select_all)

    # -- actions --------------------------------------------------------------------------------
    def action_terug(self) -> None:
        self.app.pop_screen()

    def action_uren(self, stap: int) -> None:
        """− / +: one hour less or more in the new choice (0 to 40)."""
        veld = self.query_one("#uren", Input)
        try:
            huidig = lees_getal(veld.value) if veld.value.strip() else Decimal(0)
        except Invoerfout:
            huidig = Decimal(0)
        veld.value = getal(min(MEESTE_UREN, max(MINSTE_UREN, huidig + stap)))

    def action_weghalen(self) -> None:
        """Remove the variant whose column the table's cursor is on."""
        tabel = self.query_one("#vergelijking", DataTable)
        index = tabel.cursor_column - 2  # column 0 holds the names, column 1 the first answer
        if 0 <= index < len(self.varianten):
            self.weghalen(index)
        else:
            self.notify(_("Choose a column of another choice first (arrow keys)."), severity="warning")

    def weghalen(self, index: int) -> None:
        del self.varianten[index]
        if self.bewerkt is not None:
            self._formulier_als_antwoord()
        self.teken()

    def toevoegen(self) -> None:
        """"Zet deze keuze erbij" (or, while a choice is being changed, "Sla de wijziging op")."""
        if self.bewerkt is None and len(self.varianten) >= MAX_VARIANTEN:
            self.notify(self.woorden.uit("scenarios", "vol"), severity="warning")
            return
        try:
            scenario = self._nieuw()
            if scenario == Scenario():
                self.notify(self.woorden.uit("scenarios", "niets_anders"), severity="warning")
                return
            varianten = list(self.varianten)
            if self.bewerkt is not None:
                varianten[self.bewerkt] = scenario
            else:
                varianten.append(scenario)
            nieuw = vergelijk(self.basis, varianten, self.lezer, self.antwoorden.aannames())
        except Invoerfout as fout:
            self.notify(str(fout), severity="error")
            return
        self.varianten[:] = varianten
        self.teken(nieuw)
        self._formulier_als_antwoord()

    def bewerk(self, index: int) -> None:
        """Put a choice in the form to change it; the button under the form then saves the change."""
        if not 0 <= index < len(self.varianten):
            return
        scenario = self.varianten[index]
        straks = self.basis.straks
        self.bewerkt = index
        uren = scenario.uren if scenario.uren is not None else straks.uren_per_week
        veld = self.query_one("#uren", Input)
        veld.value = getal(uren) if uren is not None else ""
        self.query_one("#soort", Select).value = scenario.soort_werk or straks.soort_werk
        self.query_one("#start", Input).value = maand_jaar(scenario.start or self.basis.peildatum)
        self.query_one("#formulier-kop", Tekst).update(_("Change choice {nummer}").format(nummer=index + 2))
        self.query_one("#toevoegen", Button).label = _("Save the change")
        self.query_one("#inhoud").scroll_to_widget(self.query_one("#nieuwe-keuze"), top=True, animate=False)
        veld.focus()
        self.call_after_refresh(veld.select_all)

    def _formulier_als_antwoord(self) -> None:
        """After adding or changing, the form shows the first answer again, so the next choice starts from there."""
        straks = self.basis.straks
        self.bewerkt = None
        self.query_one("#formulier-kop", Tekst).update(_("A new choice"))
        self.query_one("#toevoegen", Button).label = _("Add this choice")
        uren = self.query_one("#uren", Input)
        uren.value = getal(straks.uren_per_week) if straks.uren_per_week is not None else ""
        uren.select_all()
        self.query_one("#soort", Select).value = straks.soort_werk
        self.query_one("#start", Input).value = maand_jaar(self.basis.peildatum)

    def _nieuw(self) -> Scenario:
        """The new choice from the form: only what differs from the first answer is kept."""
        straks = self.basis.straks
        tekst = self.query_one("#uren", Input).value.strip()
        uren = lees_getal(tekst) if tekst else straks.uren_per_week
        if uren is not None and not MINSTE_UREN <= uren <= MEESTE_UREN:
            raise Invoerfout(_("Type a number of hours from 1 to 40. Work of 0 hours is not a job."))
        soort = self.query_one("#soort", Select).value
        tekst = self.query_one("#start", Input).value.strip()
        start = lees_maand(tekst) if tekst else self.basis.peildatum.replace(day=1)
        return Scenario(
            uren=uren if uren != straks.uren_per_week else None,
            soort_werk=str(soort) if soort != straks.soort_werk else None,
            start=start if start != self.basis.peildatum.replace(day=1) else None,
        )

    def teken(self, vergelijking: Vergelijking | None = None) -> None:
        """Compute again (unless given) and redraw the table and the chart at once."""
        self.vergelijking = vergelijking or vergelijk(
            self.basis, self.varianten, self.lezer, self.antwoorden.aannames()
        )
        uitslag = self.query_one("#uitslag", Uitslag)
        uitslag.vergelijking = self.vergelijking
        uitslag.refresh(recompose=True)

    # -- events ---------------------------------------------------------------------------------
    def on_button_pressed(self, event: Button.Pressed) -> None:
        knop = event.button.id or ""
        event.stop()
        if knop == "terug":
            self.action_terug()
        elif knop == "toevoegen":
            self.toevoegen()
        elif knop in ("uren-min", "uren-plus"):
            self.action_uren(-1 if knop == "uren-min" else 1)
        elif knop.startswith("weg-"):
            self.weghalen(int(knop.removeprefix("weg-")) - 2)
        elif knop.startswith("wijzig-"):
            self.bewerk(int(knop.removeprefix("wijzig-")) - 2)

    def on_data_table_column_selected(self, event: DataTable.ColumnSelected) -> None:
        """Enter on the column of another choice changes it (the first answer is changed with its questions)."""
        event.stop()
        self.bewerk(event.cursor_column - 2)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.toevoegen()
