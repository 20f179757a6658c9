"""Issue 10 point 5: schedule a board, invite Education with a contribution request, record attendance and
a decision, then print its pack and save it (point 7) — real window, real store, real keystrokes."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from workbench.casework.dto.plan import InvolvementForm, ObjectiveForm
from workbench.casework.services import Services
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Involvement, VersionReason, link_code
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.assessment.sign import PasswordDialog
from workbench.gui.screens.board_pack.hookup import BoardPackHookup
from workbench.gui.screens.boards.dialogs import BoardInviteDialog, BoardScheduleDialog
from workbench.gui.screens.boards.hookup import BoardsHookup
from workbench.gui.screens.boards.record_dialog import BoardRecordDialog
from workbench.security.principal import CurrentUser
from workbench.store.plan_models import ContributionRequest, PlanObjective, PlanVersion
from workbench.store.review_models import Board, BoardRecord

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
OUTCOME = "Alex holds down a job in the kitchens for three months"


def _type_password(qtbot: QtBot, password: str) -> None:
    """Answer the password question when it appears."""
    timer = QTimer(QApplication.instance())

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog) or not dialog.isVisible():
            return
        timer.stop()
        timer.deleteLater()
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    timer.timeout.connect(answer)
    timer.start(10)


def test_schedule_invite_education_and_record_a_board(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    supervisor: CurrentUser,
    passwords: dict[str, str],
    tmp_path: Path,
) -> None:
    window = make_window(size=(1024, 768))
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    case = window.case_page.case
    assert case is not None
    # The plan already has an agreed first version (issue 9), so the board issues the next one.
    eto = link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY)
    services.plan.save_objective(
        supervisor, case.prisoner_id, None, ObjectiveForm("Alex reads well.", (eto,))
    )
    services.plan.save_involvement(supervisor, case.prisoner_id, InvolvementForm(Involvement.AGREES))
    services.plan.issue_version(supervisor, case.prisoner_id, VersionReason.INITIAL)

    hookup = window.review_screens.boards
    assert isinstance(hookup, BoardsHookup)
    tab = hookup.tab
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL_SHIFT)  # Case → Boards → Boards
    assert tab.isVisible() and "review board" in tab.status.text()

    # 1. Schedule: a past date and 25:00 are refused beside their fields, then put right.
    qtbot.mouseClick(tab.schedule_button, LEFT)
    schedule = hookup.dialog
    assert isinstance(schedule, BoardScheduleDialog)
    qtbot.waitUntil(schedule.isVisible)
    ui = schedule.ui
    assert ui.kind.currentText() == "Review board"  # the kind the case calls for
    ui.time.setFocus()
    qtbot.keyClicks(ui.time, "25:00")
    qtbot.mouseClick(schedule.save_button, LEFT)
    assert schedule.errors.message("time") == "There is no hour 25 in 25:00: use 00 to 23."
    ui.on.edit.selectAll()
    qtbot.keyClicks(ui.on.edit, "26/11/2026")
    ui.time.selectAll()
    qtbot.keyClicks(ui.time, "14:30")
    qtbot.keyClicks(ui.location, "OMU meeting room")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(schedule.save_button, LEFT)
    board = tab.selected_board()
    assert board is not None and board.title == "Review board, 26/11/2026 14:30"
    assert "Education: not invited" in tab.gaps.text()

    # 2. Invite Education, sending the contribution request at once.
    qtbot.mouseClick(tab.invite_button, LEFT)
    invite = hookup.dialog
    assert isinstance(invite, BoardInviteDialog)
    qtbot.waitUntil(invite.isVisible)
    qtbot.keyClicks(invite.ui.who, "Education")
    assert invite.ui.who.currentText() == "Education" and invite.ui.request_contribution.isChecked()
    qtbot.keyClicks(invite.ui.note, "Literacy level, please.")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(invite.save_button, LEFT)
    assert tab.invitees.rowCount() == 1
    assert tab.invitees.item(0, 0).text() == "Education"
    assert tab.invitees.item(0, 1).text() == "requested"
    assert "Education: sent nothing yet" in tab.gaps.text()
    with services.ctx.store.read() as s:
        request = s.scalars(select(ContributionRequest)).one()
        assert request.department == "EDUCATION" and request.note == "Literacy level, please."

    # 3. Attendance on the tab: Education will come by video.
    combo = tab.invitees.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClicks(combo, "Video")
    combo = tab.invitees.cellWidget(0, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "Video"

    # 4. Record the board: Education came in person after all; one decision; signed with the password.
    qtbot.mouseClick(tab.record_button, LEFT)
    record = hookup.dialog
    assert isinstance(record, BoardRecordDialog)
    qtbot.waitUntil(record.isVisible)
    rui = record.ui
    attended = record.attendance_combos[0]
    assert attended.currentText() == "Video"
    attended.setFocus()
    qtbot.keyClicks(attended, "In person")
    qtbot.keyClicks(rui.prisoner_views, "Wants to work in the kitchens.")
    rui.decision_kind.setFocus()
    qtbot.keyClick(rui.decision_kind, Qt.Key.Key_End)  # a note …
    qtbot.keyClick(rui.decision_kind, Qt.Key.Key_Home)  # … no: add an objective (typing "Add" skips on "dd")
    assert rui.decision_kind.currentText() == "Add an objective"
    qtbot.keyClicks(rui.decision_text, OUTCOME)
    rui.detail.setFocus()
    qtbot.keyClicks(rui.detail, "Education")
    qtbot.mouseClick(rui.add_decision, LEFT)
    assert rui.decisions.count() == 1 and OUTCOME in rui.decisions.item(0).text()
    _type_password(qtbot, passwords["os.one"])
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(record.save_button, LEFT)
    assert record.outcome is not None and record.outcome.version is not None

    with services.ctx.store.read() as s:
        row = s.get(Board, board.id)
        assert row is not None and row.status == "HELD"
        rec = s.scalars(select(BoardRecord)).one()
        assert [a["mode"] for a in json.loads(rec.attendance)] == ["IN_PERSON", "IN_PERSON"]
        assert rec.prisoner_views == "Wants to work in the kitchens."
        added = s.scalars(select(PlanObjective).where(PlanObjective.outcome == OUTCOME)).one()
        assert json.loads(added.links) == [eto] and added.source_department == "OMU"
        assert [v.reason for v in s.scalars(select(PlanVersion).order_by(PlanVersion.version_no))] == [
            "INITIAL",
            "BOARD_DECISION",
        ]
    shown = tab.selected_board()
    assert shown is not None and shown.id == board.id
    assert f"Add an objective: {OUTCOME}" in tab.record.text()
    assert not tab.record_button.isEnabled()

    # 5. The board pack for it (issue 10 point 7: from "schedule board" to "pack saved"): Ctrl+Shift+B,
    # generate off the GUI thread, save through the file dialog; the saved PDF holds what was decided.
    pack = window.review_screens.board_pack
    assert isinstance(pack, BoardPackHookup)
    window.activateWindow()  # the offscreen platform leaves the closed password dialog "active"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_B, CTRL_SHIFT)  # Case → Board pack…
    dialog = pack.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.ui.generate, LEFT)
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    files = dialog.file_dialog
    assert files is not None
    qtbot.waitUntil(files.isVisible)
    target = tmp_path / "board pack.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        files.selectFile(str(target))
        files.accept()
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Decisions, next review and signatures" in text
        assert "Wants to work in the kitchens." in text  # the prisoner's views, as recorded
        assert "Education" in text


def test_a_department_invited_without_a_request_can_be_sent_one_later(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    window = make_window(size=(1024, 768))
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    case = window.case_page.case
    assert case is not None
    hookup = window.review_screens.boards
    assert isinstance(hookup, BoardsHookup)
    tab = hookup.tab
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.mouseClick(tab.schedule_button, LEFT)
    schedule = hookup.dialog
    assert isinstance(schedule, BoardScheduleDialog)
    qtbot.waitUntil(schedule.isVisible)
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(schedule.ui.location, Qt.Key.Key_Return)  # the offered date two weeks ahead
    qtbot.mouseClick(tab.invite_button, LEFT)
    invite = hookup.dialog
    assert isinstance(invite, BoardInviteDialog)
    qtbot.waitUntil(invite.isVisible)
    qtbot.keyClicks(invite.ui.who, "Wing")
    invite.ui.request_contribution.setFocus()
    qtbot.keyClick(invite.ui.request_contribution, Qt.Key.Key_Space)
    assert not invite.ui.request_contribution.isChecked()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(invite.save_button, LEFT)
    assert tab.invitees.item(0, 1).text() == "not requested"
    assert not tab.request_button.isEnabled()
    cell = tab.invitees.visualItemRect(tab.invitees.item(0, 0)).center()
    qtbot.mouseClick(tab.invitees.viewport(), LEFT, pos=cell)  # choose Wing
    assert tab.request_button.isEnabled()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(tab.request_button, LEFT)
    assert tab.invitees.item(0, 1).text() == "requested"
    with services.ctx.store.read() as s:
        assert s.scalars(select(ContributionRequest)).one().department == "WING"
