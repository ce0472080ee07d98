"""Every character on the wizard's screens meets WCAG 2.1 AA contrast (4.5:1), in the calm theme and in high contrast,
and every widget that takes the focus shows it without colour.

Measured on what Textual renders: each visible widget's lines, segment by segment (text colour against the
background it is drawn on), on the same screens as the snapshot tests; and the screen as it is put together (which
also has what a widget draws only there: a field's placeholder, the cursor). Then each widget in the focus chain is
focused in turn: the screen must still meet AA, and the widget must look different from when another widget has the
focus in something other than colour (letters, bold, underline or reversed), so focus shows on a monochrome screen.
"""

from __future__ import annotations

import pytest
from rich.color import Color
from rich.segment import Segment
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input

from switchwijzer.tui.app import SwitchwijzerApp
from switchwijzer.tui.thema import HOOG_CONTRAST

from .conftest import PEILDATUM
from .helpers import naar_overzicht

AA = 4.5


def _luminantie(kleur: Color) -> float:
    r, g, b = kleur.get_truecolor()

    def kanaal(waarde: int) -> float:
        c = waarde / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b)


def contrast(voor: Color, achter: Color) -> float:
    licht, donker = sorted((_luminantie(voor), _luminantie(achter)), reverse=True)
    return (licht + 0.05) / (donker + 0.05)


def _te_zwak(app: SwitchwijzerApp) -> list[tuple[float, str, str]]:
    zwak = []
    for widget in app.screen.walk_children(with_self=False):
        if not widget.display or not widget.visible or widget.region.area == 0:
            continue
        breedte, hoogte = widget.size
        for regel in widget.render_lines(Region(0, 0, breedte, hoogte)):
            for segment in regel:
                waarde = _zwak_segment(segment)
                if waarde is not None:
                    zwak.append((round(waarde, 2), segment.text.strip()[:30], type(widget).__name__))
    return zwak


RANDEN = "▔▁▂▃▄▅▆▇▎▊▌▐█▀▄─│┃━╸╺╭╮╰╯▏▕┏┓┗┛╋┣┫┳┻"
"""Borders, scrollbars and bars are not text."""


def _zwak_segment(segment: Segment) -> float | None:
    """The contrast of a segment with text when it is below AA, else None."""
    stijl = segment.style
    if not segment.text.strip() or stijl is None or stijl.color is None or stijl.bgcolor is None:
        return None
    if all(teken in RANDEN for teken in segment.text.strip()):
        return None
    waarde = contrast(stijl.color, stijl.bgcolor)
    return waarde if waarde < AA else None


def _zwak_op_scherm(app: SwitchwijzerApp) -> list[tuple[float, str]]:
    """What the screen shows as it is put together: also a placeholder, a cursor, a focused field."""
    zwak = []
    for regel in app.screen._compositor.render_strips():
        for segment in regel:
            waarde = _zwak_segment(segment)
            if waarde is not None:
                zwak.append((round(waarde, 2), segment.text.strip()[:30]))
    return zwak


def _vorm(app: SwitchwijzerApp, gebied: Region) -> list[tuple[str, bool, bool, bool]]:
    """What a region of the screen looks like without colour: each letter, and bold, underlined or reversed."""
    regels = app.screen._compositor.render_strips()
    uit = []
    for y in range(gebied.y, min(gebied.bottom, len(regels))):
        x = 0
        for segment in regels[y]:
            stijl = segment.style
            for teken in segment.text:
                if gebied.x <= x < gebied.right:
                    uit.append((teken, bool(stijl and stijl.bold), bool(stijl and stijl.underline),
                                bool(stijl and stijl.reverse)))
                x += 1
    return uit


