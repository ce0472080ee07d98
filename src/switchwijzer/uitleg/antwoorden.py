"""What a person answered so far, and the Situatie those answers describe.

Answers are kept per question id; typed text is kept as typed (`ruw`), so going back never loses it. Used by the wizard
and by `switchwijzer bereken` for a saved intake (no Textual here).
Which questions show depends on the fields the earlier answers set (conditions in the content file).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from switchwijzer.engine import bereken
from switchwijzer.engine.fouten import VeldFout
from switchwijzer.engine.parameters import PeildatumBuitenPeriodes, Spoor, parameters_op
from switchwijzer.engine.situatie import Situatie, leeftijd_in_maand, minimumloon_boven
from switchwijzer.i18n import Invoerfout, _, geld, maand_jaar
from switchwijzer.lezer import Rol
from switchwijzer.uitleg.scenarios import Scenario
from switchwijzer.uitleg.teksten import Zin, zin
from switchwijzer.uitleg.vragenlijst import (
    WEET_NIET,
    Keuze,
    Tegenstrijdig,
    Vraag,
    kan_nog,
    tegenstrijdig,
    voldoet,
    vragen,
)
from switchwijzer.uitleg.vragenlijst import vraag as vraag_met_id

__all__ = ["WEET_NIET", "AntwoordFout", "Antwoorden"]


@dataclass
class Antwoorden:
    rol: Rol
    """Who answers: saved with the answers; the screens read it as part of their `Lezer`."""
    peildatum: date
    waarden: dict[str, Any] = field(default_factory=dict)
    ruw: dict[str, str] = field(default_factory=dict)
    varianten: list[Scenario] = field(default_factory=list)
    """The other choices on the compare screen (at most 3), kept with the answers and saved with them."""

    # -- the flow -------------------------------------------------------------------------------
    def _doorloop(self) -> tuple[list[Vraag], dict[str, Any]]:
        zichtbaar: list[Vraag] = []
        velden: dict[str, Any] = {}
        for vraag in vragen():
            if not voldoet(vraag.als, velden):
                continue
            zichtbaar.append(vraag)
            if vraag.id in self.waarden:
                velden.update(self._effect(vraag, self.waarden[vraag.id], velden))
        return zichtbaar, velden

    def zichtbaar(self) -> list[Vraag]:
        return self._doorloop()[0]

    def velden(self) -> dict[str, Any]:
        return self._doorloop()[1]

    def keuzes(self, vraag: Vraag) -> list[Keuze]:
        """The choices that fit the answers given before this question."""
        velden: dict[str, Any] = {}
        for eerder in vragen():
            if eerder.id == vraag.id:
                break
            if voldoet(eerder.als, velden) and eerder.id in self.waarden:
                velden.update(self._effect(eerder, self.waarden[eerder.id], velden))
        return [k for k in vraag.keuzes if voldoet(k.als, velden)]

    def _effect(self, vraag: Vraag, waarde: Any, velden: dict[str, Any]) -> dict[str, Any]:
        if waarde == WEET_NIET and vraag.weet_niet is not None:
            return {pad: (None if w == "" else w) for pad, w in vraag.weet_niet.zet.items()}
        if vraag.soort == "keuze":
            keuze = next((k for k in vraag.keuzes if k.id == waarde and voldoet(k.als, velden)), None)
            return dict(keuze.zet) if keuze else {}
        if vraag.veld is None:
            return {}
        if isinstance(waarde, Decimal):
            waarde = waarde + vraag.plus
            if vraag.geheel:
                waarde = int(waarde)
        return {vraag.veld: waarde}

    def teller(self, vraag_id: str) -> tuple[int, int, bool]:
        """"Question n of about m": m is the number of questions on the usual way from here (each choice not
        made yet counted as its first fitting choice, the most common one; a number not typed yet leads to
        no extra question), so it moves only when an answer leaves that way. The third value is True when m
        is sure: no answer still to come can add a question."""
        gewoon: list[str] = []
        velden: dict[str, Any] = {}
        for vraag in vragen():
            if not voldoet(vraag.als, velden):
                continue
            gewoon.append(vraag.id)
            if vraag.id in self.waarden:
                velden.update(self._effect(vraag, self.waarden[vraag.id], velden))
            elif vraag.soort == "keuze":
                eerste = next((k for k in vraag.keuzes if kan_nog(k.als, velden)), None)
                velden.update(eerste.zet if eerste else {})
        nummer = gewoon.index(vraag_id) + 1 if vraag_id in gewoon else 1
        return nummer, max(len(gewoon), nummer), len(gewoon) >= self._hoogstens()

    def _hoogstens(self) -> int:
        """The number of questions asked or still possible: no walk from here asks more."""
        velden: dict[str, Any] = {}
        mogelijk = 0
        for vraag in vragen():
            if voldoet(vraag.als, velden):
                mogelijk += 1
                if vraag.id in self.waarden:
                    velden.update(self._effect(vraag, self.waarden[vraag.id], velden))
            elif kan_nog(vraag.als, velden):
                mogelijk += 1
        return mogelijk

    def tegenstrijdigheden(self) -> list[Tegenstrijdig]:
        """The pairs of answers that cannot both be true (checked once every question has an answer)."""
        velden = self.velden()
        velden.update(afgeleid(velden))
        zichtbaar = {v.id for v in self.zichtbaar()}
        return [r for r in tegenstrijdig() if voldoet(r.als, velden) and set(r.vragen) <= zichtbaar]

    def open_vraag(self) -> Vraag | None:
        """The first question still to answer, or None when all are answered."""
        return next((v for v in self.zichtbaar() if not self.beantwoord(v)), None)

    def beantwoord(self, vraag: Vraag) -> bool:
        if vraag.id not in self.waarden:
            return False
        if vraag.soort == "keuze" and self.waarden[vraag.id] != WEET_NIET:
            return any(k.id == self.waarden[vraag.id] for k in self.keuzes(vraag))
        return True

    # -- answering ------------------------------------------------------------------------------
    def zet(self, vraag_id: str, waarde: Any, ruw: str | None = None) -> None:
        self.waarden[vraag_id] = waarde
        if ruw is not None:
            self.ruw[vraag_id] = ruw

    def wis(self, vraag_id: str) -> None:
        self.waarden.pop(vraag_id, None)

    # -- the result -----------------------------------------------------------------------------
    def aannames(self) -> list[Zin]:
        """The assumptions made for each "Weet ik niet" (with the rent assumed), to be said in the reader's words."""
        uit = []
        for v in self.zichtbaar():
            if v.weet_niet is None or self.waarden.get(v.id) != WEET_NIET:
                continue
            waarden = {}
            if v.id == HUUR:
                huur = self._voorzichtige_huur()
                waarden["huur"] = geld(huur) if huur is not None else "–"
            uit.append(zin(v.weet_niet.aanname, **waarden))
        return uit

    def _voorzichtige_huur(self) -> Decimal | None:
        """For "Weet ik niet" on the rent: the rent the answer uses (see `situatie`), or None when not needed."""
        try:
            return self.situatie().wonen.kale_huur_per_maand
        except Invoerfout:
            return None

    def startdatum(self, velden: dict[str, Any]) -> date:
        """The day the amounts are for: the start month given; "Weet ik niet" means the first day of next
        month; when the start was not asked (the work has begun, or nothing is computed), today."""
        peildatum = velden.get("peildatum")
        if isinstance(peildatum, date):
            return peildatum
        if "peildatum" in velden:
            return (self.peildatum.replace(day=1) + timedelta(days=32)).replace(day=1)
        return self.peildatum

    def uurloon_fout(self, uurloon: Decimal) -> str | None:
        """Said at the question itself: an hourly wage under the minimum for the age given, in the month the work
        starts (asked before the wage; before it is known, now). One rule: the whole Situatie checks the same
        month again at the end (`situatie`), and the review and the coach's form say it there too (`fout`)."""
        velden = self.velden()
        leeftijd = velden.get("leeftijd")
        if not isinstance(leeftijd, (int, Decimal)):
            return None
        startdatum = self.startdatum(velden)
        try:
            bij_start = leeftijd_in_maand(int(leeftijd), self.peildatum, startdatum)
            minimum = minimumloon_boven(uurloon, bij_start, startdatum)
        except PeildatumBuitenPeriodes:
            return None
        return None if minimum is None else _uurloon_te_laag(minimum, startdatum)

    def fout(self) -> AntwoordFout | None:
        """When every question has an answer: what stops the answer from being computed, and which question fixes
        it (a wage under the minimum of a start month changed later), or None."""
        if self.open_vraag() is not None or self.tegenstrijdigheden():
            return None
        try:
            self.situatie()
        except AntwoordFout as fout:
            return fout
        except Invoerfout:
            return None
        return None

    def situatie(self, **vervang: Any) -> Situatie:
        """The Situatie for these answers; raises Invoerfout with a B1 message when they do not fit (AntwoordFout
        when one question can fix it)."""
        velden = self.velden()
        velden.update(vervang)
        # The age is typed today: the months after the start count on from it.
        boom: dict[str, Any] = {"peildatum": self.startdatum(velden), "vandaag": self.peildatum,
                                "leeftijd_op": self.peildatum}
        velden.pop("peildatum", None)
        for pad, waarde in velden.items():
            tak = boom
            *hoger, laatste = pad.split(".")
            for stap in hoger:
                tak = tak.setdefault(stap, {})
            tak[laatste] = waarde
        try:
            if self.waarden.get(HUUR) == WEET_NIET and vraag_met_id(HUUR) in self.zichtbaar():
                return _met_voorzichtige_huur(json.dumps(boom, default=str, sort_keys=True))
            return Situatie.model_validate(boom)
        except ValidationError as fout:
            if "peildatum" in _foute_velden(fout):
                raise AntwoordFout(
                    _("We do not know the amounts for this date yet. "
                      "Ask the gemeente or UWV for a calculation on paper."),
                    "start",
                ) from fout
            minimum = next((f.gegevens.get("minimum") for f in _veldfouten(fout) if f.veld == "straks.uurloon"), None)
            if isinstance(minimum, Decimal):
                raise AntwoordFout(_uurloon_te_laag(minimum, boom["peildatum"]), "uurloon") from fout
            if "alleenstaande ouder" in str(fout):
                raise AntwoordFout(
                    _("Living alone with children? Then type the age of at least one child."), "kinderen"
                ) from fout
            raise Invoerfout(_("Some answers do not fit together. Please check them again.")) from fout


