"""Typed dates reach the store as typed (issue 7 point 1), in every dialog that takes one.

A QDateEdit turned "20/11/2026" into 02/12/2026, "19/05/2030" into 19/05/1905, "15/10/2026" into
01/05/2026 and "14/03/1991" into 14/01/1996. These tests type those keystrokes, with the slashes,
into the real dialogs and read back what the real services SAVED.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QTableView
from pytestqt.qtbot import QtBot

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.reception import ReceptionService
from workbench.casework.services import Services
from workbench.casework.users import UserService
from workbench.config import load_offence_groups
from workbench.domain.enums import AllocationRole, SentenceType
from workbench.gui.events import EventBus
from workbench.gui.screens.allocation import AllocationDialog
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.gui.screens.contacts import FirstContactDialog
from workbench.gui.screens.reception import ReceptionDialog
from workbench.gui.widgets.date_field import DateField
from workbench.security.principal import CurrentUser


def forget_typing(widget: object) -> None:
    """Before the test closes a dialog: whatever the test typed is thrown away without asking."""
    discard = getattr(widget, "discard_unsaved_work", None)
    if discard is not None:
        discard()


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def retype(qtbot: QtBot, field: DateField, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def show(qtbot: QtBot, widget: QDialog | AssessmentWidget) -> None:
    qtbot.addWidget(widget, before_close_func=forget_typing)
    with qtbot.waitActive(widget):
        widget.show()


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a check box ignores clicks on the empty space right of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()


def choose(qtbot: QtBot, combo: object, text: str) -> None:
    qtbot.keyClicks(combo, text)  # type: ignore[arg-type]


@pytest.fixture
def field(qtbot: QtBot, today: date) -> DateField:
    widget = DateField()
    widget.configure(today=today, latest=today)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the field itself --------------------------------------------------------------------------------


def test_the_field_shows_what_it_understood_and_signals_it(qtbot: QtBot, field: DateField) -> None:
    seen: list[object] = []
    field.value_changed.connect(seen.append)
    with qtbot.waitSignal(field.value_changed):
        qtbot.keyClicks(field, "20/11/2026")
    # "20/11/20" already meant a date; each later key changed it, ending on what was typed.
    assert seen[-1] == date(2026, 11, 20)
    assert field.value() == date(2026, 11, 20)
    assert field.echo.text() == "Fri 20 Nov 2026"
    assert field.problem() == ""


def test_digits_only_and_two_digit_years_are_written_back_in_full(qtbot: QtBot, field: DateField) -> None:
    qtbot.keyClicks(field, "140391")
    assert field.value() == date(1991, 3, 14)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # finishing the entry writes back what it understood
    assert field.text() == "14/03/1991"


def test_an_impossible_date_is_refused_beside_the_field(qtbot: QtBot, field: DateField) -> None:
    qtbot.keyClicks(field, "31/02/2026")
    assert field.value() is None
    assert field.problem() == "31/02/2026 is not a date: February 2026 has 28 days."
    assert field.echo.text() == field.problem() and field.echo.property("role") == "error"


def test_up_and_down_change_the_day_within_the_range(qtbot: QtBot, field: DateField, today: date) -> None:
    qtbot.keyClicks(field, "24/11/2026")
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == date(2026, 11, 25)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)  # tomorrow is past the latest allowed: stays on today
    assert field.value() == today
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "25/11/2026"
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.value() == date(2026, 10, 25)


def test_a_date_is_picked_on_the_calendar(qtbot: QtBot, field: DateField) -> None:
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.popup()
    assert popup is not None and popup.isVisible()
    popup.setSelectedDate(popup.selectedDate().addDays(-3))
    with qtbot.waitSignal(field.value_changed) as changed:
        # The calendar's grid activates the selected date on Return.
        qtbot.keyClick(popup.findChild(QTableView), Qt.Key.Key_Return)
    assert changed.args == [date(2026, 11, 23)]
    assert field.popup() is None


# -- what each dialog saves --------------------------------------------------------------------------


def test_reception_saves_typed_dates_as_typed(
    qtbot: QtBot,
    reception_service: ReceptionService,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    today: date,
) -> None:
    dialog = ReceptionDialog(reception_service, supervisor, bus, today)
    show(qtbot, dialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.noms_number, "G4321HJ")
    qtbot.keyClicks(ui.family_name, "Smith")
    qtbot.keyClicks(ui.given_name, "Jo")
    qtbot.keyClicks(ui.date_of_birth, "14/03/1991")
    choose(qtbot, ui.gender, "Male")
    retype(qtbot, ui.received_on, "21-11-26")
    choose(qtbot, ui.sentence_type, SentenceType.DETERMINATE.label)
    qtbot.keyClicks(ui.sentence_date, "20/11/2026")
    ui.length_years.setFocus()
    qtbot.keyClicks(ui.length_years, "4")
    tick(qtbot, ui.sentence_expiry_date_known)
    qtbot.keyClicks(ui.sentence_expiry_date, "19/05/2030")
    tick(qtbot, ui.conditional_release_date_known)
    qtbot.keyClicks(ui.conditional_release_date, "19.11.28")

    with qtbot.waitSignal(dialog.prisoner_received):
        click_ok(qtbot, dialog)

    assert dialog.prisoner_id is not None
    case = caseload_service.detail(supervisor, dialog.prisoner_id)
    assert case.date_of_birth == date(1991, 3, 14)
    assert case.arrived_on == date(2026, 11, 21)
    assert case.sentence is not None
    assert case.sentence.sentence_date == date(2026, 11, 20)
    assert case.sentence.sentence_expiry_date == date(2030, 5, 19)
    assert case.sentence.conditional_release_date == date(2028, 11, 19)


def test_reception_refuses_an_unreadable_date_and_saves_nothing(
    qtbot: QtBot,
    reception_service: ReceptionService,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    today: date,
) -> None:
    dialog = ReceptionDialog(reception_service, supervisor, bus, today)
    show(qtbot, dialog)
    ui = dialog.ui
    tick(qtbot, ui.tariff_date_known)
    qtbot.keyClicks(ui.tariff_date, "31/02/2031")
    qtbot.keyClicks(ui.date_of_birth, "14/3/9")

    click_ok(qtbot, dialog)

    assert ui.tariff_date_error.text() == "31/02/2031 is not a date: February 2031 has 28 days."
    assert "'9' should have 4 digits" in ui.date_of_birth_error.text()
    assert ui.general_error.text() == "Fix the 2 problems shown in red below."
    assert ui.date_of_birth.hasFocus()
    assert dialog.isVisible() and caseload_service.rows(supervisor) == []


def test_allocation_saves_the_typed_start_date(
    qtbot: QtBot,
    allocation_service: AllocationService,
    user_service: UserService,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    received: CaseDetail,
    today: date,
) -> None:
    dialog = AllocationDialog(allocation_service, user_service, supervisor, bus, received, today)
    show(qtbot, dialog)
    choose(qtbot, dialog.ui.staff, "Sam Supervisor")
    retype(qtbot, dialog.ui.start_date, "23/11/2026")

    with qtbot.waitSignal(dialog.staff_allocated):
        click_ok(qtbot, dialog)

    current = caseload_service.detail(supervisor, received.prisoner_id).current_allocation(
        AllocationRole.OFFENDER_SUPERVISOR
    )
    assert current is not None and current.start_date == date(2026, 11, 23)


def test_first_contact_saves_the_typed_date_and_refuses_a_blank_one(
    qtbot: QtBot,
    contact_service: ContactService,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    received: CaseDetail,
    today: date,
) -> None:
    dialog = FirstContactDialog(contact_service, supervisor, bus, received, today)
    show(qtbot, dialog)
    qtbot.keyClicks(dialog.ui.summary, "Introduced myself.")
    retype(qtbot, dialog.ui.contact_date, "")
    qtbot.keyClick(dialog.ui.contact_date, Qt.Key.Key_Delete)

    click_ok(qtbot, dialog)
    assert dialog.ui.contact_date_error.text() == "Enter a date (dd/mm/yyyy)."
    assert caseload_service.detail(supervisor, received.prisoner_id).contacts == ()

    qtbot.keyClicks(dialog.ui.contact_date, "24 11 2026")
    with qtbot.waitSignal(dialog.first_contact_recorded):
        click_ok(qtbot, dialog)
    [contact] = caseload_service.detail(supervisor, received.prisoner_id).contacts
    assert contact.contact_date == date(2026, 11, 24)


def test_assessment_saves_the_typed_conviction_date(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    services = Services.build(ctx)
    widget = AssessmentWidget(
        services.assessments,
        supervisor,
        EventBus(),
        list(load_offence_groups()),
        ctx.today(),
        auth=services.auth,
    )
    show(qtbot, widget)
    widget.show_case(received)
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget.conviction_edit, "15/10/2026")
    assert widget.follow_up_edit.text() == "19/05/2028"  # the draft starts from the release date
    retype(qtbot, widget.follow_up_edit, "19/05/30")

    with qtbot.waitSignal(widget.draft_saved) as saved:
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    form = services.assessments.get(supervisor, saved.args[0]).form
    assert form.conviction_date == date(2026, 10, 15)
    assert form.follow_up_start == date(2030, 5, 19)
