"""Contact-log rules (issue 8 point 8): typed times, who reads restricted entries, the policy setting."""

from __future__ import annotations

import pytest

from workbench.domain.contacts import (
    LOG_KINDS,
    ContactKind,
    ContactTime,
    kind_label,
    may_read,
    parse_contact_time,
)
from workbench.domain.enums import UserRole
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.policy import Policy
from workbench.domain.sentence import FIRST_CONTACT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:30", ContactTime(14, 30)),
        (" 9:05 ", ContactTime(9, 5)),
        ("1430", ContactTime(14, 30)),
        ("14.30", ContactTime(14, 30)),
        ("00:00", ContactTime(0, 0)),
        ("23:59", ContactTime(23, 59)),
        ("", None),
        ("   ", None),
    ],
)
def test_typed_times(typed: str, expected: ContactTime | None) -> None:
    assert parse_contact_time(typed) == expected


@pytest.mark.parametrize("typed", ["24:00", "12:60", "noon", "2:30pm", "１４:３０", "1:2", "123456"])
def test_what_is_not_a_time_says_how_to_type_one(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_contact_time(typed)
    assert caught.value.field == "contact_time"
    assert caught.value.message.endswith("is not a time of day: type it on the 24-hour clock, e.g. 14:30.")


def test_time_is_stored_as_hh_mm() -> None:
    assert str(ContactTime(9, 5)) == "09:05"


def test_the_first_contact_kind_is_the_one_that_stops_the_clock() -> None:
    assert ContactKind.FIRST_CONTACT == FIRST_CONTACT
    assert ContactKind.FIRST_CONTACT not in LOG_KINDS
    assert all(len(k.value) <= 24 for k in ContactKind)  # contact_entry.kind is String(24)


def test_a_kind_this_terminal_does_not_know_is_shown_not_refused() -> None:
    assert kind_label("NOTE") == "Note"
    assert kind_label("RISK_MEETING") == "MAPPA / risk meeting minutes"


@pytest.mark.parametrize(
    ("restricted", "role", "is_author", "readable"),
    [
        (None, UserRole.CONTRIBUTOR, False, True),
        ("SECURITY", UserRole.MANAGER, False, True),
        ("SECURITY", UserRole.SUPERVISOR, False, False),
        ("PUBLIC_PROTECTION", UserRole.CONTRIBUTOR, False, False),
        ("PUBLIC_PROTECTION", UserRole.CONTRIBUTOR, True, True),
        ("SECURITY", UserRole.ADMIN, False, False),
    ],
)
def test_who_reads_a_restricted_entry(
    restricted: str | None, role: UserRole, is_author: bool, readable: bool
) -> None:
    assert may_read(restricted, role, is_author=is_author, visible_to=["MANAGER"]) is readable


def test_the_policy_names_roles_and_defaults_to_the_omu() -> None:
    assert Policy().restricted_visible_to == ("SUPERVISOR", "MANAGER")
    policy = Policy.from_mapping({"contacts": {"restricted_visible_to": ["MANAGER", "MANAGER"]}})
    assert policy.restricted_visible_to == ("MANAGER",)
    assert policy.to_mapping()["contacts"] == {"restricted_visible_to": ["MANAGER"]}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            ["MANAGER", "GOVERNOR"],
            "policy.toml: contacts.restricted_visible_to names unknown role(s) GOVERNOR; roles are "
            "SUPERVISOR, MANAGER, CONTRIBUTOR, ADMIN",
        ),
        (
            "MANAGER",
            "policy.toml: contacts.restricted_visible_to must be a list of role names (SUPERVISOR, MANAGER, "
            "CONTRIBUTOR, ADMIN), got 'MANAGER'",
        ),
    ],
)
def test_a_bad_role_list_is_refused_with_what_to_write(value: object, message: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        Policy.from_mapping({"contacts": {"restricted_visible_to": value}})
    assert [e.message for e in caught.value.errors] == [message]
