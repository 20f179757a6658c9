"""NOMS (prison) numbers: normalise what a user typed and explain precisely what is wrong with it.

A NOMS number is one letter, four digits and two letters, e.g. ``A1234BC`` (the format every
prison record uses). Messages name the mistake and the position so a user can fix it in one go.
"""

from __future__ import annotations

import re
import string
from typing import Final

from workbench.domain.errors import ValidationError

NOMS_PATTERN: Final = re.compile(r"[A-Z][0-9]{4}[A-Z]{2}", re.ASCII)
"""One letter, four digits, two letters (``A1234BC``); use ``fullmatch`` on a normalised number."""

NOMS_LENGTH: Final = 7
FIELD: Final = "noms_number"

_LETTERS: Final = frozenset(string.ascii_uppercase)
_DIGITS: Final = frozenset(string.digits)
_ALLOWED: Final = _LETTERS | _DIGITS
_EXAMPLE: Final = "for example A1234BC"
_ORDINALS: Final = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
# Letters people type for look-alike digits and the other way round; used only to add a hint.
_DIGIT_LOOKALIKES: Final = {"O": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"}
_LETTER_LOOKALIKES: Final = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"}


def _problem(raw: str) -> tuple[str, str, str | None]:
    """Return ``(normalised, message, code)``; code is None when the number is valid."""
    text = raw.strip()
    if not text:
        return text, f"Enter the NOMS number, {_EXAMPLE}.", "NOMS_EMPTY"
    # Checked before upper-casing: str.upper() maps some non-ASCII letters to ASCII ones
    # (dotless 'ı' → 'I') and some to two letters ('ß' → 'SS'), which would hide the real mistake.
    if any(c.isspace() for c in text):
        return (
            text,
            f"Remove the spaces from the NOMS number: it is {NOMS_LENGTH} characters with no spaces, "
            f"{_EXAMPLE}.",
            "NOMS_SPACES",
        )
    text_upper = text.upper() if text.isascii() else text
    for position, char in enumerate(text_upper, start=1):
        if char not in _ALLOWED:
            return (
                text_upper,
                f"A NOMS number contains only letters A–Z and digits 0–9; remove '{char}' "
                f"(character {position}).",
                "NOMS_CHARACTERS",
            )
    text = text_upper
    if len(text) != NOMS_LENGTH:
        given = len(text)
        plural = "" if given == 1 else "s"
        return (
            text,
            f"A NOMS number has {NOMS_LENGTH} characters, {_EXAMPLE}; you entered {given} character{plural}.",
            "NOMS_LENGTH",
        )
    first = text[0]
    if first not in _LETTERS:
        hint = f" (did you mean '{_LETTER_LOOKALIKES[first]}'?)" if first in _LETTER_LOOKALIKES else ""
        return (
            text,
            f"The first character of a NOMS number must be a letter, {_EXAMPLE}; '{first}' is not a "
            f"letter{hint}.",
            "NOMS_FIRST_NOT_LETTER",
        )
    for position in range(2, 6):
        char = text[position - 1]
        if char not in _DIGITS:
            hint = f" (did you mean '{_DIGIT_LOOKALIKES[char]}'?)" if char in _DIGIT_LOOKALIKES else ""
            return (
                text,
                f"Characters 2 to 5 of a NOMS number must be digits, {_EXAMPLE}; the "
                f"{_ORDINALS[position - 1]} character is '{char}'{hint}.",
                "NOMS_DIGITS",
            )
    for position in (6, 7):
        char = text[position - 1]
        if char not in _LETTERS:
            hint = f" (did you mean '{_LETTER_LOOKALIKES[char]}'?)" if char in _LETTER_LOOKALIKES else ""
            return (
                text,
                f"The last two characters of a NOMS number must be letters, {_EXAMPLE}; the "
                f"{_ORDINALS[position - 1]} character is '{char}'{hint}.",
                "NOMS_SUFFIX",
            )
    return text, "", None


def normalise_noms_number(raw: str) -> str:
    """Strip and upper-case a NOMS number, raising a ValidationError that says how to fix it (A1234BC)."""
    candidate = raw.strip().upper()
    if raw.isascii() and NOMS_PATTERN.fullmatch(candidate):
        return candidate
    text, message, code = _problem(raw)
    if code is not None:
        raise ValidationError(message, field=FIELD, code=code)
    return text  # pragma: no cover - the fast path accepts every valid number


def noms_problem(raw: str) -> str | None:
    """The message for what is wrong with a NOMS number as typed so far, or None if it is valid."""
    _, message, code = _problem(raw)
    return message if code is not None else None
