"""Printing the answer: "Mijn overzicht" as a PDF. Lays out the answer model; no textual import."""

from switchwijzer.afdruk.bestand import Schrijffout, als_pdf_pad, bestandsnaam, schrijf_atomisch, standaard_map
from switchwijzer.afdruk.lettertype import LettertypeOntbreekt
from switchwijzer.afdruk.pdf import bewaar_pdf, maak_pdf

__all__ = [
    "LettertypeOntbreekt", "Schrijffout", "als_pdf_pad", "bestandsnaam", "bewaar_pdf", "maak_pdf", "schrijf_atomisch",
    "standaard_map",
]
