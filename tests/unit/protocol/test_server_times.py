"""Times the central record states are timezone-aware UTC on the wire (issue 11 point 4)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from workbench.protocol.messages import Grant, GrantRecord, ServerInfo

NAIVE = datetime(2026, 12, 4, 23, 30, 5)  # how the central record stores times (naive UTC)


def test_a_naive_server_time_goes_out_as_utc() -> None:
    info = ServerInfo(epoch="e" * 32, protocol_versions=["1"], server_time=NAIVE)
    assert json.loads(info.model_dump_json())["server_time"] == "2026-12-04T23:30:05Z"
    assert ServerInfo.model_validate_json(info.model_dump_json()).server_time.utcoffset() == timedelta(0)


def test_an_aware_time_in_another_zone_is_converted_to_utc() -> None:
    record = GrantRecord(
        grant_id=uuid.uuid4(),
        prisoner_id=uuid.uuid4(),
        establishment_code="LEI",
        expires_on=date(2026, 12, 11),
        reason="Parole hearing",
        granted_by=uuid.uuid4(),
        granted_at=datetime(2026, 12, 5, 0, 30, 5, tzinfo=timezone(timedelta(hours=1))),
    )
    assert json.loads(record.model_dump_json())["granted_at"] == "2026-12-04T23:30:05Z"


def test_granted_by_is_required() -> None:
    with pytest.raises(ValidationError, match="granted_by"):
        Grant.model_validate(
            {
                "prisoner_id": str(uuid.uuid4()),
                "establishment_code": "LEI",
                "expires_on": "2026-12-11",
                "reason": "x",
            }
        )
