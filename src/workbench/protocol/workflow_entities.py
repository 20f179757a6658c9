"""The entities of the workflows that follow the assessments: the sentence plan (issue 9) and reviews
and boards (issue 10). Registered in ``protocol/entities.py`` (``ENTITIES``)."""

from __future__ import annotations

from typing import Final

from workbench.protocol.fields import (
    _COMMON,
    _DATE,
    _DATE_N,
    _DT,
    _DT_N,
    _TEXT,
    _UUID,
    _UUID_N,
    EntitySpec,
    FieldSpec,
    FieldType,
    SyncClass,
    _s,
)

_INT = FieldSpec(FieldType.INT)
_JSON = FieldSpec(FieldType.TEXT, False, 200_000)  # lists held whole as JSON


# -- sentence plan (issue 9; store/plan_models.py) -------------------------------------------------
# One plan per prisoner (its id is domain.plan.plan_id_for); objectives, actions, requirements and
# requests are class B (merged per field); contributions and issued versions are class A. Codes:
# domain.plan ("" where a value is not recorded yet).
_PHASES = {"NOW", "NEXT", "BEFORE_RELEASE", "ON_LICENCE"}
_OBJECTIVE_STATUSES = {"NOT_STARTED", "ONGOING", "FULLY_ACHIEVED", "NOT_ACHIEVED", "NO_LONGER_APPLICABLE"}
_ACTION_STATUSES = {"NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_DONE"}
_DEPARTMENTS = {
    "OMU",
    "EDUCATION",
    "SUBSTANCE_MISUSE",
    "HEALTHCARE",
    "PSYCHOLOGY",
    "CHAPLAINCY",
    "RESETTLEMENT",
    "SECURITY",
    "WING",
    "COMMUNITY",
}
_FREQUENCIES = {"", "WEEKLY", "FORTNIGHTLY", "MONTHLY", "EVERY_TWO_MONTHS", "QUARTERLY", "AT_REVIEWS_ONLY"}
_AVAILABILITY = {
    "DELIVERED",
    "PLANNED_HERE",
    "AFTER_TRANSFER",
    "ON_LICENCE",
    "VIA_ROTL",
    "NOT_RUN_HERE",
    "NOT_RUN_OFTEN_ENOUGH",
    "SUBSTITUTE_OFFERED",
}
_PLAN_TEXT = FieldSpec(FieldType.TEXT, False, 4_000)  # protocol.rules: one plan paragraph

