"""The mouse wheel scrolls the assessment; it never changes an answer nobody picked (issue 7 point 2)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.services import Services
from workbench.config import load_offence_groups
from workbench.gui.events import EventBus
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.security.principal import CurrentUser


def turn_wheel(widget: QWidget, notches: int) -> None:
    """One wheel turn over the middle of ``widget``, as the mouse sends it (negative = towards the user)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def open_draft(qtbot: QtBot, ctx: ServiceContext, user: CurrentUser, case: CaseDetail) -> AssessmentWidget:
    services = Services.build(ctx)
    widget = AssessmentWidget(
        services.assessments,
        user,
        EventBus(),
        list(load_offence_groups()),
        ctx.today(),
        auth=services.auth,
    )
    qtbot.addWidget(widget)
    widget.resize(900, 600)  # the form is taller than this: the scroll area has somewhere to go
    with qtbot.waitActive(widget):
        widget.show()
    widget.show_case(case)
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert widget.shown is not None and widget.shown.is_draft
    return widget


def test_the_wheel_over_an_unfocused_drop_down_scrolls_the_form_instead(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    widget = open_draft(qtbot, ctx, supervisor, received)
    bar = widget.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    combos: list[QComboBox] = [
        widget.offence_combo,
        widget.rosh_combo,
        *(e.severity for e in widget.need_editors.values()),
    ]
    before = [combo.currentIndex() for combo in combos]
    widget.save_button.setFocus()

    for combo in combos:
        turn_wheel(combo, -1)

    assert [combo.currentIndex() for combo in combos] == before
    assert bar.value() > 0
    assert not widget.is_dirty


def test_the_wheel_over_an_unfocused_spin_box_leaves_its_value(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    widget = open_draft(qtbot, ctx, supervisor, received)
    spin: QSpinBox = widget.sanctions_spin
    widget.save_button.setFocus()
    before = spin.value()

    turn_wheel(spin, 1)

    assert spin.value() == before


def test_a_focused_drop_down_still_follows_the_wheel(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, received: CaseDetail
) -> None:
    widget = open_draft(qtbot, ctx, supervisor, received)
    combo = widget.mappa_combo
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # the user picks the box on purpose...
    combo.hidePopup()
    assert combo.hasFocus() and combo.currentIndex() == 0

    turn_wheel(combo, -1)  # ...then the wheel moves it on

    assert combo.currentIndex() == 1
