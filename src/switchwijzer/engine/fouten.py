"""Input errors that name the field they are about, for messages like `straks.uurloon: ...`."""

from __future__ import annotations


class VeldFout(ValueError):
    """A rule refuses a value; raised inside validation, so pydantic reports it as a value_error.

    `veld` is the dotted path of the field (`straks.uurloon`); `str()` is the Dutch explanation.
    """

    def __init__(self, veld: str, uitleg: str) -> None:
        self.veld = veld
        self.uitleg = uitleg
        super().__init__(uitleg)

    def __str__(self) -> str:
        return self.uitleg
