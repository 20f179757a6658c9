"""Keyboard and screen size (issue 7, points 6, 7, 8 and 9): unique mnemonics, case tabs by key, the
filter's Escape and its "nobody matches" message, the shortcuts list (F1), focus after sign-in, a
1024x768 wing screen, the remembered divider, and a new reception shown even when a filter hid it.
Real window, real services, real store; keys and clicks through pytest-qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_reception_dialog import fill_valid_determinate, save

from workbench.casework.services import Services
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.models.caseload_model import Column, PrisonerIdRole
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, where) for the menu bar and every visible button, label buddy and tab in the window."""
    found: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        letter = _mnemonic(action.text())
        if letter and action.isVisible():
            found.append((letter, f"menu {action.text()}"))
    widgets: list[QWidget] = window.findChildren(QWidget)
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            text = w.text()
        else:
            text = ""
        letter = _mnemonic(text)
        if letter:
            found.append((letter, f"{type(w).__name__} {text}"))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                letter = _mnemonic(w.tabText(i))
                if letter:
                    found.append((letter, f"tab {w.tabText(i)}"))
    return found


def _clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {k: [where for letter, where in found if letter == k] for k, n in counts.items() if n > 1}


def _open_first_case(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    assert window.case_page.case is not None


def test_every_mnemonic_is_unique_in_the_window_on_every_case_tab(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    _open_first_case(qtbot, window)
    window.case_page.show_assessment_tab()
    qtbot.mouseClick(window.assessment_widget.start_button, Qt.MouseButton.LeftButton)  # all its buttons
    tabs = window.case_page.tabs
    letters_seen = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found = _window_mnemonics(window)
        letters_seen = max(letters_seen, len(found))
        assert _clashes(found) == {}, f"on tab {tabs.tabText(index)!r}"
    assert letters_seen >= 12  # the walk really saw the menus, the filter bar, the case and its tab
    for menu in window.window_actions.menus():
        inside = [(_mnemonic(a.text()), a.text()) for a in menu.actions() if not a.isSeparator()]
        assert _clashes([(k, w) for k, w in inside if k]) == {}, menu.title()


def test_ctrl_tab_and_ctrl_page_keys_switch_case_tabs(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    _open_first_case(qtbot, window)
    tabs = window.case_page.tabs
    assert tabs.currentIndex() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(window.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    # Shift+Tab arrives as Backtab from a real keyboard.
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_Backtab, ctrl_shift)
    assert tabs.currentIndex() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.count() - 1  # wraps round


def test_a_filter_that_finds_nobody_says_so_and_escape_clears_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.keyClicks(window.filter_edit, "xyz")
    assert window.proxy.rowCount() == 0
    message = window.pane.empty_label
    assert message.isVisible()
    assert message.text() == "No prisoner matches 'xyz' — Esc in the filter clears it."
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == ""
    assert window.proxy.rowCount() == 4 and not message.isVisible()


def test_f1_lists_every_shortcut_from_the_actions_themselves(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    browser = dialog.findChild(QTextBrowser, "shortcutsList")
    assert browser is not None
    text = browser.toPlainText()
    rows = window.window_actions.shortcut_rows()
    assert len(rows) >= 10
    for _menu, entry, keys in rows:
        assert entry in text and keys in text
    assert "Lock" in text and "Ctrl+L" in text and "Ctrl+Tab" in text and "Esc" in text
    dialog.close()


def test_the_main_window_takes_the_keyboard_after_sign_in(
    qtbot: QtBot, services: Services, supervisor: CurrentUser
) -> None:
    sign_in = QDialog()  # the sign-in window had the keyboard until now
    qtbot.addWidget(sign_in)
    with qtbot.waitActive(sign_in):
        sign_in.show()
        sign_in.activateWindow()
    window = MainWindow(
        services,
        supervisor,
        EventBus(),
        TaskRunner(),
        establishment_name="HMP Test",
        demo=False,
        idle_minutes=30,
    )
    qtbot.addWidget(window)
    window.load_now()
    window.show()
    sign_in.close()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_edit, timeout=3000)
    qtbot.keyClicks(QApplication.focusWidget(), "sam")  # typing goes straight into the filter
    assert window.filter_edit.text() == "sam"
    window.tasks.wait_all()


def test_on_a_1024_screen_the_case_opens_over_the_caseload(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(size=(1024, 700))
    assert window.width() == 1024  # the window's minimum fits the screen
    assert window.is_narrow
    assert window.table.isVisible() and not window.case_page.isVisible()
    _open_first_case(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # open the selected case
    assert window.case_page.isVisible() and not window.table.isVisible()
    assert window.case_page.back_button.isVisible()
    qtbot.mouseClick(window.case_page.back_button, Qt.MouseButton.LeftButton)
    assert window.table.isVisible() and not window.case_page.isVisible()
    assert window.focusWidget() is window.table


def test_a_shown_wide_window_filling_a_narrow_screen_takes_that_width_and_no_more(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()  # 1400 wide: caseload and case side by side
    assert not window.is_narrow
    # Side by side needs more width than the screen has: Qt clamps a shown window to that minimum, off
    # the screen's edge, unless the narrow layout is applied first (what ``fill`` does).
    screen_width = window.minimumSizeHint().width() - 60
    window.fill(QRect(0, 0, screen_width, 700))  # what start-up does with the screen's available area
    assert window.width() == screen_width
    assert window.is_narrow and window.minimumSizeHint().width() <= screen_width


def test_on_a_1024_screen_supervisor_tier_and_every_date_fit(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(size=(1024, 700))
    table, header = window.table, window.table.horizontalHeader()
    room = table.viewport().width()
    for col in (Column.NAME, Column.SUPERVISOR, Column.TIER, Column.RELEASE, Column.NEXT_DUE):
        assert not table.isColumnHidden(col), col.name
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= room, col.name
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)  # overdue items are bold: the wider of the two
    for row in range(window.proxy.rowCount()):
        for col in (Column.RELEASE, Column.NEXT_DUE):
            text = str(window.proxy.index(row, col).data() or "")
            assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(col), (col.name, text)


def test_a_wide_window_keeps_the_divider_where_the_user_left_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(size=(1600, 900))
    assert not window.is_narrow
    window.splitter.setSizes([700, 880])
    chosen = window.splitter.sizes()
    window.close()
    again = make_window(size=(1600, 900))
    assert abs(again.splitter.sizes()[0] - chosen[0]) <= 2


def test_a_new_reception_is_selected_and_shown_even_when_the_filter_hid_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.keyClicks(window.filter_edit, "sampleton")
    assert window.proxy.rowCount() == 1
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog is not window
    fill_valid_determinate(qtbot, dialog)  # type: ignore[arg-type]
    with qtbot.waitSignal(dialog.accepted, timeout=5000):  # type: ignore[attr-defined]
        save(qtbot, dialog)  # type: ignore[arg-type]
    case = window.case_page.case
    assert case is not None and case.noms_number == "G4321HJ"
    assert window.selected_prisoner_id() == case.prisoner_id
    assert window.filter_edit.text() == "" and window.proxy.rowCount() == 5
    assert "filter was cleared" in window.statusBar().currentMessage()
    index = window.table.selectionModel().selectedRows()[0]
    assert index.data(PrisonerIdRole) == case.prisoner_id
