"""Interventions needed versus available (issue 9 point 4): record one whatever its availability, see it
in the prisoner's ledger and the establishment's, and export the ledger as CSV through the file dialog."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from workbench.casework.interventions import CSV_HEADER
from workbench.domain.plan import Availability, TransferStatus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.interventions.hookup import InterventionsHookup
from workbench.gui.screens.interventions.ledger import LedgerDialog
from workbench.gui.screens.interventions.requirement_dialog import RequirementDialog
from workbench.gui.screens.interventions.transfer_dialog import TransferDialog

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open_section(qtbot: QtBot, window: MainWindow) -> InterventionsHookup:
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    assert window.case_page.case is not None
    hookup = window.sentence_plan.interventions
    assert isinstance(hookup, InterventionsHookup)
    plan_tab = window.sentence_plan.plan.sections
    window.case_page.show_tab(plan_tab)
    plan_tab.sections.setCurrentWidget(hookup.section)
    return hookup


def _record(qtbot: QtBot, window: MainWindow, hookup: InterventionsHookup) -> RequirementDialog:
    qtbot.mouseClick(hookup.section.record_button, LEFT)
    dialog = hookup.dialog
    assert isinstance(dialog, RequirementDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_need_not_met_here_is_recorded_with_its_reason(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(size=(1024, 768))
    hookup = _open_section(qtbot, window)
    dialog = _record(qtbot, window, hookup)
    ui = dialog.ui
    assert ui.intervention.currentText().startswith("Other")
    qtbot.keyClicks(ui.other_name, "Healthy relationships programme")
    ui.need.setFocus()
    qtbot.keyClicks(ui.need, "Relationships")
    assert ui.need.currentText() == "Relationships"
    assert dialog.availability() is Availability.NOT_RUN_HERE
    assert ui.reason_label.text() == "&Reason (required):"
    # Saving without a reason says what is missing, beside the field; nothing is saved.
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert ui.reason_error.text() == "Say why it is 'not run here' (the reason is required)."
    assert dialog.isVisible()
    qtbot.keyClicks(ui.reason, "Not run at Moorland; runs at HMP Lindholme.")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    section = hookup.section
    assert section.model.rowCount() == 1
    row = section.model.row_at(0)
    assert row is not None and row.intervention == "Healthy relationships programme" and row.need_open
    assert "1 need(s) unmet here" in section.status.text()


def test_the_establishment_ledger_filters_and_exports_csv(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    hookup = _open_section(qtbot, window)
    dialog = _record(qtbot, window, hookup)
    ui = dialog.ui
    qtbot.keyClicks(ui.other_name, "Drug recovery wing")
    ui.need.setFocus()
    qtbot.keyClicks(ui.need, "Drug")
    ui.availability.setFocus()
    qtbot.keyClicks(ui.availability, "Delivered")
    assert dialog.availability() is Availability.DELIVERED
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)

    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    ledger = hookup.ledger
    assert isinstance(ledger, LedgerDialog)
    qtbot.waitUntil(ledger.isVisible)
    assert [(c.intervention, c.availability, c.count) for c in ledger.count_model.rows()] == [
        ("Drug recovery wing", Availability.DELIVERED, 1)
    ]
    qtbot.mouseClick(ledger.ui.open_only, LEFT)
    assert ledger.row_model.rowCount() == 0  # delivered: no open need
    qtbot.mouseClick(ledger.ui.open_only, LEFT)
    qtbot.keyClicks(ledger.ui.text, "drug")
    assert ledger.row_model.rowCount() == 1

    qtbot.mouseClick(ledger.ui.export_button, LEFT)
    files = ledger.file_dialog
    assert files is not None
    qtbot.waitUntil(files.isVisible)
    target = tmp_path / "ledger.csv"
    files.selectFile(str(target))
    files.accept()
    assert ledger.ui.summary.text() == "1 row(s) exported to ledger.csv."
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(CSV_HEADER)
    assert rows[1][2:7] == ["Drug recovery wing", "", "Drug misuse", "Delivered", "no"]
    case = window.case_page.case
    assert case is not None and rows[1][0] == case.noms_number
    assert case.family_name not in target.read_text(encoding="utf-8-sig")
    button = ledger.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(button, LEFT)
    assert not ledger.isVisible()


def test_a_transfer_for_resources_moves_on_and_not_progressed_needs_a_reason(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    hookup = _open_section(qtbot, window)
    section = hookup.section
    qtbot.mouseClick(section.transfer_button, LEFT)
    dialog = hookup.dialog
    assert isinstance(dialog, TransferDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.ui.destination, "HMP Whatton")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert section.transfer_model.rowCount() == 1
    transfer = section.transfer_model.row_at(0)
    assert transfer is not None and transfer.status is TransferStatus.REQUESTED

    qtbot.mouseClick(section.move_button, LEFT)
    step = hookup.dialog
    assert isinstance(step, TransferDialog)
    qtbot.waitUntil(step.isVisible)
    step.ui.status.setFocus()
    qtbot.keyClicks(step.ui.status, "Not")
    assert step.ui.status.currentText() == "Not progressed"
    qtbot.mouseClick(step.save_button, LEFT)
    assert step.ui.reason_error.text() == "Say why the transfer was not progressed."
    qtbot.keyClicks(step.ui.reason, "No places this year.")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(step.save_button, LEFT)
    transfer = section.transfer_model.row_at(0)
    assert transfer is not None and transfer.status is TransferStatus.NOT_PROGRESSED
    assert not section.move_button.isEnabled()  # closed
