"""The sentence plan's live quality checks (issue 9 point 5; DESIGN.md section 4 "Quality checks").

Each check is one of the inspectors' questions about a plan (seed 3.26: objectives outcome-focused in
55% of cases, sequenced in 47%, contact levels in 31%, named roles in 48%; 3.29: 35% of prisoners with
no meaningful involvement; 3.32: learning needs missing; foreword: needs masked by what is available),
answered GREEN / AMBER / RED with one plain sentence why and where to fix it. A check that does not
apply to the case is GREEN and says "Not applicable: ...".

Pure: the casework layer gathers a ``PlanFacts`` from the store; ``evaluate`` only reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from workbench.domain.needs import NeedSection
from workbench.domain.plan import (
    Availability,
    FixTarget,
    Involvement,
    ObjectiveStatus,
    Phase,
    QualityCheck,
    Rag,
    RiskFactor,
    link_code,
    parse_link,
)
from workbench.domain.timescales import format_date

__all__ = [
    "DUE_SOON_DAYS",
    "ActionFacts",
    "ObjectiveFacts",
    "PlanFacts",
    "RequirementFacts",
    "evaluate",
]

DUE_SOON_DAYS: Final = 14
"""A plan not yet issued turns amber this many days before its National Standards due date."""

HIGH_ROSH: Final = frozenset({"HIGH", "VERY_HIGH"})

# Words in a "no objective" reason that say the need was set aside for want of a service: the very
# masking the seed's foreword describes. Such a reason does not answer the need.
_MASKING_WORDS: Final = (
    "not run here",
    "not available",
    "no course",
    "no places",
    "not offered",
    "waiting list",
)


@dataclass(frozen=True, slots=True)
class ObjectiveFacts:
    """One objective as the checks need it. ``outcome_focused`` and ``lint_problems``: the linter's."""

    objective_id: str
    outcome: str
    links: tuple[str, ...] = ()
    measure: str = ""
    phase: str = Phase.NOW.value
    position: int = 0
    prerequisites: tuple[str, ...] = ()
    roh_tag: str = ""
    status: str = ObjectiveStatus.NOT_STARTED.value
    outcome_focused: bool = True
    lint_problems: tuple[str, ...] = ()

    @property
    def is_live(self) -> bool:
        """Counts towards the plan (an objective no longer applicable answers nothing)."""
        return self.status != ObjectiveStatus.NO_LONGER_APPLICABLE.value


@dataclass(frozen=True, slots=True)
class ActionFacts:
    """One action: who owns it (a role AND a named person, seed 3.26)."""

    action_id: str
    objective_id: str
    what: str = ""
    owner_role: str = ""
    owner_name: str = ""


@dataclass(frozen=True, slots=True)
class RequirementFacts:
    """One required intervention and how it will be delivered."""

    requirement_id: str
    name: str
    availability: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """Everything the checks read about one prisoner's plan and case.

    ``offending_needs``: need sections the latest completed likelihood assessment links to offending
    or harm; ``need_reasons``: link code → why that need has no objective; ``rosh_level``: the current
    overall RoSH (``LOW`` ... ``VERY_HIGH``) or None; ``plan_due_on``: the National Standards due date
    (None when no plan timescale applies); ``first_issued_on``: when the first version was issued.
    """

    today: date
    has_plan: bool = False
    contact_frequency: str = ""
    com_liaison: str = ""
    next_review_on: date | None = None
    involvement: str = ""
    involvement_reason: str = ""
    copy_given_on: date | None = None
    need_reasons: Mapping[str, str] = field(default_factory=dict)
    objectives: tuple[ObjectiveFacts, ...] = ()
    actions: tuple[ActionFacts, ...] = ()
    requirements: tuple[RequirementFacts, ...] = ()
    offending_needs: tuple[NeedSection, ...] = ()
    rosh_level: str | None = None
    child_concerns: bool = False
    identifiable_victim: bool = False
    learning_need: bool = False
    plan_due_on: date | None = None
    first_issued_on: date | None = None
    due_soon_days: int = DUE_SOON_DAYS


