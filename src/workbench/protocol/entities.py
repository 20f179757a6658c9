"""The registry of syncable entities: sync class and typed fields (DESIGN.md section 3).

An entity added later registers here once; the server validates every pushed field against this,
and a store test checks the terminal's ORM columns agree with it.

Classes: A append-only (never conflicts), B field-merged (three-way per field), C single-writer draft
(only its owner may write), D reference data (read-only for terminals).
"""

from __future__ import annotations

from typing import Final

from workbench.protocol.fields import (
    _BOOL,
    _BOOL_N,
    _COMMON,
    _DATE,
    _DATE_N,
    _DT,
    _DT_N,
    _INT_N,
    _TEXT,
    _TEXT_N,
    _UUID,
    _UUID_N,
    EntitySpec,
    FieldSpec,
    FieldType,
    SyncClass,
    _s,
)
from workbench.protocol.workflow_entities import PLAN_ENTITIES, REVIEW_ENTITIES

__all__ = ["ENTITIES", "EntitySpec", "FieldSpec", "FieldType", "SyncClass", "entity"]

_SENTENCE_TYPES = {"DETERMINATE", "IPP", "LIFE", "RECALL", "REMAND", "UNSENTENCED"}
_ROSH = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"}

_INT = FieldSpec(FieldType.INT)
_NEED_TEXT = FieldSpec(FieldType.TEXT, False, 4_000)  # domain.needs.MAX_TEXT_LENGTH
_JSON_LONG = FieldSpec(FieldType.TEXT, False, 200_000)  # a draft's needs: 11 sections x 2 texts of 4,000
_BANDS = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"}
_NEED_SECTIONS = {  # domain.needs.NeedSection, OASys sections 3–13
    "ACCOMMODATION",
    "EDUCATION_TRAINING_AND_EMPLOYABILITY",
    "FINANCIAL_MANAGEMENT_AND_INCOME",
    "RELATIONSHIPS",
    "LIFESTYLE_AND_ASSOCIATES",
    "DRUG_MISUSE",
    "ALCOHOL_MISUSE",
    "EMOTIONAL_WELL_BEING",
    "THINKING_AND_BEHAVIOUR",
    "ATTITUDES",
    "HEALTH_AND_OTHER",
}
_NEED_SEVERITIES = {"NO_NEED", "STANDARD", "SEVERE"}


def _lor_assessment_fields(status: str) -> dict[str, FieldSpec]:
    """Fields of a likelihood-of-reoffending assessment; ``status`` is DRAFT (class C) or COMPLETED (A)."""
    return {
        **_COMMON,
        "status": _s(12, choices={status}),
        "author_id": _UUID,
        "author_name": _s(120),
        "supersedes_id": _UUID_N,
        "gender": _s(8, choices={"MALE", "FEMALE"}),
        "date_of_birth": _DATE_N,
        "conviction_date": _DATE_N,
        "follow_up_start": _DATE_N,
        "total_sanctions": _INT_N,
        "age_at_first_sanction": _INT_N,
        "offence_group": _s(60, nullable=True),
        "ogrs3_one_year_pct": _INT_N,
        "ogrs3_two_year_pct": _INT_N,
        "ogrs3_band": _s(12, nullable=True, choices=_BANDS),
        "rsr_pct": _s(8, nullable=True),
        "rosh_level": _s(12, nullable=True, choices=_ROSH),
        "mappa_level": _INT_N,
        "complexity_factors": _TEXT,
        "iom": _BOOL,
        "parenting_responsibilities": _BOOL,
        "impulsivity_or_temper_problems": _BOOL,
        "previous_breach_or_recall": _BOOL,
        "has_mandate_for_change": _BOOL,
        "tier": _s(2, nullable=True),
        "tier_protect_points": _INT_N,
        "tier_change_points": _INT_N,
        "tier_reasons": _TEXT,
        "tier_missing": _TEXT,
        "tier_provisional": _BOOL,
        "draft_needs": _JSON_LONG,
        "draft_protective_factors": _TEXT,
        "no_protective_factors_note": _TEXT,
        "completion_warnings": _TEXT,
        "completed_at": _DT_N,
        "signed_by_id": _UUID_N,
        "signed_by_name": _s(120, nullable=True),
    }


# -- risk of harm (issue 8; store/rosh_models.py) -------------------------------------------------------
_LEVEL_N = _s(12, nullable=True, choices=_ROSH)
_JSON = FieldSpec(FieldType.TEXT, False, 200_000)  # answers, evidence and measures held whole as JSON


