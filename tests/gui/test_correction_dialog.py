"""Correcting a prisoner's details through the dialog and from the main window (issue 7 point 5).

Real widgets over the real services and encrypted store; keys typed with pytest-qt, offscreen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from workbench.casework.caseload import CaseloadService
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.corrections import CorrectionService
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.services import Services
from workbench.domain.enums import RoshLevel
from workbench.domain.scope import ScopeStatus
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.correction.dialog import CorrectionDialog, split_length
from workbench.gui.tasks import TaskRunner
from workbench.gui.widgets.date_field import DateField
from workbench.gui.widgets.unsaved import HoldsUnsavedWork
from workbench.security.principal import CurrentUser

REASON = "PPO status confirmed by the police"


@pytest.fixture
def unknown_ppo(
    supervisor: CurrentUser,
    reception_service: ReceptionService,
    caseload_service: CaseloadService,
    receive: Callable[..., ReceptionRequest],
) -> CaseDetail:
    """Alex TESTPERSON: adult, 3 years, Medium RoSH, PPO status not known at reception (scope unknown)."""
    pid, _ = reception_service.receive(supervisor, receive(is_ppo=None, rosh_level=RoshLevel.MEDIUM))
    return caseload_service.detail(supervisor, pid)


@pytest.fixture
def corrections(ctx: ServiceContext) -> CorrectionService:
    return CorrectionService(ctx)


@pytest.fixture
def open_dialog(
    qtbot: QtBot, corrections: CorrectionService, supervisor: CurrentUser, bus: EventBus, today: date
) -> Iterator[Callable[[CaseDetail], CorrectionDialog]]:
    shown: list[CorrectionDialog] = []

    def show(case: CaseDetail) -> CorrectionDialog:
        # Not qtbot.addWidget: its teardown closes the dialog before ours runs, and a dialog holding
        # typed work would then stop on the unsaved-work question.
        dialog = CorrectionDialog(corrections, supervisor, bus, case, today)
        with qtbot.waitActive(dialog):
            dialog.show()
        shown.append(dialog)
        return dialog

    yield show
    for dialog in shown:  # closing at teardown must not stop on the unsaved-work question
        dialog.discard_unsaved_work()
        dialog.close()
        dialog.deleteLater()


def retype(qtbot: QtBot, field: DateField | QWidget, text: str) -> None:
    """Replace what a field holds the way a user does: select all, then type."""
    target = field.edit if isinstance(field, DateField) else field
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)


def save_with_ctrl_return(qtbot: QtBot, dialog: CorrectionDialog) -> None:
    qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def answer_next_question(qtbot: QtBot, button_text: str) -> list[str]:
    """Click ``button_text`` in the next message box; returns its text once it has been answered."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_the_dialog_is_prefilled_with_the_current_details(
    open_dialog: Callable[[CaseDetail], CorrectionDialog], unknown_ppo: CaseDetail
) -> None:
    dialog = open_dialog(unknown_ppo)
    ui = dialog.ui
    assert (ui.is_ppo.currentText(), ui.rosh_level.currentText(), ui.location.text()) == (
        "Not known",
        "Medium",
        "A-1-01",
    )
    assert ui.sentence_type.currentText() == "Determinate"
    assert (ui.length_years.value(), ui.length_months.value(), ui.length_days.value()) == (3, 0, 0)
    assert ui.sentence_date.value() == date(2026, 11, 19)
    assert ui.conditional_release_date.value() == date(2028, 5, 19)
    assert ui.tariff_date.value() is None
    assert isinstance(dialog, HoldsUnsavedWork) and not dialog.has_unsaved_work()


def test_setting_the_ppo_status_saves_it_and_resolves_the_scope(
    qtbot: QtBot,
    open_dialog: Callable[[CaseDetail], CorrectionDialog],
    unknown_ppo: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
) -> None:
    assert unknown_ppo.scope.reason == "Scope unknown — needs PPO status."
    dialog = open_dialog(unknown_ppo)
    qtbot.keyClicks(dialog.ui.is_ppo, "Y")  # keyboard search in the drop-down picks "Yes"
    assert dialog.ui.is_ppo.currentText() == "Yes"
    qtbot.keyClicks(dialog.ui.reason, REASON)
    published: list[ChangeSet] = []
    bus.changed.connect(published.append)
    with qtbot.waitSignal(dialog.details_corrected) as saved:
        save_with_ctrl_return(qtbot, dialog)

    assert saved.args[0].fields == ("is_ppo",)
    assert published == [
        ChangeSet(frozenset({unknown_ppo.prisoner_id}), frozenset({"prisoner", "prisoner_correction"}))
    ]
    assert not dialog.isVisible()
    after = caseload_service.detail(supervisor, unknown_ppo.prisoner_id)
    assert after.is_ppo is True and after.scope.status is ScopeStatus.IN_SCOPE
    assert [c.summary for c in after.corrections] == [
        "Corrected on 26 Nov 2026 by Sam Supervisor: PPO status — PPO status confirmed by the police"
    ]