def _check(
    key: str, title: str, rag: Rag, reason: str, fix: FixTarget, target: str | None = None
) -> QualityCheck:
    return QualityCheck(key, title, rag, reason, fix, target)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _live(facts: PlanFacts) -> tuple[ObjectiveFacts, ...]:
    return tuple(o for o in facts.objectives if o.is_live)


def _linked_to(objectives: tuple[ObjectiveFacts, ...], code: str) -> ObjectiveFacts | None:
    return next((o for o in objectives if code in o.links), None)


def _needs_covered(facts: PlanFacts) -> QualityCheck:
    key, title = "needs_covered", "Every need linked to offending has an objective or a recorded reason"
    if not facts.offending_needs:
        return _check(
            key,
            title,
            Rag.GREEN,
            "Not applicable: the latest assessment links no need to offending or harm.",
            FixTarget.NEEDS,
        )
    live = _live(facts)
    missing: list[NeedSection] = []
    masked: list[NeedSection] = []
    for need in facts.offending_needs:
        code = link_code(need)
        if _linked_to(live, code) is not None:
            continue
        reason = facts.need_reasons.get(code, "").strip()
        if not reason:
            missing.append(need)
        elif any(word in reason.lower() for word in _MASKING_WORDS):
            masked.append(need)
    if missing:
        names = ", ".join(n.label for n in missing)
        return _check(
            key,
            title,
            Rag.RED,
            f"No objective and no reason recorded for: {names}.",
            FixTarget.NEEDS,
            link_code(missing[0]),
        )
    if masked:
        names = ", ".join(n.label for n in masked)
        return _check(
            key,
            title,
            Rag.AMBER,
            f"{names}: the reason given is that no service is available here; the need still stands — "
            "set an objective and record the intervention as required but not run here.",
            FixTarget.NEEDS,
            link_code(masked[0]),
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"Each of the {_plural(len(facts.offending_needs), 'need')} linked to offending has an objective "
        "or a recorded reason.",
        FixTarget.NEEDS,
    )


def _risk_objective(
    facts: PlanFacts,
    key: str,
    title: str,
    applies: bool,
    not_applicable: str,
    factor: RiskFactor,
    missing: str,
) -> QualityCheck:
    """A check that one risk factor has an objective linked to it where the case calls for it."""
    if not applies:
        return _check(key, title, Rag.GREEN, f"Not applicable: {not_applicable}", FixTarget.OBJECTIVES)
    found = _linked_to(_live(facts), link_code(factor))
    if found is None:
        return _check(key, title, Rag.RED, missing, FixTarget.OBJECTIVES)
    return _check(
        key,
        title,
        Rag.GREEN,
        f"An objective is linked to {factor.label.lower()}.",
        FixTarget.OBJECTIVES,
        found.objective_id,
    )


def _roh_objective(facts: PlanFacts) -> QualityCheck:
    key, title = "roh_objective", "A risk-of-harm objective at High or Very High RoSH"
    level = facts.rosh_level
    if level is None:
        return _check(
            key,
            title,
            Rag.AMBER,
            "No RoSH level is recorded, so it cannot be told whether a risk-of-harm objective is needed.",
            FixTarget.OBJECTIVES,
        )
    words = level.replace("_", " ").lower()
    if level not in HIGH_ROSH:
        return _check(
            key, title, Rag.GREEN, f"Not applicable: the RoSH level is {words}.", FixTarget.OBJECTIVES
        )
    code = link_code(RiskFactor.RISK_OF_HARM)
    found = next((o for o in _live(facts) if o.roh_tag or code in o.links), None)
    if found is None:
        return _check(
            key,
            title,
            Rag.RED,
            f"RoSH is {words} but no objective manages risk of harm (tag one constructive or restrictive, "
            "or link it to risk of harm).",
            FixTarget.OBJECTIVES,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"RoSH is {words} and an objective manages risk of harm.",
        FixTarget.OBJECTIVES,
        found.objective_id,
    )


