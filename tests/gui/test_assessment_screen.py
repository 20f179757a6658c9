"""The "Likelihood of reoffending" tab: typing an assessment into the real widgets, signing it, and
seeing the tier on the caseload (issue 3; seed 3.13–3.14, "resources follow risk").

Real main window, real services, real encrypted store; pytest-qt drives keys and clicks offscreen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.services import Services
from workbench.domain.needs import NeedSection
from workbench.domain.ogrs3 import Ogrs3Input, calculate
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.models.caseload_model import Column, PrisonerIdRole
from workbench.gui.screens.assessment.sign import PasswordDialog
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser


@pytest.fixture
def services(ctx: ServiceContext) -> Services:
    return Services.build(ctx)


@pytest.fixture
def window_for(
    qtbot: QtBot, services: Services, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> Iterator[Callable[[CurrentUser], MainWindow]]:
    """A main window for a user, with Alex TESTPERSON (A1234BC, male, born 1 Jan 1990, High RoSH) received."""
    services.reception.receive(supervisor, receive())
    windows: list[MainWindow] = []

    def make(user: CurrentUser) -> MainWindow:
        window = MainWindow(
            services,
            user,
            EventBus(),
            TaskRunner(),
            establishment_name="HMP Test",
            demo=False,
            idle_minutes=30,
        )
        qtbot.addWidget(window)
        window.load_now()
        window.show()
        qtbot.waitExposed(window)
        window.table.selectRow(0)
        window.case_page.show_assessment_tab()
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.tasks.wait_all()


def _type_number(qtbot: QtBot, spin: object, text: str) -> None:
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    qtbot.keyClicks(spin, text)  # type: ignore[arg-type]


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def _fill_in(qtbot: QtBot, w: AssessmentWidget) -> None:
    """What an offender supervisor types: OGRS3 inputs, every need section, a protective factor."""
    qtbot.keyClicks(w.conviction_edit, "19112026")
    _type_number(qtbot, w.sanctions_spin, "5")
    _type_number(qtbot, w.first_age_spin, "16")
    _choose(qtbot, w.offence_combo, "Burglary (domestic)")
    for section, editor in w.need_editors.items():
        if section is NeedSection.DRUG_MISUSE:
            _choose(qtbot, editor.severity, "Severe")
            qtbot.mouseClick(editor.reoffending, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(editor.evidence, "Daily heroin use before custody (CARAT assessment).")
            qtbot.keyClicks(editor.analysis, "Burglaries were to fund drug use.")
        else:
            _choose(qtbot, editor.severity, "No need")
    qtbot.keyClicks(w.factor_edit, "Supportive partner")
    qtbot.keyClick(w.factor_edit, Qt.Key.Key_Return)


def _row_text(window: MainWindow, column: Column) -> str:
    index = window.proxy.index(0, column)
    return str(index.data())


def type_password(qtbot: QtBot, answers: list[str], problems: list[str]) -> None:
    """Type each answer, in turn, into the password question when it appears (noting its message)."""
    timer = QTimer(QApplication.instance())
    pending = list(answers)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog) or not dialog.isVisible():
            return
        problems.append(dialog.error.text())
        qtbot.keyClicks(dialog.password, pending.pop(0))
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        if not pending:
            timer.stop()
            timer.deleteLater()

    timer.timeout.connect(answer)
    timer.start(10)


def test_typing_an_assessment_shows_ogrs3_and_tier_then_signing_puts_the_tier_on_the_caseload(
    qtbot: QtBot,
    window_for: Callable[[CurrentUser], MainWindow],
    supervisor: CurrentUser,
    passwords: dict[str, str],
) -> None:
    window = window_for(supervisor)
    w = window.assessment_widget
    assert "No likelihood of reoffending assessment yet" in w.status_label.text()
    assert _row_text(window, Column.TIER) == ""

    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    assert w.shown is not None and w.shown.is_draft
    assert w.save_button.isEnabled() and w.complete_button.isEnabled()
    assert "OGRS3" in w.ogrs3_label.text() and "not yet" in w.ogrs3_label.text()
    assert "provisional" in w.tier_label.text()

    _fill_in(qtbot, w)

    # The figures follow the typing, from the domain function.
    expected = calculate(
        Ogrs3Input(
            "MALE",
            w.form().date_of_birth,
            w.form().conviction_date,
            w.form().follow_up_start,
            5,
            16,
            "Burglary (domestic)",
        )
    )
    assert f"2 years <b>{expected.two_year_pct}%</b>" in w.ogrs3_label.text()
    assert "provisional" not in w.tier_label.text()
    reasons = [w.reasons_list.item(i).text() for i in range(w.reasons_list.count())]
    assert "RoSH High: 20 points" in reasons
    assert "Drug misuse severe: 1 × 2 = 2 points" in reasons
    assert w.is_dirty

    # Ctrl+S saves the draft.
    with qtbot.waitSignal(w.draft_saved):
        qtbot.keyClick(w.sanctions_spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.is_dirty

    asked: list[str] = []

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    w._confirm = confirm  # type: ignore[method-assign]  # the confirmation box, answered "Yes"
    # Signing asks for the password again: a wrong one is refused with a message, the right one signs.
    problems: list[str] = []
    type_password(qtbot, ["not my password", passwords["os.one"]], problems)
    with qtbot.waitSignal(w.assessment_completed):
        qtbot.mouseClick(w.complete_button, Qt.MouseButton.LeftButton)
    assert asked and "cannot be changed afterwards" in asked[0]
    assert problems == ["", "That is not your password. Try again, or cancel: the draft stays saved."]

    assert w.shown is not None and not w.shown.is_draft
    assert w.status_label.text().startswith("<b>Completed</b> and signed by Sam Supervisor")
    assert not w.save_button.isEnabled() and not w.conviction_edit.isEnabled()
    assert w.history_table.rowCount() == 1
    tier = w.shown.tier
    assert tier is not None and not tier.provisional
    assert _row_text(window, Column.TIER) == tier.tier
    band = {"LOW": "Low", "MEDIUM": "Medium", "HIGH": "High", "VERY_HIGH": "Very high"}[expected.band]
    assert _row_text(window, Column.BAND) == band
    row = window.model.row_at(0)
    assert (row.tier, row.ogrs3_band, row.tier_provisional) == (tier.tier, expected.band, False)
    assert window.proxy.index(0, 0).data(PrisonerIdRole) == row.prisoner_id


def test_signing_is_refused_with_messages_beside_the_fields(
    qtbot: QtBot, window_for: Callable[[CurrentUser], MainWindow], supervisor: CurrentUser
) -> None:
    window = window_for(supervisor)
    w = window.assessment_widget
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    _choose(qtbot, w.need_editors[NeedSection.ACCOMMODATION].severity, "Standard")

    told: list[str] = []
    w._inform = lambda title, text: told.append(text)  # type: ignore[method-assign]
    w._confirm = lambda title, text: pytest.fail("must not ask to sign an incomplete assessment")  # type: ignore[method-assign]
    qtbot.mouseClick(w.complete_button, Qt.MouseButton.LeftButton)

    assert told and told[0].startswith("Fix these")
    assert w.field_errors["conviction_date"].isVisibleTo(w)
    assert "Enter the date of the current conviction." in w.field_errors["conviction_date"].text()
    accommodation = w.need_editors[NeedSection.ACCOMMODATION].error.text()
    assert "evidence is required" in accommodation and "analysis is required" in accommodation
    assert "protective factor" in w.field_errors["protective_factors"].text()
    assert w.shown is not None and w.shown.is_draft


def test_someone_elses_draft_is_read_only_with_a_notice(
    qtbot: QtBot,
    window_for: Callable[[CurrentUser], MainWindow],
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    services: Services,
) -> None:
    from workbench.domain.enums import UserRole

    other = new_user("os.two", "Priya Patel", UserRole.SUPERVISOR)
    prisoner_id = services.caseload.rows(supervisor)[0].prisoner_id
    services.assessments.start_draft(other, prisoner_id)

    window = window_for(supervisor)
    w = window.assessment_widget
    assert w.shown is not None and w.shown.author_name == "Priya Patel"
    assert "This draft belongs to Priya Patel" in w.notice_label.text()
    assert not w.save_button.isEnabled() and not w.complete_button.isEnabled()
    assert not w.start_button.isEnabled()
    assert w.need_editors[NeedSection.ACCOMMODATION].evidence.isReadOnly()
    assert not w.sanctions_spin.isEnabled()
