"""The board pack and its companions for a demo prisoner, read back with pdftotext (issue 10 points 6-7)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.casework.board_pack_layout import PACK_TITLES
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.dto.board_pack import DocumentKind
from workbench.casework.dto.contacts import NewContact
from workbench.casework.services import Services
from workbench.domain.contacts import ContactKind, Restriction
from workbench.domain.errors import ValidationError
from workbench.domain.plan import Department
from workbench.reports.common import MARKING, RESTRICTED_MARK
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import Prisoner, Sentence
from workbench.store.plan_models import SentencePlan
from workbench.store.review_models import Board, BoardInvitee, BoardRecord
from workbench.store.rosh_models import CompletedRiskManagementPlan, CompletedRoshAnalysis
from workbench.store.unit_of_work import Actor, UnitOfWork

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

SECURITY_NOTE = "Intelligence: passing notes to a visitor on the landing (restricted test entry)"


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [p for p in text.split("\f") if p.strip()]


def _heading(page: str) -> str:
    """The section title a page starts with (near its top), or "" for a section's continuation page."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    top = [line for line in lines if MARKING not in line and RESTRICTED_MARK not in line][:7]
    return next((t for t in top if t in PACK_TITLES or t.startswith("Contribution: ")), "")


def _marked_restricted(page: str) -> bool:
    return any(line.strip() == RESTRICTED_MARK for line in page.splitlines())


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


@pytest.fixture
def services(ctx: ServiceContext) -> Services:
    return Services.build(ctx)


@pytest.fixture
def demo_user(ctx: ServiceContext) -> CurrentUser:
    """The demo supervisor of a demo establishment with 40 synthetic prisoners."""
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    service.generate(manager, prisoners=40)
    supervisor = Services.build(ctx).auth.sign_in("demo.supervisor", "demo-supervisor-1")
    return supervisor


def _prisoner_with(ctx: ServiceContext, *, rmp: bool) -> str:
    """A demo prisoner with a started plan and a signed analysis, with (or without) a signed RMP."""
    with ctx.store.read() as s:
        planned = set(s.scalars(select(SentencePlan.prisoner_id)))
        analysed = set(s.scalars(select(CompletedRoshAnalysis.prisoner_id)))
        with_rmp = set(s.scalars(select(CompletedRiskManagementPlan.prisoner_id)))
        ids = sorted(planned & analysed & with_rmp) if rmp else sorted((planned & analysed) - with_rmp)
        ids += sorted(set(s.scalars(select(Prisoner.id))) - with_rmp) if not rmp and not ids else []
    assert ids, "the demo generator no longer makes such a prisoner"
    return ids[0]


def _schedule_board(ctx: ServiceContext, services: Services, user: CurrentUser, prisoner_id: str) -> None:
    """A board in a week with the offender manager, education (asked for a contribution) and the wing."""
    today = ctx.today()
    request_id, _ = services.contributions.request(
        user, prisoner_id, Department.EDUCATION, today + timedelta(days=5), "For the board"
    )
    services.contact_log.add(
        user,
        prisoner_id,
        NewContact(ContactKind.ONE_TO_ONE.value, today, SECURITY_NOTE, restricted=Restriction.SECURITY),
    )
    board_id = new_id()
    with UnitOfWork(ctx.store, Actor(user.user_id, user.username)) as uow:
        uow.add(
            Board(
                id=board_id,
                prisoner_id=prisoner_id,
                kind="REVIEW",
                scheduled_on=today + timedelta(days=7),
                scheduled_time="10:00",
                location="OMU meeting room",
                chair_name="Morgan Demoworth",
                scheduled_by_name=user.display_name,
            ),
            "board.scheduled",
        )
        for role, dept, name, mode, req in (
            ("OFFENDER_MANAGER", "", "Jo Probationworth", "VIDEO", None),
            ("DEPARTMENT", "EDUCATION", "Eddie Learnwell", "IN_PERSON", request_id),
            ("DEPARTMENT", "WING", "", "UNKNOWN", None),
        ):
            uow.add(
                BoardInvitee(
                    id=new_id(),
                    prisoner_id=prisoner_id,
                    board_id=board_id,
                    role=role,
                    department=dept,
                    name=name,
                    attendance=mode,
                    contribution_request_id=req,
                ),
                "board.invited",
            )
        earlier = new_id()
        uow.add(
            BoardRecord(
                id=new_id(),
                prisoner_id=prisoner_id,
                board_id=earlier,
                held_on=today - timedelta(days=200),
                decisions=json.dumps([{"kind": "PLAN", "text": "Keep the plan"}]),
                signed_at=datetime(2026, 5, 1, 12, 0),
                signed_by_id=user.user_id,
                signed_by_name=user.display_name,
            ),
            "board.recorded",
        )


