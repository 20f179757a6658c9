"""``DateField``: the one date input of the workbench (issue 7 point 1).

A QDateEdit garbles typed dates ("20/11/2026" became 02/12/2026), so every date is typed into a line
edit and read by ``workbench.domain.dates.parse_typed_date``. Under the text the field shows what it
understood ("Fri 20 Nov 2026") or, in red, why it cannot use what was typed. A button opens a
calendar; Up/Down move a day, Page Up/Page Down a month. Designer forms use it as a promoted widget
(class ``DateField``, header ``workbench.gui.widgets.date_field``).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.dates import Prefer, describe_date, format_date, parse_typed_date
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.gui.theme import set_role

_PLACEHOLDER = "dd/mm/yyyy"


class DateField(QWidget):
    """A typed date with a calendar button and a line saying what was understood.

    ``value()`` is the date, or None while blank or unreadable; ``problem()`` says why the text cannot
    be used ("" when it can). A blank field is a problem only after ``set_blank_allowed(False)``.
    """

    value_changed = Signal(object)
    """Emitted with the new value (a ``date`` or None) whenever what the field means changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._prefer = Prefer.PAST
        self._earliest: date | None = None
        self._latest: date | None = None
        self._blank_allowed = True
        self._value: date | None = None
        self._problem = ""
        self._forwarding = False

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_PLACEHOLDER)
        self.edit.setMaxLength(20)
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip("Choose the date on a calendar")
        self.calendar_button.setAccessibleName("Choose on a calendar")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.echo = QLabel(self)
        # One line, always there: the form keeps its height as the line changes (a refusal too long
        # for it is in its tooltip, and beside the field once the form is saved).
        self.echo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.echo.setMinimumHeight(self.echo.fontMetrics().height())
        # The check line goes under the text, where it has the form's full width.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.echo)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._popup: QCalendarWidget | None = None
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.edit.installEventFilter(self)
        self._reread()

    # -- configuration ------------------------------------------------------------------------

    def configure(
        self,
        *,
        today: date,
        prefer: Prefer | str = Prefer.PAST,
        earliest: date | None = None,
        latest: date | None = None,
        blank_allowed: bool = True,
    ) -> None:
        """Set the clock, the two-digit-year hint, the allowed range and whether blank is allowed."""
        self._today = today
        self._prefer = Prefer(prefer)
        self._earliest = earliest
        self._latest = latest
        self._blank_allowed = blank_allowed
        self._reread()

    def set_range(self, earliest: date | None, latest: date | None) -> None:
        """Bound the dates accepted (inclusive; None = unbounded)."""
        self._earliest, self._latest = earliest, latest
        self._reread()

    def set_blank_allowed(self, allowed: bool) -> None:
        """Whether leaving the field empty is acceptable (otherwise ``problem()`` asks for a date)."""
        self._blank_allowed = allowed
        self._reread()

    # -- value ------------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date the text means; None while blank or while the text is not a usable date."""
        return self._value

    def setValue(self, value: date | None) -> None:  # Qt naming, like QDateEdit.setDate
        """Show ``value`` (None empties the field)."""
        self.edit.setText("" if value is None else format_date(value))

    def text(self) -> str:
        """What is typed in the field."""
        return self.edit.text()

    def is_blank(self) -> bool:
        """True when nothing (but spaces) is typed."""
        return not self.edit.text().strip()

    def problem(self) -> str:
        """Why the text cannot be used ("" when it can, or when blank is allowed and it is blank)."""
        return self._problem

    def checked_value(self, field: str | None = None) -> date | None:
        """The value, or ValidationError (on ``field``) with the field's message if the text is unusable."""
        if self._problem:
            raise ValidationError(self._problem, field=field, code="date_typed")
        return self._value

    # -- behaviour ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the field itself (a test's keyClicks, an accessibility tool) go to the text.
        # A key the line edit ignores comes back up here: pass it on to the parent, not round again.
        if self._forwarding:
            super().keyPressEvent(event)
            return
        self._forwarding = True
        try:
            QApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {
                Qt.Key.Key_Up: 1,
                Qt.Key.Key_Down: -1,
            }.get(Qt.Key(event.key()))
            months = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}.get(Qt.Key(event.key()))
            if step is not None:
                self._step(timedelta(days=step))
                return True
            if months is not None:
                self._step_months(months)
                return True
        return False

    def _start(self) -> date:
        """Where the arrow keys and the calendar start: the value, or today within the range."""
        if self._value is not None:
            return self._value
        start = self._today
        if self._latest is not None and start > self._latest:
            start = self._latest
        if self._earliest is not None and start < self._earliest:
            start = self._earliest
        return start

    def _within(self, value: date) -> bool:
        return (self._earliest is None or value >= self._earliest) and (
            self._latest is None or value <= self._latest
        )

    def _step(self, delta: timedelta) -> None:
        target = self._start() + delta if self._value is not None else self._start()
        if self._within(target):
            self.setValue(target)

    def _step_months(self, months: int) -> None:
        start = self._start()
        index = start.year * 12 + start.month - 1 + (months if self._value is not None else 0)
        year, month = divmod(index, 12)
        month += 1
        target = date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
        if self._within(target):
            self.setValue(target)

    def _reread(self) -> None:
        text = self.edit.text()
        value: date | None = None
        problem = ""
        if text.strip():
            try:
                value = parse_typed_date(
                    text, today=self._today, prefer=self._prefer, earliest=self._earliest, latest=self._latest
                )
            except ValidationError as exc:
                problem = exc.message
        elif not self._blank_allowed:
            problem = f"Enter a date ({_PLACEHOLDER})."
        self._problem = problem
        if value is not None:
            self.echo.setText(describe_date(value))
            set_role(self.echo, "muted")
        elif problem and text.strip():
            self.echo.setText(problem)
            set_role(self.echo, "error")
        else:
            self.echo.setText("")
            set_role(self.echo, "muted")
        self.echo.setToolTip(self.echo.text())
        self.edit.setAccessibleDescription(self.echo.text())
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    def _on_edit_text_changed(self, _text: str) -> None:
        self._reread()

    def _on_edit_editing_finished(self) -> None:
        # Write back what was understood, so "201126" reads 20/11/2026 once the user moves on.
        if self._value is not None and self.edit.text() != format_date(self._value):
            self.setValue(self._value)

    def _on_calendar_button_clicked(self) -> None:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setGridVisible(True)
        if self._earliest is not None:
            popup.setMinimumDate(QDate(self._earliest.year, self._earliest.month, self._earliest.day))
        if self._latest is not None:
            popup.setMaximumDate(QDate(self._latest.year, self._latest.month, self._latest.day))
        start = self._start()
        popup.setSelectedDate(QDate(start.year, start.month, start.day))
        popup.clicked.connect(self._on_popup_chosen)
        popup.activated.connect(self._on_popup_chosen)
        popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._popup = popup
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_popup_chosen(self, chosen: QDate) -> None:
        self.setValue(date(chosen.year(), chosen.month(), chosen.day()))
        if self._popup is not None:
            self._popup.close()
            self._popup = None
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def popup(self) -> QCalendarWidget | None:
        """The calendar while it is open (for tests and accessibility tools)."""
        return self._popup


def read_dates(fields: dict[str, DateField]) -> dict[str, date | None]:
    """Every field's value, or ValidationErrors naming each field whose text is unusable (all at once)."""
    values: dict[str, date | None] = {}
    problems: list[ValidationError] = []
    for name, widget in fields.items():
        try:
            values[name] = widget.checked_value(name)
        except ValidationError as exc:
            problems.append(exc)
    if problems:
        raise ValidationErrors(problems)
    return values


def read_required_date(name: str, widget: DateField) -> date:
    """One field's date, or ValidationError on ``name`` when it is blank or unreadable."""
    value = widget.checked_value(name)
    if value is None:
        raise ValidationError(f"Enter a date ({_PLACEHOLDER}).", field=name, code="date_blank")
    return value
