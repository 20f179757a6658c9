"""Allocating and reallocating offender supervisors, community offender managers and personal officers.

History is kept: a reallocation ends the current allocation and starts a new one, and needs a reason
(seed 2.7, 3.1, 3.6).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.users import StaffMember
from workbench.casework.guards import editable_prisoner
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.enums import AllocationRole, UserRole
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Allocation, Prisoner, User

_CAN_SUPERVISE = frozenset({UserRole.SUPERVISOR.value, UserRole.MANAGER.value})


@dataclass(frozen=True, slots=True)
class StaffCaseload:
    """A member of staff who can be allocated, with how many cases they hold now in that role."""

    member: StaffMember
    cases: int

    @property
    def label(self) -> str:
        """How the allocation list shows them: "Sam Supervisor — 34 cases"."""
        return f"{self.member.display_name} — {self.cases} case{'' if self.cases == 1 else 's'}"


class AllocationService:
    """Allocate staff to a prisoner's case."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def staff_with_caseload(
        self, user: CurrentUser, role: AllocationRole, roles: tuple[UserRole, ...] | None = None
    ) -> list[StaffCaseload]:
        """Active local staff (of ``roles``, or all), by name, each with their open ``role`` allocations.

        One query: staff outer-joined to their open allocations of live prisoners, counted per person,
        so the list shows who is already carrying most (issue 7 point 8).
        """
        require(user.role, Permission.VIEW_CASELOAD)
        open_cases = (
            select(Allocation.id, Allocation.staff_user_id)
            .join(Prisoner, Prisoner.id == Allocation.prisoner_id)
            .where(
                Allocation.role == role.value,
                Allocation.end_date.is_(None),
                Allocation.deleted_at.is_(None),
                Prisoner.deleted_at.is_(None),
            )
            .subquery()
        )
        q = (
            select(User, func.count(open_cases.c.id))
            .outerjoin(open_cases, and_(open_cases.c.staff_user_id == User.id))
            .where(User.active, User.establishment_code == user.establishment_code)
            .group_by(User.id)
            .order_by(User.display_name)
        )
        if roles:
            q = q.where(User.role.in_([r.value for r in roles]))
        with self._ctx.store.read() as s:
            return [
                StaffCaseload(
                    StaffMember(u.id, u.username, u.display_name, UserRole(u.role), u.active), count
                )
                for u, count in s.execute(q)
            ]

    def allocate(self, user: CurrentUser, req: AllocationRequest) -> ChangeSet:
        """Start an allocation; end the current one for the same role (a reallocation needs a reason)."""
        today = self._ctx.today()
        errors: list[ValidationError] = []
        if req.start_date > today:
            errors.append(ValidationError("The allocation cannot start in the future.", field="start_date"))
        for err in (
            check_not_too_early(req.start_date, "start_date", "allocation start date"),
            check_text(req.reason, "reason", "reason", required=False, limit=2000),
        ):
            if err:
                errors.append(err)
        with self._ctx.write(user, Permission.ALLOCATE) as uow:
            s = uow.session
            prisoner = editable_prisoner(s, req.prisoner_id)
            staff_name = clean_line(req.staff_name)
            if req.role is AllocationRole.OFFENDER_MANAGER:
                name_err = check_text(
                    staff_name,
                    "staff",
                    "community offender manager's name",
                    required=True,
                    limit=120,
                    multiline=False,
                )
                if name_err:
                    errors.append(name_err)
            else:
                staff = s.get(User, req.staff_user_id) if req.staff_user_id else None
                if staff is None or not staff.active or staff.establishment_code != user.establishment_code:
                    errors.append(
                        ValidationError(f"Choose the {req.role.label.lower()} from the list.", field="staff")
                    )
                elif req.role is AllocationRole.OFFENDER_SUPERVISOR and staff.role not in _CAN_SUPERVISE:
                    errors.append(
                        ValidationError(
                            f"{staff.display_name} is not an offender supervisor or OMU manager; "
                            "choose someone who is.",
                            field="staff",
                        )
                    )
                else:
                    staff_name = staff.display_name
            if req.start_date < prisoner.arrived_on and req.role is not AllocationRole.OFFENDER_MANAGER:
                errors.append(
                    ValidationError(
                        "The allocation cannot start before the prisoner arrived "
                        f"({prisoner.arrived_on:%d %b %Y}).",
                        field="start_date",
                    )
                )
            current = s.scalars(
                select(Allocation).where(
                    Allocation.prisoner_id == prisoner.id,
                    Allocation.role == req.role.value,
                    Allocation.end_date.is_(None),
                    Allocation.deleted_at.is_(None),
                )
            ).all()
            for cur in current:
                same = (
                    cur.staff_user_id == req.staff_user_id and req.role is not AllocationRole.OFFENDER_MANAGER
                ) or (
                    req.role is AllocationRole.OFFENDER_MANAGER
                    and cur.staff_name.lower() == staff_name.lower()
                )
                if same:
                    errors.append(ValidationError(f"{staff_name} is already allocated.", field="staff"))
                elif not req.reason.strip():
                    errors.append(
                        ValidationError(
                            f"Give the reason for reallocating from {cur.staff_name}.", field="reason"
                        )
                    )
                if req.start_date < cur.start_date:
                    errors.append(
                        ValidationError(
                            "The new allocation cannot start before the current one "
                            f"({cur.start_date:%d %b %Y}).",
                            field="start_date",
                        )
                    )
            if errors:
                raise ValidationErrors(errors)
            for cur in current:
                uow.update(cur, "allocation.ended", end_date=req.start_date)
            uow.add(
                Allocation(
                    prisoner_id=prisoner.id,
                    role=req.role.value,
                    staff_user_id=req.staff_user_id
                    if req.role is not AllocationRole.OFFENDER_MANAGER
                    else None,
                    staff_name=staff_name,
                    start_date=req.start_date,
                    reason=clean_paragraphs(req.reason),
                    recorded_by=user.display_name,
                ),
                "allocation.started" if not current else "allocation.reallocated",
            )
        return ChangeSet(frozenset({req.prisoner_id}), frozenset({"allocation"}))
