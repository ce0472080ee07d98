"""Key bindings are declared with English msgids; this gives each screen their translation."""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from switchwijzer.i18n import _


def vertaal_bindings(node: DOMNode) -> None:
    """Replace the node's bindings by copies whose description and tooltip are in the current language."""
    bron = node._merged_bindings
    if bron is None:
        return
    nieuw = bron.copy()
    for toets, lijst in nieuw.key_to_bindings.items():
        nieuw.key_to_bindings[toets] = [
            replace(b, description=_(b.description) if b.description else "", tooltip=_(b.tooltip) if b.tooltip else "")
            for b in lijst
        ]
    node._bindings = nieuw
