"""Timescales and limits that are policy, not code (DESIGN.md section 4), read from resources/policy.toml.

Defaults are the NOMS National Standards for the Management of Offenders 2007 as quoted in the seed
report, so a missing or partial policy.toml still gives the standard timescales.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from workbench.domain.contacts import DEFAULT_RESTRICTED_VISIBLE_TO
from workbench.domain.enums import UserRole
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
    "security": (
        "idle_lock_minutes",
        "sign_in_free_attempts",
        "sign_in_delay_seconds",
        "sign_in_lockout_failures",
        "sign_in_lockout_minutes",
        "lock_screen_attempts",
    ),
    "sync": ("outbox_retention_days",),
    "assessment": ("lor_assessment_max_age_months",),
    "rosh": (
        "screening_working_days",
        "analysis_working_days",
        "rmp_working_days",
        "rmp_required_from",
    ),
    # -- contact log (issue 8 point 8) --
    "contacts": ("restricted_visible_to",),
    # -- review triggers (issue 10 point 1) --
    "reviews": (
        "event_review_working_days",
        "transfer_in_working_days",
        "annual_notice_days",
        "categorisation_months_before",
        "open_conditions_months_before",
        "parole_months_before",
        "hdc_months_before",
        "release_months_before",
        "handover_months_before",
        "mappa_release_months",
        "decision_review_working_days",
    ),
}

# Settings whose value is a word from a fixed set rather than a whole number.
WORD_SETTINGS: Final[Mapping[str, tuple[str, ...]]] = {
    "rmp_required_from": ("LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
}

# -- contact log (issue 8 point 8) --
ROLE_LISTS: Final = frozenset({"restricted_visible_to"})
"""Settings that hold a list of role names (domain.enums.UserRole values) rather than a number."""


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
    # DESIGN.md section 6: sign-in slows down and locks after repeated failures (issue 7 point 18).
    sign_in_free_attempts: int = 3  # wrong passwords in a row before any wait (typos are normal)
    sign_in_delay_seconds: int = 30  # the first wait; it doubles with each further wrong password
    sign_in_lockout_failures: int = 10  # wrong passwords in a row that lock the account
    sign_in_lockout_minutes: int = 30  # how long a lockout lasts unless a manager clears it sooner
    lock_screen_attempts: int = 5  # wrong passwords at the idle lock before a full sign-in is required
    outbox_retention_days: int = 90  # DESIGN.md section 5: acked outbox rows kept for re-push
    lor_assessment_max_age_months: int = 12  # seed 4.21: likelihood of reoffending reviewed annually
    # Risk of harm (seed 3.9–3.11): screening at reception, then the full analysis and the plan.
    screening_working_days: int = 5  # RoSH screening due this many working days after reception
    analysis_working_days: int = 20  # full analysis due after the screening that requires it
    rmp_working_days: int = 10  # risk management plan due after the analysis that requires it
    rmp_required_from: str = "HIGH"  # a risk management plan is required at or above this overall level
    # -- contact log (issue 8 point 8) --
    # DESIGN.md section 6: restricted entries (security, public protection) only for these roles.
    restricted_visible_to: tuple[str, ...] = DEFAULT_RESTRICTED_VISIBLE_TO
    # -- review triggers (issue 10 point 1; seed 4.4, 4.21, 4.22) --
    event_review_working_days: int = 10  # a review after a change (RoSH, likelihood, plan, allocation)
    transfer_in_working_days: int = 10  # issue 10: a review within 10 working days of a transfer in
    annual_notice_days: int = 28  # the annual review task appears this many days before it falls due
    categorisation_months_before: int = 2  # months before a categorisation review date
    open_conditions_months_before: int = 3  # months before open conditions / ROTL eligibility
    parole_months_before: int = 6  # months before the PED / parole hearing (the dossier takes months)
    hdc_months_before: int = 3  # months before the HDC eligibility date
    release_months_before: int = 3  # months before the conditional / automatic release date
    handover_months_before: int = 2  # months before the handover to the community starts
    mappa_release_months: int = 3  # MAPPA level 2/3: a review each month in the last N months
    decision_review_working_days: int = 20  # an "approaching" review is due N working days after it appears

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Policy:
        """Build a Policy from parsed policy.toml tables; report every unknown key or bad value at once."""
        errors: list[ValidationError] = []
        values: dict[str, Any] = {}
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
                elif key in WORD_SETTINGS:
                    words = WORD_SETTINGS[key]
                    if isinstance(value, str) and value.strip().upper() in words:
                        values[key] = value.strip().upper()
                    else:
                        errors.append(
                            ValidationError(
                                f"{SOURCE_NAME}: {name} must be one of {', '.join(words)}, got {value!r}",
                                field=name,
                                code="POLICY_BAD_VALUE",
                            )
                        )
                # -- contact log (issue 8 point 8) --
                elif key in ROLE_LISTS:
                    roles, problem = _role_list(value)
                    if problem:
                        errors.append(
                            ValidationError(
                                f"{SOURCE_NAME}: {name} {problem}", field=name, code="POLICY_BAD_VALUE"
                            )
                        )
                    else:
                        values[key] = roles
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
        at_least_one = [
            name for name in ("sign_in_lockout_failures", "lock_screen_attempts") if getattr(policy, name) < 1
        ]
        if at_least_one:
            raise ValidationErrors(
                [
                    ValidationError(
                        f"{SOURCE_NAME}: security.{name} must be at least 1 (0 would lock every account)",
                        field=f"security.{name}",
                        code="POLICY_INCONSISTENT",
                    )
                    for name in at_least_one
                ]
            )
        return policy

    def sign_in_wait_seconds(self, failures: int) -> int:
        """Seconds to wait before the next sign-in attempt after ``failures`` wrong passwords in a row.

        None up to ``sign_in_free_attempts``; then ``sign_in_delay_seconds``, doubling with each further
        failure (30 s, 1 min, 2 min, ...) but never longer than the lockout; from
        ``sign_in_lockout_failures`` on, the lockout itself (``sign_in_lockout_minutes``).
        """
        lockout = self.sign_in_lockout_minutes * 60
        if failures >= self.sign_in_lockout_failures:
            return lockout
        extra = failures - self.sign_in_free_attempts
        if extra <= 0:
            return 0
        # Capping the exponent keeps the arithmetic small whatever the counter holds.
        delay: int = self.sign_in_delay_seconds * 2 ** min(extra - 1, 32)
        return min(delay, lockout)

    def to_mapping(self) -> dict[str, dict[str, Any]]:
        """The policy as policy.toml tables (the inverse of :meth:`from_mapping`)."""
        return {
            table: {key: _toml_value(getattr(self, key)) for key in keys} for table, keys in TABLES.items()
        }


def _toml_value(value: Any) -> Any:
    """A setting as policy.toml writes it (role lists as lists)."""
    return list(value) if isinstance(value, tuple) else value


# -- contact log (issue 8 point 8) --
def _role_list(value: object) -> tuple[tuple[str, ...], str | None]:
    """A list of role names from policy.toml, or the problem with it."""
    known = [r.value for r in UserRole]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return (), f"must be a list of role names ({', '.join(known)}), got {value!r}"
    unknown = [v for v in value if v not in known]
    if unknown:
        return (), f"names unknown role(s) {', '.join(unknown)}; roles are {', '.join(known)}"
    return tuple(dict.fromkeys(value)), None
