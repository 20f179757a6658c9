"""Render the main screens of the demo profile to PNG files for review by eye.

Run under Xvfb (a real X server, real window), at the wing terminal's 1024x768 and at a larger size:
    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python scripts/screenshots.py /tmp/shots
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py /tmp/shots
Uses a throwaway demo profile in OUTDIR/profile; nothing else is touched. Put OUTDIR outside the
repository (e.g. under /tmp).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workbench.app import build_core
from workbench.casework.demo import DEMO_CREDENTIALS
from workbench.casework.services import Services
from workbench.config import resolve_settings
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.signin.dialog import SignInDialog
from workbench.gui.tasks import TaskRunner
from workbench.gui.theme import apply_theme


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    core = build_core(resolve_settings(out / "profile", demo=True))
    services = core.services
    if not services.users.is_set_up():
        manager = services.demo.set_up_demo_profile()
        services.demo.generate(manager, prisoners=300)
    establishment = services.users.establishment()
    name = establishment.name if establishment else "?"

    signin = SignInDialog(services.auth.sign_in, establishment=name, demo_credentials=DEMO_CREDENTIALS)
    signin.show()
    app.processEvents()
    signin.grab().save(str(out / "01-sign-in.png"))
    signin.close()
    signin.deleteLater()  # see app._dispose: a finished dialog must not outlive the main window
    app.processEvents()
    del signin

    user = services.auth.sign_in(DEMO_CREDENTIALS[0][0], DEMO_CREDENTIALS[0][1])
    window = MainWindow(
        services,
        user,
        EventBus(),
        TaskRunner(),
        establishment_name=name,
        demo=True,
        idle_minutes=10,
        settings=QSettings(str(out / "ui-settings.ini"), QSettings.Format.IniFormat),
    )
    screen = app.primaryScreen()
    # The window fills the screen, as on a wing terminal (1024x768 there, larger elsewhere).
    if screen is not None:
        window.fill(screen.availableGeometry())
    window.load_now()
    window.show()
    app.processEvents()
    window.table.selectRow(3)
    app.processEvents()
    QTimer.singleShot(200, app.quit)
    app.exec()
    size = f"{window.width()}x{window.height()}"
    window.grab().save(str(out / f"02-caseload-{size}.png"))
    window.open_case()  # over the caseload on a narrow screen; beside it (no change) on a wide one
    app.processEvents()
    window.grab().save(str(out / f"03-case-{size}.png"))
    window.case_page.show_assessment_tab()
    app.processEvents()
    window.grab().save(str(out / f"03-reoffending-{size}.png"))
    # -- contact log (issue 8 point 8): the tab, and "Add contact" as Ctrl+Shift+N opens it --
    window.case_page.show_contact_log_tab()
    app.processEvents()
    window.grab().save(str(out / f"03-contact-log-{size}.png"))
    contact = window.add_contact()
    if contact is not None:
        app.processEvents()
        contact.grab().save(str(out / "03-add-contact.png"))
        contact.discard_unsaved_work()
        contact.reject()
        app.processEvents()
    # -- risk management plan; children, victims, MAPPA (issue 8): a case with a shared plan --
    with_plan = [
        r.prisoner_id
        for r in window.model.rows()
        if (ov := services.rmp.overview(user, r.prisoner_id)).current is not None and ov.distribution
    ]
    if with_plan and window.select_prisoner(with_plan[0]):
        window.open_case()
        window.case_page.tabs.setCurrentWidget(window.rmp_widget)
        app.processEvents()
        window.grab().save(str(out / f"03-risk-plan-{size}.png"))
        window.rmp_widget.ui.scroll_area.verticalScrollBar().setValue(10_000)
        app.processEvents()
        window.grab().save(str(out / f"03-risk-plan-distribution-{size}.png"))
        window.case_page.tabs.setCurrentWidget(window.risk_people_widget)
        app.processEvents()
        window.grab().save(str(out / f"03-children-victims-{size}.png"))
    window.case_page.tabs.setCurrentIndex(0)
    window.close_case()
    window.overdue_check.setChecked(True)
    window.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(out / f"04-overdue-{size}.png"))
    window.filter_edit.setText("nobody by this name")
    app.processEvents()
    window.grab().save(str(out / f"05-no-match-{size}.png"))
    window.filter_edit.clear()
    window.overdue_check.setChecked(False)
    _interview_shots(app, window, out, size)  # -- interview (issue 8) --
    shortcuts = window.show_shortcuts()
    app.processEvents()
    shortcuts.grab().save(str(out / "06-shortcuts.png"))
    shortcuts.close()
    _risk_of_harm_shots(app, window, services, out, size)  # -- issue 8 --
    _plan_shots(app, window, services, out, size)  # -- sentence plan (issue 9) --
    _contribution_shots(app, window, services, out, size)  # -- contributions, interventions (issue 9) --
    _board_shots(app, window, services, out, size)  # -- boards (issue 10 point 5) --
    _board_pack_shots(app, window, out)  # -- board pack (issue 10) --
    _review_shots(app, window, out, size)  # -- reviews and handover (issue 10 points 2 and 4) --
    window.lock()
    app.processEvents()
    window.grab().save(str(out / f"07-locked-{size}.png"))
    window.close()
    window.deleteLater()  # delete Qt objects while the application still exists, not at interpreter exit
    app.processEvents()
    core.store.close()


# -- interview (issue 8) --
def _interview_shots(app: QApplication, window: MainWindow, out: Path, size: str) -> None:
    """The Interview tab of a case with a signed interview, its wizard at every step, and a new draft."""
    from workbench.domain.interview import InterviewStep

    service, user = window.services.interviews, window.user
    rows = window.services.caseload.rows(user)
    signed = next(
        r.prisoner_id for r in rows if (o := service.overview(user, r.prisoner_id)).latest and o.referrals
    )
    fresh = next(
        r.prisoner_id
        for r in rows
        if (o := service.overview(user, r.prisoner_id)).latest is None and o.draft is None and o.can_start
    )
    window.select_prisoner(signed)
    window.open_case()
    window.case_page.tabs.setCurrentWidget(window.interview.panel)
    app.processEvents()
    window.grab().save(str(out / f"08-interview-tab-{size}.png"))
    wizard = window.interview.open_interview(signed)
    if wizard is not None:
        for i, step in enumerate(InterviewStep):
            wizard._show_step(step)
            app.processEvents()
            wizard.grab().save(str(out / f"09-interview-signed-{i + 1}-{step.value.lower()}.png"))
        wizard.reject()
    window.select_prisoner(fresh)
    wizard = window.interview.open_interview(fresh)
    if wizard is not None:
        app.processEvents()
        wizard.grab().save(str(out / "10-interview-new-draft.png"))
        wizard._show_step(InterviewStep.NEEDS)
        app.processEvents()
        wizard.grab().save(str(out / "10-interview-new-draft-needs.png"))
        wizard.discard_unsaved_work()
        wizard.reject()
    window.case_page.tabs.setCurrentIndex(0)


def _risk_of_harm_shots(
    app: QApplication, window: MainWindow, services: Services, out: Path, size: str
) -> None:
    """Issue 8: the Risk of harm tab, a signed screening and analysis, and the manager's queue."""
    from workbench.gui.screens.countersign.dialog import CountersignDialog

    tab = window.risk_of_harm.tab
    for row in range(window.proxy.rowCount()):
        window.table.selectRow(row)
        app.processEvents()
        ov = tab.overview
        if ov is not None and ov.analysis is not None and ov.screening is not None:
            break
    window.open_case()
    window.case_page.show_tab(tab)
    app.processEvents()
    window.grab().save(str(out / f"08-risk-of-harm-{size}.png"))
    if ov is not None and ov.screening is not None and ov.analysis is not None:
        tab.open_screening(ov.screening)
        app.processEvents()
        window.grab().save(str(out / f"09-rosh-screening-{size}.png"))
        tab.open_analysis(ov.analysis)
        app.processEvents()
        window.grab().save(str(out / f"10-rosh-analysis-{size}.png"))
        tab.analysis_editor.section_tabs.setCurrentWidget(tab.analysis_editor.ui.page_levels)
        app.processEvents()
        window.grab().save(str(out / f"11-rosh-levels-{size}.png"))
        tab.show_overview()
    manager = services.auth.sign_in(DEMO_CREDENTIALS[1][0], DEMO_CREDENTIALS[1][1])
    dialog = CountersignDialog(services.countersign, manager, window.bus, window)
    dialog.resize(min(1000, window.width()), min(640, window.height()))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "12-countersign.png"))
    dialog.close()
    dialog.deleteLater()
    window.close_case()
    app.processEvents()