HUUR = "huur"
"""The rent question: "Weet ik niet" there takes the careful rent (`_met_voorzichtige_huur`)."""


@lru_cache(maxsize=32)
def _met_voorzichtige_huur(boom: str) -> Situatie:
    """The Situatie with, of three rents from the huurtoeslag rules of its month (the kwaliteitskortingsgrens, the
    aftoppingsgrens for one or two people and the maximale huurgrens), the one with the smallest gain from working
    after the costs. No one rent is always the careful one: a higher rent gives more huurtoeslag to lose, but also
    more kwijtschelding. So "Weet ik niet" never makes working look better than it may be at these rents."""
    gegevens = json.loads(boom)
    spoor = Spoor(parameters_op(date.fromisoformat(gegevens["peildatum"])))
    huren = (
        spoor.getal("huurtoeslag.kwaliteitskortingsgrens"),
        spoor.tabel("huurtoeslag.aftoppingsgrens")["klein"],
        spoor.tabel("huurtoeslag.maximale_huurgrens")["standaard"],
    )
    kandidaten = []
    for huur in huren:
        gegevens.setdefault("wonen", {})["kale_huur_per_maand"] = str(huur)
        situatie = Situatie.model_validate(gegevens)
        uitkomst = bereken(situatie)
        verschil = uitkomst.verschil_na_kosten_per_maand
        kandidaten.append((verschil if verschil is not None else uitkomst.verschil_per_maand, situatie))
    return min(kandidaten, key=lambda paar: paar[0] if paar[0] is not None else Decimal(0))[1]


