"""Issue 9 point 7: request an education contribution, write it as a contributor, merge it into the plan.

Real windows over one real store, real keystrokes and clicks. The supervisor and the contributor sign
in on the same terminal (one store, one change broadcast), as on a shared wing terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from workbench.casework.dto.contributions import ACTION, OBJECTIVE, Proposal
from workbench.casework.services import Services
from workbench.domain.needs import NeedSection
from workbench.domain.plan import ContributionStatus, Department, link_code
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.contributions.hookup import ContributionsHookup
from workbench.gui.screens.contributions.merge_dialog import ContributionMergeDialog
from workbench.gui.screens.contributions.queue import ContributionQueueDialog, request_columns
from workbench.gui.screens.contributions.request_dialog import ContributionRequestDialog
from workbench.gui.screens.contributions.rows_model import RowRole, RowsModel
from workbench.gui.screens.contributions.withdraw_dialog import ContributionWithdrawDialog
from workbench.gui.screens.contributions.write_dialog import ContributionWriteDialog
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser
from workbench.store.plan_models import PlanObjective

LEFT = Qt.MouseButton.LeftButton
OUTCOME = "He reads well enough to fill in a job application on his own"


def _contributions(window: MainWindow) -> ContributionsHookup:
    hookup = window.sentence_plan.contributions
    assert isinstance(hookup, ContributionsHookup)
    return hookup


def _open_contributions_section(qtbot: QtBot, window: MainWindow) -> ContributionsHookup:
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    assert window.case_page.case is not None
    hookup = _contributions(window)
    plan_tab = window.sentence_plan.plan.sections
    window.case_page.show_tab(plan_tab)
    plan_tab.sections.setCurrentWidget(hookup.section)
    assert hookup.section.isVisible()
    return hookup


def _ok(dialog: ContributionRequestDialog | ContributionWriteDialog | ContributionMergeDialog) -> None:
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QtBot.mouseClick(button, LEFT)


def test_request_write_as_contributor_and_merge_into_the_plan(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    contributor: CurrentUser,
) -> None:
    # 1. The supervisor requests an education contribution.
    window = make_window()
    hookup = _open_contributions_section(qtbot, window)
    section = hookup.section
    case = window.case_page.case
    assert case is not None
    qtbot.mouseClick(section.request_button, LEFT)
    request = hookup.dialog
    assert isinstance(request, ContributionRequestDialog)
    qtbot.waitUntil(request.isVisible)
    request.ui.department.setFocus()
    qtbot.keyClicks(request.ui.department, "Education")
    assert request.ui.department.currentText() == "Education"
    request.ui.due_on.edit.clear()
    qtbot.keyClicks(request.ui.due_on.edit, "10/12/2026")
    qtbot.keyClicks(request.ui.note, "Literacy level and work history, please.")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(request.save_button, LEFT)
    assert section.model.rowCount() == 1
    assert section.model.row_at(0) is not None
    assert section.model.row_at(0).status is ContributionStatus.REQUESTED  # type: ignore[union-attr]

    # 2. The education contributor signs in on the same terminal and writes it from their queue.
    other = MainWindow(
        services,
        contributor,
        window.bus,
        TaskRunner(),
        establishment_name="HMP Test",
        demo=False,
        idle_minutes=30,
    )
    qtbot.addWidget(other, before_close_func=lambda w: w.case_page.discard_unsaved_work())
    other.resize(1024, 768)
    other.load_now()
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    theirs = _contributions(other)
    assert not theirs.section.merge_button.isVisibleTo(theirs.section)  # contributors never merge
    qtbot.keyClick(
        other, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    queue = theirs.queue
    assert isinstance(queue, ContributionQueueDialog)
    qtbot.waitUntil(queue.isVisible)
    assert queue.model.rowCount() == 1
    qtbot.mouseClick(queue.ui.write_button, LEFT)
    write = theirs.dialog
    assert isinstance(write, ContributionWriteDialog)
    qtbot.waitUntil(write.isVisible)
    ui = write.ui
    assert ui.prisoner.text().startswith(
        f"{case.family_name.upper()}, {case.given_name} ({case.noms_number})"
    )
    qtbot.keyClicks(ui.summary, "Reads at entry level 2; keen to work in the kitchens.")
    qtbot.keyClicks(ui.outcome, OUTCOME)
    assert ui.lint.text()  # the linter's result shows as he types
    ui.need.setFocus()
    qtbot.keyClicks(ui.need, "Education")
    assert ui.need.currentText() == "Education, training and employability"
    qtbot.keyClicks(ui.measure, "Entry level 3 reading passed")
    qtbot.mouseClick(ui.add_objective_button, LEFT)
    assert ui.proposals.count() == 1
    qtbot.keyClicks(ui.what, "Enrol on the entry level 3 literacy course")
    qtbot.keyClicks(ui.owner_role, "Education manager")
    qtbot.keyClicks(ui.owner_name, "Pat Teacher")
    qtbot.mouseClick(ui.add_action_button, LEFT)
    assert ui.proposals.count() == 2
    with qtbot.waitSignal(window.bus.changed):
        _ok(write)
    assert not write.isVisible()
    assert queue.model.row_at(0).status is ContributionStatus.RECEIVED  # type: ignore[union-attr]
    queue.close()
    other.close()

    # 3. The supervisor merges it: the objective is in THE plan with Education as its source.
    assert section.contributions.count() == 1
    qtbot.mouseClick(section.merge_button, LEFT)
    merge = hookup.dialog
    assert isinstance(merge, ContributionMergeDialog)
    qtbot.waitUntil(merge.isVisible)
    assert merge.ui.proposals.count() == 2
    assert merge.ui.lint.text().startswith("Objective check:")
    with qtbot.waitSignal(window.bus.changed):
        _ok(merge)
    assert [section.merged.item(i).text() for i in range(section.merged.count())] == [
        f"Objective: {OUTCOME} — source: Education",
        "Action: Enrol on the entry level 3 literacy course — source: Education",
    ]
    assert section.model.row_at(0).status is ContributionStatus.MERGED  # type: ignore[union-attr]
    with services.ctx.store.read() as s:
        (objective,) = s.scalars(select(PlanObjective)).all()
        assert objective.source_department == "EDUCATION" and objective.outcome == OUTCOME
    assert QApplication.activeModalWidget() is None


def answer_question(qtbot: QtBot, button: str, seen: list[str]) -> None:
    """When the unsaved-work question appears, note its text and click ``button`` on it
    (as tests/gui/test_unsaved_dialogs.py does)."""
    timer = QTimer(QApplication.instance())

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return  # not asked yet: look again on the next tick
        timer.stop()
        timer.deleteLater()
        seen.append(box.text())
        [target] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button]
        qtbot.mouseClick(target, LEFT)

    timer.timeout.connect(click)
    timer.start(10)


def _on_label(button: QRadioButton) -> QPoint:
    """A point on a radio button's indicator and text (its stretched right end does not take clicks)."""
    return QPoint(12, button.height() // 2)


def _written_contribution(
    services: Services, supervisor: CurrentUser, contributor: CurrentUser, pid: str
) -> str:
    """A contribution with one proposed objective and one action for it, written through the services."""
    rid, _ = services.contributions.request(supervisor, pid, Department.HEALTHCARE, date(2026, 12, 10), "")
    proposals = [
        Proposal(
            OBJECTIVE,
            outcome="Takes his medication as prescribed",
            links=(link_code(NeedSection.HEALTH_AND_OTHER),),
        ),
        Proposal(ACTION, what="Weekly clinic review", owner_role="Nurse", objective_ref=0),
    ]
    cid, _ = services.contributions.write(contributor, rid, "Seen at the clinic.", proposals)
    return cid


def test_merge_edit_then_accept_and_leave(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    supervisor: CurrentUser,
    contributor: CurrentUser,
) -> None:
    window = make_window()
    hookup = _open_contributions_section(qtbot, window)
    case = window.case_page.case
    assert case is not None
    _written_contribution(services, supervisor, contributor, case.prisoner_id)
    hookup.section.refresh()
    qtbot.mouseClick(hookup.section.merge_button, LEFT)
    merge = hookup.dialog
    assert isinstance(merge, ContributionMergeDialog)
    qtbot.waitUntil(merge.isVisible)
    ui = merge.ui
    # Leaving the objective but keeping its action is refused, beside nothing lost.
    qtbot.mouseClick(ui.leave_radio, LEFT, pos=_on_label(ui.leave_radio))
    assert ui.proposals.item(0).text().startswith("– Leave")
    qtbot.mouseClick(merge.save_button, LEFT)
    assert "objective you left out" in ui.general_error.text()
    assert merge.isVisible()
    # Edit the objective, then accept it.
    qtbot.mouseClick(ui.edit_radio, LEFT, pos=_on_label(ui.edit_radio))
    assert ui.text.isEnabled()
    ui.text.selectAll()
    qtbot.keyClicks(ui.text, "Manages his own medication and attends every clinic review")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(merge.save_button, LEFT)
    merged = [hookup.section.merged.item(i).text() for i in range(hookup.section.merged.count())]
    assert (
        merged[0]
        == "Objective: Manages his own medication and attends every clinic review — source: Healthcare"
    )


def test_rows_model_passes_the_model_tester(
    qtmodeltester: object,
    services: Services,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    received: object,
) -> None:
    pid = received.prisoner_id
    _written_contribution(services, supervisor, contributor, pid)
    model: RowsModel[object] = RowsModel(request_columns(True))  # type: ignore[arg-type]
    rows = services.contributions.queue(contributor)
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1 and model.columnCount() == 7
    assert model.data(model.index(0, 2)) == "Healthcare"
    assert model.data(model.index(0, 4), RowRole) is rows[0]


def test_escape_with_a_proposal_not_sent_asks_and_save_sends_it(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    supervisor: CurrentUser,
) -> None:
    window = make_window()
    hookup = _open_contributions_section(qtbot, window)
    case = window.case_page.case
    assert case is not None
    services.contributions.request(supervisor, case.prisoner_id, Department.WING, date(2026, 12, 10), "")
    hookup.section.refresh()
    qtbot.mouseClick(hookup.section.write_button, LEFT)  # supervisors may contribute too
    write = hookup.dialog
    assert isinstance(write, ContributionWriteDialog)
    qtbot.waitUntil(write.isVisible)
    ui = write.ui
    qtbot.keyClicks(ui.summary, "Settled on the wing; works as a cleaner.")
    qtbot.keyClicks(ui.outcome, "Keeps his job as a wing cleaner for six months")
    qtbot.mouseClick(ui.add_objective_button, LEFT)
    assert ui.proposals.count() == 1 and ui.outcome.toPlainText() == ""
    seen: list[str] = []
    answer_question(qtbot, "Save", seen)
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(ui.summary, Qt.Key.Key_Escape)
    who = f"{case.family_name.upper()}, {case.given_name}"
    assert seen == [f"You have unsaved work: the Wing / personal officer contribution for {who}."]
    assert not write.isVisible()
    (sent,) = hookup.section.overview.contributions  # type: ignore[union-attr]
    assert [p.outcome for p in sent.proposals] == ["Keeps his job as a wing cleaner for six months"]


def test_withdraw_a_request_with_its_reason(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    window = make_window()
    hookup = _open_contributions_section(qtbot, window)
    case = window.case_page.case
    assert case is not None
    services.contributions.request(
        supervisor, case.prisoner_id, Department.CHAPLAINCY, date(2026, 12, 10), ""
    )
    hookup.section.refresh()
    section = hookup.section
    assert section.withdraw_button.isEnabled()
    qtbot.mouseClick(section.withdraw_button, LEFT)
    dialog = hookup.dialog
    assert isinstance(dialog, ContributionWithdrawDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.ui.reason_error.text() == "Enter the reason for withdrawing."
    qtbot.keyClicks(dialog.ui.reason, "The chaplain saw him at reception.")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    row = section.model.row_at(0)
    assert row is not None and row.status is ContributionStatus.WITHDRAWN
    assert not section.withdraw_button.isEnabled()


def test_writing_again_corrects_the_contribution_sent(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    supervisor: CurrentUser,
    contributor: CurrentUser,
) -> None:
    window = make_window()
    hookup = _open_contributions_section(qtbot, window)
    case = window.case_page.case
    assert case is not None
    first = _written_contribution(services, supervisor, contributor, case.prisoner_id)
    hookup.section.refresh()
    qtbot.mouseClick(hookup.section.write_button, LEFT)
    write = hookup.dialog
    assert isinstance(write, ContributionWriteDialog)
    qtbot.waitUntil(write.isVisible)
    ui = write.ui
    assert write.windowTitle().startswith("Correct the Healthcare contribution")
    assert ui.summary.toPlainText() == "Seen at the clinic." and ui.proposals.count() == 2
    assert not write.has_unsaved_work()  # nothing changed yet
    qtbot.keyClick(ui.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.summary, " Blood pressure now controlled.")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(write.save_button, LEFT)
    ov = hookup.section.overview
    assert ov is not None
    (current,) = ov.contributions  # the original is kept in the store, superseded
    assert current.supersedes_id == first
    assert current.summary == "Seen at the clinic. Blood pressure now controlled."