# -- board pack (issue 10) --
def _board_pack_shots(app: QApplication, window: MainWindow, out: Path) -> None:
    """Issue 10 point 6: the "Board pack…" dialog with the generated pack's preview."""
    from PySide6.QtCore import QThread

    window.table.selectRow(3)
    app.processEvents()
    dialog = window.review_screens.board_pack.open_pack(None)
    if dialog is None:
        return
    dialog.generate()
    window.tasks.wait_all(60_000)  # the worker's result arrives as a queued signal: processed below
    for _ in range(50):
        app.processEvents()
        if dialog.result_doc is not None:
            break
        QThread.msleep(100)
    for _ in range(3):  # the page images are laid out and shown on the next passes of the loop
        app.processEvents()
    dialog.grab().save(str(out / "20-board-pack.png"))
    dialog.close()
    dialog.deleteLater()
    app.processEvents()


# -- sentence plan (issue 9) --
def _plan_shots(app: QApplication, window: MainWindow, services: Services, out: Path, size: str) -> None:
    """Issue 9: the plan tab of a seeded case (two proposals accepted, an action), each section."""
    hookup = window.sentence_plan.plan
    user = window.user
    for row in range(window.proxy.rowCount()):
        window.table.selectRow(row)
        app.processEvents()
        case = window.case_page.case
        if case is not None and len(services.plan.proposals(user, case.prisoner_id)) >= 3:
            break
    case = window.case_page.case
    if case is None:
        return
    proposals = services.plan.proposals(user, case.prisoner_id)
    for proposal in proposals[:2]:
        objective_id, changes = services.plan.accept_proposal(user, case.prisoner_id, proposal)
        window.bus.publish(changes)
    hookup.show_plan()
    hookup.objectives.select_objective(objective_id)
    app.processEvents()
    window.grab().save(str(out / f"13-plan-objectives-{size}.png"))
    for n, section in enumerate(("Contact and involvement", "Versions"), start=14):
        hookup.sections.show_section(section)
        app.processEvents()
        window.grab().save(str(out / f"{n}-plan-{section.split()[0].lower()}-{size}.png"))
    window.close_case()


