"""The Textual wizard. Importing this package loads nothing from textual; `tui.app` does."""
