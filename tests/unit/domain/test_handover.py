"""Handover to the community offender manager (issue 10 point 2): the rules of DESIGN.md section 4, as
tables. Dates are chosen to land on month ends, leap days and ties, where such rules go wrong."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.handover import (
    Handover,
    HandoverReason,
    Release,
    ReleaseDateKind,
    Responsibility,
    earliest_release,
    handover_date,
    handover_start_date,
    responsibility,
)

TODAY = date(2026, 12, 5)
D = date


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # indeterminate: TED if in the future
        ({"tariff": D(2028, 1, 1), "target_hearing": D(2027, 6, 1)}, ("TED", D(2028, 1, 1))),
        # ... else THD if in the future
        ({"tariff": D(2025, 1, 1), "target_hearing": D(2027, 6, 1)}, ("THD", D(2027, 6, 1))),
        ({"target_hearing": D(2027, 6, 1)}, ("THD", D(2027, 6, 1))),
        # ... else whichever is nearer today (both past)
        ({"tariff": D(2020, 1, 1), "target_hearing": D(2026, 1, 1)}, ("THD", D(2026, 1, 1))),
        ({"tariff": D(2026, 1, 1), "target_hearing": D(2020, 1, 1)}, ("TED", D(2026, 1, 1))),
        # ... TED on a tie; today itself is not in the future
        ({"tariff": TODAY, "target_hearing": TODAY}, ("TED", TODAY)),
        ({"tariff": D(2025, 12, 5)}, ("TED", D(2025, 12, 5))),
        ({}, None),
    ],
)
def test_earliest_release_indeterminate(kwargs: dict[str, date], expected: tuple[str, date] | None) -> None:
    got = earliest_release(TODAY, indeterminate=True, **kwargs)
    assert (None if got is None else (got.name, got.date)) == expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"ped": D(2028, 3, 1), "ard": D(2027, 1, 1), "crd": D(2026, 1, 1)}, ("PED", D(2028, 3, 1))),
        ({"ard": D(2027, 1, 1), "crd": D(2027, 2, 1)}, ("ARD", D(2027, 1, 1))),
        ({"ard": D(2027, 3, 1), "crd": D(2027, 2, 1)}, ("CRD", D(2027, 2, 1))),
        ({"ard": D(2027, 3, 1), "crd": D(2027, 3, 1)}, ("ARD", D(2027, 3, 1))),
        ({"crd": D(2027, 2, 1)}, ("CRD", D(2027, 2, 1))),
        ({"ard": D(2027, 2, 1)}, ("ARD", D(2027, 2, 1))),
        # the tariff and hearing dates do not count for a determinate sentence
        ({"tariff": D(2027, 2, 1)}, None),
    ],
)
def test_earliest_release_determinate(kwargs: dict[str, date], expected: tuple[str, date] | None) -> None:
    got = earliest_release(TODAY, indeterminate=False, **kwargs)
    assert (None if got is None else (got.name, got.date)) == expected


def test_a_release_kind_is_its_abbreviation() -> None:
    release = Release(ReleaseDateKind.PED, D(2028, 3, 14))
    assert release.name == "PED" and release.name.value == "PED"
    assert release.describe() == "parole eligibility date (PED) 14 Mar 2028"


def _handover(erd: date | None, **kw: object) -> tuple[date | None, str]:
    args: dict[str, object] = {
        "sentence_start": D(2024, 1, 10),
        "indeterminate": False,
        "determinate_parole": False,
        "open_conditions": False,
        "early_allocation": False,
    }
    args.update(kw)
    got = handover_date(earliest_release=erd, **args)  # type: ignore[arg-type]
    return got.date, got.reason.value


@pytest.mark.parametrize(
    ("erd", "kw", "expected"),
    [
        (D(2028, 5, 31), {"early_allocation": True}, (D(2027, 2, 28), "early_allocation")),
        # early allocation wins over everything, even a short sentence
        (D(2024, 6, 1), {"early_allocation": True}, (D(2023, 3, 1), "early_allocation")),
        (D(2028, 2, 29), {"indeterminate": True}, (D(2027, 2, 28), "indeterminate")),
        (
            D(2028, 2, 29),
            {"indeterminate": True, "open_conditions": True},
            (D(2027, 2, 28), "indeterminate_open"),
        ),
        # determinate, sentence start + 10 months >= ERD: the community at once
        (D(2024, 11, 10), {}, (None, "determinate_short")),
        (D(2024, 11, 9), {"determinate_parole": True}, (None, "determinate_short")),
        # one day later than start + 10 months: a date
        (D(2024, 11, 11), {}, (D(2024, 2, 26), "determinate")),
        (D(2028, 3, 31), {"determinate_parole": True}, (D(2027, 3, 31), "determinate_parole")),
        # 31 Oct − 8 months = 29 Feb (leap year), then − 14 days = 15 Feb
        (D(2028, 10, 31), {}, (D(2028, 2, 15), "determinate")),
        # 30 Oct 2027 − 8 months = 28 Feb 2027 (clamped), − 14 days = 14 Feb
        (D(2027, 10, 30), {}, (D(2027, 2, 14), "determinate")),
        (None, {}, (None, "determinate")),
        (None, {"indeterminate": True}, (None, "indeterminate")),
    ],
)
def test_handover_date(erd: date | None, kw: dict[str, object], expected: tuple[date | None, str]) -> None:
    assert _handover(erd, **kw) == expected


def test_the_handover_takes_a_release_or_a_date_and_says_why() -> None:
    release = Release(ReleaseDateKind.CRD, D(2028, 10, 31))
    by_release = handover_date(
        sentence_start=D(2025, 1, 1),
        earliest_release=release,
        indeterminate=False,
        determinate_parole=False,
        open_conditions=False,
        early_allocation=False,
    )
    assert by_release == Handover(D(2028, 2, 15), HandoverReason.DETERMINATE)
    assert by_release.reason == "determinate"
    assert by_release.describe() == (
        "Handover on 15 Feb 2028: determinate sentence: 8 months and 14 days before the earliest release."
    )
    short = Handover(None, HandoverReason.DETERMINATE_SHORT).describe()
    assert short.startswith("No handover date: less than 10 months")


@pytest.mark.parametrize(
    ("handover", "kw", "expected"),
    [
        (D(2027, 6, 1), {"indeterminate": False, "open_prison_rules_apply": True}, D(2027, 6, 1)),
        (D(2027, 6, 1), {"indeterminate": True, "open_prison_rules_apply": False}, D(2027, 6, 1)),
        # men's estate: arrival at the open prison, if earlier
        (
            D(2027, 6, 1),
            {"indeterminate": True, "open_prison_rules_apply": True, "open_prison_arrival": D(2026, 9, 1)},
            D(2026, 9, 1),
        ),
        (
            D(2027, 6, 1),
            {"indeterminate": True, "open_prison_rules_apply": True, "open_prison_arrival": D(2027, 9, 1)},
            D(2027, 6, 1),
        ),
        # ... the women's estate's date does not count for men
        (
            D(2027, 6, 1),
            {"indeterminate": True, "open_prison_rules_apply": True, "category_open_since": D(2026, 1, 1)},
            D(2027, 6, 1),
        ),
        # women's estate: the date the category became open
        (
            D(2027, 6, 1),
            {
                "indeterminate": True,
                "open_prison_rules_apply": True,
                "womens_estate": True,
                "category_open_since": D(2026, 1, 1),
                "open_prison_arrival": D(2025, 1, 1),
            },
            D(2026, 1, 1),
        ),
        # missing dates are ignored
        (
            None,
            {"indeterminate": True, "open_prison_rules_apply": True, "open_prison_arrival": D(2026, 9, 1)},
            D(2026, 9, 1),
        ),
        (None, {"indeterminate": True, "open_prison_rules_apply": True}, None),
        (None, {"indeterminate": False, "open_prison_rules_apply": False}, None),
    ],
)
def test_handover_start_date(handover: date | None, kw: dict[str, object], expected: date | None) -> None:
    args: dict[str, object] = {"womens_estate": False}
    args.update(kw)
    assert handover_start_date(handover, **args) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("today", "handover", "start", "expected"),
    [
        (D(2026, 1, 1), None, None, "COMMUNITY"),
        (D(2026, 1, 1), None, D(2025, 1, 1), "COMMUNITY"),
        (D(2026, 1, 1), D(2027, 1, 1), D(2026, 6, 1), "CUSTODY_ONLY"),
        (D(2026, 6, 1), D(2027, 1, 1), D(2026, 6, 1), "CUSTODY_WITH_COM"),
        (D(2026, 12, 31), D(2027, 1, 1), D(2026, 6, 1), "CUSTODY_WITH_COM"),
        (D(2027, 1, 1), D(2027, 1, 1), D(2026, 6, 1), "COMMUNITY"),
        (D(2026, 12, 31), D(2027, 1, 1), None, "CUSTODY_ONLY"),
        (D(2027, 1, 1), D(2027, 1, 1), D(2027, 1, 1), "COMMUNITY"),
    ],
)
def test_responsibility(today: date, handover: date | None, start: date | None, expected: str) -> None:
    got = responsibility(today, handover, start)
    assert got == expected and got.value == expected
    assert got.label


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)), st.booleans(), st.booleans())
def test_the_handover_is_never_after_the_release(erd: date, parole: bool, early: bool) -> None:
    got = handover_date(
        sentence_start=D(1999, 1, 1),
        earliest_release=erd,
        indeterminate=False,
        determinate_parole=parole,
        open_conditions=False,
        early_allocation=early,
    )
    assert got.date is not None and got.date < erd
    assert responsibility(erd, got.date, got.date) is Responsibility.COMMUNITY
