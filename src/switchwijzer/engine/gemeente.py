"""A gemeente as typed ('Gemeente De Fryske Marren', 'aa-en-hunze') reduced to one key (`de_fryske_marren`)."""

from __future__ import annotations

import re


def gemeente_sleutel(tekst: str | None) -> str | None:
    """The key under which data about a gemeente is stored: lower case, words joined by '_'; None when empty."""
    if not tekst:
        return None
    sleutel = tekst.strip().lower().replace("-", " ").replace("_", " ")
    sleutel = re.sub(r"^gemeente\s+", "", sleutel)
    sleutel = re.sub(r"[^\w ]", "", sleutel)
    return "_".join(sleutel.split()) or None