def _signable_fields(status: str) -> dict[str, FieldSpec]:
    """Authorship and signing fields of a screening, analysis or plan (DRAFT class C, COMPLETED A)."""
    return {
        **_COMMON,
        "status": _s(12, choices={status}),
        "author_id": _UUID,
        "author_name": _s(120),
        "supersedes_id": _UUID_N,
        "countersign_required": _BOOL,
        "completion_warnings": _TEXT,
        "completed_at": _DT_N,
        "signed_by_id": _UUID_N,
        "signed_by_name": _s(120, nullable=True),
    }


def _screening_fields(status: str) -> dict[str, FieldSpec]:
    return {
        **_signable_fields(status),
        "answers": _JSON,
        "sources": _TEXT,
        "notes": _TEXT,
        "assessor_requests": _BOOL,
        "analysis_required": _BOOL_N,
        "reasons": _TEXT,
        "sections": _TEXT,
    }


_GROUP_LEVELS = (
    "custody_children",
    "custody_public",
    "custody_known_adult",
    "custody_staff",
    "custody_prisoners",
    "community_children",
    "community_public",
    "community_known_adult",
    "community_staff",
)


def _analysis_fields(status: str) -> dict[str, FieldSpec]:
    return {
        **_signable_fields(status),
        "screening_id": _UUID_N,
        "sections": _TEXT,
        **dict.fromkeys(
            (
                "previous_offending",
                "current_offending",
                "who_is_at_risk",
                "nature_of_risk",
                "when_risk_greatest",
                "increases_risk",
                "decreases_risk",
                "protective_factors",
                "risk_to_children",
                "risk_to_self",
                "custody_risks",
            ),
            _TEXT,
        ),
        **dict.fromkeys(_GROUP_LEVELS, _LEVEL_N),
        "level_evidence": _JSON,
        "overall_level": _LEVEL_N,
        "child_protection_concerns": _BOOL,
    }


def _rmp_fields(status: str) -> dict[str, FieldSpec]:
    return {
        **_signable_fields(status),
        "analysis_id": _UUID_N,
        "overall_level": _LEVEL_N,
        "measures": _JSON,
        "review_date": _DATE_N,
        # -- rmp (issue 8 point 4) --
        "category_notes": _JSON,
    }


_ROSH_ENTITIES: Final[tuple[EntitySpec, ...]] = (
    EntitySpec("rosh_screening_draft", SyncClass.DRAFT, _screening_fields("DRAFT"), owner_field="author_id"),
    EntitySpec("rosh_screening", SyncClass.APPEND_ONLY, _screening_fields("COMPLETED")),
    EntitySpec("rosh_analysis_draft", SyncClass.DRAFT, _analysis_fields("DRAFT"), owner_field="author_id"),
    EntitySpec("rosh_analysis", SyncClass.APPEND_ONLY, _analysis_fields("COMPLETED")),
    EntitySpec("risk_management_plan_draft", SyncClass.DRAFT, _rmp_fields("DRAFT"), owner_field="author_id"),
    EntitySpec("risk_management_plan", SyncClass.APPEND_ONLY, _rmp_fields("COMPLETED")),
    EntitySpec(
        "rmp_distribution",
        SyncClass.MERGED,
        {
            **_COMMON,
            "plan_id": _UUID,
            "party": _s(32),
            "party_name": _s(120),
            "shared_on": _DATE_N,
            "acknowledged_on": _DATE_N,
            "acknowledged_by": _s(120, nullable=True),
        },
    ),
    EntitySpec(
        "mappa_status",
        SyncClass.MERGED,
        {
            **_COMMON,
            "category": _INT_N,
            "level": _INT_N,
            "last_review_date": _DATE_N,
            "next_review_date": _DATE_N,
            "notes": _TEXT,
            "recorded_by": _s(120),
        },
    ),
    EntitySpec(
        "countersignature",
        SyncClass.APPEND_ONLY,
        {
            **_COMMON,
            "record_entity": _s(40, choices={"rosh_screening", "rosh_analysis", "risk_management_plan"}),
            "record_id": _UUID,
            "decision": _s(16, choices={"COUNTERSIGNED", "RETURNED"}),
            "comments": _TEXT,
            "manager_id": _UUID,
            "manager_name": _s(120),
            "decided_at": _DT,
        },
    ),
)


