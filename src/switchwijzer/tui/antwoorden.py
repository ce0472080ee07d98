"""The answers of the wizard: kept in `switchwijzer.uitleg.antwoorden` (no Textual), so `switchwijzer bereken` can
turn a saved intake into a Situatie the same way the wizard does."""

from switchwijzer.uitleg.antwoorden import WEET_NIET, Antwoorden, AntwoordFout

__all__ = ["WEET_NIET", "AntwoordFout", "Antwoorden"]
