"""Release date and the per-arrival clocks (domain/sentence.py), table-tested."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain.enums import SentenceType
from workbench.domain.sentence import first_contact_on, os_allocated_on, release_date

CRD, PED, TARIFF, SED = date(2030, 5, 1), date(2029, 1, 1), date(2031, 2, 3), date(2032, 6, 7)
D, IPP, LIFE = SentenceType.DETERMINATE, SentenceType.IPP, SentenceType.LIFE


@pytest.mark.parametrize(
    ("stype", "crd", "ped", "tariff", "sed", "expected"),
    [
        (None, CRD, PED, TARIFF, SED, (None, "")),
        (SentenceType.REMAND, CRD, PED, TARIFF, SED, (None, "")),
        (SentenceType.UNSENTENCED, CRD, None, None, None, (None, "")),
        (D, CRD, PED, None, SED, (CRD, "CRD")),
        (D, None, PED, None, SED, (SED, "SED")),
        (D, None, PED, TARIFF, None, (None, "")),  # a determinate sentence has no tariff
        (SentenceType.RECALL, CRD, None, None, SED, (CRD, "CRD")),
        (IPP, CRD, PED, TARIFF, SED, (TARIFF, "Tariff")),
        (IPP, CRD, PED, None, SED, (PED, "PED")),
        (LIFE, CRD, None, None, SED, (None, "")),  # CRD/SED never stand in for an indeterminate date
    ],
)
def test_release_date(
    stype: SentenceType | None,
    crd: date | None,
    ped: date | None,
    tariff: date | None,
    sed: date | None,
    expected: tuple[date | None, str],
) -> None:
    assert release_date(stype, crd, ped, tariff, sed) == expected


ARRIVED = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [
        ([], None),
        ([date(2026, 1, 5)], None),  # at an earlier stay: the clock is per arrival
        ([date(2026, 1, 5), date(2026, 3, 9), date(2026, 3, 4)], date(2026, 3, 4)),
        ([ARRIVED], ARRIVED),  # on the day of arrival counts
    ],
)
def test_first_contact_is_per_arrival(contacts: list[date], expected: date | None) -> None:
    assert first_contact_on(ARRIVED, contacts) == expected


@pytest.mark.parametrize(
    ("starts", "allocated_now", "expected"),
    [
        ([], False, None),
        ([], True, ARRIVED),  # allocated (e.g. kept over a transfer) without a start since arrival
        ([date(2026, 1, 1)], False, None),  # ended before this arrival
        ([date(2026, 1, 1)], True, ARRIVED),
        ([date(2026, 3, 10), date(2026, 3, 5)], True, date(2026, 3, 5)),
    ],
)
def test_os_allocated_on(starts: list[date], allocated_now: bool, expected: date | None) -> None:
    assert os_allocated_on(ARRIVED, starts, allocated_now=allocated_now) == expected
