"""Small helpers the plan's sections share: combo boxes over code lists, checkable lists, the state of
a form (to tell typed-but-unsaved work), and messages of a refused save."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from workbench.domain.errors import ValidationError, ValidationErrors, WorkbenchError
from workbench.gui.widgets.date_field import DateField
from workbench.gui.widgets.forms import show_problem

T = TypeVar("T")

PLAN_ENTITIES = frozenset(
    {
        "sentence_plan",
        "plan_objective",
        "plan_action",
        "plan_version",
        "contribution",
        "contribution_request",
        "intervention_requirement",
    }
)
"""What, when a ChangeSet touches it, makes the plan screen read the plan again."""


def fill_combo(combo: QComboBox, choices: Iterable[tuple[str, str]], *, blank: str | None = None) -> None:
    """Fill ``combo`` with (label, code) pairs; ``blank`` adds a first "not set" entry with code ""."""
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for label, code in choices:
        combo.addItem(label, code)
    combo.blockSignals(False)


def select_code(combo: QComboBox, code: str | None) -> None:
    """Show the entry with ``code`` (the first entry when there is none)."""
    combo.setCurrentIndex(max(combo.findData(code or ""), 0))


def code_of(combo: QComboBox) -> str:
    """The code of the entry shown ("" for "not set")."""
    return str(combo.currentData() or "")


def fill_checks(widget: QListWidget, choices: Sequence[tuple[str, str]], checked: Iterable[str]) -> None:
    """A list of checkable (label, code) items, ticked where the code is in ``checked``."""
    ticked = set(checked)
    widget.blockSignals(True)
    widget.clear()
    for label, code in choices:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def checked_codes(widget: QListWidget) -> tuple[str, ...]:
    """The codes of the ticked items, in list order."""
    return tuple(
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def state_of(widgets: Iterable[QWidget]) -> tuple[object, ...]:
    """What the inputs hold now, to compare with what was filled in (unsaved work)."""
    out: list[object] = []
    for w in widgets:
        if isinstance(w, DateField | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append(w.currentData())
        elif isinstance(w, QListWidget):
            out.append(checked_codes(w))
    return tuple(out)


def show_errors(label: QLabel, error: ValidationError) -> None:
    """Every message of a refused save, one a line (each names what to fix)."""
    errors = error.errors if isinstance(error, ValidationErrors) else [error]
    label.setText("\n".join(e.message for e in errors))
    label.setVisible(True)


def clear_errors(label: QLabel) -> None:
    """No message."""
    label.clear()
    label.setVisible(False)


def run_call(parent: QWidget, label: QLabel, call: Callable[[], T]) -> T | None:
    """One casework call: its result, or None with the messages shown (nothing typed is lost)."""
    try:
        result = call()
    except ValidationError as exc:
        show_errors(label, exc)
        return None
    except WorkbenchError as exc:
        clear_errors(label)
        show_problem(parent, exc)
        return None
    clear_errors(label)
    return result
