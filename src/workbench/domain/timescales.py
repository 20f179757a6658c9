"""What is due on a case under the National Standards 2007 timescales (DESIGN.md 4; seed 3.1–3.6, 4.21).

Each DueItem carries one sentence saying the rule, when its clock started and the result, so the
screen, the board pack and the inspector all read the same explanation. Runs for every prisoner at
start-up, so it does only date arithmetic and string formatting.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from workbench.domain.policy import Policy
from workbench.domain.working_days import add_working_days, working_days_between


class DueRule(StrEnum):
    """The timescales a case is measured against (seed 3.1, 3.2, 3.6, 3.21, 4.21)."""

    OS_ALLOCATION = "OS_ALLOCATION"
    FIRST_CONTACT = "FIRST_CONTACT"
    OM_ALLOCATION = "OM_ALLOCATION"
    SENTENCE_PLAN = "SENTENCE_PLAN"
    ANNUAL_REVIEW = "ANNUAL_REVIEW"
    # -- risk of harm (issue 8) --
    ROSH_SCREENING = "ROSH_SCREENING"
    ROSH_ANALYSIS = "ROSH_ANALYSIS"
    RMP = "RMP"
    ROSH_REVIEW = "ROSH_REVIEW"
    RMP_REVIEW = "RMP_REVIEW"

    @property
    def label(self) -> str:
        return _RULE_LABELS[self]


_RULE_LABELS: Final = {
    DueRule.OS_ALLOCATION: "Offender supervisor allocated",
    DueRule.FIRST_CONTACT: "First contact",
    DueRule.OM_ALLOCATION: "Offender manager allocated",
    DueRule.SENTENCE_PLAN: "Sentence plan completed",
    DueRule.ANNUAL_REVIEW: "Sentence plan reviewed",
    # -- risk of harm (issue 8) --
    DueRule.ROSH_SCREENING: "RoSH screening",
    DueRule.ROSH_ANALYSIS: "RoSH full analysis",
    DueRule.RMP: "Risk management plan",
    DueRule.ROSH_REVIEW: "Risk of harm reviewed",
    DueRule.RMP_REVIEW: "Risk management plan reviewed",
}


class DueStatus(StrEnum):
    """Outstanding (DUE, OVERDUE) or done (MET, MET_LATE), judged against the due date."""

    DUE = "DUE"
    OVERDUE = "OVERDUE"
    MET = "MET"
    MET_LATE = "MET_LATE"

    @property
    def is_outstanding(self) -> bool:
        return self is DueStatus.DUE or self is DueStatus.OVERDUE


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """The dates of a case the timescales are measured from and met on (None = not yet / not known)."""

    received_on: date
    sentence_date: date | None
    release_or_tariff_date: date | None
    in_scope: bool
    os_allocated_on: date | None
    first_contact_on: date | None
    om_allocated_on: date | None
    plan_completed_on: date | None
    last_review_on: date | None
    # -- risk of harm (issue 8): dates the current signed records were signed on --
    screening_signed_on: date | None = None  # the first screening signed since reception
    last_screening_on: date | None = None  # the newest signed screening
    screening_requires_analysis: bool = False  # the newest signed screening's decision
    analysis_signed_on: date | None = None  # the newest signed full analysis
    rmp_required: bool = False  # that analysis' overall level is at or above policy rmp_required_from
    rmp_signed_on: date | None = None  # the newest signed risk management plan
    rmp_review_date: date | None = None  # the review date that plan set


@dataclass(frozen=True, slots=True)
class DueItem:
    """One timescale on one case: its due date, status and a one-sentence explanation.

    The explanation is written only when read (tooltips, the case page, reports): building the
    sentence for every item of 20,000 cases at start-up would cost more than the rules themselves.
    It may be given as a string or as a function that returns it.
    """

    rule: DueRule
    label: str
    due_date: date
    status: DueStatus
    completed_on: date | None
    _explanation: str | Callable[[], str] = field(compare=False, repr=False)

    @property
    def explanation(self) -> str:
        text = self._explanation
        return text if isinstance(text, str) else text()


_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(d: date) -> str:
    """``18 Dec 2026``: the date style of explanations, independent of the machine's locale."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(d: date, months: int) -> date:
    """Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    day = d.day
    if day > 28:  # only then can the month be too short (this runs for every prisoner in a sweep)
        day = min(day, _MONTH_DAYS[month0] + (month0 == 1 and calendar.isleap(year)))
    return date(year, month0 + 1, day)


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _lateness(due: date, later: date, working: bool) -> str:
    """How far ``later`` is past ``due``: in working days for working-day rules, else calendar days."""
    if working:
        n = working_days_between(due, later)
        if n > 0:
            return _plural(n, "working day")
        # Only non-working days since the due date (e.g. due Friday, now Saturday): still late.
    return _plural((later - due).days, "day")


def _item(
    rule: DueRule,
    rule_text: Callable[[], str],
    due: date,
    completed_on: date | None,
    today: date,
    working: bool,
) -> DueItem:
    if completed_on is None:
        status = DueStatus.DUE if today <= due else DueStatus.OVERDUE
    elif completed_on <= due:
        status = DueStatus.MET
    else:
        status = DueStatus.MET_LATE

    def explain() -> str:
        if status is DueStatus.DUE:
            result = f"due {format_date(due)}, not yet done."
        elif status is DueStatus.OVERDUE:
            result = f"due {format_date(due)}, overdue by {_lateness(due, today, working)}."
        elif status is DueStatus.MET:
            assert completed_on is not None
            result = f"due {format_date(due)}, met on {format_date(completed_on)}."
        else:
            assert completed_on is not None
            result = (
                f"due {format_date(due)}, met late on {format_date(completed_on)} "
                f"({_lateness(due, completed_on, working)} late)."
            )
        return f"{rule_text()}: {result}"

    return DueItem(rule, rule.label, due, status, completed_on, explain)


def due_items(facts: CaseFacts, policy: Policy, today: date) -> tuple[DueItem, ...]:
    """The National Standards timescales that apply to a case and how each stands on ``today``.

    - OS allocation (seed 3.1): all prisoners, working days from reception.
    - First contact (seed 3.2, 3.3): working days from the later of sentence and arrival (arrival if
      the sentence date is not known).
    - OM allocation (seed 3.6) and sentence plan (seed 3.6, 3.21): in-scope cases only; short weeks if
      less than the threshold years from the clock start to release/tariff, else long weeks, and long
      weeks when the release or tariff date is not known.
    - Annual review (seed 4.21): in-scope cases with a plan; calendar months after the later of plan
      completion and the last review.
    """
    received = facts.received_on
    items: list[DueItem] = []

    n_os = policy.os_allocation_working_days
    items.append(
        _item(
            DueRule.OS_ALLOCATION,
            lambda: (
                "Offender supervisor must be allocated within "
                f"{_plural(n_os, 'working day')} of reception on "
                f"{format_date(received)}"
            ),
            add_working_days(received, n_os),
            facts.os_allocated_on,
            today,
            working=True,
        )
    )

    sentenced = facts.sentence_date
    if sentenced is not None and sentenced >= received:
        start, start_word = sentenced, "sentence"
    else:
        start, start_word = received, "arrival"

    def start_text() -> str:
        return f"{start_word} on {format_date(start)}"

    n_contact = policy.first_contact_working_days
    items.append(
        _item(
            DueRule.FIRST_CONTACT,
            lambda: (
                f"First contact with the prisoner must be within {_plural(n_contact, 'working day')} "
                f"of {start_text()}"
            ),
            add_working_days(start, n_contact),
            facts.first_contact_on,
            today,
            working=True,
        )
    )

    if not facts.in_scope:
        return tuple(items)

    release = facts.release_or_tariff_date
    short = release is not None and release < add_months(start, 12 * policy.short_sentence_threshold_years)
    weeks = policy.om_allocation_weeks_short if short else policy.om_allocation_weeks_long
    due = start + timedelta(weeks=weeks)

    def window() -> str:
        years = _plural(policy.short_sentence_threshold_years, "year")
        if release is None:
            why = "release or tariff date not known"
        elif short:
            why = f"less than {years} to release or tariff on {format_date(release)}"
        else:
            why = f"{years} or more to release or tariff on {format_date(release)}"
        return f"within {_plural(weeks, 'week')} of {start_text()} ({why})"

    items.append(
        _item(
            DueRule.OM_ALLOCATION,
            lambda: f"Offender manager must be allocated {window()}",
            due,
            facts.om_allocated_on,
            today,
            working=False,
        )
    )
    items.append(
        _item(
            DueRule.SENTENCE_PLAN,
            lambda: f"Sentence plan must be completed {window()}",
            due,
            facts.plan_completed_on,
            today,
            working=False,
        )
    )

    plan = facts.plan_completed_on
    if plan is not None:
        reviewed = facts.last_review_on
        if reviewed is not None and reviewed > plan:
            base, base_word = reviewed, "the last review"
        else:
            base, base_word = plan, "plan completion"
        months = policy.review_interval_months
        items.append(
            _item(
                DueRule.ANNUAL_REVIEW,
                lambda: (
                    f"Sentence plan must be reviewed within {_plural(months, 'month')} of "
                    f"{base_word} on {format_date(base)}"
                ),
                add_months(base, months),
                None,
                today,
                working=False,
            )
        )
    items.extend(_rosh_items(facts, policy, today))
    return tuple(items)


# -- risk of harm (issue 8; seed 3.9–3.11, 4.21) ---------------------------------------------------------


def _rosh_items(facts: CaseFacts, policy: Policy, today: date) -> list[DueItem]:
    """The risk-of-harm timescales of an in-scope case (called by ``due_items`` after the plan's).

    - Screening (seed 3.9): working days from reception; met by the first screening signed since.
    - Full analysis (seed 3.10): when the newest screening requires one, working days from its signing.
    - RMP (seed 3.11): when the analysis' overall level requires a plan, working days from the
      analysis; a plan signed before that analysis does not meet it (it predates the level it answers).
    - Review (seed 4.21): screening or analysis, whichever is newer, within the review interval; the
      plan by its own review date, and never later than the review interval after it was signed.
    """
    received = facts.received_on
    items: list[DueItem] = []
    n_screen = policy.screening_working_days
    items.append(
        _item(
            DueRule.ROSH_SCREENING,
            lambda: (
                f"RoSH screening must be signed within {_plural(n_screen, 'working day')} of reception on "
                f"{format_date(received)}"
            ),
            add_working_days(received, n_screen),
            facts.screening_signed_on,
            today,
            working=True,
        )
    )
    screened = facts.last_screening_on
    analysed = facts.analysis_signed_on
    if screened is not None and facts.screening_requires_analysis:
        n_analysis = policy.analysis_working_days
        items.append(
            _item(
                DueRule.ROSH_ANALYSIS,
                lambda: (
                    f"Full analysis must be signed within {_plural(n_analysis, 'working day')} of the "
                    f"screening that requires it, signed on {format_date(screened)}"
                ),
                add_working_days(screened, n_analysis),
                analysed if analysed is not None and analysed >= screened else None,
                today,
                working=True,
            )
        )
    if analysed is not None and facts.rmp_required:
        n_rmp = policy.rmp_working_days
        planned = facts.rmp_signed_on
        items.append(
            _item(
                DueRule.RMP,
                lambda: (
                    f"Risk management plan must be signed within {_plural(n_rmp, 'working day')} of the "
                    f"full analysis at {policy.rmp_required_from.replace('_', ' ').lower()} risk or "
                    f"above, signed on {format_date(analysed)}"
                ),
                add_working_days(analysed, n_rmp),
                planned if planned is not None and planned >= analysed else None,
                today,
                working=True,
            )
        )
    months = policy.review_interval_months
    latest = max((d for d in (screened, analysed) if d is not None), default=None)
    if latest is not None:
        word = "full analysis" if latest == analysed else "screening"
        items.append(
            _item(
                DueRule.ROSH_REVIEW,
                lambda: (
                    f"Risk of harm must be reviewed within {_plural(months, 'month')} of the last "
                    f"{word} on {format_date(latest)}"
                ),
                add_months(latest, months),
                None,
                today,
                working=False,
            )
        )
    plan = facts.rmp_signed_on
    if plan is not None:
        latest_review = add_months(plan, months)
        set_date = facts.rmp_review_date
        if set_date is not None and set_date < latest_review:
            due, why = set_date, "by the review date the plan set"
        else:
            due, why = latest_review, f"within {_plural(months, 'month')} of signing"
        items.append(
            _item(
                DueRule.RMP_REVIEW,
                lambda: f"Risk management plan signed on {format_date(plan)} must be reviewed {why}",
                due,
                None,
                today,
                working=False,
            )
        )
    return items


_RULE_ORDER: Final = {rule: i for i, rule in enumerate(DueRule)}


def next_due(items: Iterable[DueItem]) -> DueItem | None:
    """The outstanding item to act on first: overdue before due, then earliest due date, then rule order."""
    outstanding = [item for item in items if item.status.is_outstanding]
    if not outstanding:
        return None
    return min(
        outstanding,
        key=lambda i: (i.status is not DueStatus.OVERDUE, i.due_date, _RULE_ORDER[i.rule]),
    )


def has_overdue(items: Iterable[DueItem]) -> bool:
    """True if any timescale is outstanding past its due date (met-late items do not count)."""
    return any(item.status is DueStatus.OVERDUE for item in items)
