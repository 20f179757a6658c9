"""The text rule the terminal and the central record share (protocol/rules.py), table-tested.

Whatever ``clean_text`` leaves that ``text_problem`` accepts must be accepted by the central record's
validation too: that agreement is what keeps a change out of quarantine.
"""

from __future__ import annotations

import pytest

from workbench.central.validation import normalise_value
from workbench.protocol.entities import FieldSpec, FieldType
from workbench.protocol.rules import ConflictKind, clean_text, text_problem

DECOMPOSED_JOSE = "Jose\u0301"


@pytest.mark.parametrize(
    ("raw", "multiline", "cleaned"),
    [
        (DECOMPOSED_JOSE, False, "José"),
        ("line one\r\nline two\rline three", True, "line one\nline two\nline three"),
        ("Word\vparagraph\fbreak", True, "Word\nparagraph\nbreak"),  # pasted from Word
        ("a\u2028b\u2029c\x85d", True, "a\nb\nc\nd"),
        ("col1\tcol2", True, "col1 col2"),
        ("B wing\tcell 4\r\n", False, "B wing cell 4 "),
        ("two\nlines", False, "two lines"),
        ("nul\x00stays", True, "nul\x00stays"),  # never silently removed: text_problem names it
        ("half \ud800 pair", True, "half \ud800 pair"),
    ],
)
def test_clean_text(raw: str, multiline: bool, cleaned: str) -> None:
    assert clean_text(raw, multiline=multiline) == cleaned


@pytest.mark.parametrize(
    ("value", "multiline", "expected"),
    [
        ("Plain text, with punctuation — and é.", False, None),
        ("two\nlines\tand tab\r", True, None),
        ("two\nlines", False, "contains a line break (U+000A) at character 4"),
        ("a\x00b", True, "contains a NUL (U+0000) at character 2"),
        ("a\x0bb", True, "contains a vertical tab (U+000B) at character 2"),
        ("ab\x1b", True, "contains an escape (U+001B) at character 3"),
        ("\x7f", False, "contains a delete (U+007F) at character 1"),
        ("x\x01", False, "contains a control character (U+0001) at character 2"),
        ("ok \udc80", True, "contains a broken character (U+DC80, half of a pair) at character 4"),
    ],
)
def test_text_problem_names_the_character_and_where(
    value: str, multiline: bool, expected: str | None
) -> None:
    problem = text_problem(value, multiline=multiline)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and problem.startswith(expected)


PASTES = [
    "Seen on the wing.\r\n\tSettled.\vAsked about ETE.",
    DECOMPOSED_JOSE + "\u2029next",
    "tab\there",
    "form\ffeed",
]


@pytest.mark.parametrize("raw", PASTES)
@pytest.mark.parametrize("kind", [FieldType.STR, FieldType.TEXT])
def test_what_the_terminal_keeps_the_central_record_accepts(raw: str, kind: FieldType) -> None:
    cleaned = clean_text(raw, multiline=kind is FieldType.TEXT)
    assert text_problem(cleaned, multiline=kind is FieldType.TEXT) is None
    stored, message = normalise_value("summary", FieldSpec(kind, max_length=1000), cleaned)
    assert (stored, message) == (cleaned, None)


@pytest.mark.parametrize("raw", ["a\x00b", "bad \ud800"])
def test_what_the_terminal_refuses_the_central_record_refuses_with_the_same_words(raw: str) -> None:
    problem = text_problem(clean_text(raw, multiline=True), multiline=True)
    assert problem is not None
    assert normalise_value("summary", FieldSpec(FieldType.TEXT, max_length=1000), raw) == (None, problem)


def test_the_wire_conflict_kinds_are_the_messages_literal() -> None:
    from typing import get_args

    from workbench.protocol.messages import FieldConflict

    literal = FieldConflict.model_fields["kind"].annotation
    assert set(get_args(literal)) == {ConflictKind.FIELD.value, ConflictKind.DELETE_EDIT.value}
