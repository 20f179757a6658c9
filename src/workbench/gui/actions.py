"""The main window's menus and keyboard shortcuts, and the shortcuts list under Help (F1).

Every action with a shortcut is also added to the window, so its key works wherever the focus is in the
window, with the menu open or not. The shortcuts list is generated from the actions themselves, so it
cannot drift from what the keys do. Mnemonics (Alt+letter) are unique in the window:
``tests/gui/test_keyboard.py`` walks the menus and the visible buttons to prove it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import UserRole
from workbench.security.permissions import Permission, allows

Slot = Callable[[], object]

_KeySpec = QKeySequence | QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionHandlers:
    """What each menu entry does (the window's slots)."""

    new_reception: Slot
    allocate: Slot
    first_contact: Slot
    correct_details: Slot
    lock: Slot
    quit: Slot
    find: Slot
    refresh: Slot
    next_tab: Slot
    previous_tab: Slot
    attention: Slot
    sync_now: Slot
    verify_audit: Slot
    recalculate_tiers: Slot
    generate_demo: Slot
    shortcuts: Slot
    about: Slot
    # -- contact log (issue 8 point 8) --
    add_contact: Slot | None = None


class WindowActions:
    """Builds the menu bar of ``window`` and holds its actions."""

    def __init__(
        self,
        window: QMainWindow,
        handlers: ActionHandlers,
        *,
        role: UserRole,
        demo: bool,
        sync_configured: bool,
    ) -> None:
        self._window = window
        menu = window.menuBar()

        self.case_menu = menu.addMenu("&Case")
        self.new_reception = self._action(
            "&New reception…",
            QKeySequence.StandardKey.New,
            handlers.new_reception,
            enabled=allows(role, Permission.RECEIVE_PRISONER),
        )
        self.allocate = self._action(
            "&Allocate offender supervisor…",
            "Ctrl+Shift+A",
            handlers.allocate,
            enabled=allows(role, Permission.ALLOCATE),
        )
        self.first_contact = self._action(
            "Record &first contact…",
            "Ctrl+Shift+F",
            handlers.first_contact,
            enabled=allows(role, Permission.RECORD_CONTACT),
        )
        self.correct_details = self._action(
            "Correct d&etails…",
            "Ctrl+E",
            handlers.correct_details,
            enabled=allows(role, Permission.RECEIVE_PRISONER),
        )
        self.correct_details.setObjectName("correctDetailsAction")
        self.sync_now = self._action("&Sync now", "F9", handlers.sync_now, enabled=sync_configured)
        self.sync_now.setObjectName("syncNowAction")
        self.lock = self._action("&Lock", "Ctrl+L", handlers.lock)
        self.quit = self._action("&Quit", "Ctrl+Q", handlers.quit)
        for a in (self.new_reception, self.allocate, self.first_contact, self.correct_details):
            self.case_menu.addAction(a)
        # -- contact log (issue 8 point 8): any contact, for the selected prisoner, from anywhere --
        self.add_contact = self._action(
            "Add &contact…",
            "Ctrl+Shift+N",
            handlers.add_contact or (lambda: None),
            enabled=handlers.add_contact is not None and allows(role, Permission.ADD_CONTACT_NOTE),
        )
        self.add_contact.setObjectName("addContactAction")
        self.case_menu.addAction(self.add_contact)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.sync_now)
        self.case_menu.addAction(self.lock)
        self.case_menu.addAction(self.quit)

        self.view_menu = menu.addMenu("&View")
        self.find = self._action("&Find…", QKeySequence.StandardKey.Find, handlers.find)
        self.refresh = self._action("&Refresh caseload", QKeySequence.StandardKey.Refresh, handlers.refresh)
        self.next_tab = self._action("Ne&xt case tab", ("Ctrl+Tab", "Ctrl+PgDown"), handlers.next_tab)
        self.previous_tab = self._action(
            "&Previous case tab", ("Ctrl+Shift+Tab", "Ctrl+PgUp"), handlers.previous_tab
        )
        self.attention = self._action("Needs &attention (sync)…", "Ctrl+Shift+Y", handlers.attention)
        for a in (self.find, self.refresh, self.next_tab, self.previous_tab, self.attention):
            self.view_menu.addAction(a)

        self.tools_menu = menu.addMenu("&Tools")
        self.verify_audit = self._action(
            "&Verify audit trail",
            None,
            handlers.verify_audit,
            enabled=allows(role, Permission.VERIFY_AUDIT),
        )
        self.tools_menu.addAction(self.verify_audit)
        self.recalculate_tiers = self._action(
            "Recalculate &tiers…",
            None,
            handlers.recalculate_tiers,
            enabled=allows(role, Permission.RECALCULATE_TIERS),
        )
        if allows(role, Permission.RECALCULATE_TIERS):
            self.tools_menu.addAction(self.recalculate_tiers)
        self.generate_demo = self._action(
            "&Generate more demo data…",
            None,
            handlers.generate_demo,
            enabled=demo and allows(role, Permission.GENERATE_DEMO_DATA),
        )
        if demo:
            self.tools_menu.addAction(self.generate_demo)

        self.help_menu = menu.addMenu("&Help")
        self.shortcuts = self._action(
            "&Keyboard shortcuts", QKeySequence.StandardKey.HelpContents, handlers.shortcuts
        )
        self.about = self._action("&About", None, handlers.about)
        self.help_menu.addAction(self.shortcuts)
        self.help_menu.addAction(self.about)

    def _action(
        self,
        text: str,
        keys: _KeySpec | tuple[str, ...] | None,
        slot: Slot,
        *,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self._window)
        if isinstance(keys, tuple):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        if keys is not None:
            self._window.addAction(action)  # the key works wherever the focus is in the window
        return action

    def menus(self) -> list[QMenu]:
        """The window's menus, in menu-bar order."""
        return [self.case_menu, self.view_menu, self.tools_menu, self.help_menu]

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, entry, keys) for every menu entry that has a key, generated from the actions."""
        rows: list[tuple[str, str, str]] = []
        for menu in self.menus():
            for action in menu.actions():
                keys = action.shortcuts()
                if action.isSeparator() or not keys:
                    continue
                rows.append(
                    (
                        _plain(menu.title()),
                        _plain(action.text()),
                        " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys),
                    )
                )
        return rows


EXTRA_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Caseload", "Clear the filter (in the filter)", "Esc"),
    ("Caseload", "Go from the filter to the table", "Return"),
    ("Caseload", "Open the selected case (narrow screen: over the list)", "Return"),
    ("Case", "Back to the caseload (narrow screen)", "Alt+B"),
    ("Forms", "Save a draft", "Ctrl+S"),
    ("Everywhere", "Next / previous field", "Tab / Shift+Tab"),
    ("Everywhere", "A button or box with an underlined letter", "Alt+letter"),
)
"""Keys that belong to widgets rather than menu entries, listed with the menu shortcuts."""


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str, str]]) -> QDialog:
    """A non-modal list of every keyboard shortcut (Help → Keyboard shortcuts, F1)."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle("Keyboard shortcuts")
    layout = QVBoxLayout(dialog)
    text = QTextBrowser()
    text.setObjectName("shortcutsList")
    body = "".join(
        f"<tr><td>{menu}</td><td>{entry}</td><td><b>{keys}</b></td></tr>"
        for menu, entry, keys in [*rows, *EXTRA_KEYS]
    )
    text.setHtml(
        "<table cellpadding='4'><tr><th align='left'>Where</th><th align='left'>What</th>"
        f"<th align='left'>Keys</th></tr>{body}</table>"
    )
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(560, 520)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _plain(text: str) -> str:
    """Menu text without its mnemonic marker or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


__all__ = ["EXTRA_KEYS", "ActionHandlers", "WindowActions", "show_shortcuts"]
