"""The assessment tab holds unsaved work like a dialog does (issue 7 points 3 and 8): the main window can
ask it to save before quit, switching case or locking, and too many wrong passwords while signing keep
the draft and ask for a full sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.services import Services
from workbench.config import load_offence_groups
from workbench.domain.errors import SignInRequired
from workbench.gui.events import EventBus
from workbench.gui.screens.assessment.sign import PasswordDialog
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.gui.widgets.unsaved import HoldsUnsavedWork
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser


class LockingAuth(AuthService):
    """The real verifier, plus the lock-out helper "security" adds to AuthService.verify: after two
    wrong passwords it raises SignInRequired (stands in for that policy until the branches merge)."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.ctx.store)
        self.failures = 0

    def verify(self, user: CurrentUser, password: str) -> bool:
        if super().verify(user, password):
            return True
        self.failures += 1
        if self.failures >= 2:
            raise SignInRequired("Too many wrong passwords.")
        return False


def open_tab(
    qtbot: QtBot, services: Services, user: CurrentUser, case: CaseDetail, auth: AuthService
) -> AssessmentWidget:
    widget = AssessmentWidget(
        services.assessments, user, EventBus(), list(load_offence_groups()), services.ctx.today(), auth=auth
    )
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
    widget.show_case(case)
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    return widget


def test_the_tab_saves_its_draft_when_asked(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    services = Services.build(ctx)
    widget = open_tab(qtbot, services, supervisor, received, services.auth)
    assert isinstance(widget, HoldsUnsavedWork)
    assert not widget.has_unsaved_work()

    qtbot.keyClicks(widget.conviction_edit, "15/10/2026")
    assert widget.has_unsaved_work()
    assert widget.unsaved_work_description() == "the likelihood of reoffending draft for TESTPERSON, Alex"

    with qtbot.waitSignal(widget.draft_saved) as saved:
        assert widget.save_unsaved_work()
    assert not widget.has_unsaved_work()
    assert services.assessments.get(supervisor, saved.args[0]).form.conviction_date is not None


def test_discarding_shows_the_draft_as_last_saved(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    services = Services.build(ctx)
    widget = open_tab(qtbot, services, supervisor, received, services.auth)
    qtbot.keyClicks(widget.conviction_edit, "15/10/2026")

    widget.discard_unsaved_work()

    assert not widget.has_unsaved_work()
    assert widget.conviction_edit.text() == ""
    assert widget.shown is not None and widget.shown.is_draft  # the draft itself is kept


def test_too_many_wrong_passwords_keep_the_draft_and_ask_for_sign_in(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    services = Services.build(ctx)
    widget = open_tab(qtbot, services, supervisor, received, LockingAuth(services))
    told: list[str] = []
    widget._inform = lambda title, text: told.append(text)  # type: ignore[method-assign]
    widget._confirm = lambda title, text: True  # type: ignore[method-assign]
    typed: list[str] = []
    timer = QTimer(widget)

    def wrong_password() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PasswordDialog) and dialog.isVisible():
            typed.append(dialog.error.text())
            qtbot.keyClicks(dialog.password, "guess")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    timer.timeout.connect(wrong_password)
    timer.start(10)
    with qtbot.waitSignal(widget.sign_in_required):
        widget._password_confirmed()
    timer.stop()

    assert len(typed) == 2
    assert told and "must be signed in again" in told[0] and "Your draft is saved" in told[0]
    assert widget.shown is not None and widget.shown.is_draft
