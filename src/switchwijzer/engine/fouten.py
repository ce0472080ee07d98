"""Input errors that name the field they are about, for messages like `straks.uurloon: ...`."""

from __future__ import annotations


class VeldFout(ValueError):
    """A rule refuses a value; raised inside validation, so pydantic reports it as a value_error.

    `veld` is the dotted path of the field (`straks.uurloon`); `str()` is the Dutch explanation; `gegevens` holds
    the amounts it names (a screen words the message itself and formats them).
    """

    def __init__(self, veld: str, uitleg: str, **gegevens: object) -> None:
        self.veld = veld
        self.uitleg = uitleg
        self.gegevens = gegevens
        super().__init__(uitleg)

    def __str__(self) -> str:
        return self.uitleg
