"""A department's contribution travels through the central record (issue 9 points 3 and 6).

The supervisor requests it on one terminal; a department contributor writes it on another (the central
record lets contributors push only class A and C rows: a contribution is class A, and the request row
stays the supervisor's); the supervisor merges it into THE plan, and every terminal sees the merged
objective with its source department. Nothing conflicts, nothing is lost or duplicated.
"""

from __future__ import annotations

from datetime import date

from sync_harness import PASSWORD, CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.contributions import ContributionService
from workbench.casework.dto.contributions import ACTION, OBJECTIVE, Proposal
from workbench.casework.users import UserService
from workbench.central import enrol
from workbench.domain.enums import UserRole
from workbench.domain.needs import NeedSection
from workbench.domain.plan import ContributionStatus, Department, link_code, plan_id_for
from workbench.security.auth import AuthService

OUTCOME = "Reads well enough to fill in a job application on his own"


def test_request_contribute_and_merge_across_terminals(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    request_id, _ = ContributionService(t1.ctx).request(
        t1.os, pid, Department.EDUCATION, date(2026, 12, 10), ""
    )
    t1.sync_ok()
    t2.sync_ok()

    # The education contributor works at the wing terminal t2.
    UserService(t2.ctx).add_user(
        t2.admin,
        username="edu.t2",
        display_name="Casey Teacher",
        role=UserRole.CONTRIBUTOR,
        password=PASSWORD,
    )
    teacher = AuthService(t2.store).sign_in("edu.t2", PASSWORD)
    enrol.add_user(
        central.db,
        teacher.username,
        teacher.role,
        "MDI",
        user_id=teacher.user_id,
        display_name=teacher.display_name,
    )
    service2 = ContributionService(t2.ctx)
    (queued,) = service2.queue(teacher)
    assert queued.request_id == request_id
    proposals = [
        Proposal(
            OBJECTIVE, outcome=OUTCOME, links=(link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY),)
        ),
        Proposal(ACTION, what="Entry level 3 literacy", owner_role="Education manager", objective_ref=0),
    ]
    contribution_id, _ = service2.write(teacher, request_id, "Reads at entry level 2.", proposals)
    t2.sync_ok()
    server = central.state("contribution", contribution_id)
    assert (
        server is not None
        and server["department"] == "EDUCATION"
        and server["author_name"] == "Casey Teacher"
    )

    t1.sync_ok()
    service1 = ContributionService(t1.ctx)
    (row,) = service1.overview(t1.os, pid).requests
    assert row.status is ContributionStatus.RECEIVED
    service1.merge(t1.os, contribution_id, [(0, proposals[0]), (1, proposals[1])])
    t1.sync_ok()
    t2.sync_ok()

    case = service2.case_for_contributor(teacher, pid)
    assert [outcome for _, outcome in case.objectives] == [OUTCOME]
    merged = service2.overview(teacher, pid).merged
    assert [(m.kind, m.source_department) for m in merged] == [
        (OBJECTIVE, Department.EDUCATION),
        (ACTION, Department.EDUCATION),
    ]
    assert central.state("sentence_plan", plan_id_for(pid)) is not None
    assert t1.conflicts() == [] and t2.conflicts() == []
    assert_nothing_lost_or_duplicated(central, t1, t2)
