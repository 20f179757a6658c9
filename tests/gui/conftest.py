"""GUI test fixtures: the real casework services over the real encrypted store of tests/conftest.py.

The store (random key, in ``tmp_path``), the fixed clock (``today`` = Thu 26 Nov 2026), establishment
MDI and the signed-in users (``supervisor``, ``manager``, ``contributor`` ...) come from the root
conftest; this file adds the services the dialogs take, the event bus and a received prisoner. No mocks.
"""

from __future__ import annotations

import os

# Before anything imports PySide6: GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.services import Services
from workbench.casework.users import UserService
from workbench.domain.enums import RoshLevel, SentenceType, UserRole
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser

HERE = Path(__file__).resolve().parent


OFFSCREEN_LIMITS = ("This plugin does not support propagateSizeHints",)
"""Qt warnings that say only what the offscreen platform cannot do (it has no window manager to tell a
window's size limits to); every other Qt warning still fails a test (``qt_log_level_fail``)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/gui drives real widgets: mark it so ``-m "not gui"`` can leave it out."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def _ui_settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    """Window layout (QSettings) goes to the test's tmp_path, never to the user's own settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def bus() -> EventBus:
    """The ChangeSet broadcast the dialogs publish on."""
    return EventBus()


@pytest.fixture
def reception_service(ctx: ServiceContext) -> ReceptionService:
    return ReceptionService(ctx)


@pytest.fixture
def allocation_service(ctx: ServiceContext) -> AllocationService:
    return AllocationService(ctx)


@pytest.fixture
def contact_service(ctx: ServiceContext) -> ContactService:
    return ContactService(ctx)


@pytest.fixture
def caseload_service(ctx: ServiceContext) -> CaseloadService:
    return CaseloadService(ctx)


@pytest.fixture
def user_service(ctx: ServiceContext) -> UserService:
    return UserService(ctx)


@pytest.fixture
def other_supervisor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    """A second offender supervisor, "Priya Patel" (os.two)."""
    return new_user("os.two", "Priya Patel", UserRole.SUPERVISOR)


@pytest.fixture
def received(
    supervisor: CurrentUser,
    reception_service: ReceptionService,
    caseload_service: CaseloadService,
    receive: Callable[..., ReceptionRequest],
) -> CaseDetail:
    """Alex TESTPERSON (A1234BC), received on Fri 20 Nov 2026 through the service, as the case page has it."""
    prisoner_id, _ = reception_service.receive(supervisor, receive())
    return caseload_service.detail(supervisor, prisoner_id)


PEOPLE = [
    ("A1111AA", "Testperson", "Alex"),
    ("B2222BB", "Sampleton", "Jordan"),
    ("C3333CC", "Exampleby", "Sam"),
    ("D4444DD", "Sampleford", "Robin"),
]
"""The four prisoners ``make_window`` receives (the last on remand: out of scope)."""


@pytest.fixture
def people() -> list[tuple[str, str, str]]:
    """(NOMS number, family name, given name) of the prisoners ``make_window`` receives."""
    return list(PEOPLE)


@pytest.fixture
def services(ctx: ServiceContext) -> Services:
    """Every casework service over the test store."""
    return Services.build(ctx)


@pytest.fixture
def make_window(
    qtbot: QtBot, services: Services, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> Iterator[Callable[..., MainWindow]]:
    """Main windows for ``supervisor`` (shown and active) over a caseload of the four ``PEOPLE``."""
    for i, (noms, family, given) in enumerate(PEOPLE):
        # The last one is on remand: out of scope, so the "in scope" filter has something to hide.
        overrides: dict[str, object] = {
            "noms_number": noms,
            "family_name": family,
            "given_name": given,
            "location": f"A-1-0{i}",
        }
        if i == 3:
            overrides.update(
                sentence_type=SentenceType.REMAND,
                sentence_date=None,
                length_days=None,
                conditional_release_date=None,
                sentence_expiry_date=None,
                licence_expiry_date=None,
                rosh_level=RoshLevel.LOW,
            )
        services.reception.receive(supervisor, receive(**overrides))
    windows: list[MainWindow] = []

    def make(idle_minutes: float = 30, size: tuple[int, int] = (1400, 860)) -> MainWindow:
        window = MainWindow(
            services,
            supervisor,
            EventBus(),
            TaskRunner(),
            establishment_name="HMP Test",
            demo=False,
            idle_minutes=idle_minutes,
        )
        # A test may end with typing left unsaved on purpose; closing must not stop to ask about it.
        qtbot.addWidget(window, before_close_func=lambda w: w.case_page.discard_unsaved_work())
        window.resize(*size)
        window.load_now()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.tasks.wait_all()
