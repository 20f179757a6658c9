from __future__ import annotations

import pytest

from workbench.domain.errors import ValidationError
from workbench.domain.noms import NOMS_PATTERN, noms_problem, normalise_noms_number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A1234BC", "A1234BC"),
        ("a1234bc", "A1234BC"),
        ("  a1234Bc\t", "A1234BC"),
        ("\nZ0000ZZ \n", "Z0000ZZ"),
        ("G9999AA", "G9999AA"),
    ],
)
def test_valid_numbers_are_normalised(raw: str, expected: str) -> None:
    assert normalise_noms_number(raw) == expected
    assert noms_problem(raw) is None


@pytest.mark.parametrize(
    ("raw", "code", "message"),
    [
        ("", "NOMS_EMPTY", "Enter the NOMS number, for example A1234BC."),
        ("   \t ", "NOMS_EMPTY", "Enter the NOMS number, for example A1234BC."),
        (
            "A1234 BC",
            "NOMS_SPACES",
            "Remove the spaces from the NOMS number: it is 7 characters with no spaces, for example A1234BC.",
        ),
        (
            "A\t1234BC",
            "NOMS_SPACES",
            "Remove the spaces from the NOMS number: it is 7 characters with no spaces, for example A1234BC.",
        ),
        (
            "A1234B",
            "NOMS_LENGTH",
            "A NOMS number has 7 characters, for example A1234BC; you entered 6 characters.",
        ),
        (
            "A12345BC",
            "NOMS_LENGTH",
            "A NOMS number has 7 characters, for example A1234BC; you entered 8 characters.",
        ),
        ("a", "NOMS_LENGTH", "A NOMS number has 7 characters, for example A1234BC; you entered 1 character."),
        (
            "11234BC",
            "NOMS_FIRST_NOT_LETTER",
            "The first character of a NOMS number must be a letter, for example A1234BC; '1' is not a letter "
            "(did you mean 'I'?).",
        ),
        (
            "01234BC",
            "NOMS_FIRST_NOT_LETTER",
            "The first character of a NOMS number must be a letter, for example A1234BC; '0' is not a letter "
            "(did you mean 'O'?).",
        ),
        (
            "71234BC",
            "NOMS_FIRST_NOT_LETTER",
            "The first character of a NOMS number must be a letter, for example A1234BC; '7' is not a "
            "letter.",
        ),
        (
            "AB234BC",
            "NOMS_DIGITS",
            "Characters 2 to 5 of a NOMS number must be digits, for example A1234BC; the second character "
            "is 'B' (did you mean '8'?).",
        ),
        (
            "A12o4BC",
            "NOMS_DIGITS",
            "Characters 2 to 5 of a NOMS number must be digits, for example A1234BC; the fourth character "
            "is 'O' (did you mean '0'?).",
        ),
        (
            "A123XBC",
            "NOMS_DIGITS",
            "Characters 2 to 5 of a NOMS number must be digits, for example A1234BC; the fifth character "
            "is 'X'.",
        ),
        (
            "A12345C",
            "NOMS_SUFFIX",
            "The last two characters of a NOMS number must be letters, for example A1234BC; the sixth "
            "character is '5' (did you mean 'S'?).",
        ),
        (
            "A1234B7",
            "NOMS_SUFFIX",
            "The last two characters of a NOMS number must be letters, for example A1234BC; the seventh "
            "character is '7'.",
        ),
        (
            "A1234-C",
            "NOMS_CHARACTERS",
            "A NOMS number contains only letters A–Z and digits 0–9; remove '-' (character 6).",
        ),
        # Non-ASCII: reported as such, not upper-cased into something that looks valid or changes length.
        (
            "A1234BÇ",
            "NOMS_CHARACTERS",
            "A NOMS number contains only letters A–Z and digits 0–9; remove 'Ç' (character 7).",
        ),
        (
            "A1234Bı",
            "NOMS_CHARACTERS",
            "A NOMS number contains only letters A–Z and digits 0–9; remove 'ı' (character 7).",
        ),
        (
            "A1234ß",
            "NOMS_CHARACTERS",
            "A NOMS number contains only letters A–Z and digits 0–9; remove 'ß' (character 6).",
        ),
        # Unicode digits pass str.isdigit() but are not NOMS digits.
        (
            "A12٣4BC",
            "NOMS_CHARACTERS",
            "A NOMS number contains only letters A–Z and digits 0–9; remove '٣' (character 4).",
        ),
        (
            "A1234BC\u00a0X",
            "NOMS_SPACES",
            "Remove the spaces from the NOMS number: it is 7 characters with no spaces, for example A1234BC.",
        ),
    ],
)
def test_each_mistake_has_its_own_message(raw: str, code: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_noms_number(raw)
    assert caught.value.code == code
    assert caught.value.field == "noms_number"
    assert caught.value.message == message
    assert noms_problem(raw) == message


@pytest.mark.parametrize(
    "raw",
    ["A1234BC", "a1234bc", "A1234B", "", "A1234 BC", "ı1234BC", "A1234BCD", "A1234B1"],
)
def test_noms_problem_agrees_with_normalise(raw: str) -> None:
    try:
        normalise_noms_number(raw)
    except ValidationError as e:
        assert noms_problem(raw) == e.message
    else:
        assert noms_problem(raw) is None


@pytest.mark.parametrize(
    ("text", "matches"),
    [("A1234BC", True), ("A1234bc", False), ("A1234BCD", False), ("1234ABC", False), ("A12٣4BC", False)],
)
def test_pattern_fullmatch(text: str, matches: bool) -> None:
    assert (NOMS_PATTERN.fullmatch(text) is not None) is matches
