"""Synthetic sentence planning boards for the demo profile (issue 10 point 5).

About a third of the planned prisoners get a board: a scheduled one (in the next few weeks, with some
departments and the offender manager invited, attendance partly known) and, for some, a held board in
the past with its signed record. Invitations here send no contribution requests (those belong to issue
9's demo data); the board screen therefore shows the five departments that sent nothing, as inspectors
found (seed 3.31). Everything is marked as demo data ("(demo)" after names, and the record's note).
Each case draws from its own random stream seeded by its NOMS number, so a demo run is repeatable.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Final, Protocol

from workbench.casework.demo_draw import DrawnCase
from workbench.domain.plan import Department
from workbench.domain.reviews import (
    AttendanceMode,
    BoardKind,
    BoardStatus,
    ParticipantRole,
    ReviewTaskStatus,
    TriggerKind,
    review_task_id,
)
from workbench.store.ids import new_id
from workbench.store.review_models import Board, BoardInvitee, BoardRecord, ReviewTask
from workbench.store.unit_of_work import UnitOfWork

ENTITIES: Final = frozenset({"board", "board_invitee", "board_record", "review_task"})
DEMO_NOTE: Final = "Demo board (synthetic data)."
_ROOMS: Final = ("OMU meeting room (demo)", "Wing office (demo)", "Video link suite (demo)")
_TIMES: Final = ("09:30", "10:30", "14:00", "15:00")
_DEPARTMENTS: Final = (
    Department.WING,
    Department.EDUCATION,
    Department.SUBSTANCE_MISUSE,
    Department.HEALTHCARE,
    Department.SECURITY,
    Department.PSYCHOLOGY,
    Department.RESETTLEMENT,
)


class _Person(Protocol):
    @property
    def user_id(self) -> str: ...
    @property
    def display_name(self) -> str: ...


def _working_day(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def add_demo_boards(
    uow: UnitOfWork,
    cases: Sequence[tuple[str, DrawnCase]],
    planned: Mapping[str, tuple[str, ...]],
    manager: _Person,
    today: date,
) -> list[str]:
    """Write boards for about a third of the planned prisoners; return the ids of those given one."""
    boards: list[dict[str, Any]] = []
    invitees: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    chair = f"{manager.display_name} (demo)"
    given: list[str] = []
    for pid, c in cases:
        if pid not in planned:
            continue
        rng = random.Random(f"board:{c.noms}")
        if rng.random() >= 0.35:
            continue
        given.append(pid)
        release = min((d for d in (c.ped, c.crd, c.tariff) if d is not None and d >= today), default=None)
        near_release = release is not None and release <= today + timedelta(days=183)
        if rng.random() < 0.5:  # a board already held, with its signed record
            held_on = _working_day(today - timedelta(days=rng.randint(20, 150)))
            next_review = held_on + timedelta(days=182)
            board_id = new_id()
            boards.append(
                {
                    "id": board_id,
                    "prisoner_id": pid,
                    "kind": BoardKind.INITIAL.value,
                    "scheduled_on": held_on,
                    "scheduled_time": rng.choice(_TIMES),
                    "location": rng.choice(_ROOMS),
                    "chair_name": chair,
                    "status": BoardStatus.HELD.value,
                    "scheduled_by_name": chair,
                }
            )
            came = rng.sample(_DEPARTMENTS[:5], k=rng.randint(1, 3))
            attendance = [{"role": "PRISONER", "department": "", "name": "", "mode": "IN_PERSON"}]
            for d in came:
                mode = rng.choice(
                    (AttendanceMode.IN_PERSON, AttendanceMode.WRITTEN, AttendanceMode.PHONE)
                ).value
                invitees.append(
                    {
                        "prisoner_id": pid,
                        "board_id": board_id,
                        "role": ParticipantRole.DEPARTMENT.value,
                        "department": d.value,
                        "attendance": mode,
                    }
                )
                attendance.append({"role": "DEPARTMENT", "department": d.value, "name": "", "mode": mode})
            decisions = [
                {"kind": "NOTE", "text": DEMO_NOTE, "ref": f"board:{board_id}"},
                {
                    "kind": "NEXT_REVIEW",
                    "text": "",
                    "on": next_review.isoformat(),
                    "ref": f"board:{board_id}",
                },
            ]
            records.append(
                {
                    "prisoner_id": pid,
                    "board_id": board_id,
                    "held_on": held_on,
                    "attendance": json.dumps(attendance),
                    "decisions": json.dumps(decisions),
                    "prisoner_views": "Agrees with the plan (demo).",
                    "next_review_on": next_review,
                    "signed_at": datetime.combine(held_on, time(16, 0)),
                    "signed_by_id": manager.user_id,
                    "signed_by_name": chair,
                }
            )
            tasks.append(
                {
                    "id": review_task_id(pid, TriggerKind.ARMED.value, f"board:{board_id}"),
                    "prisoner_id": pid,
                    "trigger": TriggerKind.ARMED.value,
                    "source_key": f"board:{board_id}",
                    "explanation": f"The sentence planning board of {held_on:%d/%m/%Y} set the next review "
                    f"for {next_review:%d/%m/%Y} (demo).",
                    "raised_on": held_on,
                    "due_on": next_review,
                    "status": ReviewTaskStatus.OPEN.value,
                }
            )
        # And a board to come.
        on = _working_day(today + timedelta(days=rng.randint(3, 35)))
        board_id = new_id()
        kind = BoardKind.PRE_RELEASE if near_release else BoardKind.REVIEW
        boards.append(
            {
                "id": board_id,
                "prisoner_id": pid,
                "kind": kind.value,
                "scheduled_on": on,
                "scheduled_time": rng.choice(_TIMES),
                "location": rng.choice(_ROOMS),
                "chair_name": chair,
                "status": BoardStatus.SCHEDULED.value,
                "scheduled_by_name": chair,
            }
        )
        for d in rng.sample(_DEPARTMENTS, k=rng.randint(1, 4)):
            mode = rng.choice((AttendanceMode.UNKNOWN, AttendanceMode.IN_PERSON, AttendanceMode.VIDEO))
            invitees.append(
                {
                    "prisoner_id": pid,
                    "board_id": board_id,
                    "role": ParticipantRole.DEPARTMENT.value,
                    "department": d.value,
                    "attendance": mode.value,
                }
            )
        if c.om is not None and rng.random() < 0.7:
            invitees.append(
                {
                    "prisoner_id": pid,
                    "board_id": board_id,
                    "role": ParticipantRole.OFFENDER_MANAGER.value,
                    "name": c.om[0],
                    "attendance": AttendanceMode.PHONE.value,
                }
            )
    # Boards before their invitees and records (store/registry.py order).
    uow.add_many(Board, boards, "board.scheduled")
    uow.add_many(BoardInvitee, invitees, "board.invited")
    uow.add_many(BoardRecord, records, "board_record.signed")
    uow.add_many(ReviewTask, tasks, "review_task.armed")
    return given
