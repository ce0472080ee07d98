"""Text as the voice must hear it: amounts, dates, percentages, abbreviations and hard words written the way
they are said, and no symbols.

eSpeak NG reads what it is given: "€ 1.234" becomes "euroteken duizend tweehonderdvierendertig", the minus of
"€ -22" is lost, "CAK" is "kak", "1-1-2027" is "een een tweeduizend zevenentwintig". `uitspraak` turns the text
the screen shows into the text the voice reads:

- amounts: "1234 euro", "min 22 euro", with cents "1401 euro en 50 cent" and "50 cent" (English "1234 euros",
  "minus 22 euros", "1401 euros and 50 cents"): digits without a thousands mark, which eSpeak reads as
  one number in both languages, and the cents as their own number (never "komma vijf nul");
- dates "1-1-2027" (and 2027-01-01) as "1 januari 2027"; "85 %" as "85 procent";
- glossary words with an `uitspraak` in `content/woordenlijst.toml` (Wmo as "W-M-O", jobcoach as "djob-kootsj"),
  the words of `content/teksten/uitspraak.toml` ("t/m" as "tot en met"), and any other abbreviation in capitals
  letter by letter ("SVB" as "Es-V-B");
- no symbols: bullets, boxes and arrows go, brackets become a pause, a lone "–" (no amount) is "niets".

It works on the current interface language (`i18n.taal()`). No textual import.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache

from switchwijzer import i18n
from switchwijzer.i18n import _
from switchwijzer.uitleg.teksten import lees_toml
from switchwijzer.uitleg.woordenlijst import woorden

_CIJFERS = r"\d{1,3}(?:[.]\d{3})+|\d+"
_BEDRAG = {
    # Dutch as the app writes it ("€ 1.234", "€ -22", "€ 1.401,50") and as a person types it ("-€ 22", "€ 12,-").
    "nl": re.compile(
        r"(?P<min>[-−]\s?)?€\s?(?P<min2>[-−])?\s?(?P<euro>" + _CIJFERS + r")(?:,(?P<cent>\d{2})|,-)?(?![\d])"
    ),
    # English: "€1,234", "-€22", "€1,401.50" (and "€ 1.000" from a Dutch hand: three digits after a dot).
    "en": re.compile(
        r"(?P<min>[-−])?€\s?(?P<min2>[-−])?(?P<euro>\d{1,3}(?:[,.]\d{3})+|\d+)(?:\.(?P<cent>\d{2}))?(?![\d])"
    ),
}
_DATUM = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")
_ISO_DATUM = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_PROCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")
_AFKORTING = re.compile(r"(?<![\w-])[A-Z]{2,5}(?![\w])")
_LETTERNAAM = {"nl": {"S": "Es"}, "en": {"A": "Eh"}}
"""Letters eSpeak reads as a sound or a word when spelled: Dutch "S-V-B" is "sfeebee", English "C-A-K" has the
article "a" in it."""

_WEG = "•☐☑✓✔⚠●○▲◆▶◀→←↑↓✕*#_[]{}|<>\"“”„«»`~^"
_PAUZE = "()"
_NA_ZIN_TUSSEN_HAAKJES = re.compile(r"([.!?])\s*\(([^()]+)\)")
"""A remark in brackets after a sentence ("… per maand. (schatting)") is a sentence of its own: "Schatting."."""
_SPATIES = re.compile(r"\s+")
_LOS_STREEPJE = re.compile(r"(?<!\w)[–—-](?!\w)")


def bedrag(waarde: Decimal, centen: bool = False) -> str:
    """An amount as it is said: "1234 euro", "min 22 euro", "1401 euro en 50 cent", "50 cent" (English
    "1234 euros" ...). Without `centen` it is rounded to whole euros, as the screen shows it."""
    afgerond = waarde.quantize(Decimal("0.01") if centen else Decimal(1), rounding="ROUND_HALF_UP")
    negatief = afgerond < 0
    euro, cent = divmod(int(abs(afgerond) * 100), 100)
    if euro and cent:
        tekst = _("{euro} and {cent}").format(euro=_euro(euro), cent=_cent(cent))
    elif cent:
        tekst = _cent(cent)
    else:
        tekst = _euro(euro)
    return _("minus {amount}").format(amount=tekst) if negatief else tekst


def _euro(aantal: int) -> str:
    # Two messages rather than ngettext: Dutch says "22 euro" and "1 euro", English "22 euros" and "1 euro".
    return (_("{n} euro") if aantal == 1 else _("{n} euros")).format(n=aantal)


def _cent(aantal: int) -> str:
    return (_("{n} cent") if aantal == 1 else _("{n} cents")).format(n=aantal)


def geen_bedrag() -> str:
    """What a "–" in a row says: there is no such amount."""
    return _("nothing")


def _bedrag_in_tekst(gevonden: re.Match[str]) -> str:
    euro = int(re.sub(r"[.,]", "", gevonden["euro"]))
    cent = int(gevonden["cent"] or 0)
    waarde = Decimal(euro) + Decimal(cent) / 100
    if gevonden["min"] or gevonden["min2"]:
        waarde = -waarde
    return bedrag(waarde, centen=True) if waarde else _euro(0)


def _datum(dag: int, maand: int, jaar: int, origineel: str) -> str:
    try:
        return i18n.datum(date(jaar, maand, dag))
    except ValueError:
        return origineel  # not a date after all (a range such as 12-40-2026 is left as it is)


def _procent(gevonden: re.Match[str]) -> str:
    return _("{number} percent").format(number=gevonden[1])


@cache
def _woorden(taal: str) -> dict[str, str]:
    """Every word or form with its spoken form: the glossary's `uitspraak`, then `teksten/uitspraak.toml`."""
    uit: dict[str, str] = {}
    for data in woorden().values():
        uit.update({vorm.lower(): gezegd for vorm, gezegd in data.get("uitspraak", {}).get(taal, {}).items()})
    uit.update({vorm.lower(): gezegd for vorm, gezegd in lees_toml("teksten/uitspraak.toml")[taal].items()})
    return uit