# -- children and victims (issue 8 point 5; store/child_victim_models.py) ---------------------------------
_CHILD_VICTIM_ENTITIES: Final[tuple[EntitySpec, ...]] = (
    EntitySpec(
        "child_concern",
        SyncClass.MERGED,
        {
            **_COMMON,
            "child": _s(120),
            "relationship": _s(120),
            "contact": _TEXT,
            "known_to_childrens_services": _BOOL_N,
            "child_protection_status": _s(
                24, choices={"NONE", "CHILD_IN_NEED", "CHILD_PROTECTION_PLAN", "LOOKED_AFTER", "UNKNOWN"}
            ),
            "visits_measure": _TEXT,
            "phone_measure": _TEXT,
            "mail_measure": _TEXT,
            "notes": _TEXT,
            "recorded_by": _s(120),
        },
    ),
    EntitySpec(
        "victim",
        SyncClass.MERGED,
        {
            **_COMMON,
            "victim": _s(120),
            "relationship": _s(120),
            "liaison_contact": _s(200),
            "victim_awareness": _s(16, choices={"NONE", "PLANNED", "IN_PROGRESS", "DONE"}),
            "victim_awareness_notes": _TEXT,
            "notes": _TEXT,
            "recorded_by": _s(120),
        },
    ),
)


ENTITIES: Final[dict[str, EntitySpec]] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "prisoner",
            SyncClass.MERGED,
            {
                **_COMMON,
                "noms_number": _s(7),
                "family_name": _s(80),
                "given_name": _s(80),
                "date_of_birth": _DATE,
                "gender": _s(8, choices={"MALE", "FEMALE"}),
                "establishment_code": _s(8),
                "location": _s(40),
                "arrived_on": _DATE,
                "is_ppo": _BOOL_N,
                "rosh_level": _s(12, nullable=True, choices=_ROSH),
                "left_scope_at": _DT_N,
            },
        ),
        EntitySpec(
            "sentence",
            SyncClass.MERGED,
            {
                **_COMMON,
                "is_current": _BOOL,
                "sentence_type": _s(16, choices=_SENTENCE_TYPES),
                "sentence_date": _DATE_N,
                "length_days": _INT_N,
                "parole_eligibility_date": _DATE_N,
                "conditional_release_date": _DATE_N,
                "home_detention_curfew_eligibility_date": _DATE_N,
                "tariff_date": _DATE_N,
                "sentence_expiry_date": _DATE_N,
                "licence_expiry_date": _DATE_N,
                # -- key dates (issue 10, migration 0011) --
                "automatic_release_date": _DATE_N,
                "target_hearing_date": _DATE_N,
                "categorisation_review_date": _DATE_N,
                "open_conditions_date": _DATE_N,
                "open_conditions_since": _DATE_N,
                "open_prison_arrival_date": _DATE_N,
                "early_allocation": _BOOL_N,
            },
        ),
        EntitySpec(
            "custody_event",
            SyncClass.APPEND_ONLY,
            {
                **_COMMON,
                "event_type": _s(16, choices={"RECEPTION", "TRANSFER_IN", "TRANSFER_OUT", "RELEASE"}),
                "event_date": _DATE,
                "establishment_code": _s(8),
                "other_establishment": _s(8),
                "note": _TEXT,
                "supersedes_id": _UUID_N,
            },
        ),
        EntitySpec(
            "allocation",
            SyncClass.MERGED,
            {
                **_COMMON,
                "role": _s(24, choices={"OFFENDER_SUPERVISOR", "OFFENDER_MANAGER", "PERSONAL_OFFICER"}),
                "staff_user_id": _UUID_N,
                "staff_name": _s(120),
                "start_date": _DATE,
                "end_date": _DATE_N,
                "reason": _TEXT,
                "recorded_by": _s(120),
            },
        ),
        EntitySpec(
            "contact_entry",
            SyncClass.APPEND_ONLY,
            {
                **_COMMON,
                "contact_date": _DATE,
                "kind": _s(24),
                "summary": _TEXT,
                "author_id": _UUID,
                "author_name": _s(120),
                "supersedes_id": _UUID_N,
                # -- contact log (issue 8 point 8): nullable, so older terminals' rows still validate --
                "contact_time": _s(5, nullable=True),
                "author_role": _s(
                    16, nullable=True, choices={"SUPERVISOR", "MANAGER", "CONTRIBUTOR", "ADMIN"}
                ),
                "restricted": _s(24, nullable=True, choices={"SECURITY", "PUBLIC_PROTECTION"}),
                "referral_id": _UUID_N,
                "objective_id": _UUID_N,
                "correction_reason": _TEXT_N,
            },
        ),
        # A correction of prisoner details after reception (issue 7 point 5): the history row.
        EntitySpec(
            "prisoner_correction",
            SyncClass.APPEND_ONLY,
            {
                **_COMMON,
                "corrected_on": _DATE,
                "changes": _TEXT,
                "reason": _TEXT,
                "author_id": _UUID,
                "author_name": _s(120),
            },
        ),
        # Likelihood of reoffending (issue 3): one table, a class C draft and a class A signed record.
        EntitySpec(
            "lor_assessment_draft", SyncClass.DRAFT, _lor_assessment_fields("DRAFT"), owner_field="author_id"
        ),
        EntitySpec("lor_assessment", SyncClass.APPEND_ONLY, _lor_assessment_fields("COMPLETED")),
        EntitySpec(
            "lor_need",
            SyncClass.APPEND_ONLY,
            {
                **_COMMON,
                "assessment_id": _UUID,
                "section": _s(48, choices=_NEED_SECTIONS),
                "severity": _s(12, choices=_NEED_SEVERITIES),
                "linked_to_reoffending": _BOOL,
                "linked_to_harm": _BOOL,
                "evidence": _NEED_TEXT,
                "analysis": _NEED_TEXT,
            },
        ),
        EntitySpec(
            "protective_factor",
            SyncClass.APPEND_ONLY,
            {
                **_COMMON,
                "assessment_id": _UUID,
                "position": _INT,
                "text": _NEED_TEXT,
            },
        ),
        # -- risk of harm (issue 8) --
        *_ROSH_ENTITIES,
        # -- children and victims (issue 8 point 5; store/child_victim_models.py) --
        *_CHILD_VICTIM_ENTITIES,
    )
}


