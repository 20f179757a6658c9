"""The reception dialog, driven with the keyboard and mouse against the real reception service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from workbench.casework.caseload import CaseloadService
from workbench.casework.dto.caseload import CaseloadRow
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import SentenceType
from workbench.domain.noms import noms_problem
from workbench.gui.events import EventBus
from workbench.gui.screens.reception import ReceptionDialog
from workbench.security.principal import CurrentUser


def forget_typing(widget: object) -> None:
    """Before the test closes a dialog: whatever the test typed is thrown away without asking."""
    discard = getattr(widget, "discard_unsaved_work", None)
    if discard is not None:
        discard()


@pytest.fixture
def open_dialog(
    qtbot: QtBot, reception_service: ReceptionService, supervisor: CurrentUser, bus: EventBus, today: date
) -> Callable[..., ReceptionDialog]:
    """Show a reception dialog for ``supervisor`` (or another user)."""

    def show(user: CurrentUser | None = None) -> ReceptionDialog:
        dialog = ReceptionDialog(reception_service, user or supervisor, bus, today)
        qtbot.addWidget(dialog, before_close_func=forget_typing)
        with qtbot.waitActive(dialog):
            dialog.show()
        return dialog

    return show


@pytest.fixture
def caseload(caseload_service: CaseloadService, supervisor: CurrentUser) -> Callable[[], list[CaseloadRow]]:
    """The caseload table's rows as they are in the store now."""
    return lambda: caseload_service.rows(supervisor)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item the way a user does with the mouse: open the list and click it."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    item = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    assert combo.currentText() == text


