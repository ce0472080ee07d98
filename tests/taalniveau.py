"""Offline B1 meter for Dutch texts: sentence length and Flesch-Douma.

Use it from any test (``tests/`` is on ``sys.path`` through ``tests/conftest.py``)::

    from taalniveau import meet

    m = meet(["Je krijgt meer geld. Dat komt door je loon."])
    assert m.gemiddelde_zinslengte <= 13
    assert m.aandeel_lange_zinnen <= 0.05
    assert m.flesch_douma >= 65

How it counts (heuristics, not a validated B1 test; see lessons-from-anchors.md §E):

- Sentences end at ``.``, ``!`` or ``?`` followed by white space or the end, and at every line break.
  A period after a known abbreviation (``art.``, ``bijv.``, ``o.a.``, ``nr.`` ...) or inside a number
  (``1.234``) does not end a sentence. A text without end punctuation (a title, a list item) is one sentence.
- Words: letter sequences (with inner hyphens or apostrophes: ``Wmo-indicatie`` is one word), numbers
  (``1.234``, ``12,5``, ``2027``), amounts (``€ 1.234`` is one word), placeholders (``{einddatum}`` is one word).
- Syllables: ``pyphen`` with the ``nl_NL`` dictionary, per part of a hyphenated word. Numbers, amounts and
  placeholders count as 2 syllables. Abbreviations that are spoken letter by letter (``UWV``, ``Wmo``, ``WW``)
  count one syllable per letter.
- Flesch-Douma = 206.84 - 0.77 x syllables per 100 words - 0.93 x mean sentence length (higher is easier;
  the project bar is 65, the schrijfwijzer aims at 70).
- Rare words (schrijfwijzer rule 3, "Controleren"): ``zeldzame_woorden`` lists every word whose wordfreq Zipf
  frequency in Dutch is below ``ZELDZAAM`` (2.5: about once in 3 million words) and that is neither explained
  (inside a span the caller marks, e.g. a glossary word) nor a name the caller allows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import pyphen
from wordfreq import zipf_frequency

LANGE_ZIN = 20
"""A sentence with more words than this counts as long (schrijfwijzer rule 1)."""

AFKORTINGEN = frozenset(
    {"art", "bijv", "bv", "o.a", "nr", "d.w.z", "z.o.z", "enz", "etc", "ca", "incl", "excl", "max", "min",
     "mnd", "lid", "jl", "e.d", "m.b.t", "t.o.v", "i.p.v", "zgn", "resp", "p", "e.g", "i.e", "vs", "no"}
)
"""Words that may end with a period without ending the sentence (lower case, without the final period)."""

ZELDZAAM = 2.5
"""A word with a wordfreq Zipf frequency below this is rare: replace it, or explain it in the glossary."""

LETTERWOORDEN = frozenset({"wmo", "wlz", "uwv", "ciz", "ww", "wml", "cak", "vso", "pro", "bsn", "ips", "jip", "wpda"})
"""Abbreviations spoken letter by letter, also when written in mixed case (Wmo, Wlz, PrO)."""

_TOKEN = re.compile(
    r"\{[A-Za-z_][A-Za-z0-9_]*\}"  # placeholder
    r"|€\s*\d+(?:[.,]\d+)*(?:,-)?"  # amount
    r"|\d+(?:[.,]\d+)*"  # number
    r"|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿ]+)*"  # word
)
_EINDE = re.compile(r"[.!?]+(?=\s|$)|\n+")


@dataclass(frozen=True)
class Meting:
    """The figures of a set of texts, taken together."""

    zinnen: int
    woorden: int
    lettergrepen: int
    lange_zinnen: tuple[str, ...] = field(default=())
    langste_zin: int = 0

    @property
    def gemiddelde_zinslengte(self) -> float:
        return self.woorden / self.zinnen if self.zinnen else 0.0

    @property
    def aandeel_lange_zinnen(self) -> float:
        """Share (0..1) of sentences with more than LANGE_ZIN words."""
        return len(self.lange_zinnen) / self.zinnen if self.zinnen else 0.0

    @property
    def lettergrepen_per_100_woorden(self) -> float:
        return 100 * self.lettergrepen / self.woorden if self.woorden else 0.0

    @property
    def flesch_douma(self) -> float:
        return 206.84 - 0.77 * self.lettergrepen_per_100_woorden - 0.93 * self.gemiddelde_zinslengte

    def __str__(self) -> str:
        return (
            f"{self.zinnen} zinnen, {self.woorden} woorden, "
            f"gemiddeld {self.gemiddelde_zinslengte:.1f} woorden per zin, "
            f"{100 * self.aandeel_lange_zinnen:.1f} % zinnen boven {LANGE_ZIN} woorden (langste {self.langste_zin}), "
            f"Flesch-Douma {self.flesch_douma:.1f}"
        )


@cache
def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


def lettergrepen(woord: str) -> int:
    """Syllables of one token as `meet` counts them."""
    if woord.startswith(("{", "€")) or woord[0].isdigit():
        return 2
    totaal = 0
    for deel in re.split(r"[-'’]", woord):
        if not deel:
            continue
        if deel.lower() in LETTERWOORDEN or (len(deel) > 1 and deel.isupper()):
            totaal += len(deel)
        else:
            totaal += len(_pyphen().positions(deel.lower())) + 1
    return max(totaal, 1)


def zinnen(tekst: str) -> list[str]:
    """Split a text into sentences (see the module docstring for the rules)."""
    resultaat: list[str] = []
    begin = 0
    for einde in _EINDE.finditer(tekst):
        stuk = tekst[begin : einde.start()]
        if einde.group().startswith("."):
            laatste = re.search(r"([A-Za-z.]+)$", stuk)
            if laatste and laatste.group(1).lower().rstrip(".") in AFKORTINGEN and einde.group() == ".":
                continue
        resultaat.append(tekst[begin : einde.end()].strip())
        begin = einde.end()
    resultaat.append(tekst[begin:].strip())
    return [zin for zin in resultaat if _TOKEN.search(zin)]


def woorden(zin: str) -> list[str]:
    return _TOKEN.findall(zin)


def meet(teksten: Iterable[str]) -> Meting:
    """Measure all texts together; each text is split into sentences on its own."""
    aantal_zinnen = aantal_woorden = aantal_lettergrepen = langste = 0
    lang: list[str] = []
    for tekst in teksten:
        for zin in zinnen(tekst):
            tokens = woorden(zin)
            aantal_zinnen += 1
            aantal_woorden += len(tokens)
            aantal_lettergrepen += sum(lettergrepen(t) for t in tokens)
            langste = max(langste, len(tokens))
            if len(tokens) > LANGE_ZIN:
                lang.append(zin)
    return Meting(aantal_zinnen, aantal_woorden, aantal_lettergrepen, tuple(lang), langste)


@cache
def zipf(woord: str) -> float:
    """How common a Dutch word is (wordfreq Zipf scale: 7 is "de", 3 is once per million words)."""
    return zipf_frequency(woord, "nl")


def zeldzame_woorden(
    teksten: Iterable[str],
    uitgelegd: Callable[[str], Iterable[tuple[int, int]]] = lambda tekst: (),
    namen: Iterable[str] = (),
) -> Counter[str]:
    """Rare words (lower case) and how often they occur, leaving out words inside an explained span of their
    text (``uitgelegd`` gives (start, end) pairs, e.g. where a glossary word is linked) and allowed names."""
    toegestaan = {n.lower() for n in namen}
    gevonden: Counter[str] = Counter()
    for tekst in teksten:
        spannen = list(uitgelegd(tekst))
        for token in _TOKEN.finditer(tekst):
            woord = token.group()
            if not woord[0].isalpha() or woord.lower() in toegestaan or zipf(woord.lower()) >= ZELDZAAM:
                continue
            if any(start <= token.start() and token.end() <= eind for start, eind in spannen):
                continue
            gevonden[woord.lower()] += 1
    return gevonden