# -- interview (issue 8) --------------------------------------------------------------------------
# The guided initial interview (issue 8 point 1): one table, a class C draft and a class A signed record;
# the referrals it raises are class B (their status changes after signing). Codes: domain.interview.

_INTERVIEW_STEPS = {"ARRIVAL", "NEEDS", "OWN_ACCOUNT", "DIVERSITY", "VULNERABILITY", "REVIEW"}
_NEED_AREAS = {
    "HEALTH",
    "MENTAL_HEALTH",
    "SUBSTANCE_MISUSE",
    "HOUSING",
    "EDUCATION_AND_WORK",
    "FINANCE_ID_BENEFITS",
    "FAMILY_AND_CHILDREN",
    "FAITH",
}
_REFERRAL_OWNERS = {
    "HEALTHCARE",
    "MENTAL_HEALTH_IN_REACH",
    "SUBSTANCE_MISUSE_SERVICE",
    "RESETTLEMENT",
    "EDUCATION",
    "FAMILY_SERVICES",
    "CHAPLAINCY",
    "OFFENDER_SUPERVISOR",
    "PERSONAL_OFFICER",
    "OTHER",
}
_REFERRAL_STATUSES = {
    "RAISED",
    "ACCEPTED",
    "IN_PROGRESS",
    "COMPLETED",
    "DECLINED_BY_PRISONER",
    "NOT_ACCEPTED",
}


def _interview_fields(status: str) -> dict[str, FieldSpec]:
    """Fields of an initial interview; ``status`` is DRAFT (class C) or SIGNED (class A)."""
    return {
        **_COMMON,
        "status": _s(12, choices={status}),
        "author_id": _UUID,
        "author_name": _s(120),
        "supersedes_id": _UUID_N,
        "current_step": _s(16, choices=_INTERVIEW_STEPS),
        "answers": _JSON_LONG,
        "draft_referrals": _JSON_LONG,
        "first_contact_id": _UUID_N,
        "signed_at": _DT_N,
        "signed_by_id": _UUID_N,
        "signed_by_name": _s(120, nullable=True),
    }


_INTERVIEW_ENTITIES = (
    EntitySpec(
        "initial_interview_draft", SyncClass.DRAFT, _interview_fields("DRAFT"), owner_field="author_id"
    ),
    EntitySpec("initial_interview", SyncClass.APPEND_ONLY, _interview_fields("SIGNED")),
    EntitySpec(
        "interview_referral",
        SyncClass.MERGED,
        {
            **_COMMON,
            "interview_id": _UUID,
            "area": _s(24, choices=_NEED_AREAS),
            "need": _NEED_TEXT,
            "owner_role": _s(32, choices=_REFERRAL_OWNERS),
            "owner_name": _s(120),
            "status": _s(24, choices=_REFERRAL_STATUSES),
            "raised_on": _DATE,
            "status_changed_on": _DATE,
            "status_note": _NEED_TEXT,
            "updated_by_name": _s(120),
        },
    ),
)
ENTITIES.update({spec.name: spec for spec in _INTERVIEW_ENTITIES})

# -- sentence plan (issue 9) and reviews and boards (issue 10): protocol/workflow_entities.py --
ENTITIES.update({spec.name: spec for spec in (*PLAN_ENTITIES, *REVIEW_ENTITIES)})


def entity(name: str) -> EntitySpec | None:
    """The registered entity called ``name``, or None."""
    return ENTITIES.get(name)
