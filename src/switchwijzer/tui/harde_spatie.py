"""A no-break space keeps its two sides on one line: "€ 231" and "24 uur" are never split at a line end.

babel puts a no-break space (U+00A0) between € and the amount. Rich, which Textual uses to wrap text, splits words
at every character Python's `\\s` matches, and that includes the no-break space: at 80 columns "Dat is €" ended a
line and "231 meer." began the next. This is a known Rich bug without a public setting (Textualize/rich issue 4196,
and the unmerged pull request 3990), so the word pattern of `rich._wrap` is replaced once, at the start of the app.
tests/tui/test_harde_spatie.py pins that Rich still wraps with that pattern; when Rich fixes it, this is harmless.
"""

from __future__ import annotations

import re

from rich import _wrap

HARDE_SPATIES = "\xa0\u202f\u2007"
"""No-break space, narrow no-break space, figure space: spaces a line never breaks at."""

WOORD = re.compile(rf"[^\S{HARDE_SPATIES}]*[\S{HARDE_SPATIES}]+[^\S{HARDE_SPATIES}]*")
"""Rich's word ("\\s*\\S+\\s*": spaces before, the word, spaces after), with the hard spaces inside the word."""


def houd_samen() -> None:
    _wrap.re_word = WOORD