PLAN_ENTITIES: Final[tuple[EntitySpec, ...]] = (
    EntitySpec(
        "sentence_plan",
        SyncClass.MERGED,
        {
            **_COMMON,
            "contact_frequency": _s(24, choices=_FREQUENCIES),
            "com_liaison": _s(24, choices=_FREQUENCIES),
            "next_review_on": _DATE_N,
            "responsivity": _PLAN_TEXT,
            "diversity_adjustments": _PLAN_TEXT,
            "involvement": _s(24, choices={"", "AGREES", "DISAGREES", "COULD_NOT_TAKE_PART"}),
            "involvement_reason": _PLAN_TEXT,
            "prisoner_comments": _PLAN_TEXT,
            "copy_given_on": _DATE_N,
            "need_reasons": _JSON,
            "started_by_name": _s(120),
        },
    ),
    EntitySpec(
        "plan_objective",
        SyncClass.MERGED,
        {
            **_COMMON,
            "plan_id": _UUID,
            "outcome": _PLAN_TEXT,
            "links": _JSON,
            "measure": _PLAN_TEXT,
            "phase": _s(16, choices=_PHASES),
            "position": _INT,
            "prerequisites": _JSON,
            "roh_tag": _s(16, choices={"", "CONSTRUCTIVE", "RESTRICTIVE"}),
            "status": _s(24, choices=_OBJECTIVE_STATUSES),
            "status_reason": _PLAN_TEXT,
            "source_department": _s(24, choices=_DEPARTMENTS),
            "contribution_id": _UUID_N,
            "created_by_name": _s(120),
        },
    ),
    EntitySpec(
        "plan_action",
        SyncClass.MERGED,
        {
            **_COMMON,
            "plan_id": _UUID,
            "objective_id": _UUID,
            "what": _PLAN_TEXT,
            "owner_role": _s(120),
            "owner_name": _s(120),
            "department": _s(24, choices=_DEPARTMENTS),
            "due_on": _DATE_N,
            "timescale": _s(120),
            "status": _s(16, choices=_ACTION_STATUSES),
            "position": _INT,
            "source_department": _s(24, choices=_DEPARTMENTS),
            "contribution_id": _UUID_N,
        },
    ),
    EntitySpec(
        "intervention_requirement",
        SyncClass.MERGED,
        {
            **_COMMON,
            "plan_id": _UUID,
            "objective_id": _UUID_N,
            "intervention_code": _s(40),
            "intervention_name": _s(200),
            "need": _s(64),
            "availability": _s(24, choices=_AVAILABILITY),
            "planned_on": _DATE_N,
            "reason": _PLAN_TEXT,
            "substitute": _PLAN_TEXT,
            "establishment_code": _s(8),
            "recorded_by_name": _s(120),
        },
    ),
    EntitySpec(
        "transfer_request",
        SyncClass.MERGED,
        {
            **_COMMON,
            "requirement_id": _UUID_N,
            "destination": _s(120),
            "status": _s(16, choices={"REQUESTED", "PLANNED", "COMPLETED", "NOT_PROGRESSED"}),
            "status_on": _DATE,
            "reason": _PLAN_TEXT,
            "requested_by_name": _s(120),
        },
    ),
    EntitySpec(
        "contribution_request",
        SyncClass.MERGED,
        {
            **_COMMON,
            "plan_id": _UUID,
            "department": _s(24, choices=_DEPARTMENTS),
            "due_on": _DATE,
            "note": _PLAN_TEXT,
            "status": _s(16, choices={"REQUESTED", "RECEIVED", "MERGED", "WITHDRAWN"}),
            "requested_on": _DATE,
            "requested_by_id": _UUID,
            "requested_by_name": _s(120),
            "status_note": _PLAN_TEXT,
        },
    ),
    EntitySpec(
        "contribution",
        SyncClass.APPEND_ONLY,
        {
            **_COMMON,
            "request_id": _UUID_N,
            "department": _s(24, choices=_DEPARTMENTS),
            "summary": _TEXT,
            "proposals": _JSON,
            "author_id": _UUID,
            "author_name": _s(120),
            "written_at": _DT,
            "supersedes_id": _UUID_N,
        },
    ),
    EntitySpec(
        "plan_version",
        SyncClass.APPEND_ONLY,
        {
            **_COMMON,
            "plan_id": _UUID,
            "version_no": _INT,
            "reason": _s(24, choices={"INITIAL", "INTERIM", "REVIEW", "TRANSFER", "BOARD_DECISION"}),
            "reason_note": _PLAN_TEXT,
            "snapshot": _JSON,
            "issued_at": _DT,
            "issued_by_id": _UUID,
            "issued_by_name": _s(120),
        },
    ),
)


# -- reviews and boards (issue 10; store/review_models.py) -------------------------------------------
# Review tasks (one per reason, deterministic id) and boards with their invitees are class B; a review is
# a class C draft then a class A signed record; what a board decided is a class A record. Codes:
# domain.reviews.
_TRIGGERS = {
    "ANNUAL",
    "ROSH_CHANGED",
    "LIKELIHOOD_CHANGED",
    "TRANSFER_IN",
    "OBJECTIVE_ACHIEVED",
    "OBJECTIVE_ABANDONED",
    "INTERVENTION_STARTED",
    "INTERVENTION_COMPLETED",
    "INTERVENTION_NOT_AVAILABLE",
    "NEW_NEED",
    "NEW_REFERRAL",
    "OM_CHANGED",
    "OS_CHANGED",
    "CATEGORISATION",
    "OPEN_CONDITIONS",
    "PAROLE",
    "HDC",
    "RELEASE_DECISION",
    "MAPPA_PRE_RELEASE",
    "OFFENCE_PARALLELING",
    "HANDOVER_APPROACHING",
    "ARMED",
}
_ATTENDANCE = {"IN_PERSON", "PHONE", "VIDEO", "WRITTEN", "NOT_ATTENDING", "UNKNOWN"}
_REVIEW_TEXT = FieldSpec(FieldType.TEXT, False, 4_000)