# -- contributions and interventions (issue 9 points 3-4) --
def _contribution_shots(
    app: QApplication, window: MainWindow, services: Services, out: Path, size: str
) -> None:
    from datetime import timedelta

    from workbench.casework.dto.contributions import ACTION, OBJECTIVE, Proposal
    from workbench.casework.dto.interventions import RequirementInput
    from workbench.domain.needs import NeedSection
    from workbench.domain.plan import Availability, Department, link_code

    parts = window.sentence_plan
    window.table.selectRow(2)
    window.open_case()
    case = window.case_page.case
    if case is None:
        return
    user, today = window.user, services.ctx.today()
    ete = link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY)
    rid, _ = services.contributions.request(
        user, case.prisoner_id, Department.EDUCATION, today + timedelta(14), ""
    )
    proposals = [
        Proposal(OBJECTIVE, outcome="Reads well enough to fill in a job application alone", links=(ete,)),
        Proposal(ACTION, what="Entry level 3 literacy", owner_role="Education manager", objective_ref=0),
    ]
    cid, _ = services.contributions.write(user, rid, "Reads at entry level 2; keen to work.", proposals)
    services.interventions.record(
        user,
        case.prisoner_id,
        RequirementInput(
            "", "Healthy relationships", ete, Availability.NOT_RUN_HERE, "Runs at HMP Lindholme"
        ),
    )
    window.case_page.show_tab(parts.plan.sections)
    parts.plan.sections.sections.setCurrentWidget(parts.contributions.section)
    parts.contributions.section.refresh()
    app.processEvents()
    window.grab().save(str(out / f"13-contributions-{size}.png"))
    for dialog in (
        parts.contributions.open_write(parts.contributions.section.selected_request()),
        parts.contributions.open_merge(services.contributions.contribution(user, cid)),
    ):
        if dialog is not None:
            app.processEvents()
            dialog.grab().save(str(out / f"13-{type(dialog).__name__}.png"))
            dialog.discard_unsaved_work()
            dialog.reject()
            app.processEvents()
    parts.plan.sections.sections.setCurrentWidget(parts.interventions.section)
    parts.interventions.section.refresh()
    app.processEvents()
    window.grab().save(str(out / f"13-interventions-{size}.png"))
    ledger = parts.interventions.open_ledger()
    app.processEvents()
    ledger.grab().save(str(out / "13-ledger.png"))
    ledger.reject()
    app.processEvents()


