"""Shared for the wizard tests: a fixed peildatum, no blinking cursor, no animations, helpers to answer."""

from __future__ import annotations

import os
from datetime import date

import pytest
from textual.widgets import Input

from switchwijzer import i18n

PEILDATUM = date(2026, 3, 1)
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(autouse=True)
def _vast(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    i18n.zet_taal("nl")
    yield
    i18n.zet_taal("nl")
