"""The initial interview wizard, driven with real keystrokes: arrival (first contact stops the overdue
clock at once), needs as referrals, a saved draft resumed, the prisoner's own account, diversity,
vulnerability, then review and sign with the password; the case page's tab shows the referral."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from workbench.domain.interview import InterviewStep, NeedArea, Referral, ReferralOwnerRole, ReferralStatus
from workbench.domain.needs import NeedSection
from workbench.domain.timescales import DueRule, DueStatus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.assessment.sign import PasswordDialog
from workbench.gui.screens.interview.wizard import InterviewWizard

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def today() -> date:
    """Wed 9 Dec 2026: the first contact with a prisoner received on Fri 20 Nov is overdue (due 4 Dec)."""
    return date(2026, 12, 9)


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


def _first_contact(window: MainWindow, prisoner_id: str) -> DueStatus:
    items = {i.rule: i for i in window.services.caseload.detail(window.user, prisoner_id).due_items}
    return items[DueRule.FIRST_CONTACT].status


def _choose(qtbot: QtBot, combo: QComboBox, steps: int) -> None:
    """Move a closed combo box down ``steps`` entries with the arrow key."""
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _next(qtbot: QtBot, wizard: InterviewWizard) -> None:
    with qtbot.waitSignal(wizard.interview_saved):
        qtbot.keyClick(wizard, Qt.Key.Key_N, ALT)


def _open(qtbot: QtBot, window: MainWindow) -> InterviewWizard:
    qtbot.keyClick(
        window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    wizard = window.interview.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def test_walking_the_whole_interview_with_the_keyboard_then_signing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], passwords: dict[str, str]
) -> None:
    window = make_window()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    case = window.case_page.case
    assert case is not None
    pid = case.prisoner_id
    assert _first_contact(window, pid) is DueStatus.OVERDUE
    overdue_before = window.services.caseload.row(window.user, pid).overdue_count  # type: ignore[union-attr]

    wizard = _open(qtbot, window)
    assert wizard.step is InterviewStep.ARRIVAL
    assert "Questions you can ask" in wizard.ui.prompts.text() and wizard.ui.guidance.text()
    assert wizard.width() <= 1024 and wizard.height() <= 768  # readable on a 1024x768 wing terminal

    # 1. Arrival and first contact: completing it records the first contact at once.
    page = wizard.arrival.ui
    _type(qtbot, page.first_contact_date.edit, "08/12/2026")
    page.role_explained.setFocus()
    qtbot.keyClick(page.role_explained, Qt.Key.Key_Space)
    _type(qtbot, page.first_contact_summary, "Met in the wing office; explained my role.")
    _next(qtbot, wizard)
    assert wizard.step is InterviewStep.NEEDS
    assert _first_contact(window, pid) is DueStatus.MET_LATE
    assert window.services.caseload.row(window.user, pid).overdue_count == overdue_before - 1  # type: ignore[union-attr]
    assert "First contact recorded" in wizard.ui.notice.text()

    # 2. Immediate needs: housing as a referral, every other area asked about with no need.
    rows = wizard.needs.rows
    for area, row in rows.items():
        _choose(qtbot, row.outcome, 2 if area is NeedArea.HOUSING else 1)
    housing = rows[NeedArea.HOUSING]
    _type(qtbot, housing.need, "Tenancy at risk: rent arrears")
    _type(qtbot, housing.owner_name, "Dee Housing")
    assert housing.raised_on.value() == date(2026, 12, 9)
    with qtbot.waitSignal(wizard.interview_saved):
        qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "This step is complete." in wizard.ui.missing.text()

    # A saved draft closes without a question and resumes where it was left.
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(wizard.ui.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.case_page.interview_button, Qt.MouseButton.LeftButton)
    wizard = window.interview.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    assert wizard.step is InterviewStep.NEEDS
    assert (
        wizard.needs.rows[NeedArea.HOUSING].need.text() == "Tidy"
        or wizard.needs.rows[NeedArea.HOUSING].need.text() == "Tenancy at risk: rent arrears"
    )
    assert (
        wizard.arrival.ui.first_contact_summary.toPlainText() == "Met in the wing office; explained my role."
    )
    _next(qtbot, wizard)

    # 3. In their own words.
    own = wizard.own_account.ui
    _type(qtbot, own.wants_to_change, "Stop drinking and see my kids.")
    _type(qtbot, own.what_helps, "My sister.")
    _type(qtbot, own.what_gets_in_the_way, "Old mates.")
    _choose(qtbot, own.motivation, 3)
    _type(qtbot, own.learning_style, "Being shown.")
    _type(qtbot, own.capacity_to_change, "Stayed dry for a year before.")
    _next(qtbot, wizard)

    # 4. Diversity and disadvantage.
    div = wizard.diversity.ui
    _type(qtbot, div.first_language, "English")
    _choose(qtbot, div.interpreter_needed, 2)  # No
    _choose(qtbot, div.basic_skills, 2)  # Entry level 3
    _type(qtbot, div.disability_and_adjustments, "Dyslexia: large print.")
    _type(qtbot, div.discrimination_experienced, "None reported.")
    _next(qtbot, wizard)

    # 5. Vulnerability: not vulnerable; nothing else needed.
    _choose(qtbot, wizard.vulnerability.ui.vulnerable, 2)  # No
    _next(qtbot, wizard)

    # 6. Review and sign, with the password asked again.
    assert wizard.step is InterviewStep.REVIEW
    assert "Every step is complete" in wizard.review.ui.missing_label.text()
    assert "Tenancy at risk" in wizard.review.ui.summary.toPlainText()
    assert not wizard.has_unsaved_work()  # the summary is not typing
    type_password(qtbot, passwords["os.one"])
    with qtbot.waitSignal(wizard.interview_signed):
        qtbot.keyClick(wizard, Qt.Key.Key_G, ALT)

    panel = window.interview.panel
    assert panel.overview is not None and panel.overview.latest is not None
    assert [(r.area, r.owner_name) for r in panel.overview.referrals] == [(NeedArea.HOUSING, "Dee Housing")]
    assert panel.referrals.item(0, 0).text() == "Housing"
    latest = window.services.interviews.latest_signed(window.user, pid)
    assert latest is not None and latest.goals == "Stop drinking and see my kids."


def test_unsaved_typing_is_asked_about_and_a_bad_date_is_refused_beside_its_field(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    wizard = _open(qtbot, window)
    page = wizard.arrival.ui
    _type(qtbot, page.first_contact_date.edit, "31/02/2026")
    qtbot.keyClick(page.first_contact_date.edit, Qt.Key.Key_Tab)
    with qtbot.waitSignal(wizard.ui.next_button.clicked):  # a mnemonic clicks after a short flash
        qtbot.keyClick(wizard, Qt.Key.Key_N, ALT)
    assert wizard.step is InterviewStep.ARRIVAL  # not saved, stays on the step
    assert page.first_contact_date_error.text() == "31/02/2026 is not a date: February 2026 has 28 days."
    assert wizard.has_unsaved_work()
    assert wizard.unsaved_work_description() == "the initial interview draft for EXAMPLEBY, Sam"


def test_the_interview_answers_are_offered_as_evidence_in_the_assessment(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    case = window.case_page.case
    assert case is not None
    service, user = window.services.interviews, window.user
    draft, _ = service.start_draft(user, case.prisoner_id)
    housing = Referral(
        NeedArea.HOUSING,
        "Tenancy at risk: rent arrears.",
        ReferralOwnerRole.RESETTLEMENT,
        "Dee Housing",
        ReferralStatus.RAISED,
        date(2026, 12, 8),
    )
    answers = {
        "first_contact_date": date(2026, 12, 8),
        "role_explained": "YES",
        "first_contact_summary": "Met on the wing.",
        "no_need_areas": [a.value for a in NeedArea if a is not NeedArea.HOUSING],
        **dict.fromkeys(("wants_to_change", "what_helps", "what_gets_in_the_way"), "In his words."),
        **dict.fromkeys(("learning_style", "capacity_to_change", "disability_and_adjustments"), "Noted."),
        "discrimination_experienced": "None reported.",
        "motivation": "PREPARING",
        "first_language": "English",
        "interpreter_needed": "NO",
        "basic_skills": "LEVEL_1",
        "vulnerable": "NO",
    }
    service.save_step(user, draft.interview_id, answers, [housing])
    _, changes = service.sign(user, draft.interview_id)
    window.bus.publish(changes)

    window.case_page.show_assessment_tab()
    qtbot.mouseClick(window.assessment_widget.start_button, Qt.MouseButton.LeftButton)
    editor = window.assessment_widget.need_editors[NeedSection.ACCOMMODATION]
    assert editor.prompt_button.isVisible() and editor.prompt_button.text() == "From the interview (1)"
    assert not window.assessment_widget.need_editors[NeedSection.DRUG_MISUSE].prompt_button.isVisible()

    def choose_first() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            timer.stop()
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            qtbot.keyClick(menu, Qt.Key.Key_Return)

    timer = QTimer(QApplication.instance())
    timer.timeout.connect(choose_first)
    timer.start(10)
    editor.prompt_button.setFocus()
    qtbot.keyClick(editor.prompt_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(editor.evidence.toPlainText()))
    assert editor.evidence.toPlainText() == (
        "Initial interview: housing referral — Tenancy at risk: rent arrears. "
        "(Resettlement, Dee Housing), raised."
    )
    assert window.assessment_widget.has_unsaved_work()


def test_the_lock_screen_hides_the_wizard_and_quitting_from_it_saves_the_draft(
    qtbot: QtBot, make_window: Callable[..., MainWindow], passwords: dict[str, str]
) -> None:
    window = make_window()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    wizard = _open(qtbot, window)
    _type(qtbot, wizard.arrival.ui.first_contact_summary, "Seen briefly at induction.")
    with qtbot.waitSignal(window.locked_changed, timeout=3000):
        qtbot.keyClick(
            wizard.arrival.ui.first_contact_summary, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
    assert window.is_locked and not wizard.isVisible()
    with qtbot.waitSignal(window.locked_changed, timeout=3000):
        qtbot.keyClicks(window.lock_screen.password, passwords["os.one"])
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert wizard.isVisible() and wizard.has_unsaved_work()
    assert wizard.arrival.ui.first_contact_summary.toPlainText() == "Seen briefly at induction."

    # Whoever is at a locked terminal may not be the author: quitting from the lock screen saves.
    interview_id = wizard.detail.interview_id
    with qtbot.waitSignal(window.locked_changed, timeout=3000):
        qtbot.keyClick(
            wizard.arrival.ui.first_contact_summary, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
    qtbot.mouseClick(window.lock_screen.quit_button, Qt.MouseButton.LeftButton)
    saved = window.services.interviews.get(window.user, interview_id)
    assert saved.answers["first_contact_summary"] == "Seen briefly at induction."


def test_the_author_can_discard_an_abandoned_draft_from_the_interview_tab(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    wizard = _open(qtbot, window)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(wizard.ui.close_button, Qt.MouseButton.LeftButton)
    panel = window.interview.panel
    window.case_page.tabs.setCurrentWidget(panel)
    assert panel.discard_button.isEnabled() and panel.open_button.text() == "Resume interview…"

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    timer = QTimer(QApplication.instance())
    timer.timeout.connect(answer_yes)
    timer.start(10)
    with qtbot.waitSignal(panel.discarded):
        qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert panel.overview is not None and panel.overview.draft is None and panel.overview.can_start
    assert panel.open_button.text() == "Start interview…" and not panel.discard_button.isEnabled()
