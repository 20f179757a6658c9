"""Small pure rules about text that several layers need: the caseload search key and typed numbers."""

from __future__ import annotations

import re

_ASCII_DIGITS = re.compile(r"[0-9]+")


def search_key(family_name: str, given_name: str, noms_number: str) -> str:
    """What the caseload search box matches: names both ways round and the NOMS number, lower case.

    Written by reception and by sync when a pulled change renames a prisoner; one copy so both agree.
    """
    return f"{family_name} {given_name} {noms_number} {given_name} {family_name}".lower()


def is_ascii_digits(text: str) -> bool:
    """Whether ``text`` is one or more of the digits 0–9 and nothing else.

    Python's ``int()`` and ``str.isdigit()`` also accept full-width ("９９"), Arabic-Indic and other
    Unicode digits; a figure a person reads back on another screen must be the one they typed.
    """
    return _ASCII_DIGITS.fullmatch(text) is not None
