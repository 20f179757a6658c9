"""The allocation dialog, and the first-contact dialog that follows it on the case page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.users import UserService
from workbench.domain.enums import AllocationRole
from workbench.domain.sentence import FIRST_CONTACT
from workbench.gui.events import EventBus
from workbench.gui.screens.allocation import AllocationDialog
from workbench.gui.screens.contacts import FirstContactDialog
from workbench.security.principal import CurrentUser


def forget_typing(widget: object) -> None:
    """Before the test closes a dialog: whatever the test typed is thrown away without asking."""
    discard = getattr(widget, "discard_unsaved_work", None)
    if discard is not None:
        discard()


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item the way a user does with the mouse: open the list and click it."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    item = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    assert combo.currentText() == text


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def open_allocation(
    qtbot: QtBot,
    allocation_service: AllocationService,
    user_service: UserService,
    supervisor: CurrentUser,
    bus: EventBus,
    caseload_service: CaseloadService,
    today: date,
) -> Callable[..., AllocationDialog]:
    """Show the allocation dialog for a case as the case page has it now."""

    def show(case: CaseDetail, role: AllocationRole = AllocationRole.OFFENDER_SUPERVISOR) -> AllocationDialog:
        fresh = caseload_service.detail(supervisor, case.prisoner_id)
        dialog = AllocationDialog(allocation_service, user_service, supervisor, bus, fresh, today, role)
        qtbot.addWidget(dialog, before_close_func=forget_typing)
        with qtbot.waitActive(dialog):
            dialog.show()
        return dialog

    return show


def offender_supervisor(caseload_service: CaseloadService, supervisor: CurrentUser) -> str | None:
    [row] = caseload_service.rows(supervisor)
    return row.offender_supervisor_name


# -- allocation -----------------------------------------------------------------------------------


def test_allocating_an_offender_supervisor_shows_on_the_caseload(
    qtbot: QtBot,
    open_allocation: Callable[..., AllocationDialog],
    received: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
) -> None:
    dialog = open_allocation(received)
    assert dialog.ui.current.text() == "Nobody is allocated as offender supervisor yet."
    choose(qtbot, dialog.ui.staff, "Sam Supervisor — 0 cases")

    with qtbot.waitSignal(bus.changed) as published, qtbot.waitSignal(dialog.staff_allocated):
        click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert published.args[0].touches("allocation")
    assert offender_supervisor(caseload_service, supervisor) == "Sam Supervisor"


def test_offender_supervisors_are_chosen_from_supervisors_and_managers_personal_officers_from_all_staff(
    open_allocation: Callable[..., AllocationDialog],
    received: CaseDetail,
    manager: CurrentUser,
    contributor: CurrentUser,
) -> None:
    dialog = open_allocation(received)
    ui = dialog.ui
    offered = [ui.staff.itemText(i) for i in range(ui.staff.count())]
    assert offered == ["Morgan Manager — 0 cases", "Sam Supervisor — 0 cases"]

    ui.role.setCurrentIndex(ui.role.findData(AllocationRole.PERSONAL_OFFICER.value))
    offered = [ui.staff.itemText(i) for i in range(ui.staff.count())]
    assert offered == [
        f"{name} — 0 cases" for name in ("Ada Admin", "Casey Contributor", "Morgan Manager", "Sam Supervisor")
    ]
    assert ui.staff.currentIndex() == -1  # nobody chosen for the user


def test_reallocating_without_a_reason_shows_the_message_and_saves_nothing(
    qtbot: QtBot,
    open_allocation: Callable[..., AllocationDialog],
    received: CaseDetail,
    allocation_service: AllocationService,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    other_supervisor: CurrentUser,
    bus: EventBus,
    today: date,
) -> None:
    allocation_service.allocate(
        supervisor,
        AllocationRequest(
            received.prisoner_id,
            AllocationRole.OFFENDER_SUPERVISOR,
            supervisor.user_id,
            "",
            date(2026, 11, 23),
        ),
    )
    history = len(caseload_service.detail(supervisor, received.prisoner_id).allocations)
    dialog = open_allocation(received)
    assert dialog.ui.current.text().startswith("Sam Supervisor, since 23 Nov 2026.")
    # Each officer's current caseload is shown beside the name (issue 7 point 8).
    assert dialog.ui.staff.findText("Sam Supervisor — 1 case") >= 0
    choose(qtbot, dialog.ui.staff, "Priya Patel — 0 cases")

    with qtbot.assertNotEmitted(bus.changed), qtbot.assertNotEmitted(dialog.staff_allocated):
        click_ok(qtbot, dialog)

    assert dialog.ui.reason_error.text() == "Give the reason for reallocating from Sam Supervisor."
    assert dialog.ui.reason_error.isVisible()
    assert dialog.focusWidget() is dialog.ui.reason
    assert dialog.isVisible()
    assert offender_supervisor(caseload_service, supervisor) == "Sam Supervisor"
    assert len(caseload_service.detail(supervisor, received.prisoner_id).allocations) == history

    qtbot.keyClicks(dialog.ui.reason, "Caseload balancing across the wing")
    with qtbot.waitSignal(dialog.staff_allocated):
        qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert offender_supervisor(caseload_service, supervisor) == "Priya Patel"
    case = caseload_service.detail(supervisor, received.prisoner_id)
    new = case.current_allocation(AllocationRole.OFFENDER_SUPERVISOR)
    assert new is not None and (new.reason, new.start_date) == ("Caseload balancing across the wing", today)


def test_a_community_offender_manager_is_named_in_free_text(
    qtbot: QtBot,
    open_allocation: Callable[..., AllocationDialog],
    received: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_allocation(received)
    ui = dialog.ui
    choose(qtbot, ui.role, AllocationRole.OFFENDER_MANAGER.label)
    assert ui.staff_stack.currentWidget() is ui.staff_name_page
    assert ui.staff_label.buddy() is ui.staff_name

    click_ok(qtbot, dialog)
    assert ui.staff_error.text() == "Enter the community offender manager's name."
    assert dialog.focusWidget() is ui.staff_name

    qtbot.keyClicks(ui.staff_name, "Jo Probation")
    with qtbot.waitSignal(dialog.staff_allocated):
        click_ok(qtbot, dialog)
    case = caseload_service.detail(supervisor, received.prisoner_id)
    om = case.current_allocation(AllocationRole.OFFENDER_MANAGER)
    assert om is not None and om.staff_name == "Jo Probation" and om.staff_user_id is None


def test_an_allocation_before_arrival_is_refused_beside_the_start_date(
    qtbot: QtBot,
    open_allocation: Callable[..., AllocationDialog],
    received: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_allocation(received)
    choose(qtbot, dialog.ui.staff, "Sam Supervisor — 0 cases")
    dialog.ui.staff.setFocus()
    qtbot.keyClick(dialog.ui.staff, Qt.Key.Key_Tab)  # into the start date, day selected
    qtbot.keyClicks(dialog.focusWidget(), "01112026")

    click_ok(qtbot, dialog)

    assert dialog.ui.start_date_error.text() == (
        "The allocation cannot start before the prisoner arrived (20 Nov 2026)."
    )
    assert offender_supervisor(caseload_service, supervisor) is None


# -- first contact --------------------------------------------------------------------------------


@pytest.fixture
def open_first_contact(
    qtbot: QtBot,
    contact_service: ContactService,
    supervisor: CurrentUser,
    bus: EventBus,
    today: date,
) -> Callable[[CaseDetail], FirstContactDialog]:
    def show(case: CaseDetail) -> FirstContactDialog:
        dialog = FirstContactDialog(contact_service, supervisor, bus, case, today)
        qtbot.addWidget(dialog, before_close_func=forget_typing)
        with qtbot.waitActive(dialog):
            dialog.show()
        return dialog

    return show


def test_first_contact_is_recorded(
    qtbot: QtBot,
    open_first_contact: Callable[[CaseDetail], FirstContactDialog],
    received: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    today: date,
) -> None:
    dialog = open_first_contact(received)
    qtbot.keyClicks(dialog.ui.summary, "Introduced myself and explained the sentence plan process.")

    with qtbot.waitSignal(bus.changed) as published, qtbot.waitSignal(dialog.first_contact_recorded):
        click_ok(qtbot, dialog)

    assert published.args[0].touches("contact_entry")
    [contact] = caseload_service.detail(supervisor, received.prisoner_id).contacts
    assert (contact.kind, contact.contact_date) == (FIRST_CONTACT, today)
    assert contact.author_name == "Sam Supervisor"
    assert contact.summary == "Introduced myself and explained the sentence plan process."


def test_first_contact_needs_a_summary(
    qtbot: QtBot,
    open_first_contact: Callable[[CaseDetail], FirstContactDialog],
    received: CaseDetail,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
) -> None:
    dialog = open_first_contact(received)

    click_ok(qtbot, dialog)

    assert dialog.ui.summary_error.text() == "Enter the summary of the contact."
    assert dialog.focusWidget() is dialog.ui.summary
    assert dialog.isVisible()
    assert caseload_service.detail(supervisor, received.prisoner_id).contacts == ()
