"""Escape or the close button on a half-filled dialog asks save / discard / cancel (issue 7 point 3),
and a field's message clears as the field is corrected (point 8)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.reception import ReceptionService
from workbench.casework.users import UserService
from workbench.domain.enums import AllocationRole
from workbench.gui.events import EventBus
from workbench.gui.screens.allocation import AllocationDialog
from workbench.gui.screens.contacts import FirstContactDialog
from workbench.gui.screens.reception import ReceptionDialog
from workbench.gui.widgets.unsaved import HoldsUnsavedWork
from workbench.security.principal import CurrentUser


def forget_typing(widget: object) -> None:
    """Before the test closes a dialog: whatever the test typed is thrown away without asking."""
    discard = getattr(widget, "discard_unsaved_work", None)
    if discard is not None:
        discard()


def show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog, before_close_func=forget_typing)
    with qtbot.waitActive(dialog):
        dialog.show()


def answer_question(qtbot: QtBot, button: str, seen: list[str]) -> None:
    """When the unsaved-work question appears, note its text and click ``button`` on it."""
    timer = QTimer(QApplication.instance())

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return  # not asked yet: look again on the next tick
        timer.stop()
        timer.deleteLater()
        seen.append(box.text())
        [target] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button]
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    timer.timeout.connect(click)
    timer.start(10)


@pytest.fixture
def reception(
    qtbot: QtBot, reception_service: ReceptionService, supervisor: CurrentUser, bus: EventBus, today: date
) -> ReceptionDialog:
    dialog = ReceptionDialog(reception_service, supervisor, bus, today)
    show(qtbot, dialog)
    return dialog


def half_fill(qtbot: QtBot, dialog: ReceptionDialog) -> None:
    qtbot.keyClicks(dialog.ui.noms_number, "G4321HJ")
    qtbot.keyClicks(dialog.ui.family_name, "Smith")
    qtbot.keyClicks(dialog.ui.given_name, "Jo")


def test_every_casework_dialog_holds_unsaved_work(reception: ReceptionDialog) -> None:
    assert isinstance(reception, HoldsUnsavedWork)
    assert issubclass(AllocationDialog, HoldsUnsavedWork) and issubclass(FirstContactDialog, HoldsUnsavedWork)


def test_escape_on_a_half_filled_reception_asks_and_cancel_keeps_the_typing(
    qtbot: QtBot, reception: ReceptionDialog, caseload_service: CaseloadService, supervisor: CurrentUser
) -> None:
    half_fill(qtbot, reception)
    seen: list[str] = []
    answer_question(qtbot, "Cancel", seen)

    qtbot.keyClick(reception.ui.family_name, Qt.Key.Key_Escape)

    assert seen == ["You have unsaved work: the reception of Jo Smith."]
    assert reception.isVisible() and reception.ui.family_name.text() == "Smith"
    assert caseload_service.rows(supervisor) == []


def test_discard_closes_without_saving(
    qtbot: QtBot, reception: ReceptionDialog, caseload_service: CaseloadService, supervisor: CurrentUser
) -> None:
    half_fill(qtbot, reception)
    seen: list[str] = []
    answer_question(qtbot, "Discard changes", seen)

    with qtbot.waitSignal(reception.rejected):
        qtbot.keyClick(reception.ui.family_name, Qt.Key.Key_Escape)

    assert len(seen) == 1 and not reception.isVisible()
    assert caseload_service.rows(supervisor) == []


def test_save_on_an_incomplete_form_shows_the_problems_and_stays_open(
    qtbot: QtBot, reception: ReceptionDialog, caseload_service: CaseloadService, supervisor: CurrentUser
) -> None:
    half_fill(qtbot, reception)
    seen: list[str] = []
    answer_question(qtbot, "Save", seen)

    reception.close()  # the window's close button

    assert len(seen) == 1
    assert reception.isVisible()
    assert reception.ui.date_of_birth_error.text() == "Enter the date of birth."
    assert caseload_service.rows(supervisor) == []


def test_save_on_a_complete_form_receives_the_prisoner(
    qtbot: QtBot, reception: ReceptionDialog, caseload_service: CaseloadService, supervisor: CurrentUser
) -> None:
    ui = reception.ui
    half_fill(qtbot, reception)
    qtbot.keyClicks(ui.date_of_birth, "14/03/1991")
    qtbot.keyClicks(ui.gender, "Male")
    qtbot.keyClicks(ui.sentence_type, "Remand")
    seen: list[str] = []
    answer_question(qtbot, "Save", seen)

    with qtbot.waitSignal(reception.prisoner_received):
        qtbot.keyClick(ui.family_name, Qt.Key.Key_Escape)

    assert len(seen) == 1 and reception.result() == QDialog.DialogCode.Accepted
    [row] = caseload_service.rows(supervisor)
    assert row.noms_number == "G4321HJ"


def test_escape_on_a_half_filled_allocation_and_first_contact_asks(
    qtbot: QtBot,
    allocation_service: AllocationService,
    user_service: UserService,
    contact_service: ContactService,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    received: CaseDetail,
    today: date,
) -> None:
    allocation = AllocationDialog(allocation_service, user_service, supervisor, bus, received, today)
    show(qtbot, allocation)
    qtbot.keyClicks(allocation.ui.reason, "Caseload balance")
    seen: list[str] = []
    answer_question(qtbot, "Cancel", seen)
    qtbot.keyClick(allocation.ui.reason, Qt.Key.Key_Escape)
    assert seen == ["You have unsaved work: the allocation for TESTPERSON, Alex."]
    assert allocation.isVisible()
    answer_question(qtbot, "Discard changes", seen)
    qtbot.keyClick(allocation.ui.reason, Qt.Key.Key_Escape)
    assert not allocation.isVisible()
    assert (
        caseload_service.detail(supervisor, received.prisoner_id).current_allocation(
            AllocationRole.OFFENDER_SUPERVISOR
        )
        is None
    )

    contact = FirstContactDialog(contact_service, supervisor, bus, received, today)
    show(qtbot, contact)
    qtbot.keyClicks(contact.ui.summary, "Met on the wing.")
    answer_question(qtbot, "Save", seen)
    with qtbot.waitSignal(contact.first_contact_recorded):
        qtbot.keyClick(contact.ui.summary, Qt.Key.Key_Escape)
    assert seen[-1] == "You have unsaved work: the first contact with TESTPERSON, Alex."
    [saved] = caseload_service.detail(supervisor, received.prisoner_id).contacts
    assert saved.summary == "Met on the wing."


# -- point 8: messages clear as the field is corrected -------------------------------------------------


def test_field_messages_clear_as_each_field_is_corrected(qtbot: QtBot, reception: ReceptionDialog) -> None:
    ui = reception.ui
    qtbot.mouseClick(ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ui.family_name_error.text() == "Enter the family name."
    assert ui.gender_error.text() == "Choose the prisoner's gender."
    assert ui.date_of_birth_error.text() == "Enter the date of birth."

    qtbot.keyClicks(ui.family_name, "S")
    assert ui.family_name_error.text() == "" and not ui.family_name_error.isVisibleTo(reception)
    qtbot.keyClicks(ui.gender, "Female")
    assert ui.gender_error.text() == ""
    qtbot.keyClicks(ui.date_of_birth, "1")
    assert ui.date_of_birth_error.text() == ""
    assert ui.given_name_error.text() == "Enter the given name."  # untouched: still shown
    assert ui.general_error.isVisibleTo(reception)

    for field, text in ((ui.noms_number, "A1234BC"), (ui.given_name, "Jo")):
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(ui.sentence_type, "Remand")
    assert not ui.general_error.isVisibleTo(reception)  # "fix the problems below" goes with the last one


def test_a_key_date_message_clears_when_the_date_is_retyped(qtbot: QtBot, reception: ReceptionDialog) -> None:
    ui = reception.ui
    box: QCheckBox = ui.tariff_date_known
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    qtbot.keyClicks(ui.tariff_date, "31/02/2031")
    qtbot.mouseClick(ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "February 2031 has 28 days" in ui.tariff_date_error.text()

    qtbot.keyClick(ui.tariff_date, Qt.Key.Key_Backspace)

    assert ui.tariff_date_error.text() == ""
