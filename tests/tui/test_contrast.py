"""Every character on the wizard's screens meets WCAG 2.1 AA contrast (4.5:1), in the calm theme and in high contrast.

Measured on what Textual renders: each visible widget's lines, segment by segment (text colour against the
background it is drawn on), on the same screens as the snapshot tests.
"""

from __future__ import annotations

import pytest
from rich.color import Color
from textual.geometry import Region

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
                stijl = segment.style
                if not segment.text.strip() or stijl is None or stijl.color is None or stijl.bgcolor is None:
                    continue
                if all(teken in "▔▁▎▊▌▐█▀▄─│┃━╸╺╭╮╰╯▏▕" for teken in segment.text.strip()):
                    continue  # borders and bars are not text
                waarde = contrast(stijl.color, stijl.bgcolor)
                if waarde < AA:
                    zwak.append((round(waarde, 2), segment.text.strip()[:30], type(widget).__name__))
    return zwak


async def _naar(pilot, scherm: str, gewandeld) -> None:  # type: ignore[no-untyped-def]
    if scherm == "rol":
        return
    if scherm == "vraag":
        await pilot.press("1")
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
@pytest.mark.parametrize("scherm", ["rol", "vraag", "overzicht", "uitkomst", "vergelijk"])
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
