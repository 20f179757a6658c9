"""What the casework dialogs share: messages beside fields, save shortcuts, one way to submit.

``FieldErrors`` shows a service's ValidationErrors beside the fields they name (STYLE.md point 7);
``submit`` runs one casework call and maps its errors the same way in every dialog. Dates are typed
into ``widgets.date_field.DateField``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors, WorkbenchError

T = TypeVar("T")


def install_save_shortcuts(dialog: QDialog, save: QPushButton) -> None:
    """Ctrl+Return (and Ctrl+Enter on the keypad) saves, even from a multi-line text box."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save.click)
    save.setToolTip("Save (Ctrl+Return)")


def show_problem(parent: QWidget, error: WorkbenchError) -> None:
    """A message box for errors that belong to no field: not allowed, or the store could not be written."""
    title = "Not allowed" if isinstance(error, PermissionDenied) else "Could not save"
    QMessageBox.warning(parent, title, error.message)


def fit_height(window: QWidget) -> None:
    """Grow a shown window so word-wrapped messages are not clipped.

    Top-level windows ignore height-for-width when a label starts wrapping onto more lines, so the
    new height is asked for explicitly; the window never shrinks under the user.
    """
    if not window.isVisible():
        return
    needed = window.heightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def align_form_labels(*forms: QFormLayout) -> None:
    """Give the label columns of several forms one width, so fields line up across group boxes."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class FieldErrors(QObject):
    """Shows a service's ValidationErrors beside the fields they name (STYLE.md point 7).

    ``fields`` maps each ValidationError.field the form knows to (widget to focus, error label), in
    form order; messages for any other field, or none, go to the ``general`` label at the top.
    Error rows are hidden while empty so the form does not carry gaps, and the window grows to show
    messages in full.
    """

    def __init__(self, root: QWidget, general: QLabel, fields: Mapping[str, tuple[QWidget, QLabel]]) -> None:
        super().__init__(root)
        self._root = root
        self._general = general
        self._fields = dict(fields)
        self._forms: dict[QLabel, QFormLayout] = {}
        self._descriptions = {field: widget.accessibleDescription() for field, (widget, _) in fields.items()}
        for layout in root.findChildren(QFormLayout):
            for _, label in self._fields.values():
                row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(label))
                if row >= 0:
                    self._forms[label] = layout
        self.clear()
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while Python tears the wrapper down, Qt may still deliver an event to the filter.
        root: QWidget | None = getattr(self, "_root", None)
        if root is not None and watched is root and event.type() == QEvent.Type.Show:
            fit_height(root.window())
        return False

    def clear(self) -> None:
        """Hide every message."""
        self._general.clear()
        self._general.hide()
        for field in self._fields:
            self.set(field, "")

    def set(self, field: str, message: str) -> None:
        """Show (or, with an empty message, hide) the message beside one field."""
        widget, label = self._fields[field]
        label.setText(message)
        widget.setAccessibleDescription(message or self._descriptions[field])
        form = self._forms.get(label)
        if form is not None:
            form.setRowVisible(label, bool(message))
        else:
            label.setVisible(bool(message))
        fit_height(self._root.window())

    def retarget(self, field: str, widget: QWidget) -> None:
        """Point ``field``'s messages (and focus) at another widget, e.g. when a role swaps the input."""
        old, label = self._fields[field]
        old.setAccessibleDescription(self._descriptions[field])
        self._fields[field] = (widget, label)
        self._descriptions[field] = widget.accessibleDescription()

    def message(self, field: str) -> str:
        """The message currently shown beside ``field`` ("" when none)."""
        return self._fields[field][1].text()

    def show(self, error: ValidationError) -> None:
        """Replace what is shown with ``error``'s messages and focus the first field that needs fixing."""
        self.clear()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        by_field = ValidationErrors(errors).by_field()
        general = [msg for field, msg in by_field.items() if field not in self._fields]
        marked = [field for field in self._fields if field in by_field]
        for field in marked:
            self.set(field, by_field[field])
        if marked:
            count = len(marked)
            problems = "the problem" if count == 1 else f"the {count} problems"
            general.append(f"Fix {problems} shown in red below.")
        self._general.setText("\n".join(general))
        self._general.setVisible(bool(general))
        fit_height(self._root.window())
        if marked:
            self._fields[marked[0]][0].setFocus(Qt.FocusReason.OtherFocusReason)


def submit(errors: FieldErrors, parent: QWidget, call: Callable[[], T]) -> T | None:
    """Run one casework call for a dialog: its result, or None after showing what went wrong.

    Validation messages go beside their fields; any other expected error (no permission, storage)
    in a message box. The dialog stays open either way, so nothing typed is lost.
    """
    try:
        return call()
    except ValidationError as exc:
        errors.show(exc)
    except WorkbenchError as exc:
        errors.clear()
        show_problem(parent, exc)
    return None
