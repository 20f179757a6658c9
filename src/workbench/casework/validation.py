"""Field rules shared by the services: cleaning typed text and checks that name their field.

Text is cleaned at this boundary, before anything is stored, with the rule the central record shares
(``workbench.protocol.rules``): NFC, pasted line breaks and tabs made plain; what cannot be stored
(NUL and other control characters, broken characters from a damaged paste) is refused here with a
message instead of sitting in quarantine later. Dates have the lower bounds of
``workbench.domain.dates``; typed numbers are ASCII digits only (``workbench.domain.text``).
Each ``check_*`` returns a ``ValidationError`` naming its field, or None.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from workbench.domain.dates import EARLIEST_CASE_DATE, too_early
from workbench.domain.errors import ValidationError
from workbench.domain.text import is_ascii_digits
from workbench.protocol.rules import clean_text, text_problem

MAX_NAME = 80
MAX_TEXT = 20_000

_NAME_PUNCTUATION = frozenset(" '-.")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})  # O’Brien typed in Word


def clean_line(value: str) -> str:
    """Single-line text as stored: NFC, line breaks and tabs as spaces, outer spaces removed."""
    return clean_text(value, multiline=False).strip()


def clean_paragraphs(value: str) -> str:
    """Multi-line text as stored: NFC, every kind of pasted line break as a newline, tabs as spaces."""
    return clean_text(value, multiline=True).strip()


def clean_name(value: str) -> str:
    """A person's name as stored: ``clean_line`` with typographic apostrophes made plain."""
    return clean_line(value).translate(_APOSTROPHES)


def _is_name(value: str) -> bool:
    """Letters (any script), combining marks, spaces, hyphens, apostrophes and full stops; starts with
    a letter."""
    if not value or not unicodedata.category(value[0]).startswith("L"):
        return False
    return all(unicodedata.category(c)[0] in "LM" or c in _NAME_PUNCTUATION for c in value)


def check_name(value: str, field: str, label: str) -> ValidationError | None:
    """A person's name: required, letters with spaces, hyphens and apostrophes, at most 80 characters.

    Checked as it will be stored (``clean_name``), so a decomposed "José" is the same as a composed one.
    """
    v = clean_name(value)
    if not v:
        return ValidationError(f"Enter the {label}.", field=field)
    if len(v) > MAX_NAME:
        return ValidationError(
            f"The {label} is {len(v)} characters; the most allowed is {MAX_NAME}.", field=field
        )
    problem = text_problem(v, multiline=False)
    if problem is not None:
        return ValidationError(f"The {label} {problem}.", field=field)
    if not _is_name(v):
        return ValidationError(
            f"The {label} can contain only letters, spaces, hyphens and apostrophes.", field=field
        )
    return None


def check_text(
    value: str,
    field: str,
    label: str,
    *,
    required: bool,
    limit: int = MAX_TEXT,
    multiline: bool = True,
) -> ValidationError | None:
    """Free text as it will be stored (``clean_paragraphs``, or ``clean_line`` when not ``multiline``):
    optionally required, never longer than ``limit`` characters, nothing that cannot be stored."""
    v = clean_paragraphs(value) if multiline else clean_line(value)
    if required and not v:
        return ValidationError(f"Enter the {label}.", field=field)
    if len(v) > limit:
        return ValidationError(
            f"The {label} is {len(v):,} characters; the most allowed is {limit:,}. Shorten it.", field=field
        )
    problem = text_problem(v, multiline=multiline)
    if problem is not None:
        return ValidationError(f"The {label} {problem}.", field=field)
    return None


def check_not_future(value: date | None, today: date, field: str, label: str) -> ValidationError | None:
    """A date that has happened: not after ``today``."""
    if value is not None and value > today:
        return ValidationError(f"The {label} ({value:%d %b %Y}) is in the future.", field=field)
    return None


def check_not_too_early(
    value: date | None, field: str, label: str, *, earliest: date = EARLIEST_CASE_DATE
) -> ValidationError | None:
    """A date not before ``earliest`` (by default no case-work date before 1950; see domain/dates.py)."""
    message = too_early(value, label, earliest=earliest)
    return ValidationError(message, field=field) if message else None


def parse_whole_number(text: str, field: str, label: str) -> int:
    """A whole number typed with the digits 0–9 (an optional leading minus), or a ``ValidationError``.

    ``int()`` alone also takes full-width and other scripts' digits, which then read back differently.
    """
    t = text.strip()
    digits = t[1:] if t.startswith("-") else t
    if not is_ascii_digits(digits):
        raise ValidationError(
            f"The {label} must be a whole number written with the digits 0 to 9, not {t!r}.", field=field
        )
    return int(t)