def _review_fields(status: str) -> dict[str, FieldSpec]:
    """Fields of a review; ``status`` is DRAFT (class C) or SIGNED (class A)."""
    return {
        **_COMMON,
        "status": _s(12, choices={status}),
        "author_id": _UUID,
        "author_name": _s(120),
        "supersedes_id": _UUID_N,
        "board_id": _UUID_N,
        "review_date": _DATE_N,
        "participants": _JSON,
        "progress": _JSON,
        "plan_changes": _REVIEW_TEXT,
        "rmp_changes": _REVIEW_TEXT,
        "no_change_reason": _REVIEW_TEXT,
        "next_review_on": _DATE_N,
        "armed": _JSON,
        "answers_task_ids": _JSON,
        "signed_at": _DT_N,
        "signed_by_id": _UUID_N,
        "signed_by_name": _s(120, nullable=True),
    }


REVIEW_ENTITIES: Final[tuple[EntitySpec, ...]] = (
    EntitySpec(
        "review_task",
        SyncClass.MERGED,
        {
            **_COMMON,
            "trigger": _s(32, choices=_TRIGGERS),
            "source_event_id": _UUID_N,
            "source_key": _s(64),
            "explanation": _REVIEW_TEXT,
            "raised_on": _DATE,
            "due_on": _DATE,
            "status": _s(12, choices={"OPEN", "SNOOZED", "DONE", "CANCELLED"}),
            "snoozed_until": _DATE_N,
            "snooze_reason": _REVIEW_TEXT,
            "closed_by_review_id": _UUID_N,
            "closed_on": _DATE_N,
        },
    ),
    EntitySpec("review_draft", SyncClass.DRAFT, _review_fields("DRAFT"), owner_field="author_id"),
    EntitySpec("review", SyncClass.APPEND_ONLY, _review_fields("SIGNED")),
    EntitySpec(
        "board",
        SyncClass.MERGED,
        {
            **_COMMON,
            "kind": _s(16, choices={"INITIAL", "REVIEW", "PRE_RELEASE", "POST_TRANSFER"}),
            "scheduled_on": _DATE,
            "scheduled_time": _s(5),
            "location": _s(120),
            "chair_name": _s(120),
            "status": _s(12, choices={"SCHEDULED", "HELD", "CANCELLED"}),
            "status_reason": _REVIEW_TEXT,
            "scheduled_by_name": _s(120),
        },
    ),
    EntitySpec(
        "board_invitee",
        SyncClass.MERGED,
        {
            **_COMMON,
            "board_id": _UUID,
            "role": _s(24, choices={"PRISONER", "SUPERVISOR", "OFFENDER_MANAGER", "DEPARTMENT", "OTHER"}),
            "department": _s(24, choices={"", *_DEPARTMENTS}),
            "name": _s(120),
            "contribution_request_id": _UUID_N,
            "attendance": _s(16, choices=_ATTENDANCE),
        },
    ),
    EntitySpec(
        "board_record",
        SyncClass.APPEND_ONLY,
        {
            **_COMMON,
            "board_id": _UUID,
            "held_on": _DATE,
            "attendance": _JSON,
            "decisions": _JSON,
            "prisoner_views": _REVIEW_TEXT,
            "next_review_on": _DATE_N,
            "review_id": _UUID_N,
            "signed_at": _DT,
            "signed_by_id": _UUID,
            "signed_by_name": _s(120),
            "supersedes_id": _UUID_N,
        },
    ),
)
