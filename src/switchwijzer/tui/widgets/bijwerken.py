"""Redraw a part of the screen in place: change only the texts and the chart that differ.

Recomposing a whole tab after − / + (new widgets, new styles, a new layout) takes far longer than the calculation.
`werk_bij` compares the widgets a fresh `compose()` would give with the ones on the screen. When they have the
same shape (same kinds, ids and classes, in the same order), it changes the content of those that differ and keeps
the rest (and with them the scroll position, the focus and which parts are open). When the shape differs (a
sentence more or less), it says so and the caller recomposes. What is shown is the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.compose import compose
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Static


def werk_bij(ouder: Widget) -> bool:
    """Bring the children of `ouder` in line with what its `compose()` gives now; False when that needs new
    widgets (then nothing was changed)."""
    nieuw = compose(ouder)
    if not _zelfde_vorm(list(ouder.children), nieuw):
        return False
    _pas_aan(list(ouder.children), nieuw)
    return True


def _kinderen(widget: Widget) -> list[Widget]:
    """The children a new, not yet mounted container will get."""
    if isinstance(widget, Collapsible):
        return list(widget._contents_list)
    return list(widget._pending_children)


def _op_scherm(widget: Widget) -> list[Widget]:
    if isinstance(widget, Collapsible):
        return list(widget.query_one(Collapsible.Contents).children)
    return list(widget.children)


def _zelfde_vorm(oud: Sequence[Widget], nieuw: Sequence[Widget]) -> bool:
    if len(oud) != len(nieuw):
        return False
    for o, n in zip(oud, nieuw):
        if type(o) is not type(n) or o.id != n.id or set(o.classes) != set(n.classes):
            return False
        if hasattr(o, "kan_bijwerken"):
            if not o.kan_bijwerken(n):
                return False
        elif isinstance(o, Static | Button):
            continue
        elif isinstance(o, Horizontal | Vertical | Collapsible):
            if not _zelfde_vorm(_op_scherm(o), _kinderen(n)):
                return False
        else:
            return False  # a kind of widget we cannot update in place
    return True


def _pas_aan(oud: Sequence[Widget], nieuw: Sequence[Widget]) -> None:
    for o, n in zip(oud, nieuw):
        if hasattr(o, "bijwerken"):
            o.bijwerken(n)
        elif isinstance(o, Button):
            if o.label != n.label:
                o.label = n.label
            o.disabled = n.disabled
        elif isinstance(o, Static):
            if o.content != n.content:
                o.update(n.content)
            if hasattr(n, "platte_tekst"):
                o.platte_tekst = n.platte_tekst  # type: ignore[attr-defined]
        elif isinstance(o, Collapsible):
            if o.title != n.title:
                o.title = n.title
            _pas_aan(_op_scherm(o), _kinderen(n))
        else:
            _pas_aan(_op_scherm(o), _kinderen(n))
