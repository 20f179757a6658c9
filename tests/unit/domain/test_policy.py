from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from workbench.domain.errors import ValidationErrors
from workbench.domain.policy import TABLES, Policy

SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "policy.toml"


def test_defaults_are_the_national_standards() -> None:
    assert Policy() == Policy(
        os_allocation_working_days=2,
        first_contact_working_days=10,
        om_allocation_weeks_short=8,
        om_allocation_weeks_long=16,
        short_sentence_threshold_years=2,
        review_interval_months=12,
        idle_lock_minutes=10,
        sign_in_free_attempts=3,
        sign_in_delay_seconds=30,
        sign_in_lockout_failures=10,
        sign_in_lockout_minutes=30,
        lock_screen_attempts=5,
        outbox_retention_days=90,
        lor_assessment_max_age_months=12,
    )


def test_tables_cover_every_policy_field_once() -> None:
    listed = [key for keys in TABLES.values() for key in keys]
    assert sorted(listed) == sorted(f.name for f in dataclasses.fields(Policy))
    assert len(listed) == len(set(listed))


def test_shipped_policy_toml_is_exactly_the_defaults() -> None:
    with SHIPPED.open("rb") as f:
        data = tomllib.load(f)
    # Every setting is written out (so the file documents them all), and each equals the default.
    assert data == Policy().to_mapping()
    assert Policy.from_mapping(data) == Policy()


def test_shipped_policy_toml_comments_each_setting_with_a_source() -> None:
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.startswith("#"):
            assert lines[i - 1].startswith("#"), f"{line!r} has no comment giving its source"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, Policy()),
        ({"timescales": {}}, Policy()),
        ({"timescales": {"os_allocation_working_days": 3}}, Policy(os_allocation_working_days=3)),
        ({"security": {"idle_lock_minutes": 0}}, Policy(idle_lock_minutes=0)),
        (
            {"sync": {"outbox_retention_days": 30}, "assessment": {"lor_assessment_max_age_months": 6}},
            Policy(outbox_retention_days=30, lor_assessment_max_age_months=6),
        ),
        (
            {"timescales": {"om_allocation_weeks_short": 16, "om_allocation_weeks_long": 16}},
            Policy(om_allocation_weeks_short=16),
        ),
    ],
)
def test_from_mapping_reads_values_and_defaults_the_rest(data: dict[str, object], expected: Policy) -> None:
    assert Policy.from_mapping(data) == expected


@pytest.mark.parametrize(
    ("data", "field", "code", "message"),
    [
        (
            {"timescales": {"os_allocation_working_days": "two"}},
            "timescales.os_allocation_working_days",
            "POLICY_BAD_VALUE",
            "policy.toml: timescales.os_allocation_working_days must be a whole number ≥ 0, got 'two'",
        ),
        (
            {"timescales": {"first_contact_working_days": -1}},
            "timescales.first_contact_working_days",
            "POLICY_BAD_VALUE",
            "policy.toml: timescales.first_contact_working_days must be a whole number ≥ 0, got -1",
        ),
        (
            {"timescales": {"review_interval_months": 12.0}},
            "timescales.review_interval_months",
            "POLICY_BAD_VALUE",
            "policy.toml: timescales.review_interval_months must be a whole number ≥ 0, got 12.0",
        ),
        (
            {"security": {"idle_lock_minutes": True}},
            "security.idle_lock_minutes",
            "POLICY_BAD_VALUE",
            "policy.toml: security.idle_lock_minutes must be a whole number ≥ 0, got True",
        ),
        (
            {"timescales": {"os_allocation_days": 2}},
            "timescales.os_allocation_days",
            "POLICY_UNKNOWN_KEY",
            "policy.toml: unknown setting timescales.os_allocation_days; [timescales] holds "
            "os_allocation_working_days, first_contact_working_days, om_allocation_weeks_short, "
            "om_allocation_weeks_long, short_sentence_threshold_years, review_interval_months",
        ),
        (
            # A setting in the wrong table is unknown there, not silently accepted.
            {"security": {"outbox_retention_days": 90}},
            "security.outbox_retention_days",
            "POLICY_UNKNOWN_KEY",
            "policy.toml: unknown setting security.outbox_retention_days; [security] holds "
            "idle_lock_minutes, sign_in_free_attempts, sign_in_delay_seconds, sign_in_lockout_failures, "
            "sign_in_lockout_minutes, lock_screen_attempts",
        ),
        (
            {"timescale": {"os_allocation_working_days": 2}},
            "timescale",
            "POLICY_UNKNOWN_TABLE",
            "policy.toml: unknown table [timescale]; expected one of [timescales], [security], [sync], "
            "[assessment], [rosh], [contacts], [reviews]",
        ),
        (
            {"sync": 90},
            "sync",
            "POLICY_NOT_A_TABLE",
            "policy.toml: [sync] must be a table of settings, got 90",
        ),
        (
            {"timescales": {"om_allocation_weeks_short": 20}},
            "timescales.om_allocation_weeks_long",
            "POLICY_INCONSISTENT",
            "policy.toml: timescales.om_allocation_weeks_long (16) must not be less than "
            "timescales.om_allocation_weeks_short (20)",
        ),
    ],
)
def test_from_mapping_rejects_with_a_message_naming_the_key(
    data: dict[str, object], field: str, code: str, message: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        Policy.from_mapping(data)
    [error] = caught.value.errors
    assert (error.field, error.code, error.message) == (field, code, message)


def test_from_mapping_reports_every_problem_at_once() -> None:
    with pytest.raises(ValidationErrors) as caught:
        Policy.from_mapping(
            {
                "timescales": {"os_allocation_working_days": "two", "first_contact_working_days": -5},
                "security": {"idle_lock": 10},
                "extra": {},
            }
        )
    assert [e.field for e in caught.value.errors] == [
        "timescales.os_allocation_working_days",
        "timescales.first_contact_working_days",
        "security.idle_lock",
        "extra",
    ]


def test_policy_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Policy().idle_lock_minutes = 1  # type: ignore[misc]


@pytest.mark.parametrize("word", ["HIGH", "medium", " VERY_HIGH "])
def test_the_rmp_threshold_is_a_level_word(word: str) -> None:
    assert (
        Policy.from_mapping({"rosh": {"rmp_required_from": word}}).rmp_required_from == word.strip().upper()
    )


@pytest.mark.parametrize("value", ["HIGHEST", 3, True, ""])
def test_a_bad_rmp_threshold_is_refused_by_name(value: object) -> None:
    with pytest.raises(ValidationErrors) as caught:
        Policy.from_mapping({"rosh": {"rmp_required_from": value}})
    (error,) = caught.value.errors
    assert error.field == "rosh.rmp_required_from"
    assert "must be one of LOW, MEDIUM, HIGH, VERY_HIGH" in error.message
