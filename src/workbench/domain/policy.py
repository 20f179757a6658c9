"""Timescales and limits that are policy, not code (DESIGN.md section 4), read from resources/policy.toml.

Defaults are the NOMS National Standards for the Management of Offenders 2007 as quoted in the seed
report, so a missing or partial policy.toml still gives the standard timescales.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from workbench.domain.errors import ValidationError, ValidationErrors

SOURCE_NAME: Final = "policy.toml"

# Table of policy.toml → the Policy fields it holds. The file layout is part of the contract.
TABLES: Final[Mapping[str, tuple[str, ...]]] = {
    "timescales": (
        "os_allocation_working_days",
        "first_contact_working_days",
        "om_allocation_weeks_short",
        "om_allocation_weeks_long",
        "short_sentence_threshold_years",
        "review_interval_months",
    ),
    "security": ("idle_lock_minutes",),
    "sync": ("outbox_retention_days",),
    "assessment": ("lor_assessment_max_age_months",),
}


@dataclass(frozen=True, slots=True)
class Policy:
    """Local policy; defaults from National Standards 2007 (seed 3.1, 3.2, 3.6, 3.21, 4.21) and DESIGN.md."""

    os_allocation_working_days: int = 2  # seed 3.1: offender supervisor within two days of reception
    first_contact_working_days: int = 10  # seed 3.2: first contact within ten days of sentence
    om_allocation_weeks_short: int = 8  # seed 3.6: eight weeks if less than two years to release
    om_allocation_weeks_long: int = 16  # seed 3.6 / 3.21: 16 weeks otherwise
    short_sentence_threshold_years: int = 2  # seed 3.6: "less than two years to release"
    review_interval_months: int = 12  # seed 4.21: plans and assessments reviewed annually at least
    idle_lock_minutes: int = 10  # DESIGN.md section 6: shared wing terminals lock when idle
    outbox_retention_days: int = 90  # DESIGN.md section 5: acked outbox rows kept for re-push
    lor_assessment_max_age_months: int = 12  # seed 4.21: likelihood of reoffending reviewed annually

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Policy:
        """Build a Policy from parsed policy.toml tables; report every unknown key or bad value at once."""
        errors: list[ValidationError] = []
        values: dict[str, int] = {}
        for table, content in data.items():
            if table not in TABLES:
                known = ", ".join(f"[{t}]" for t in TABLES)
                errors.append(
                    ValidationError(
                        f"{SOURCE_NAME}: unknown table [{table}]; expected one of {known}",
                        field=str(table),
                        code="POLICY_UNKNOWN_TABLE",
                    )
                )
                continue
            if not isinstance(content, Mapping):
                errors.append(
                    ValidationError(
                        f"{SOURCE_NAME}: [{table}] must be a table of settings, got {content!r}",
                        field=table,
                        code="POLICY_NOT_A_TABLE",
                    )
                )
                continue
            allowed = TABLES[table]
            table_content: Mapping[Any, object] = content
            for key, value in table_content.items():
                name = f"{table}.{key}"
                if key not in allowed:
                    errors.append(
                        ValidationError(
                            f"{SOURCE_NAME}: unknown setting {name}; [{table}] holds {', '.join(allowed)}",
                            field=name,
                            code="POLICY_UNKNOWN_KEY",
                        )
                    )
                # bool is a subclass of int in Python, but `true` is never a meaningful count.
                elif not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    errors.append(
                        ValidationError(
                            f"{SOURCE_NAME}: {name} must be a whole number ≥ 0, got {value!r}",
                            field=name,
                            code="POLICY_BAD_VALUE",
                        )
                    )
                else:
                    values[key] = value
        if errors:
            raise ValidationErrors(errors)
        policy = cls(**values)
        short, long = policy.om_allocation_weeks_short, policy.om_allocation_weeks_long
        if long < short:
            raise ValidationErrors(
                [
                    ValidationError(
                        f"{SOURCE_NAME}: timescales.om_allocation_weeks_long ({long}) must not be less than "
                        f"timescales.om_allocation_weeks_short ({short})",
                        field="timescales.om_allocation_weeks_long",
                        code="POLICY_INCONSISTENT",
                    )
                ]
            )
        return policy

    def to_mapping(self) -> dict[str, dict[str, int]]:
        """The policy as policy.toml tables (the inverse of :meth:`from_mapping`)."""
        return {table: {key: getattr(self, key) for key in keys} for table, keys in TABLES.items()}