def vergeet_huren() -> None:
    """Forget the remembered careful rents (each holds a Situatie: a kiosk forgets its last visitor)."""
    _met_voorzichtige_huur.cache_clear()


class AntwoordFout(Invoerfout):
    """Answers that cannot be computed, and the question where that is fixed (`vraag`)."""

    def __init__(self, tekst: str, vraag: str) -> None:
        super().__init__(tekst)
        self.vraag = vraag


def _uurloon_te_laag(minimum: Decimal, maand: date) -> str:
    return _("In {month} the minimum wage for this age is {minimum} per hour. This wage is lower. That is not "
             "allowed for this work. Change the wage per hour.").format(
        month=maand_jaar(maand), minimum=geld(minimum, centen=True))


def _veldfouten(fout: ValidationError) -> list[VeldFout]:
    """The rules that refused a value (VeldFout), as raised inside the validation."""
    oorzaken = ((item.get("ctx") or {}).get("error") for item in fout.errors(include_url=False))
    return [oorzaak for oorzaak in oorzaken if isinstance(oorzaak, VeldFout)]


def _foute_velden(fout: ValidationError) -> set[str]:
    """The fields a validation error is about: its location, or the field a rule named (VeldFout)."""
    return {".".join(str(d) for d in item["loc"]) for item in fout.errors(include_url=False)
            if not isinstance((item.get("ctx") or {}).get("error"), VeldFout)} | {f.veld for f in _veldfouten(fout)}


AFGELEIDE_VELDEN = ("afgeleid.leeftijd_bij_begin",)


def afgeleid(velden: dict[str, Any]) -> dict[str, Any]:
    """Values that follow from two answers, for the rules in tegenstrijdig.toml: the age at which work that has
    already begun began (the age now minus the whole years worked)."""
    leeftijd, maanden = velden.get("leeftijd"), velden.get("straks.maand_sinds_start")
    if leeftijd is None or maanden is None:
        return {}
    return {AFGELEIDE_VELDEN[0]: int(leeftijd) - (int(maanden) - 1) // 12}
