"""Switchwijzer: from dagbesteding to paid work, explained in plain Dutch."""

__version__ = "0.1.0"
