"""Redraw a part of the screen in place: change only the texts and the chart that differ.

Recomposing a whole tab after − / + (new widgets, new styles, a new layout) takes far longer than the calculation.
`werk_bij` compares the widgets a fresh `compose()` would give with the ones on the screen, level by level:

1. widgets that show the same thing (same kind, id, classes and content) stay as they are;
2. between those, widgets of the same kind, id and classes keep their place and get the new content (a text, a
   label, the lines of the chart);
3. only what is left is new or gone: a sentence that appears is mounted in its place, one that disappears is
   removed.

So the scroll position, the focus and which parts are open all stay, and what is shown is exactly what a fresh
`compose()` shows.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

from textual.await_remove import AwaitRemove
from textual.compose import compose
from textual.containers import Horizontal, Vertical
from textual.widget import AwaitMount, Widget
from textual.widgets import Button, Collapsible, Static

Wachten = list[AwaitMount | AwaitRemove]


async def werk_bij(ouder: Widget) -> None:
    """Bring the children of `ouder` in line with what its `compose()` gives now, and wait until the widgets that
    were added or removed are in place (the screen is not drawn in between)."""
    wachten: Wachten = []
    with ouder.app.batch_update():
        _verzoen(ouder, _op_scherm(ouder), compose(ouder), wachten)
        for klus in wachten:
            await klus


def _kinderen(widget: Widget) -> list[Widget]:
    """The children a new, not yet mounted container will get."""
    if isinstance(widget, Collapsible):
        return list(widget._contents_list)
    return list(widget._pending_children)


def _binnen(widget: Widget) -> Widget:
    """The widget that holds the children (a Collapsible keeps them in its Contents)."""
    if isinstance(widget, Collapsible):
        return widget.query_one(Collapsible.Contents)
    return widget


def _op_scherm(widget: Widget) -> list[Widget]:
    """The children on the screen, without those that are already on their way out."""
    return [kind for kind in _binnen(widget).children if not kind._pruning]


def _vorm(widget: Widget) -> Hashable:
    """Kind, id and classes; not the classes a widget sets on itself for its state (`-collapsed`, `-active`), so
    a part that was opened stays open."""
    return type(widget), widget.id, frozenset(klasse for klasse in widget.classes if not klasse.startswith("-"))


def _inhoud(widget: Widget) -> Hashable:
    """What a text, a button or a title shows; None for the rest (containers and the chart are compared inside)."""
    if isinstance(widget, Button):
        return str(widget.label), widget.disabled
    if isinstance(widget, Collapsible):
        return widget.title
    if isinstance(widget, Static):
        inhoud = widget.content
        return inhoud if isinstance(inhoud, str) else id(inhoud)
    return None


def _verzoen(ouder: Widget, oud: Sequence[Widget], nieuw: Sequence[Widget], wachten: Wachten) -> None:
    """Step 1: keep what shows the same; hand each stretch in between to step 2."""
    gelijk = SequenceMatcher(None, [(_vorm(w), _inhoud(w)) for w in oud], [(_vorm(w), _inhoud(w)) for w in nieuw],
                             autojunk=False)
    for soort, i1, i2, j1, j2 in gelijk.get_opcodes():
        if soort == "equal":
            for o, n in zip(oud[i1:i2], nieuw[j1:j2], strict=True):
                _werk_widget_bij(ouder, o, n, wachten)  # the same content; a container may differ inside
        else:
            volgende = oud[i2] if i2 < len(oud) else None
            _verzoen_stuk(ouder, oud[i1:i2], nieuw[j1:j2], volgende, wachten)


def _verzoen_stuk(ouder: Widget, oud: Sequence[Widget], nieuw: Sequence[Widget], volgende: Widget | None,
                  wachten: Wachten) -> None:
    """Step 2 and 3 for one stretch: same shape gets the new content; the rest is mounted or removed."""
    vorm = SequenceMatcher(None, [_vorm(w) for w in oud], [_vorm(w) for w in nieuw], autojunk=False)
    for soort, i1, i2, j1, j2 in vorm.get_opcodes():
        if soort == "equal":
            for o, n in zip(oud[i1:i2], nieuw[j1:j2], strict=True):
                _werk_widget_bij(ouder, o, n, wachten)
        else:
            _vervang(ouder, oud[i1:i2], nieuw[j1:j2], oud[i2] if i2 < len(oud) else volgende, wachten)


def _vervang(ouder: Widget, weg: Sequence[Widget], erbij: Sequence[Widget], voor: Widget | None,
             wachten: Wachten) -> None:
    """Remove `weg` and mount `erbij` in their place (before `voor`, or at the end)."""
    binnen = _binnen(ouder)
    if erbij:
        wachten.append(binnen.mount(*erbij, before=voor) if voor is not None else binnen.mount(*erbij))
    for widget in weg:
        widget.display = False  # gone from the layout at once, while it is taken down
        wachten.append(widget.remove())


def _werk_widget_bij(ouder: Widget, o: Widget, n: Widget, wachten: Wachten) -> None:
    """Give `o` (on the screen) what `n` (new, same kind, id and classes) shows; replace it if that cannot be done."""
    if hasattr(o, "bijwerken"):
        if o.kan_bijwerken(n):  # type: ignore[attr-defined]  # a widget with `bijwerken` has `kan_bijwerken` too
            o.bijwerken(n)
            return
    elif isinstance(o, Button):
        assert isinstance(n, Button)
        if o.label != n.label:
            o.label = n.label
        o.disabled = n.disabled
        return
    elif isinstance(o, Static):
        assert isinstance(n, Static)
        if o.content != n.content:
            o.update(n.content)
        if hasattr(n, "platte_tekst"):
            o.platte_tekst = n.platte_tekst  # type: ignore[attr-defined]  # an Uitleg's own text, checked just above
        return
    elif isinstance(o, Horizontal | Vertical | Collapsible):
        if isinstance(o, Collapsible) and isinstance(n, Collapsible) and o.title != n.title:
            o.title = n.title
        _verzoen(o, _op_scherm(o), _kinderen(n), wachten)
        return
    _vervang(ouder, [o], [n], o, wachten)  # a kind of widget we cannot update in place