# -- sentence planning boards (issue 10 point 5) --
def _board_shots(app: QApplication, window: MainWindow, services: Services, out: Path, size: str) -> None:
    """The Boards tab of a demo case with a held and a scheduled board, and each board dialog."""
    hookup = window.review_screens.boards
    user = window.user
    for row in range(window.proxy.rowCount()):
        window.table.selectRow(row)
        app.processEvents()
        case = window.case_page.case
        if case is not None:
            ov = services.boards.overview(user, case.prisoner_id)
            if ov.upcoming and ov.past and ov.upcoming[0].invitees:
                break
    if window.case_page.case is None or not hookup.show_boards():
        return
    app.processEvents()
    window.grab().save(str(out / f"20-boards-{size}.png"))
    hookup.tab.boards.setCurrentRow(hookup.tab.boards.count() - 1)  # the held board and its record
    app.processEvents()
    window.grab().save(str(out / f"20-boards-held-{size}.png"))
    hookup.tab.boards.setCurrentRow(0)
    board = hookup.tab.selected_board()
    dialogs = [hookup.open_schedule()]
    if board is not None:
        dialogs += [hookup.open_invite(board), hookup.open_record(board)]
    for dialog in dialogs:
        if dialog is not None:
            app.processEvents()
            dialog.grab().save(str(out / f"20-{type(dialog).__name__}.png"))
            dialog.discard_unsaved_work()
            dialog.reject()
            app.processEvents()


# -- reviews and handover (issue 10 points 2 and 4) --
def _review_shots(app: QApplication, window: MainWindow, out: Path, size: str) -> None:
    """Issue 10: the Reviews tab (handover panel) and each page of the review dialog."""
    hookup = window.review_screens.reviews
    window.table.selectRow(5)
    app.processEvents()
    window.open_case()
    window.case_page.show_tab(hookup.tab)
    app.processEvents()
    window.grab().save(str(out / f"30-reviews-tab-{size}.png"))
    dialog = hookup.open_review(None)
    if dialog is None:
        return
    for page in range(dialog.ui.pages.count()):
        dialog.ui.pages.setCurrentIndex(page)
        app.processEvents()
        dialog.grab().save(str(out / f"3{page + 1}-review-dialog-{page + 1}.png"))
    dialog.mark_clean()
    dialog.reject()
    app.processEvents()
    window.close_case()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/workbench-screenshots"))
