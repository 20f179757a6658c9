"""The Qt half of ``workbench --self-test`` (issue 12 point 2): open the main window and close it again.

The window is built by the caller (the composition root's ``app.build_main_window``), so the self-test
opens exactly the window the app opens. Window layout (QSettings) goes to a folder the caller names, never
to the user's own settings, and an exception raised inside a Qt slot is collected and reported instead of
opening the crash dialog (which nobody could close on the offscreen platform). Qt's own warnings are
counted (those saying only what the offscreen platform cannot do are left out); a fatal Qt message (no
platform plugin could be loaded) is handed to ``on_fatal`` before Qt aborts the process, so the caller
can still report it and remove its temporary files.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from workbench.domain.errors import WorkbenchError
from workbench.gui import shell
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.tasks import TaskRunner

OFFSCREEN_LIMITS = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
"""What the offscreen platform says about itself (it has no window manager): not a fault of the build."""


@dataclass(frozen=True)
class WindowCheck:
    """What the opened window showed: its caseload rows, the Qt platform it ran on, and Qt's warnings."""

    rows: int
    platform: str
    themed: bool  # the qss theme from resources/themes was loaded
    qt_warnings: tuple[str, ...] = ()


def open_and_close_main_window(
    build: Callable[[EventBus, TaskRunner], MainWindow],
    ui_settings_dir: Path,
    log_path: str,
    on_fatal: Callable[[str], None] | None = None,
) -> WindowCheck:
    """Create the QApplication, build the main window with ``build``, load its caseload, show it as the
    app does, let Qt process its events, then close and delete it.

    Raises ``WorkbenchError`` when the window did not show or a Qt slot raised while it was open.
    """
    warnings: list[str] = []

    def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg and on_fatal is not None:
            on_fatal("; ".join([*warnings, message]))  # Qt aborts the process when this returns
        elif kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not any(
            message.startswith(limit) for limit in OFFSCREEN_LIMITS
        ):
            warnings.append(message)

    previous_handler = qInstallMessageHandler(qt_message)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ui_settings_dir))
    previous_hook = sys.excepthook
    app = shell.create_application(log_path)
    raised: list[BaseException] = []

    def collect(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        raised.append(exc)

    sys.excepthook = collect  # replaces the crash dialog create_application installed
    tasks = TaskRunner()
    window: MainWindow | None = None
    try:
        window = build(EventBus(), tasks)
        window.load_now()
        shell.show_full_screen(app, window)
        QApplication.processEvents()
        if not window.isVisible():
            raise WorkbenchError("the main window did not become visible")
        rows = window.model.rowCount()
        window.close()
        QApplication.processEvents()
        if window.isVisible():
            raise WorkbenchError("the main window did not close")
    finally:
        if window is not None:
            if window.isVisible():
                window.close()
            tasks.wait_all()
            shell.dispose(window)
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    if raised:
        first = raised[0]
        raise WorkbenchError(f"the main window raised {type(first).__name__}: {first}") from first
    return WindowCheck(
        rows=rows,
        platform=QApplication.platformName(),
        themed=bool(app.styleSheet()),
        qt_warnings=tuple(warnings),
    )
