"""Recording and signing a review with real keystrokes (issue 10 point 4): the Reviews tab with the
handover panel, the review dialog's four pages, signing with the password, the reasons it closes and
the review it arms; the caseload's "handover within 3 months" filter from the View menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from workbench.casework.dto.plan import ObjectiveForm
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.review_record import ArmedTrigger
from workbench.casework.reviews.record import armed_task_id
from workbench.domain.needs import NeedSection
from workbench.domain.plan import link_code
from workbench.domain.reviews import ReviewTaskStatus, TriggerKind, review_task_id
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.assessment.sign import PasswordDialog
from workbench.gui.screens.reviews.dialog import ReviewRecordDialog
from workbench.store.review_models import ReviewTask
from workbench.store.unit_of_work import Actor, UnitOfWork

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
OUTCOME = "To stay free of heroin and manage cravings."


def type_password(qtbot: QtBot, password: str) -> None:
    """Type the password into the signing question when it appears."""
    timer = QTimer(QApplication.instance())

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PasswordDialog) and dialog.isVisible():
            timer.stop()
            qtbot.keyClicks(dialog.password, password)
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    timer.timeout.connect(answer)
    timer.start(10)


def _raise_task(window: MainWindow, pid: str) -> str:
    """A reason a review is due, as the trigger sweep (issue 10 point 1) writes it."""
    task_id = review_task_id(pid, TriggerKind.ROSH_CHANGED.value, "event-1")
    with UnitOfWork(window.services.ctx.store, Actor("sweep", "sweep")) as uow:
        uow.add(
            ReviewTask(
                id=task_id,
                prisoner_id=pid,
                trigger=TriggerKind.ROSH_CHANGED.value,
                source_key="event-1",
                explanation="Risk of harm raised to high.",
                raised_on=date(2026, 11, 20),
                due_on=date(2026, 11, 30),
            ),
            "review_task.raised",
        )
    return task_id


def _open_dialog(qtbot: QtBot, window: MainWindow) -> ReviewRecordDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    dialog = window.review_screens.reviews.dialog
    assert isinstance(dialog, ReviewRecordDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_recording_and_signing_a_review_with_the_keyboard(
    qtbot: QtBot, make_window: Callable[..., MainWindow], passwords: dict[str, str]
) -> None:
    window = make_window(size=(1024, 768))
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    case = window.case_page.case
    assert case is not None
    pid = case.prisoner_id
    window.services.plan.save_objective(
        window.user, pid, None, ObjectiveForm(OUTCOME, (link_code(NeedSection.DRUG_MISUSE),))
    )
    task_id = _raise_task(window, pid)
    tab = window.review_screens.reviews.tab
    tab.refresh()
    assert "Prison offender manager responsible" in tab.handover_panel.responsible.text()
    assert "Handover on" in tab.handover_panel.summary.text()
    assert "Review due 30 Nov 2026" in tab.due.text() or "Review due 30/11/2026" in tab.due.text()

    dialog = _open_dialog(qtbot, window)
    assert dialog.width() <= 1024 and dialog.height() <= 768
    ui = dialog.ui
    assert ui.review_date.value() == date(2026, 11, 26)
    assert ui.participants.rowCount() == 2 and ui.tasks.count() == 1

    # Sign too early: the gaps are shown, nothing is signed.
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "Record the changes" in ui.changes_error.text()
    assert window.review_screens.reviews.service.overview(window.user, pid).signed == ()

    # Progress: the objective rated "Good progress" with its evidence.
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert ui.pages.currentIndex() == 1
    rating = ui.progress.cellWidget(0, 1)
    evidence = ui.progress.cellWidget(0, 2)
    assert isinstance(rating, QComboBox) and isinstance(evidence, QLineEdit)
    rating.setFocus()
    qtbot.keyClick(rating, Qt.Key.Key_Home)  # "Achieved"; "Not assessed" is last
    qtbot.keyClick(rating, Qt.Key.Key_Down)
    assert rating.currentText() == "Good progress"
    evidence.setFocus()
    qtbot.keyClicks(evidence, "Two clean tests; attends CARAT weekly.")

    # Changes: none, and why.
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    ui.no_change_reason.setFocus()
    qtbot.keyClicks(ui.no_change_reason, "The plan still fits; no new risk information.")

    # Next review: a review arranged for after the course.
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(ui.add_armed, Qt.MouseButton.LeftButton)
    field = dialog._armed_date(0)
    qtbot.keyClicks(field.edit, "01/03/2027")
    note = ui.armed.cellWidget(0, 1)
    assert isinstance(note, QLineEdit)
    note.setFocus()
    qtbot.keyClicks(note, "After the course ends")

    type_password(qtbot, passwords["os.one"])
    with qtbot.waitSignal(dialog.review_signed):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    service = window.review_screens.reviews.service
    ov = service.overview(window.user, pid)
    assert len(ov.signed) == 1
    signed = ov.signed[0].form
    assert signed.progress[0].evidence == "Two clean tests; attends CARAT weekly."
    assert signed.armed == (ArmedTrigger(date(2027, 3, 1), "After the course ends"),)
    with window.services.ctx.store.read() as s:
        task = s.get(ReviewTask, task_id)
        assert task is not None and task.status == ReviewTaskStatus.DONE.value
        assert s.get(ReviewTask, armed_task_id(pid, signed.armed[0])) is not None
    assert tab.signed.count() == 1 and "Review of" in tab.signed.item(0).text()
    assert "Review due" in tab.due.text() and "01/03/2027" in tab.reasons.text()

    # The signed review opens read-only from the list (Enter on it).
    tab.signed.setFocus()
    tab.signed.setCurrentRow(0)
    qtbot.keyClick(tab.signed, Qt.Key.Key_Return)
    shown = window.review_screens.reviews.dialog
    assert isinstance(shown, ReviewRecordDialog) and shown is not dialog
    assert shown.ui.read_only.text().startswith("Signed by Sam Supervisor")
    assert not shown.sign_button.isVisibleTo(shown) and not shown.save_button.isVisibleTo(shown)
    assert shown.ui.tasks.item(0).text() == "This review answered 1 reason."
    shown.reject()


def test_the_view_menu_filters_handover_within_3_months(
    qtbot: QtBot, make_window: Callable[..., MainWindow], receive: Callable[..., ReceptionRequest]
) -> None:
    window = make_window()
    # Handover 24 Feb 2027 (CRD 10 Nov 2027 less 8 months 14 days): within 3 months of 26 Nov 2026.
    soon = receive(
        noms_number="A9999ZZ",
        family_name="Soon",
        sentence_date=date(2024, 1, 1),
        length_days=4 * 365,
        conditional_release_date=date(2027, 11, 10),
        sentence_expiry_date=date(2027, 12, 30),
    )
    window.services.reception.receive(window.user, soon)
    window.load_now()
    shown = window.proxy.rowCount()
    assert shown > 1
    action = window.review_screens.handover.filter_action
    action.trigger()
    assert window.pane.handover_check.isChecked()
    visible = [
        window.model.row_at(window.proxy.mapToSource(window.proxy.index(r, 0)).row()).noms_number
        for r in range(window.proxy.rowCount())
    ]
    assert visible == ["A9999ZZ"]
    window.pane.clear_filters()
    assert not action.isChecked() and window.proxy.rowCount() == shown