@cache
def _woordpatroon(taal: str) -> re.Pattern[str]:
    vormen = sorted(_woorden(taal), key=len, reverse=True)
    bekend = "|".join(re.escape(v) for v in vormen)
    return re.compile(rf"(?<![\w-])(?i:{bekend})(?![\w])|" + _AFKORTING.pattern)


def _woord(gevonden: re.Match[str], taal: str) -> str:
    tekst = gevonden[0]
    gezegd = _woorden(taal).get(tekst.lower())
    if gezegd is not None:
        return gezegd
    if tekst.isupper():  # an abbreviation nobody wrote down: letter by letter
        return "-".join(_LETTERNAAM[taal].get(letter, letter) for letter in tekst)
    return tekst


def uitspraak(tekst: str) -> str:
    """`tekst` (a sentence as the screen shows it) as the voice must read it, in the current language."""
    taal = i18n.taal()
    tekst = tekst.replace("\xa0", " ").replace("\u202f", " ")
    tekst = _BEDRAG[taal].sub(_bedrag_in_tekst, tekst)
    tekst = _DATUM.sub(lambda m: _datum(int(m[1]), int(m[2]), int(m[3]), m[0]), tekst)
    tekst = _ISO_DATUM.sub(lambda m: _datum(int(m[3]), int(m[2]), int(m[1]), m[0]), tekst)
    tekst = _PROCENT.sub(_procent, tekst)
    # A word search on every letter of every sentence is not free: only when the text has letters at all.
    if any(teken.isalpha() for teken in tekst):
        tekst = _woordpatroon(taal).sub(lambda m: _woord(m, taal), tekst)
    tekst = tekst.replace("€", " " + _("euro") + " ").replace("&", " " + _("and") + " ").replace("…", ".")
    tekst = (
        tekst.replace("/", " " + _("or") + " ").replace("+", " " + _("plus") + " ").replace("=", " " + _("is") + " ")
    )
    tekst = tekst.replace("§", " " + _("section") + " ")
    tekst = _NA_ZIN_TUSSEN_HAAKJES.sub(lambda m: f"{m[1]} {m[2][:1].upper()}{m[2][1:]}.", tekst)
    tekst = tekst.translate({ord(teken): " " for teken in _WEG}).translate({ord(teken): ", " for teken in _PAUZE})
    tekst = _LOS_STREEPJE.sub(", ", tekst)
    tekst = _SPATIES.sub(" ", tekst).strip()
    tekst = re.sub(r"\s+([,.:;?!])", r"\1", tekst)
    tekst = re.sub(r"([,:;])(?:\s*[,:;])+", r"\1", tekst)  # "(schatting)." is a pause, not ", ."
    tekst = re.sub(r"[,:;]\s*([.?!])", r"\1", tekst)
    return tekst.strip(" ,:;")


_ZINSEINDE = re.compile(r"(?<=[.!?])\s+(?=\S)")


def zinnen(teksten: list[str] | tuple[str, ...]) -> list[str]:
    """The texts as speakable sentences, one per item: read one at a time, speech starts after the first
    sentence is made and stops between two sentences as well as inside one."""
    uit: list[str] = []
    for tekst in teksten:
        if not tekst:
            continue
        for zin in _ZINSEINDE.split(uitspraak(tekst)):
            zin = zin.strip()
            if zin and any(teken.isalnum() for teken in zin):
                uit.append(zin[:1].upper() + zin[1:])  # "bay-stunt: now ..." (bijstand in English) is a sentence too
    return uit
