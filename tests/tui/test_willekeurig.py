"""Random keys and clicks for many steps: the wizard never crashes (and the kiosk never quits)."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from switchwijzer.tui.app import SwitchwijzerApp

from .conftest import PEILDATUM

# F12 is left out: F12 followed by Ctrl+Q is the staff combination that does end the kiosk.
TOETSEN = [
    "tab", "shift+tab", "enter", "escape", "up", "down", "left", "right", "space", "backspace",
    "1", "2", "3", "4", "5", "0", "9", "a", "comma", "full_stop", "minus", "plus",
    "f1", "f2", "f3", "f4", "f5", "f10", "f11", "ctrl+p", "ctrl+b", "ctrl+q", "ctrl+c", "home", "end", "pageup", "pagedown",
]
stap = st.one_of(
    st.sampled_from(TOETSEN).map(lambda t: ("toets", t)),
    st.tuples(st.integers(0, 79), st.integers(0, 23)).map(lambda xy: ("klik", xy)),
)


async def _speel(stappen: list[tuple[str, object]]) -> SwitchwijzerApp:
    app = SwitchwijzerApp(peildatum=PEILDATUM, kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        for soort, waarde in stappen:
            if soort == "toets":
                await pilot.press(str(waarde))
            else:
                await pilot.click(offset=waarde)  # type: ignore[arg-type]
        await pilot.pause()
        assert app.is_running, "the kiosk stopped on an ordinary key"
        assert len(app.screen_stack) >= 2
    return app


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(stap, min_size=40, max_size=120))
def test_willekeurige_toetsen_en_klikken(stappen: list[tuple[str, object]]) -> None:
    asyncio.run(_speel(stappen))
