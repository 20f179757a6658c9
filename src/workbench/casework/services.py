"""The set of services the composition root builds and hands to the window."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.casework.allocation import AllocationService
from workbench.casework.assessment import AssessmentService
from workbench.casework.board_pack import BoardPackService  # -- reviews and boards (issue 10) --
from workbench.casework.boards import BoardService  # -- reviews and boards (issue 10) --
from workbench.casework.caseload import CaseloadService
from workbench.casework.contact_log import ContactLogService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService  # -- sentence plan (issue 9) --
from workbench.casework.corrections import CorrectionService
from workbench.casework.demo import DemoDataService
from workbench.casework.handover import HandoverService  # -- reviews and boards (issue 10) --
from workbench.casework.interventions import InterventionService  # -- sentence plan (issue 9) --
from workbench.casework.interview import InterviewService  # -- interview (issue 8) --
from workbench.casework.my_work import MyWorkService  # -- reviews and boards (issue 10) --
from workbench.casework.offence_paralleling import OffenceParallelingService  # -- issue 10 point 1 --
from workbench.casework.plan import PlanService  # -- sentence plan (issue 9) --
from workbench.casework.plan_quality import PlanQualityService  # -- sentence plan (issue 9) --
from workbench.casework.reception import ReceptionService
from workbench.casework.reviews import ReviewService  # -- reviews and boards (issue 10) --
from workbench.casework.reviews.record import ReviewRecordService  # -- reviews and boards (issue 10) --
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rmp import RmpService
from workbench.casework.rosh.analysis import AnalysisService
from workbench.casework.rosh.countersign import CountersignService
from workbench.casework.rosh.overview import RoshOverviewService
from workbench.casework.rosh.screening import ScreeningService
from workbench.casework.sync_conflicts import SyncConflictService
from workbench.casework.users import UserService
from workbench.security.audit import AuditService
from workbench.security.auth import AuthService


@dataclass(frozen=True)
class Services:
    """Every use case the GUI may call. Built once in ``workbench.app``."""

    ctx: ServiceContext
    auth: AuthService
    audit: AuditService
    users: UserService
    caseload: CaseloadService
    reception: ReceptionService
    allocation: AllocationService
    contacts: ContactService
    demo: DemoDataService
    assessments: AssessmentService
    sync_conflicts: SyncConflictService
    corrections: CorrectionService
    # -- contact log (issue 8 point 8) --
    contact_log: ContactLogService
    # -- interview (issue 8) --
    interviews: InterviewService
    # -- risk management plan; children, victims, MAPPA (issue 8 points 4-5) --
    rmp: RmpService
    risk_people: RiskPeopleService
    # -- risk of harm (issue 8): screening, full analysis, countersigning --
    rosh_screening: ScreeningService
    rosh_analysis: AnalysisService
    countersign: CountersignService
    rosh: RoshOverviewService
    # -- sentence plan (issue 9) --
    plan: PlanService
    contributions: ContributionService
    interventions: InterventionService
    plan_quality: PlanQualityService
    # -- reviews and boards (issue 10) --
    reviews: ReviewService
    review_records: ReviewRecordService
    handover: HandoverService
    boards: BoardService
    board_pack: BoardPackService
    my_work: MyWorkService
    # -- offence-paralleling flags (issue 10 point 1) --
    offence_paralleling: OffenceParallelingService

    @classmethod
    def build(cls, ctx: ServiceContext) -> Services:
        """Every service over the one shared context."""
        return cls(
            ctx=ctx,
            auth=AuthService(ctx.store, ctx.policy),
            audit=AuditService(ctx.store),
            users=UserService(ctx),
            caseload=CaseloadService(ctx),
            reception=ReceptionService(ctx),
            allocation=AllocationService(ctx),
            contacts=ContactService(ctx),
            demo=DemoDataService(ctx),
            assessments=AssessmentService(ctx),
            sync_conflicts=SyncConflictService(ctx),
            corrections=CorrectionService(ctx),
            # -- contact log (issue 8 point 8) --
            contact_log=ContactLogService(ctx),
            # -- interview (issue 8) --
            interviews=InterviewService(ctx),
            # -- risk management plan; children, victims, MAPPA (issue 8 points 4-5) --
            rmp=RmpService(ctx),
            risk_people=RiskPeopleService(ctx),
            # -- risk of harm (issue 8) --
            rosh_screening=ScreeningService(ctx),
            rosh_analysis=AnalysisService(ctx),
            countersign=CountersignService(ctx),
            rosh=RoshOverviewService(ctx),
            # -- sentence plan (issue 9) --
            plan=PlanService(ctx),
            contributions=ContributionService(ctx),
            interventions=InterventionService(ctx),
            plan_quality=PlanQualityService(ctx),
            # -- reviews and boards (issue 10) --
            reviews=ReviewService(ctx),
            review_records=ReviewRecordService(ctx),
            handover=HandoverService(ctx),
            boards=BoardService(ctx),
            board_pack=BoardPackService(ctx),
            my_work=MyWorkService(ctx),
            # -- offence-paralleling flags (issue 10 point 1) --
            offence_paralleling=OffenceParallelingService(ctx),
        )
