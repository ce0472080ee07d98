"""The typeface of the PDF: Atkinson Hyperlegible, made by the Braille Institute for readers with low vision.

It comes from PyPI as a package of its own (`fontpkg-atkinson-hyperlegible`, SIL Open Font License 1.1), so
`pip install .` brings it; it has €, ë, ü and é. A missing font is a damaged install: one Dutch message.
"""

from __future__ import annotations

from pathlib import Path

FAMILIE = "Atkinson Hyperlegible"
STIJLEN = {"": 400, "B": 700}
"""fpdf2's style letter and the font weight that goes with it."""


class LettertypeOntbreekt(Exception):
    """The font for the PDF is not installed. `str()` is a Dutch message that says what to do."""


def lettertypen() -> dict[str, Path]:
    """The TrueType file for each style ("" regular, "B" bold)."""
    try:
        import fontpkg

        paden = {stijl: Path(fontpkg.path(FAMILIE, weight=gewicht)) for stijl, gewicht in STIJLEN.items()}
    except Exception:  # not installed, or a broken install: the same message either way
        paden = {}
    if len(paden) != len(STIJLEN) or not all(pad.is_file() for pad in paden.values()):
        raise LettertypeOntbreekt(
            "Het lettertype voor de PDF ontbreekt (Atkinson Hyperlegible). "
            "Installeer Switchwijzer opnieuw met: pip install ."
        )
    return paden