def test_a_typed_key_date_is_saved_and_nothing_else_changes(
    qtbot: QtBot,
    open_dialog: Callable[[CaseDetail], CorrectionDialog],
    unknown_ppo: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_dialog(unknown_ppo)
    retype(qtbot, dialog.ui.conditional_release_date, "1/6/2028")
    retype(qtbot, dialog.ui.location, "B-2-14")
    qtbot.keyClicks(dialog.ui.reason, "CRD recalculated by the OCA; cell move")
    assert dialog.has_unsaved_work()
    with qtbot.waitSignal(dialog.details_corrected) as saved:
        save_with_ctrl_return(qtbot, dialog)

    assert saved.args[0].fields == ("location", "conditional_release_date")
    after = caseload_service.detail(supervisor, unknown_ppo.prisoner_id)
    assert after.location == "B-2-14" and after.is_ppo is None
    assert unknown_ppo.sentence is not None
    assert after.sentence == replace(unknown_ppo.sentence, conditional_release_date=date(2028, 6, 1))


def test_nothing_is_saved_until_valid_and_every_problem_shows_beside_its_field(
    qtbot: QtBot,
    open_dialog: Callable[[CaseDetail], CorrectionDialog],
    unknown_ppo: CaseDetail,
    corrections: CorrectionService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_dialog(unknown_ppo)
    retype(qtbot, dialog.ui.conditional_release_date, "01/01/2030")  # after the SED (18 Nov 2029)
    retype(qtbot, dialog.ui.parole_eligibility_date, "31/02/2027")  # no such day
    qtbot.keyClicks(dialog.ui.reason, "typo")
    save_with_ctrl_return(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("parole_eligibility_date") != ""
    assert corrections.history(supervisor, unknown_ppo.prisoner_id) == ()

    retype(qtbot, dialog.ui.parole_eligibility_date, "")
    dialog.ui.parole_eligibility_date.edit.clear()
    save_with_ctrl_return(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("conditional_release_date") == (
        "The CRD cannot be after the sentence expiry date."
    )
    assert dialog.errors.message("reason").startswith("Say why in a few words")
    assert dialog.errors.message("parole_eligibility_date") == ""
    assert corrections.history(supervisor, unknown_ppo.prisoner_id) == ()
    assert dialog.ui.reason.toPlainText() == "typo"  # what was typed stays for the user to fix


def test_saving_without_changing_anything_says_so(
    qtbot: QtBot, open_dialog: Callable[[CaseDetail], CorrectionDialog], unknown_ppo: CaseDetail
) -> None:
    dialog = open_dialog(unknown_ppo)
    qtbot.keyClicks(dialog.ui.reason, "Checked and all correct")
    save_with_ctrl_return(qtbot, dialog)
    assert dialog.isVisible()
    assert (
        dialog.ui.general_error.text() == "Nothing has been changed: change at least one detail, or cancel."
    )


def test_escape_asks_before_typed_work_is_thrown_away(
    qtbot: QtBot,
    open_dialog: Callable[[CaseDetail], CorrectionDialog],
    unknown_ppo: CaseDetail,
    corrections: CorrectionService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_dialog(unknown_ppo)
    retype(qtbot, dialog.ui.location, "C-3-01")

    seen = answer_next_question(qtbot, "Cancel")
    qtbot.keyClick(dialog.ui.location, Qt.Key.Key_Escape)
    assert seen == ["You have unsaved work: the correction of TESTPERSON's details."]
    assert dialog.isVisible() and dialog.ui.location.text() == "C-3-01"

    answer_next_question(qtbot, "&Discard changes")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.location, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert corrections.history(supervisor, unknown_ppo.prisoner_id) == ()


def test_save_in_the_question_saves_the_correction(
    qtbot: QtBot,
    open_dialog: Callable[[CaseDetail], CorrectionDialog],
    unknown_ppo: CaseDetail,
    corrections: CorrectionService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_dialog(unknown_ppo)
    qtbot.keyClicks(dialog.ui.is_ppo, "N")
    qtbot.keyClicks(dialog.ui.reason, "Not a PPO, police confirmed")
    answer_next_question(qtbot, "&Save")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Escape)
    assert [h.fields for h in corrections.history(supervisor, unknown_ppo.prisoner_id)] == [("is_ppo",)]


def test_escape_with_nothing_typed_closes_without_asking(
    qtbot: QtBot, open_dialog: Callable[[CaseDetail], CorrectionDialog], unknown_ppo: CaseDetail
) -> None:
    dialog = open_dialog(unknown_ppo)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.is_ppo, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_indeterminate_sentence_takes_no_length(
    qtbot: QtBot,
    open_dialog: Callable[[CaseDetail], CorrectionDialog],
    unknown_ppo: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_dialog(unknown_ppo)
    qtbot.keyClicks(dialog.ui.sentence_type, "Life")
    assert dialog.ui.sentence_type.currentText() == "Life" and not dialog.ui.length_years.isEnabled()
    retype(qtbot, dialog.ui.tariff_date, "19/11/2041")
    qtbot.keyClicks(dialog.ui.reason, "Sentence was life, recorded wrongly")
    with qtbot.waitSignal(dialog.details_corrected):
        save_with_ctrl_return(qtbot, dialog)
    after = caseload_service.detail(supervisor, unknown_ppo.prisoner_id)
    assert after.sentence is not None and after.sentence.length_days is None
    assert after.sentence.tariff_date == date(2041, 11, 19)
    assert after.scope.reason == "In scope: life sentence."


@pytest.mark.parametrize(("days", "parts"), [(None, (0, 0, 0)), (3 * 365, (3, 0, 0)), (400, (1, 1, 5))])
def test_split_length_gives_back_what_reception_typed(days: int | None, parts: tuple[int, int, int]) -> None:
    assert split_length(days) == parts


# -- from the main window ------------------------------------------------------------------------


def _window_for(qtbot: QtBot, ctx: ServiceContext, user: CurrentUser, prisoner_id: str) -> MainWindow:
    """A main window for ``user`` with the caseload loaded and ``prisoner_id`` selected."""
    window = MainWindow(
        Services.build(ctx),
        user,
        EventBus(),
        TaskRunner(),
        establishment_name="HMP Test",
        demo=False,
        idle_minutes=30,
    )
    qtbot.addWidget(window)
    window.load_now()
    window.select_prisoner(prisoner_id)
    return window


@pytest.fixture
def window(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, unknown_ppo: CaseDetail
) -> Iterator[MainWindow]:
    window = _window_for(qtbot, ctx, supervisor, unknown_ppo.prisoner_id)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    window.tasks.wait_all()


def test_ctrl_e_corrects_the_selected_case_and_the_scope_line_updates_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert "Scope unknown — needs PPO status." in window.case_page.scope_label.text()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(CorrectionDialog)
    assert dialog is not None and dialog.isVisible()  # opened window-modal, so Ctrl+L can hide it
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts such as Ctrl+Return need an active window
    qtbot.keyClicks(dialog.ui.is_ppo, "Y")
    qtbot.keyClicks(dialog.ui.reason, REASON)
    save_with_ctrl_return(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "In scope: Prolific and Other Priority Offender." in window.case_page.scope_label.text()
    note = window.case_page.findChild(QWidget, "correction_0")
    assert note is not None and note.text().startswith(
        "Corrected on 26 Nov 2026 by Sam Supervisor: PPO status"
    )  # type: ignore[attr-defined]


def test_the_case_page_button_and_the_case_menu_offer_the_correction(window: MainWindow) -> None:
    assert window.case_page.correct_button.isEnabled()
    case_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in case_menu.actions()]  # type: ignore[union-attr]
    assert texts.index("Correct d&etails…") == texts.index("Record &first contact…") + 1
    assert window.correct_action.shortcut().toString() == "Ctrl+E"


def test_a_contributor_is_not_offered_the_correction(
    qtbot: QtBot, ctx: ServiceContext, contributor: CurrentUser, unknown_ppo: CaseDetail
) -> None:
    window = _window_for(qtbot, ctx, contributor, unknown_ppo.prisoner_id)
    assert not window.correct_action.isEnabled() and not window.case_page.correct_button.isEnabled()
    window.tasks.wait_all()