def _actions_owned(facts: PlanFacts) -> QualityCheck:
    key, title = "action_owners", "Every action has an owner (a role and a named person)"
    live_ids = {o.objective_id for o in _live(facts)}
    actions = [a for a in facts.actions if a.objective_id in live_ids]
    if not actions:
        if not live_ids:
            return _check(
                key, title, Rag.GREEN, "Not applicable: the plan has no objectives yet.", FixTarget.ACTIONS
            )
        return _check(
            key,
            title,
            Rag.AMBER,
            "No actions are recorded yet: say who will do what towards each objective.",
            FixTarget.ACTIONS,
        )
    unowned = [a for a in actions if not a.owner_role.strip() or not a.owner_name.strip()]
    if unowned:
        return _check(
            key,
            title,
            Rag.RED,
            f"{_plural(len(unowned), 'action')} of {len(actions)} lack a role or a named person.",
            FixTarget.ACTIONS,
            unowned[0].action_id,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"All {_plural(len(actions), 'action')} name a role and a person.",
        FixTarget.ACTIONS,
    )


def _contact_levels(facts: PlanFacts) -> QualityCheck:
    key, title = "contact_levels", "Planned levels of contact are set"
    if not facts.contact_frequency:
        return _check(
            key,
            title,
            Rag.RED,
            "How often the supervisor will see the prisoner is not set.",
            FixTarget.CONTACT_LEVELS,
        )
    gaps = []
    if not facts.com_liaison:
        gaps.append("liaison with the community offender manager")
    if facts.next_review_on is None:
        gaps.append("the next review date")
    if gaps:
        return _check(
            key,
            title,
            Rag.AMBER,
            f"Contact frequency is set but {' and '.join(gaps)} {'is' if len(gaps) == 1 else 'are'} not.",
            FixTarget.CONTACT_LEVELS,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        "Contact frequency, community offender manager liaison and the next review are set.",
        FixTarget.CONTACT_LEVELS,
    )


def _involvement(facts: PlanFacts) -> QualityCheck:
    key, title = "involvement", "The prisoner's involvement is recorded and a copy given"
    value = facts.involvement
    if value not in Involvement.__members__:
        return _check(
            key,
            title,
            Rag.RED,
            "Whether the prisoner agrees with the plan, disagrees or could not take part is not recorded.",
            FixTarget.INVOLVEMENT,
        )
    involvement = Involvement(value)
    if involvement is not Involvement.AGREES and not facts.involvement_reason.strip():
        return _check(
            key,
            title,
            Rag.RED,
            f"Recorded as '{involvement.label.lower()}' without the reason why.",
            FixTarget.INVOLVEMENT,
        )
    if facts.copy_given_on is None:
        return _check(
            key,
            title,
            Rag.AMBER,
            f"Recorded as '{involvement.label.lower()}' but no date a copy was given to the prisoner.",
            FixTarget.INVOLVEMENT,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"Recorded as '{involvement.label.lower()}'; a copy was given on {format_date(facts.copy_given_on)}.",
        FixTarget.INVOLVEMENT,
    )


def _outcome_focused(facts: PlanFacts) -> QualityCheck:
    key, title = "outcome_focused", "Objectives say what will change, not only what he will attend"
    live = _live(facts)
    if not live:
        return _check(key, title, Rag.RED, "The plan has no objectives yet.", FixTarget.OBJECTIVES)
    process = [o for o in live if not o.outcome_focused]
    if process:
        first = process[0]
        why = f" ({first.lint_problems[0]})" if first.lint_problems else ""
        return _check(
            key,
            title,
            Rag.RED,
            f"{_plural(len(process), 'objective')} of {len(live)} {'is' if len(process) == 1 else 'are'} "
            f"process only{why}.",
            FixTarget.OBJECTIVES,
            first.objective_id,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"All {_plural(len(live), 'objective')} state an outcome.",
        FixTarget.OBJECTIVES,
    )


_PHASE_ORDER: Final = {phase.value: i for i, phase in enumerate(Phase)}


