"""The caseload's plan status and due date columns and the View → "Plan status" filter (issue 9 point 6)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from workbench.casework.context import ServiceContext
from workbench.casework.plan.rows import ensure_plan
from workbench.gui.main_window import MainWindow
from workbench.gui.models.caseload_model import Column
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser


def _plans(window: MainWindow) -> dict[str, tuple[str, str]]:
    proxy = window.proxy
    return {
        str(proxy.index(r, Column.NAME).data()): (
            str(proxy.index(r, Column.PLAN).data()),
            str(proxy.index(r, Column.PLAN_DUE).data()),
        )
        for r in range(proxy.rowCount())
    }


def test_plan_status_shows_and_filters_the_caseload(
    qtbot: QtBot, make_window: Callable[..., MainWindow], ctx: ServiceContext, supervisor: CurrentUser
) -> None:
    window = make_window()
    first = window.proxy.index(0, Column.NAME)
    pid = str(window.model.row_at(window.proxy.mapToSource(first).row()).prisoner_id)
    name = str(first.data())
    with ctx.write(supervisor, Permission.PLAN) as uow:
        ensure_plan(uow, pid)
    window.load_now()
    plans = _plans(window)
    assert plans[name] == ("Draft", "15/01/2027")  # in scope: 8 weeks from sentence on 20 Nov 2026
    assert sorted(status for status, _ in plans.values()) == ["Draft", "No plan", "No plan", "No plan"]

    menu = window.findChild(QMenu, "planStatusMenu")
    assert menu is not None
    draft = next(a for a in menu.actions() if a.text() == "Draft")
    with qtbot.waitSignal(window.pane.filters_changed):
        draft.trigger()
    assert list(_plans(window)) == [name]
    assert window.pane.is_filtered()

    # Clearing the filters shows everyone and resets the menu's choice.
    with qtbot.waitSignal(window.pane.filters_changed):
        window.pane.clear_filters()
    assert window.proxy.rowCount() == 4
    assert next(a for a in menu.actions() if a.isChecked()).text() == "All plans"

    # Ascending puts the most urgent first (overdue, review due, no plan, draft, agreed).
    window.table.sortByColumn(Column.PLAN, Qt.SortOrder.AscendingOrder)
    assert window.proxy.index(3, Column.PLAN).data() == "Draft"
