"""Our two themes: a calm default and a high-contrast one (Textual has none of its own)."""

from __future__ import annotations

from textual.theme import Theme

RUSTIG = Theme(
    name="switchwijzer",
    primary="#1F5FA8",
    secondary="#2E7D6B",
    accent="#B35C00",
    warning="#8A5A00",
    error="#B00020",
    success="#2E7D32",
    foreground="#1A1A1A",
    background="#F7F5F0",
    surface="#FFFFFF",
    panel="#E8E4DA",
    dark=False,
    # The accent (#B35C00) on the footer's panel is 3,7:1; keys in the footer need 4,5:1 (WCAG 2.1 AA).
    variables={"footer-key-foreground": "#8A4500"},
)

HOOG_CONTRAST = Theme(
    name="switchwijzer-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    warning="#FFFF00",
    error="#FF6060",
    success="#00FF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#FFFFFF",
    dark=True,
    variables={
        "border": "#FFFFFF",
        "block-cursor-background": "#FFFF00",
        "block-cursor-foreground": "#000000",
        "input-selection-background": "#FFFF00 50%",
        "link-color": "#FFFF00",
        "footer-key-foreground": "#FFFF00",
    },
)

THEMAS = (RUSTIG, HOOG_CONTRAST)