def test_the_pack_has_every_section_in_order_marked_and_numbered(
    ctx: ServiceContext, services: Services, demo_user: CurrentUser, tmp_path: Path
) -> None:
    prisoner_id = _prisoner_with(ctx, rmp=True)
    _schedule_board(ctx, services, demo_user, prisoner_id)

    printed = services.board_pack.document(demo_user, prisoner_id, DocumentKind.PACK)
    pages = _pages(printed.pdf, tmp_path)

    assert len(pages) == printed.pages >= len(PACK_TITLES)
    for n, page in enumerate(pages, start=1):
        assert page.count(MARKING) >= 2, f"page {n} lacks the marking top and bottom"
        assert f"Page {n} of {len(pages)}" in page
        assert "as at" in page.lower()
    # Each section starts a page with its title; their order is the brief's, one page per department.
    titled = [_heading(p) for p in pages]
    wanted = [t for t in PACK_TITLES if t != "Contribution: "]
    found = [t for t in titled if t]
    assert [t for t in found if not t.startswith("Contribution: ")] == wanted
    contributions = [t for t in found if t.startswith("Contribution: ")]
    assert contributions == [
        f"Contribution: {Department.EDUCATION.label}",
        f"Contribution: {Department.WING.label}",
    ]
    assert found.index("Contribution: Education") == wanted.index("Progress since the last board") + 1
    # Only the restricted sections' pages carry the restricted header.
    restricted = [t for t, p in zip(titled, pages, strict=True) if _marked_restricted(p)]
    assert set(restricted) == {"Risk management plan", "Security digest"}
    text = _flat(pages)
    assert SECURITY_NOTE in text
    assert "Eddie Learnwell" in text and "Requested" in text and "In person" in text
    assert "No contribution has been received from Education." in text
    with ctx.store.read() as s:
        noms = s.get_one(Prisoner, prisoner_id).noms_number
    assert printed.file_name == f"{noms} board pack {ctx.today():%d-%m-%Y}.pdf"


def test_a_section_without_data_says_what_is_missing(
    ctx: ServiceContext, services: Services, demo_user: CurrentUser, tmp_path: Path
) -> None:
    prisoner_id = _prisoner_with(ctx, rmp=False)

    text = _flat(
        _pages(services.board_pack.document(demo_user, prisoner_id, DocumentKind.PACK).pdf, tmp_path)
    )

    assert "No risk management plan has been signed." in text
    assert "No board has been scheduled for this prisoner." in text
    assert "Nobody has been invited to this board yet." in text
    assert "No department was asked for a contribution to this board." in text
    assert "No restricted security entries are recorded." in text
    for title in PACK_TITLES:
        if title != "Contribution: ":
            assert title in text


def test_the_prisoner_copy_is_one_page_without_restricted_text(
    ctx: ServiceContext, services: Services, demo_user: CurrentUser, tmp_path: Path
) -> None:
    prisoner_id = _prisoner_with(ctx, rmp=True)
    _schedule_board(ctx, services, demo_user, prisoner_id)
    pages = _pages(services.board_pack.document(demo_user, prisoner_id, DocumentKind.PACK).pdf, tmp_path)
    rmp_words = set(" ".join(p for p in pages if _heading(p) == "Risk management plan").split())
    with ctx.store.read() as s:
        rmp = s.scalars(
            select(CompletedRiskManagementPlan).where(CompletedRiskManagementPlan.prisoner_id == prisoner_id)
        ).first()
        assert rmp is not None
        measures = [m["measure"] for m in json.loads(rmp.measures) if m.get("measure")]
    # Table cells wrap, so the pack is checked word by word: the measures print on the restricted page.
    assert measures and all(set(m.split()) <= rmp_words for m in measures)

    for kind in (DocumentKind.PRISONER_COPY, DocumentKind.WING_BRIEFING):
        printed = services.board_pack.document(demo_user, prisoner_id, kind)
        pages = _pages(printed.pdf, tmp_path)
        text = _flat(pages)
        assert len(pages) == printed.pages == 1, kind
        assert "Page 1 of 1" in text and MARKING in text
        assert RESTRICTED_MARK not in text
        assert SECURITY_NOTE not in text
        assert "Risk management plan" not in text and "Security digest" not in text
        for m in measures:
            assert " ".join(m.split()) not in text, (kind, m)


def test_blank_forms_give_each_invited_department_a_page_of_lines(
    ctx: ServiceContext, services: Services, demo_user: CurrentUser, tmp_path: Path
) -> None:
    prisoner_id = _prisoner_with(ctx, rmp=True)
    _schedule_board(ctx, services, demo_user, prisoner_id)

    printed = services.board_pack.document(demo_user, prisoner_id, DocumentKind.BLANK_FORMS)
    pages = _pages(printed.pdf, tmp_path)

    assert len(pages) == 2
    assert "Contribution: Education" in pages[0] and f"Contribution: {Department.WING.label}" in pages[1]
    assert all("Objectives you propose" in p and "Page" in p for p in pages)


def test_an_unknown_noms_number_is_named_in_the_refusal(services: Services, demo_user: CurrentUser) -> None:
    with pytest.raises(ValidationError, match="Z0000ZZ"):
        services.board_pack.find_prisoner(demo_user, "z0000zz")


def test_the_case_summary_shows_the_recorded_key_dates(
    ctx: ServiceContext, services: Services, demo_user: CurrentUser, tmp_path: Path
) -> None:
    """Key dates recorded on the sentence (migration 0011) reach the board's case summary; ones not
    recorded are left out rather than shown empty."""
    prisoner_id = _prisoner_with(ctx, rmp=True)
    today = ctx.today()
    with UnitOfWork(ctx.store, Actor(demo_user.user_id, demo_user.username)) as uow:
        sentence = uow.session.scalars(
            select(Sentence).where(Sentence.prisoner_id == prisoner_id, Sentence.is_current)
        ).one()
        uow.update(
            sentence,
            "sentence.corrected",
            categorisation_review_date=today + timedelta(days=40),
            early_allocation=True,
            target_hearing_date=None,
        )

    text = _flat(
        _pages(services.board_pack.document(demo_user, prisoner_id, DocumentKind.PACK).pdf, tmp_path)
    )

    when = (today + timedelta(days=40)).strftime("%d/%m/%Y")
    assert f"Categorisation review {when}" in text
    assert "Early allocation Yes" in text
    assert "Target hearing (THD)" not in text