def _cycle(live: tuple[ObjectiveFacts, ...]) -> ObjectiveFacts | None:
    """An objective that is (through its prerequisites) its own prerequisite, or None."""
    prereqs = {o.objective_id: [p for p in o.prerequisites if p != o.objective_id] for o in live}
    by_id = {o.objective_id: o for o in live}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    for start in prereqs:
        if start in state:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        while stack:
            node, i = stack[-1]
            nexts = [p for p in prereqs.get(node, []) if p in prereqs]
            if i < len(nexts):
                stack[-1] = (node, i + 1)
                nxt = nexts[i]
                if state.get(nxt) == 1:
                    return by_id[nxt]
                if nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                stack.pop()
    for o in live:
        if o.objective_id in o.prerequisites:
            return o
    return None


def _sequenced(facts: PlanFacts) -> QualityCheck:
    key, title = "sequenced", "Objectives are sequenced (phases set, prerequisites first)"
    live = _live(facts)
    if not live:
        return _check(
            key, title, Rag.GREEN, "Not applicable: the plan has no objectives yet.", FixTarget.OBJECTIVES
        )
    looped = _cycle(live)
    if looped is not None:
        return _check(
            key,
            title,
            Rag.RED,
            f"'{looped.outcome.strip()[:60]}' depends, through its prerequisites, on itself.",
            FixTarget.OBJECTIVES,
            looped.objective_id,
        )
    no_phase = [o for o in live if o.phase not in _PHASE_ORDER]
    if no_phase:
        return _check(
            key,
            title,
            Rag.AMBER,
            f"{_plural(len(no_phase), 'objective')} {'has' if len(no_phase) == 1 else 'have'} no phase "
            "(now, next, before release or on licence).",
            FixTarget.OBJECTIVES,
            no_phase[0].objective_id,
        )
    by_id = {o.objective_id: o for o in live}
    for o in live:
        for pid in o.prerequisites:
            before = by_id.get(pid)
            if before is None:
                continue
            order = (_PHASE_ORDER[before.phase], before.position)
            if order >= (_PHASE_ORDER[o.phase], o.position):
                return _check(
                    key,
                    title,
                    Rag.AMBER,
                    f"'{o.outcome.strip()[:60]}' comes before its prerequisite "
                    f"'{before.outcome.strip()[:60]}'.",
                    FixTarget.OBJECTIVES,
                    o.objective_id,
                )
    return _check(
        key,
        title,
        Rag.GREEN,
        "Every objective has a phase and comes after its prerequisites.",
        FixTarget.OBJECTIVES,
    )


def _measured_and_linked(facts: PlanFacts) -> QualityCheck:
    key, title = "measured_linked", "Every objective has a measure and a linked need or risk"
    live = _live(facts)
    if not live:
        return _check(
            key, title, Rag.GREEN, "Not applicable: the plan has no objectives yet.", FixTarget.OBJECTIVES
        )
    unlinked = [o for o in live if not any(parse_link(code) is not None for code in o.links)]
    unmeasured = [o for o in live if not o.measure.strip()]
    if unlinked or unmeasured:
        parts = []
        if unlinked:
            parts.append(f"{_plural(len(unlinked), 'objective')} linked to no need or risk")
        if unmeasured:
            parts.append(f"{_plural(len(unmeasured), 'objective')} without a measure of progress")
        first = (unlinked or unmeasured)[0]
        return _check(
            key, title, Rag.RED, "; ".join(parts).capitalize() + ".", FixTarget.OBJECTIVES, first.objective_id
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"All {_plural(len(live), 'objective')} say how progress is measured and what they answer.",
        FixTarget.OBJECTIVES,
    )


