"""The demo profile's sentence planning boards (issue 10 point 5): scheduled and held boards, marked as
demo data, readable through the board service like any other."""

from __future__ import annotations

from sqlalchemy import select

from workbench.casework.boards import BoardService
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.demo_boards import DEMO_NOTE
from workbench.domain.reviews import BoardStatus, TriggerKind
from workbench.store.audit import verify_chain
from workbench.store.review_models import Board, BoardRecord, ReviewTask


def test_demo_boards_are_scheduled_and_held_and_marked_as_demo(ctx: ServiceContext) -> None:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    changes = service.generate(manager, prisoners=120)
    assert changes.touches("board") and changes.touches("board_record")
    with ctx.store.read() as s:
        boards = s.scalars(select(Board)).all()
        records = s.scalars(select(BoardRecord)).all()
        tasks = s.scalars(select(ReviewTask).where(ReviewTask.trigger == TriggerKind.ARMED.value)).all()
        assert verify_chain(s).ok
    assert {b.status for b in boards} == {BoardStatus.SCHEDULED.value, BoardStatus.HELD.value}
    assert all(b.chair_name.endswith("(demo)") and b.location.endswith("(demo)") for b in boards)
    assert records and all(DEMO_NOTE in r.decisions for r in records)
    assert len(tasks) == len(records)
    held = next(b for b in boards if b.status == BoardStatus.HELD.value)
    overview = BoardService(ctx).overview(manager, held.prisoner_id)
    assert overview.past and overview.past[0].record is not None
    assert overview.upcoming and overview.upcoming[0].gaps  # demo invitations send no requests
