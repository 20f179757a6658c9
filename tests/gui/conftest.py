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

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.dto import CaseDetail, CurrentUser, ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.users import UserService
from workbench.domain.enums import UserRole
from workbench.gui.events import EventBus

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