def _delivery_routes(facts: PlanFacts) -> QualityCheck:
    key, title = "delivery_routes", "Required interventions each have a delivery route"
    reqs = facts.requirements
    if not reqs:
        return _check(
            key,
            title,
            Rag.GREEN,
            "Not applicable: no intervention is recorded as required.",
            FixTarget.INTERVENTIONS,
        )
    unknown = [r for r in reqs if r.availability not in Availability.__members__]
    unexplained = [
        r
        for r in reqs
        if r.availability in Availability.__members__
        and Availability(r.availability).need_stays_open
        and not r.reason.strip()
    ]
    if unknown or unexplained:
        first = (unknown or unexplained)[0]
        return _check(
            key,
            title,
            Rag.RED,
            f"'{first.name}' has no delivery route"
            + ("" if unknown else " and no reason why it is not available")
            + ".",
            FixTarget.INTERVENTIONS,
            first.requirement_id,
        )
    open_ = [r for r in reqs if Availability(r.availability).need_stays_open]
    if open_:
        return _check(
            key,
            title,
            Rag.AMBER,
            f"{_plural(len(open_), 'required intervention')} cannot be delivered as needed "
            f"('{open_[0].name}': {Availability(open_[0].availability).label.lower()}); the need stays open.",
            FixTarget.INTERVENTIONS,
            open_[0].requirement_id,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"All {_plural(len(reqs), 'required intervention')} have a delivery route.",
        FixTarget.INTERVENTIONS,
    )


def _plan_due(facts: PlanFacts) -> QualityCheck:
    key, title = "plan_due", "Plan completed within the National Standards timescale"
    due = facts.plan_due_on
    if due is None:
        return _check(
            key,
            title,
            Rag.GREEN,
            "Not applicable: no sentence plan timescale applies to this case.",
            FixTarget.VERSIONS,
        )
    issued = facts.first_issued_on
    if issued is not None:
        if issued <= due:
            return _check(
                key,
                title,
                Rag.GREEN,
                f"Issued on {format_date(issued)}, within the timescale (due {format_date(due)}).",
                FixTarget.VERSIONS,
            )
        return _check(
            key,
            title,
            Rag.AMBER,
            f"Issued on {format_date(issued)}, {_plural((issued - due).days, 'day')} after it was due "
            f"({format_date(due)}).",
            FixTarget.VERSIONS,
        )
    days = (due - facts.today).days
    if days < 0:
        return _check(
            key,
            title,
            Rag.RED,
            f"Overdue: due {format_date(due)}, {_plural(-days, 'day')} ago, and no version issued.",
            FixTarget.VERSIONS,
        )
    if days <= facts.due_soon_days:
        return _check(
            key,
            title,
            Rag.AMBER,
            f"Due {format_date(due)}, in {_plural(days, 'day')}, and no version issued yet.",
            FixTarget.VERSIONS,
        )
    return _check(
        key,
        title,
        Rag.GREEN,
        f"Due {format_date(due)}, in {_plural(days, 'day')}.",
        FixTarget.VERSIONS,
    )


def evaluate(facts: PlanFacts) -> tuple[QualityCheck, ...]:
    """Every check of the panel for one plan, in the panel's order."""
    return (
        _needs_covered(facts),
        _roh_objective(facts),
        _risk_objective(
            facts,
            "child_protection_objective",
            "A child-protection objective where there are child concerns",
            facts.child_concerns,
            "no child concerns are recorded.",
            RiskFactor.CHILD_PROTECTION,
            "Child concerns are recorded but no objective is linked to child protection.",
        ),
        _risk_objective(
            facts,
            "victim_objective",
            "Victim work where there is an identifiable victim",
            facts.identifiable_victim,
            "no identifiable victim is recorded.",
            RiskFactor.VICTIM_SAFETY,
            "There is an identifiable victim but no objective is linked to victim safety.",
        ),
        _risk_objective(
            facts,
            "learning_objective",
            "A learning objective where there is a learning need",
            facts.learning_need,
            "no learning need is recorded.",
            RiskFactor.LEARNING,
            "A learning need is recorded but no objective is linked to it.",
        ),
        _outcome_focused(facts),
        _sequenced(facts),
        _measured_and_linked(facts),
        _actions_owned(facts),
        _contact_levels(facts),
        _involvement(facts),
        _delivery_routes(facts),
        _plan_due(facts),
    )
