"""The main window as a supervisor uses it: caseload, filters, case page, allocation, idle lock.

Real widgets, real services, real encrypted store; pytest-qt drives keys and clicks offscreen.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from workbench.casework.services import Services
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.models.caseload_model import Column, PrisonerIdRole
from workbench.gui.screens.allocation.dialog import AllocationDialog
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser


def _names(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, Column.NAME).data() for r in range(window.proxy.rowCount())]


def test_caseload_lists_everyone_with_counts(
    make_window: Callable[..., MainWindow], people: list[tuple[str, str, str]]
) -> None:
    window = make_window()
    assert window.proxy.rowCount() == len(people)
    assert window.count_label.text().startswith("4 prisoners · 3 in scope")
    assert _names(window) == sorted(_names(window))  # by name by default


def test_typing_in_the_filter_narrows_the_table(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    qtbot.keyClicks(window.filter_edit, "sample")
    assert _names(window) == ["SAMPLEFORD, Robin", "SAMPLETON, Jordan"]
    assert window.count_label.text().startswith("Showing 2 of 4 prisoners")
    qtbot.keyClicks(window.filter_edit, " jor")  # every word must match
    assert _names(window) == ["SAMPLETON, Jordan"]
    window.filter_edit.clear()
    assert window.proxy.rowCount() == 4


def test_filter_matches_noms_numbers_and_ctrl_f_focuses_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.filter_edit
    qtbot.keyClicks(window.filter_edit, "c3333")
    assert _names(window) == ["EXAMPLEBY, Sam"]


def test_quick_filters(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.scope_check.setChecked(True)
    assert "SAMPLEFORD, Robin" not in _names(window) and window.proxy.rowCount() == 3
    window.scope_check.setChecked(False)
    window.mine_check.setChecked(True)
    assert window.proxy.rowCount() == 0  # nobody is allocated to the supervisor yet
    window.mine_check.setChecked(False)
    window.overdue_check.setChecked(True)
    # Received 20 Nov 2026 with no OS by 26 Nov: the 2-working-day allocation is overdue for all.
    assert window.proxy.rowCount() == 4


def test_sorting_on_every_column_keeps_rows_whole(
    make_window: Callable[..., MainWindow], people: list[tuple[str, str, str]]
) -> None:
    window = make_window()
    ids = {window.proxy.index(r, 0).data(PrisonerIdRole) for r in range(4)}
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.table.sortByColumn(column, order)
            assert {window.proxy.index(r, 0).data(PrisonerIdRole) for r in range(4)} == ids
    window.table.sortByColumn(Column.NOMS, Qt.SortOrder.DescendingOrder)
    assert [window.proxy.index(r, Column.NOMS).data() for r in range(4)] == sorted(
        (p[0] for p in people), reverse=True
    )


def test_the_caseload_model_passes_qt_model_tester(
    qtmodeltester: object, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.proxy)  # type: ignore[attr-defined]


def test_selecting_a_row_shows_the_case(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.table.setFocus()
    window.table.selectRow(0)
    assert window.case_page.case is not None
    assert window.case_page.title.text().startswith(_names(window)[0])
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # keyboard navigation moves the case with it
    assert window.case_page.title.text().startswith(_names(window)[1])


def test_allocating_through_the_dialog_updates_the_caseload_row(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.select_prisoner(window.proxy.index(0, 0).data(PrisonerIdRole))
    assert window.proxy.index(0, Column.SUPERVISOR).data() == "Not allocated"

    qtbot.mouseClick(window.case_page.allocate_os_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()  # opened window-modal, so the lock can hide it
    assert isinstance(dialog, AllocationDialog)
    staff = dialog.findChild(QComboBox, "staff")
    assert staff is not None
    staff.setCurrentIndex(staff.findText("Sam Supervisor", Qt.MatchFlag.MatchStartsWith))
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.proxy.index(0, Column.SUPERVISOR).data() == "Sam Supervisor"
    window.mine_check.setChecked(True)
    assert window.proxy.rowCount() == 1


def test_the_window_locks_when_idle_and_only_the_password_unlocks(
    qtbot: QtBot, make_window: Callable[..., MainWindow], passwords: dict[str, str]
) -> None:
    window = make_window(idle_minutes=0.002)  # 120 ms
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert not window.table.isVisible()  # no case data on screen while locked
    qtbot.keyClicks(window.lock_screen.password, "wrong password")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.is_locked and "not right" in window.lock_screen.error.text()
    with qtbot.waitSignal(window.locked_changed, timeout=3000) as unlocked:
        qtbot.keyClicks(window.lock_screen.password, passwords["os.one"])
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert unlocked.args == [False] and not window.is_locked and window.table.isVisible()


def test_ctrl_l_locks_at_once(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.table.setFocus()
    with qtbot.waitSignal(window.locked_changed, timeout=3000):
        qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked


def test_status_bar_says_who_where_and_sync(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    texts = {label.objectName(): label.text() for label in window.statusBar().findChildren(QLabel)}
    assert texts["userLabel"] == "Sam Supervisor (Offender supervisor)"
    assert texts["establishmentLabel"] == "HMP Test (MDI)"
    assert texts["profileLabel"] == "Profile: this terminal"
    # No central record configured for this profile: the sync indicator says so, and Sync now is off.
    assert window.sync_widget.label.text() == "Sync: not configured"
    assert window.sync_widget.label.isVisible()
    assert not window.sync_now_action.isEnabled() and not window.sync_widget.sync_button.isEnabled()


def test_the_case_page_shows_what_is_overdue_on_the_services_clock(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first row selected
    assert window.case_page.case is not None
    # Received Fri 20 Nov 2026; by the service clock (Thu 26 Nov) the 2-working-day OS allocation,
    # due Tue 24 Nov, is overdue. The page must say so, with the date, not just colour it.
    label = window.case_page.findChild(QLabel, "due_OS_ALLOCATION")
    assert label is not None
    assert "OVERDUE" in label.text() and "due 24 Nov 2026" in label.text()
    assert window.count_label.text().endswith("4 overdue")


def test_a_large_caseload_shows_its_first_screen_then_loads_the_rest(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.gui.main_window as main_window

    monkeypatch.setattr(main_window, "STAGED_LOAD_ABOVE", 2)
    monkeypatch.setattr(main_window, "FIRST_SCREEN_ROWS", 2)
    window = make_window()  # load_now: two by name at once, then all four in the background
    qtbot.waitUntil(lambda: window.caseload_complete, timeout=5000)
    assert window.proxy.rowCount() == 4
    assert window.count_label.text().startswith("4 prisoners")


def test_the_first_screen_is_the_first_names_in_order(
    services: Services, make_window: Callable[..., MainWindow], supervisor: CurrentUser
) -> None:
    make_window()  # receives the four prisoners
    first = services.caseload.rows(supervisor, first=2)
    assert [r.family_name for r in first] == ["Exampleby", "Sampleford"]
    assert services.caseload.count(supervisor) == 4


def test_a_manager_recalculates_tiers_in_the_background_from_the_tools_menu(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, manager: CurrentUser
) -> None:
    make_window()  # receives the four prisoners
    window = MainWindow(
        services,
        manager,
        EventBus(),
        TaskRunner(),
        establishment_name="HMP Test",
        demo=False,
        idle_minutes=30,
    )
    qtbot.addWidget(window)
    window.load_now()
    assert window.recalculate_action.isEnabled()

    def say_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, say_yes)
            return
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, say_yes)
    with qtbot.waitSignal(window.recalculation_finished, timeout=10000) as finished:
        window.recalculate_action.trigger()  # Tools → Recalculate tiers… asks first
    assert str(finished.args[0]).startswith("Recalculated 0 assessments")
    window.tasks.wait_all()
