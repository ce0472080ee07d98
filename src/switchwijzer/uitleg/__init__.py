"""Turning an Uitkomst and a reader into B1 text. No textual import, so `bereken --tekst` stays light."""

from switchwijzer.uitleg.tekst import als_tekst

__all__ = ["als_tekst"]