def save(qtbot: QtBot, dialog: ReceptionDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_date(qtbot: QtBot, previous: QWidget, digits: str) -> None:
    """Tab from ``previous`` into the next date box (which selects its day) and type ddMMyyyy."""
    previous.setFocus()
    qtbot.keyClick(previous, Qt.Key.Key_Tab)
    focused = previous.window().focusWidget()
    assert focused is not None and focused is not previous
    qtbot.keyClicks(focused, digits)


def clear_text(qtbot: QtBot, field: QWidget) -> None:
    """Select all the text in a field and delete it, as a user does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)


def type_number(qtbot: QtBot, spin: QWidget, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def fill_valid_determinate(qtbot: QtBot, dialog: ReceptionDialog) -> None:
    """A complete, valid reception of a 3-year determinate sentence with a known CRD."""
    ui = dialog.ui
    qtbot.keyClicks(ui.noms_number, "g4321hj")
    qtbot.keyClicks(ui.family_name, "O'Neill")
    qtbot.keyClicks(ui.given_name, "Jamie")
    qtbot.keyClicks(ui.date_of_birth, "14031990")
    choose(qtbot, ui.gender, "Male")
    qtbot.keyClicks(ui.location, "B-2-14")
    choose(qtbot, ui.sentence_type, SentenceType.DETERMINATE.label)
    qtbot.keyClicks(ui.sentence_date, "19112026")
    type_number(qtbot, ui.length_years, "3")
    qtbot.mouseClick(ui.conditional_release_date_known, Qt.MouseButton.LeftButton)
    type_date(qtbot, ui.conditional_release_date_known, "19052028")


def test_reception_saves_and_the_prisoner_appears_on_the_caseload(
    qtbot: QtBot,
    open_dialog: Callable[..., ReceptionDialog],
    caseload: Callable[[], list[CaseloadRow]],
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
    bus: EventBus,
    today: date,
) -> None:
    dialog = open_dialog()
    fill_valid_determinate(qtbot, dialog)
    assert dialog.request().length_days == 3 * 365
    assert dialog.request().conditional_release_date == date(2028, 5, 19)

    with qtbot.waitSignal(bus.changed) as published, qtbot.waitSignal(dialog.prisoner_received) as received:
        save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert received.args == [dialog.prisoner_id]
    assert dialog.prisoner_id in published.args[0].prisoner_ids
    [row] = caseload()
    assert (row.noms_number, row.family_name, row.given_name) == ("G4321HJ", "O'Neill", "Jamie")
    assert row.location == "B-2-14"
    assert (row.release_date, row.release_date_kind) == (date(2028, 5, 19), "CRD")
    case = caseload_service.detail(supervisor, dialog.prisoner_id)
    assert case.date_of_birth == date(1990, 3, 14)
    assert case.arrived_on == today
    assert case.sentence is not None and case.sentence.sentence_date == date(2026, 11, 19)


def test_ctrl_return_saves(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    fill_valid_determinate(qtbot, dialog)
    with qtbot.waitSignal(dialog.prisoner_received):
        qtbot.keyClick(dialog.ui.location, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(caseload()) == 1


def test_escape_on_an_untouched_form_closes_without_asking(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    assert not dialog.has_unsaved_work()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.family_name, Qt.Key.Key_Escape)
    assert caseload() == []


def test_noms_number_is_checked_as_you_type(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.ui.noms_number, "A12")
    assert dialog.ui.noms_number_error.text() == ""  # could still become valid: no nagging
    qtbot.keyClicks(dialog.ui.noms_number, "B")
    assert dialog.ui.noms_number_error.isVisible()
    assert "the fourth character is 'B' (did you mean '8'?)" in dialog.ui.noms_number_error.text()
    qtbot.keyClick(dialog.ui.noms_number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.ui.noms_number, "45CD")
    assert dialog.ui.noms_number_error.text() == ""
    assert not dialog.ui.noms_number_error.isVisible()


def test_invalid_noms_number_shows_its_message_beside_the_field_and_saves_nothing(
    qtbot: QtBot,
    open_dialog: Callable[..., ReceptionDialog],
    caseload: Callable[[], list[CaseloadRow]],
    bus: EventBus,
) -> None:
    dialog = open_dialog()
    fill_valid_determinate(qtbot, dialog)
    dialog.ui.noms_number.clear()
    qtbot.keyClicks(dialog.ui.noms_number, "A12B4CD")
    before = len(caseload())

    with qtbot.assertNotEmitted(dialog.prisoner_received), qtbot.assertNotEmitted(bus.changed):
        save(qtbot, dialog)

    assert dialog.ui.noms_number_error.text() == noms_problem("A12B4CD")
    assert dialog.ui.noms_number_error.isVisible()
    assert dialog.isVisible() and dialog.prisoner_id is None
    assert dialog.focusWidget() is dialog.ui.noms_number
    assert len(caseload()) == before == 0
    # Everything else the user typed is still there to fix and save.
    assert dialog.ui.family_name.text() == "O'Neill"


def test_missing_date_of_birth_is_shown_beside_it_and_focused(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    fill_valid_determinate(qtbot, dialog)
    clear_text(qtbot, dialog.ui.date_of_birth)
    assert dialog.ui.date_of_birth.text() == "" and dialog.ui.date_of_birth.value() is None

    save(qtbot, dialog)

    assert dialog.ui.date_of_birth_error.text() == "Enter the date of birth."
    assert dialog.ui.date_of_birth.hasFocus()
    assert caseload() == []

    qtbot.keyClicks(dialog.ui.date_of_birth, "14031990")
    with qtbot.waitSignal(dialog.prisoner_received):
        save(qtbot, dialog)
    assert len(caseload()) == 1


def test_an_empty_form_shows_each_message_beside_its_field(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    ui = dialog.ui

    save(qtbot, dialog)

    assert ui.noms_number_error.text() == "Enter the NOMS number, for example A1234BC."
    assert ui.family_name_error.text() == "Enter the family name."
    assert ui.given_name_error.text() == "Enter the given name."
    assert ui.date_of_birth_error.text() == "Enter the date of birth."
    assert ui.gender_error.text() == "Choose the prisoner's gender."
    assert ui.sentence_type_error.text().startswith("Choose the sentence type")
    assert ui.general_error.text() == "Fix the 6 problems shown in red below."
    assert ui.location_error.text() == "" and not ui.location_error.isVisible()
    assert dialog.focusWidget() is ui.noms_number
    assert caseload() == []


def test_key_date_problems_are_shown_beside_the_date(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    fill_valid_determinate(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.parole_eligibility_date_known, Qt.MouseButton.LeftButton)
    type_date(qtbot, dialog.ui.parole_eligibility_date_known, "01012029")  # after the CRD

    save(qtbot, dialog)

    assert dialog.ui.parole_eligibility_date_error.text() == "The PED cannot be after the CRD."
    assert caseload() == []


def test_remand_disables_the_sentence_fields_and_saves_without_them(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    ui = dialog.ui
    fill_valid_determinate(qtbot, dialog)
    assert ui.sentence_date.isEnabled() and ui.length_years.isEnabled() and ui.key_dates_group.isEnabled()

    choose(qtbot, ui.sentence_type, SentenceType.REMAND.label)

    for widget in (
        ui.sentence_date,
        ui.length_years,
        ui.length_months,
        ui.length_days,
        ui.conditional_release_date_known,
        ui.conditional_release_date,
    ):
        assert not widget.isEnabled(), widget.objectName()
    request = dialog.request()
    assert request.sentence_date is None and request.length_days is None
    assert request.conditional_release_date is None

    with qtbot.waitSignal(dialog.prisoner_received):
        save(qtbot, dialog)
    [row] = caseload()
    assert row.sentence_type is SentenceType.REMAND and row.release_date is None


def test_life_sentence_disables_only_the_length(
    qtbot: QtBot, open_dialog: Callable[..., ReceptionDialog], caseload: Callable[[], list[CaseloadRow]]
) -> None:
    dialog = open_dialog()
    ui = dialog.ui
    choose(qtbot, ui.sentence_type, SentenceType.LIFE.label)
    assert ui.sentence_date.isEnabled() and ui.key_dates_group.isEnabled()
    assert not ui.length_years.isEnabled()
    choose(qtbot, ui.sentence_type, SentenceType.DETERMINATE.label)
    assert ui.length_years.isEnabled()


def test_a_role_without_permission_gets_a_message_and_the_dialog_stays_open(
    qtbot: QtBot,
    open_dialog: Callable[..., ReceptionDialog],
    caseload: Callable[[], list[CaseloadRow]],
    contributor: CurrentUser,
) -> None:
    dialog = open_dialog(contributor)
    fill_valid_determinate(qtbot, dialog)
    seen: list[str] = []

    def close_message_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close_message_box)
    save(qtbot, dialog)

    assert seen == [
        "Your role (Department contributor) cannot receive prisoners. "
        "Ask: Offender supervisor, OMU manager, Administrator."
    ]
    assert dialog.isVisible() and dialog.prisoner_id is None
    assert caseload() == []
