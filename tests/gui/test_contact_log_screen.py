"""The contact log on screen (issue 8 point 8): Ctrl+Shift+N from the caseload, typing, saving, the log
tab, filtering by kind, correcting, restricted entries and unsaved typing.

Real widgets over the real services and encrypted store; keys typed with pytest-qt, offscreen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from workbench.casework.dto.contacts import NewContact
from workbench.casework.services import Services
from workbench.domain.contacts import ContactKind, Restriction
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.contacts.entry_dialog import ContactEntryDialog
from workbench.gui.screens.contacts.log_widget import ContactLogWidget, LogColumn
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser


def _open_first_case(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    case = window.case_page.case
    assert case is not None
    return case.prisoner_id


def _dialog_by_shortcut(qtbot: QtBot, window: MainWindow) -> ContactEntryDialog:
    window.table.setFocus()
    qtbot.keyClick(
        window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.findChild(ContactEntryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+Return needs an active window
    return dialog


def _retype(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    qtbot.keyClicks(widget, text)  # type: ignore[arg-type]


def _choose(qtbot: QtBot, combo: object, label: str) -> None:
    """Pick an entry of a combo box by typing its first letters, as a user does with the keyboard."""
    qtbot.keyClicks(combo, label)  # type: ignore[arg-type]


def _rows(log: ContactLogWidget, column: LogColumn = LogColumn.SUMMARY) -> list[str]:
    model = log.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _save(qtbot: QtBot, dialog: ContactEntryDialog) -> None:
    with qtbot.waitSignal(dialog.entry_saved):
        qtbot.keyClick(dialog.ui.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_shift_n_from_the_caseload_adds_a_contact_that_the_log_shows(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    _open_first_case(qtbot, window)
    window.case_page.show_contact_log_tab()
    dialog = _dialog_by_shortcut(qtbot, window)
    case = window.case_page.case
    assert case is not None  # the first prisoner of the caseload, by name
    assert (
        dialog.windowTitle()
        == f"Add contact — {case.family_name.upper()}, {case.given_name} ({case.noms_number})"
    )
    _choose(qtbot, dialog.ui.kind, "Educ")
    assert dialog.ui.kind.currentData() == ContactKind.EDUCATION
    _retype(qtbot, dialog.ui.contact_date.edit, "25/11/2026")
    qtbot.keyClicks(dialog.ui.contact_time, "1430")
    qtbot.keyClicks(dialog.ui.summary, "Enrolled on maths; keen to start.")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    log = window.contact_log
    assert _rows(log) == ["Enrolled on maths; keen to start."]
    assert _rows(log, LogColumn.WHEN) == ["Wed 25 Nov 2026 14:30\nEducation"]
    assert _rows(log, LogColumn.BY) == ["Sam Supervisor\nOffender supervisor"]
    assert not log.empty_note.isVisible()


def test_a_bad_time_is_explained_beside_the_field_and_nothing_is_lost(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    _open_first_case(qtbot, window)
    dialog = _dialog_by_shortcut(qtbot, window)
    qtbot.keyClicks(dialog.ui.contact_time, "25:00")
    qtbot.keyClicks(dialog.ui.summary, "Seen on the wing.")
    qtbot.keyClick(dialog.ui.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.errors.message("contact_time") == (
        "“25:00” is not a time of day: type it on the 24-hour clock, e.g. 14:30."
    )
    assert dialog.ui.summary.toPlainText() == "Seen on the wing."
    _retype(qtbot, dialog.ui.contact_time, "09:10")
    assert dialog.errors.message("contact_time") == ""  # cleared as soon as it is retyped
    _save(qtbot, dialog)
    assert _rows(window.contact_log, LogColumn.WHEN)[0].startswith("Thu 26 Nov 2026 09:10")


def test_closing_with_typed_work_asks_first_and_cancel_keeps_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    _open_first_case(qtbot, window)
    dialog = _dialog_by_shortcut(qtbot, window)
    qtbot.keyClicks(dialog.ui.summary, "Half-typed note")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Cancel"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(dialog.ui.summary, Qt.Key.Key_Escape)
    assert seen == ["You have unsaved work: a new contact for EXAMPLEBY, Sam (C3333CC)."]
    assert dialog.isVisible() and dialog.ui.summary.toPlainText() == "Half-typed note"
    dialog.discard_unsaved_work()
    dialog.reject()


def test_the_log_filters_by_kind_and_a_correction_keeps_the_original(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    make_window: Callable[..., MainWindow],
    services: Services,
    supervisor: CurrentUser,
) -> None:
    window = make_window()
    pid = _open_first_case(qtbot, window)
    add = services.contact_log.add
    add(supervisor, pid, NewContact(ContactKind.EDUCATION.value, date(2026, 11, 23), "Maths started."))
    first, changes = add(
        supervisor, pid, NewContact(ContactKind.ONE_TO_ONE.value, date(2026, 11, 24), "Seen B wing.")
    )
    window.bus.publish(changes)  # the screens refresh from the broadcast
    log = window.contact_log
    window.case_page.show_contact_log_tab()
    qtmodeltester.check(log.model)
    assert _rows(log) == ["Seen B wing.", "Maths started."]

    log.kind_filter.setFocus()
    _choose(qtbot, log.kind_filter, "Supervisor")
    assert _rows(log) == ["Seen B wing."]

    log.table.setFocus()
    log.table.selectRow(0)
    assert log.correct_button.isEnabled()
    qtbot.mouseClick(log.correct_button, Qt.MouseButton.LeftButton)
    dialog = log.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.ui.summary.toPlainText() == "Seen B wing."
    _retype(qtbot, dialog.ui.summary, "Seen on C wing.")
    qtbot.keyClicks(dialog.ui.reason, "Wrong wing typed.")
    _save(qtbot, dialog)

    assert _rows(log) == ["Seen on C wing.", "Seen B wing."]
    status = _rows(log, LogColumn.STATUS)
    assert status[0] == "Correction: Wrong wing typed."
    assert re.fullmatch(
        r"Corrected \d{1,2} \w{3} \d{4} by Sam Supervisor", status[1]
    )  # the day it was written
    font = log.model.data(log.model.index(1, LogColumn.SUMMARY), Qt.ItemDataRole.FontRole)
    assert font.italic()
    log.table.selectRow(1)
    assert not log.correct_button.isEnabled()  # the corrected entry: correct the newer one instead
    assert first.entry_id == log.model.entry(1).entry_id


def test_a_contributor_sees_how_many_restricted_entries_are_not_shown(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    supervisor: CurrentUser,
    contributor: CurrentUser,
) -> None:
    supervisor_window = make_window()
    pid = _open_first_case(qtbot, supervisor_window)
    add = services.contact_log.add
    add(supervisor, pid, NewContact(ContactKind.ONE_TO_ONE.value, date(2026, 11, 24), "Open note."))
    add(
        supervisor,
        pid,
        NewContact(
            ContactKind.WING_OBSERVATION.value,
            date(2026, 11, 25),
            "Intelligence.",
            restricted=Restriction.SECURITY,
        ),
    )
    window = MainWindow(
        services,
        contributor,
        EventBus(),
        TaskRunner(),
        establishment_name="HMP Test",
        demo=False,
        idle_minutes=30,
    )
    qtbot.addWidget(window)
    window.load_now()
    window.select_prisoner(pid)
    log = window.contact_log
    assert _rows(log) == ["Open note."]
    assert log.hidden_note.text() == "1 restricted entry not shown (your role cannot read them)."
    assert log.add_button.isEnabled()  # every department adds to the one log
    assert window.window_actions.add_contact.isEnabled()
    window.tasks.wait_all()


def test_the_case_menu_offers_add_contact_with_its_shortcut(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    action = window.window_actions.add_contact
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    case_menu = window.menuBar().actions()[0].menu()
    assert action in case_menu.actions()  # type: ignore[union-attr]
    assert window.case_page.tabs.tabText(3) == "Contact log"
    assert window.case_page.contact_log_widget is window.contact_log
    assert window.contact_log.model.rowCount(QModelIndex()) == 0


def test_an_entry_can_be_linked_to_one_of_the_prisoners_referrals(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    window = make_window()
    pid = _open_first_case(qtbot, window)
    referral = "0193a3c4-0000-7000-8000-0000000000bb"
    asked: list[str] = []

    def referrals(prisoner_id: str) -> list[tuple[str, str]]:
        asked.append(prisoner_id)
        return [(referral, "Housing: no address on release (open)")]

    window.contact_log.referrals = referrals  # what the window is given once referrals exist
    dialog = _dialog_by_shortcut(qtbot, window)
    assert asked == [pid] and dialog.ui.referral.isEnabled()
    _choose(qtbot, dialog.ui.kind, "Wing")
    qtbot.keyClicks(dialog.ui.summary, "Asked the wing about the housing form.")
    _choose(qtbot, dialog.ui.referral, "Housing")
    _save(qtbot, dialog)
    [entry] = services.contact_log.log(supervisor, pid).entries
    assert (entry.kind, entry.referral_id) == (ContactKind.WING_OBSERVATION, referral)
