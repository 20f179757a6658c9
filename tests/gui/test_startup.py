"""Start-up: the sign-in window comes before the ORM, typing is never blocked while the store opens on
a worker thread, and a store that cannot open closes the window with its message (never a hang)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.app import Prepared, build_core, prepare_core
from workbench.casework.services import Services
from workbench.config import resolve_settings
from workbench.domain.errors import AuthenticationFailed, StorageError, StoreDamaged, StoreMissing
from workbench.gui import shell
from workbench.gui.screens.signin.dialog import OPENING, SignInDialog
from workbench.gui.tasks import TaskRunner
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store


def test_the_sign_in_window_is_built_without_the_orm_or_the_models() -> None:
    """What runs before the sign-in window is shown must not import SQLAlchemy or the casework layer."""
    probe = (
        "import sys\n"
        "import workbench.cli, workbench.app, workbench.gui.shell\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'workbench.store.models',\n"
        "    'workbench.casework.services', 'workbench.gui.main_window') if m in sys.modules)\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_typing_and_sign_in_before_the_store_is_open_signs_in_once_it_is(
    qtbot: QtBot, store: Store, admin: CurrentUser, passwords: dict[str, str]
) -> None:
    password = passwords["admin"]
    dialog = SignInDialog(None, establishment="")
    qtbot.addWidget(dialog)
    dialog.show()
    assert OPENING in dialog.heading.text()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, password)
    assert (dialog.username.text(), dialog.password.text()) == ("admin", password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.user is None
    assert "as soon as it is open" in dialog.error.text()

    with qtbot.waitSignal(dialog.accepted):
        dialog.ready(AuthService(store).sign_in, "HMP Test")
    assert dialog.user is not None and dialog.user.username == "admin"
    assert "HMP Test" in dialog.heading.text()


def test_a_wrong_password_after_the_store_opens_is_refused_as_usual(
    qtbot: QtBot, store: Store, admin: CurrentUser
) -> None:
    dialog = SignInDialog(None, establishment="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ready(AuthService(store).sign_in, "HMP Test")
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is None and dialog.isVisible()
    assert dialog.password.text() == "" and not dialog.error.isHidden()
    with pytest.raises(AuthenticationFailed):
        AuthService(store).sign_in("admin", "not the password")


def _demo_profile(folder: Path) -> None:
    core = build_core(resolve_settings(folder, demo=True))
    core.services.demo.set_up_demo_profile()
    core.store.close()


def _ready(prepared: Prepared) -> shell.Ready:
    from workbench.casework.demo import DEMO_CREDENTIALS

    services: Services = prepared.core.services
    return shell.Ready(prepared.set_up, services.auth.sign_in, prepared.establishment_name, DEMO_CREDENTIALS)


def test_the_store_opens_on_a_worker_while_the_window_shows(qtbot: QtBot, tmp_path: Path) -> None:
    _demo_profile(tmp_path / "demo")
    settings = resolve_settings(tmp_path / "demo", demo=True)
    shown: list[bool] = []
    tasks = TaskRunner()
    opening = shell.sign_in_while_opening(
        tasks,
        lambda: prepare_core(settings),
        _ready,
        on_visible=lambda: shown.append(True),
        auto="demo.supervisor",
    )
    tasks.wait_all()
    assert shown == [True]
    assert opening.error is None and opening.prepared is not None
    assert opening.user is not None and opening.user.username == "demo.supervisor"
    opening.prepared.core.store.close()


def _empty(folder: Path) -> None:
    (folder / "workbench.db").write_bytes(b"")


def _damage(folder: Path) -> None:
    db = folder / "workbench.db"
    with db.open("r+b") as handle:
        for page in range(2, db.stat().st_size // 4096):
            handle.seek(page * 4096 + 100)
            handle.write(b"\xff" * 64)


def _newer(folder: Path) -> None:
    core = build_core(resolve_settings(folder, demo=True), create=False)
    with core.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    core.store.close()


@pytest.mark.parametrize(
    ("spoil", "error", "message"),
    [
        (_empty, StoreMissing, "workbench store restore FILE"),
        (_damage, StoreDamaged, "is damaged"),
        (_newer, StorageError, "newer version of the workbench"),
    ],
)
def test_a_store_that_cannot_open_closes_the_window_with_its_message(
    qtbot: QtBot,
    tmp_path: Path,
    spoil: Callable[[Path], None],
    error: type[StorageError],
    message: str,
) -> None:
    folder = tmp_path / "demo"
    _demo_profile(folder)
    spoil(folder)
    before = (folder / "workbench.db").read_bytes()
    settings = resolve_settings(folder, demo=True)
    tasks = TaskRunner()
    opening = shell.sign_in_while_opening(tasks, lambda: prepare_core(settings), _ready)
    tasks.wait_all()
    assert isinstance(opening.error, error)
    assert message in opening.error.message
    assert opening.user is None and opening.prepared is None
    assert (folder / "workbench.db").read_bytes() == before  # nothing was created or written


def test_escape_while_the_store_opens_cancels_and_hands_the_store_back_to_close(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _demo_profile(tmp_path / "demo")
    settings = resolve_settings(tmp_path / "demo", demo=True)
    pressed: list[bool] = []

    def press_escape() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                qtbot.keyClick(widget.username, Qt.Key.Key_Escape)
                pressed.append(True)

    QTimer.singleShot(0, press_escape)
    tasks = TaskRunner()
    opening = shell.sign_in_while_opening(tasks, lambda: prepare_core(settings), _ready)
    tasks.wait_all()
    assert pressed == [True]
    assert opening.user is None and opening.error is None and not opening.needs_set_up
    assert opening.prepared is not None  # opened meanwhile: handed back so the caller closes it
    opening.prepared.core.store.close()


def test_the_demo_accounts_appear_readable_once_the_store_is_open(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QGroupBox, QPushButton

    dialog = SignInDialog(None, establishment="")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QGroupBox, "demoCredentials") is None
    accounts = (("demo.supervisor", "demo-supervisor-1", "Offender supervisor"),)
    dialog.ready(lambda _u, _p: None, "HMP Demo", accounts)  # type: ignore[arg-type,return-value]
    box = dialog.findChild(QGroupBox, "demoCredentials")
    assert box is not None and box.isVisible()
    assert dialog.width() >= dialog.sizeHint().width()  # grown, not cut off
    use = box.findChild(QPushButton)
    assert use is not None
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert (dialog.username.text(), dialog.password.text()) == ("demo.supervisor", "demo-supervisor-1")
