"""Flagging offence-paralleling behaviour from the main window (issue 10 point 1): Ctrl+Shift+O, keys typed
into the dialog, the entry in the contact log, and the review task the sweep raises."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from workbench.casework.services import Services
from workbench.domain.reviews import TriggerKind
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.offence_paralleling.dialog import OffenceParallelingDialog
from workbench.gui.screens.offence_paralleling.hookup import OffenceParallelingHookup
from workbench.security.principal import CurrentUser

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def _open(qtbot: QtBot, window: MainWindow) -> OffenceParallelingDialog:
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    assert window.case_page.case is not None
    hookup = window.review_screens.offence_paralleling
    assert isinstance(hookup, OffenceParallelingHookup)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = hookup.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert window.case_page.case.noms_number in dialog.windowTitle()
    return dialog


def test_a_flag_typed_in_the_dialog_is_logged_and_the_sweep_raises_the_review(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    ui = dialog.ui
    qtbot.waitUntil(ui.source.hasFocus)  # the dialog opens on its first field
    qtbot.keyClick(ui.source, Qt.Key.Key_Down)  # "Choose…" → "Adjudication"
    assert ui.source.currentText() == "Adjudication"
    qtbot.keyClick(ui.source, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.seen_on.edit, "24/11/2026")
    ui.reference.setFocus()
    qtbot.keyClicks(ui.reference, "ADJ/1234: fight over a debt on B wing")
    with qtbot.waitSignal(dialog.behaviour_flagged) as flagged:
        qtbot.keyClick(ui.reference, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    pid = flagged.args[0].prisoner_id
    assert pid == window.case_page.case.prisoner_id
    logged = services.contact_log.log(supervisor, pid, "OFFENCE_PARALLELING").entries
    assert [e.summary for e in logged] == [
        "Adjudication flagged as offence-paralleling behaviour: ADJ/1234: fight over a debt on B wing"
    ]
    services.reviews.sweep(supervisor)
    tasks = services.reviews.open_review(supervisor, pid).tasks
    assert [t.trigger for t in tasks] == [TriggerKind.OFFENCE_PARALLELING]
    assert tasks[0].explanation.startswith("An adjudication on 24 Nov 2026 was flagged")


def test_nothing_is_saved_until_every_field_is_given(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok), LEFT)
    assert dialog.isVisible()
    assert dialog.errors.message("source").startswith("Choose where it was seen")
    assert dialog.errors.message("seen_on") != ""
    assert dialog.errors.message("reference") == "Enter the reference and description."
    assert services.reviews.sweep(supervisor).raised == 0
    dialog.discard_unsaved_work()
    dialog.reject()


def test_the_contact_log_tab_offers_the_flag_button(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    button = window.contact_log.findChild(QPushButton, "offenceParallelingButton")
    assert button is not None and button.isEnabled()
    assert window.review_screens.offence_paralleling.action in window.window_actions.case_menu.actions()
