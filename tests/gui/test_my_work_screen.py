"""Issue 10 point 3: "My work" — the start-up sweep raises reviews, Ctrl+Shift+W lists them with the
National Standards items, the filters and the count follow the keys, Enter opens the prisoner's case.

A real window over a real store, real keystrokes; the sweep runs off the GUI thread as in the app.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reviews import WorkKind
from workbench.casework.services import Services
from workbench.domain.enums import AllocationRole
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.my_work.dialog import MyWorkDialog
from workbench.gui.screens.my_work.hookup import MyWorkHookup
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _hookup(window: MainWindow) -> MyWorkHookup:
    hookup = window.review_screens.my_work
    assert isinstance(hookup, MyWorkHookup)
    return hookup


def _prepare(services: Services, supervisor: CurrentUser) -> tuple[str, str]:
    """Sam's two prisoners: the first with a risk of harm change (a review), both allocated to Sam."""
    rows = {r.noms_number: r.prisoner_id for r in services.caseload.rows(supervisor)}
    first, second = rows["A1111AA"], rows["B2222BB"]
    for pid in (first, second):
        services.allocation.allocate(
            supervisor,
            AllocationRequest(
                pid, AllocationRole.OFFENDER_SUPERVISOR, supervisor.user_id, "", date(2026, 11, 23), ""
            ),
        )
    with services.ctx.write(supervisor, Permission.RECORD_CONTACT) as uow:
        uow.add(
            DomainEvent(
                id=new_id(),
                prisoner_id=first,
                kind="RISK_OF_HARM_CHANGED",
                occurred_at=datetime(2026, 11, 10, 9),
                payload=json.dumps({"old": "MEDIUM", "new": "HIGH"}),
            ),
            "domain_event.raised",
        )
    return first, second


def test_my_work_lists_filters_counts_and_opens_the_case(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    first, _second = _prepare(services, supervisor)
    window = make_window()
    hookup = _hookup(window)
    assert hookup._startup.isActive()  # the start-up sweep is due in a moment; run it now
    hookup.sweep_now()
    qtbot.waitUntil(lambda: hookup.last_sweep is not None and not hookup.sweeping, timeout=30000)
    assert [t.trigger.value for t in services.reviews.open_review(supervisor, first).tasks] == [
        "ROSH_CHANGED"
    ]

    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    dialog = hookup.dialog
    assert isinstance(dialog, MyWorkDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    items = dialog.shown_items()
    kinds = {i.kind for i in items}
    assert WorkKind.REVIEW in kinds and WorkKind.NATIONAL_STANDARD in kinds
    overdue = sum(1 for i in items if i.overdue)
    assert dialog.ui.count.text() == f"{len(items)} items, {overdue} overdue"
    assert overdue >= 1  # the review was due 24 Nov 2026

    # Sort by "What" with clicks on its header: A to Z, then Z to A (the list starts by due date).
    header = dialog.ui.table.horizontalHeader()
    at = QPoint(header.sectionPosition(4) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    titles = [i.title for i in dialog.shown_items()]
    assert titles == sorted(titles) and len(titles) == len(items)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    titles = [i.title for i in dialog.shown_items()]
    assert titles == sorted(titles, reverse=True) and titles[0].startswith("RoSH")

    # Filter by kind with the keyboard: Alt+H to the combo, type the kind's name.
    qtbot.keyClick(dialog, Qt.Key.Key_H, ALT)
    assert dialog.ui.kind_filter.hasFocus()
    qtbot.keyClicks(dialog.ui.kind_filter, "Review")
    [review] = dialog.shown_items()
    assert review.kind is WorkKind.REVIEW and review.prisoner_id == first
    assert review.title == "Review: Risk of harm changed"
    assert dialog.ui.count.text() == f"1 item, 1 overdue (of {len(items)})"

    # Everything again, then overdue only (Alt+O): every row shown is overdue.
    qtbot.keyClicks(dialog.ui.kind_filter, "Everything")
    with qtbot.waitSignal(dialog.ui.overdue_only.toggled):  # a mnemonic clicks after a short animation
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
    assert dialog.ui.overdue_only.isChecked()
    shown = dialog.shown_items()
    assert shown and all(i.overdue for i in shown) and len(shown) == overdue

    # Enter on the review opens the prisoner's case.
    with qtbot.waitSignal(dialog.ui.overdue_only.toggled):  # overdue only off again
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
    qtbot.keyClicks(dialog.ui.kind_filter, "Review")
    dialog.ui.table.setFocus()
    dialog.ui.table.selectRow(0)
    with qtbot.waitSignal(dialog.open_requested):
        qtbot.keyClick(dialog.ui.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    case = window.case_page.case
    assert case is not None and case.prisoner_id == first
    tabs = window.case_page.tabs
    titles_of_tabs = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    review_tab = next((i for i, t in enumerate(titles_of_tabs) if "review" in t.lower()), 0)
    assert tabs.currentIndex() == review_tab


def test_my_work_follows_a_snooze(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    """A change broadcast (here: the review cancelled) refreshes the open list."""
    first, _second = _prepare(services, supervisor)
    window = make_window()
    hookup = _hookup(window)
    hookup.sweep_now()
    qtbot.waitUntil(lambda: hookup.last_sweep is not None and not hookup.sweeping, timeout=30000)
    dialog = hookup.open_list()
    qtbot.waitUntil(dialog.isVisible)
    assert any(i.kind is WorkKind.REVIEW for i in dialog.shown_items())
    [task] = services.reviews.open_review(supervisor, first).tasks
    changes = services.reviews.cancel(supervisor, task.id, "Raised in error: the level was corrected")
    with qtbot.waitSignal(window.bus.changed):
        window.bus.publish(changes)
    assert not any(i.kind is WorkKind.REVIEW for i in dialog.shown_items())