async def _focus_overal(pilot, app: SwitchwijzerApp) -> list[str]:  # type: ignore[no-untyped-def]
    """Focus each widget of the focus chain in turn; what is wrong: a focus that shows only in colour (or not
    at all), or text below AA while it has the focus."""
    fout: list[str] = []
    keten: list[Widget] = list(app.screen.focus_chain)
    for widget in keten:
        widget.focus()
        await pilot.pause()
        gebied = widget.region
        met = _vorm(app, gebied)
        if isinstance(widget, Input) and widget.value and widget.value[:8] not in "".join(t for t, *_ in met):
            fout.append(f"Input#{widget.id} focused: its text {widget.value!r} is not shown")
        zwak = _zwak_op_scherm(app)
        if zwak:
            fout.append(f"{type(widget).__name__}#{widget.id} focused: {sorted(set(zwak))[:5]}")
        ander = next((w for w in keten if w is not widget and not w.region.overlaps(gebied)), None)
        if ander is None:
            continue
        ander.focus()
        await pilot.pause()
        if widget.region == gebied and _vorm(app, gebied) == met:
            fout.append(f"{type(widget).__name__}#{widget.id}: focus does not show without colour")
    return fout


async def _naar(pilot, scherm: str, gewandeld) -> None:  # type: ignore[no-untyped-def]
    if scherm == "rol":
        return
    if scherm == "vraag":
        await pilot.press("1")
        return
    if scherm == "vraag_keuze":
        await pilot.press("1", "2", "4", "enter")
        return
    if scherm in ("bevestig", "woordenlijst", "bewaren"):
        await pilot.press("2", "4", "0", "enter")  # a parent: saving is possible
        await pilot.pause()
        await pilot.press({"bevestig": "f5", "woordenlijst": "f2", "bewaren": "ctrl+s"}[scherm])
        return
    if scherm == "formulier":
        await pilot.press("3")
        return
    await naar_overzicht(pilot, gewandeld)  # the answers a real walk gave, without walking again
    if scherm == "overzicht":
        return
    await pilot.click("#bereken")
    await pilot.pause()
    if scherm == "vergelijk":
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("3", "2", "enter")
        await pilot.pause()


@pytest.mark.parametrize("hoog_contrast", [False, True], ids=["rustig", "hoog-contrast"])
@pytest.mark.parametrize("scherm", ["rol", "vraag", "vraag_keuze", "overzicht", "uitkomst", "vergelijk", "formulier"])
async def test_alle_tekst_haalt_aa(deelnemer_gewandeld, scherm: str, hoog_contrast: bool) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    # the compare screen is measured whole (table and chart), so it gets a tall terminal
    async with app.run_test(size=(100, 150) if scherm == "vergelijk" else (100, 32)) as pilot:
        if hoog_contrast:
            app.theme = HOOG_CONTRAST.name
        await _naar(pilot, scherm, deelnemer_gewandeld)
        await pilot.pause()
        zwak = _te_zwak(app)
        assert not zwak, sorted(set(zwak))[:15]
        zwak_op_scherm = _zwak_op_scherm(app)
        assert not zwak_op_scherm, sorted(set(zwak_op_scherm))[:15]


SCHERMEN_MET_FOCUS = ["rol", "vraag", "vraag_keuze", "overzicht", "uitkomst", "vergelijk", "formulier", "bevestig",
                      "woordenlijst", "bewaren"]


@pytest.mark.lang(6)
@pytest.mark.parametrize("hoog_contrast", [False, True], ids=["rustig", "hoog-contrast"])
@pytest.mark.parametrize("scherm", SCHERMEN_MET_FOCUS)
async def test_focus_is_overal_te_zien_en_haalt_aa(deelnemer_gewandeld, scherm: str, hoog_contrast: bool) -> None:  # type: ignore[no-untyped-def]
    app = SwitchwijzerApp(peildatum=PEILDATUM)
    async with app.run_test(size=(100, 32)) as pilot:
        if hoog_contrast:
            app.theme = HOOG_CONTRAST.name
        await _naar(pilot, scherm, deelnemer_gewandeld)
        await pilot.pause()
        fout = await _focus_overal(pilot, app)
        assert not fout, fout[:12]
