"""What the casework dialogs share: messages beside fields, save shortcuts, one way to submit.

``FieldErrors`` shows a service's ValidationErrors beside the fields they name (STYLE.md point 7);
``submit`` runs one casework call and maps its errors the same way in every dialog. Dates are typed
into ``widgets.date_field.DateField``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors, WorkbenchError
from workbench.gui.widgets.date_field import DateField
from workbench.gui.widgets.unsaved import settle_unsaved_work

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
        self._fix_line = ""
        self._watched: set[tuple[str, int]] = set()
        for field, (widget, _) in self._fields.items():
            self._watch(field, widget)
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

    def _watch(self, field: str, widget: QWidget) -> None:
        """Clear ``field``'s message as soon as the user changes its input (issue 7 point 8)."""
        key = (field, id(widget))
        if key in self._watched:
            return
        self._watched.add(key)
        signal = _change_signal(widget)
        if signal is not None:
            signal.connect(lambda *_args, field=field: self._on_field_edited(field))

    def _on_field_edited(self, field: str) -> None:
        if not self.message(field):
            return
        self.set(field, "")
        if not any(self.message(other) for other in self._fields) and self._fix_line:
            # The "fix the problems below" line goes with the last of them; other general messages stay.
            rest = [line for line in self._general.text().split("\n") if line and line != self._fix_line]
            self._general.setText("\n".join(rest))
            self._general.setVisible(bool(rest))
            self._fix_line = ""

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
        self._watch(field, widget)

    def message(self, field: str) -> str:
        """The message currently shown beside ``field`` ("" when none)."""
        return self._fields[field][1].text()

    def show(self, error: ValidationError) -> None:
        """Replace what is shown with ``error``'s messages and focus the first field that needs fixing."""
        self.clear()
        self._fix_line = ""
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        by_field = ValidationErrors(errors).by_field()
        general = [msg for field, msg in by_field.items() if field not in self._fields]
        marked = [field for field in self._fields if field in by_field]
        for field in marked:
            self.set(field, by_field[field])
        if marked:
            count = len(marked)
            problems = "the problem" if count == 1 else f"the {count} problems"
            self._fix_line = f"Fix {problems} shown in red below."
            general.append(self._fix_line)
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


def _change_signal(widget: QWidget) -> Any:
    """The signal a widget emits when the user changes what it holds (None for display-only widgets)."""
    if isinstance(widget, DateField):
        return widget.edit.textChanged
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", widget.editingFinished)
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def form_state(root: QWidget) -> tuple[object, ...]:
    """What every input under ``root`` holds now, to tell whether anything was typed since a snapshot."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return tuple(state)


class UnsavedDialog(QDialog):
    """A casework dialog that asks before Escape or the close button throws typed work away (point 3).

    Subclasses call ``mark_clean()`` once the form is set up, describe the work in
    ``unsaved_work_description`` and save it in ``save_form`` (their normal save: it may show field
    errors and leave the dialog open, in which case closing is cancelled). Implements
    ``widgets.unsaved.HoldsUnsavedWork``, so the main window can ask an open dialog the same question.
    """

    def mark_clean(self) -> None:
        """Remember the form as it is now: nothing is unsaved."""
        self._clean_state = form_state(self)

    def has_unsaved_work(self) -> bool:
        """True when an input differs from when the form was set up (and nothing was saved)."""
        clean: tuple[object, ...] | None = getattr(self, "_clean_state", None)
        if clean is None or self.result() == QDialog.DialogCode.Accepted:
            return False
        return form_state(self) != clean

    def unsaved_work_description(self) -> str:
        """One phrase for the question box; subclasses say what the form is."""
        return f"the {self.windowTitle()} form"

    def save_form(self) -> None:
        """Run the dialog's normal save (accepts the dialog when it succeeds)."""
        raise NotImplementedError

    def save_unsaved_work(self) -> bool:
        """Save through the normal path; True only when it was saved."""
        self.save_form()
        return self.result() == QDialog.DialogCode.Accepted

    def discard_unsaved_work(self) -> None:
        """Forget the typing: the form counts as clean, so closing no longer asks."""
        self.mark_clean()

    def reject(self) -> None:
        # Escape, Cancel and the window's close button all come here.
        if self.has_unsaved_work():
            if not settle_unsaved_work(self, self, doing="close this form"):
                return
            if self.result() == QDialog.DialogCode.Accepted:
                return  # "save" saved it and closed the dialog
        super().reject()
