"""The caseload search key and ASCII-only numbers (domain/text.py)."""

from __future__ import annotations

import pytest

from workbench.domain.text import is_ascii_digits, search_key


def test_search_key_holds_both_name_orders_and_the_noms_number() -> None:
    key = search_key("Smith", "Alex", "A1234BC")
    assert key == "smith alex a1234bc alex smith"
    assert "alex smith" in key and "smith alex" in key


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("0", True),
        ("99", True),
        ("0123456789", True),
        ("", False),
        ("９９", False),  # full-width digits
        ("٩٩", False),  # Arabic-Indic digits
        ("²", False),  # superscript two: isdigit() says yes
        ("1 2", False),
        ("-1", False),
        ("1.5", False),
    ],
)
def test_is_ascii_digits(text: str, ok: bool) -> None:
    assert is_ascii_digits(text) is ok
