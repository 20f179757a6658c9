"""The reception dialog: receive a prisoner (new reception or transfer in) with sentence and key dates.

Also holds the two small helpers the casework dialogs share — ``FieldErrors`` (service messages shown
beside the fields they name) and ``BlankableDate`` (a required QDateEdit that starts empty) — until
they move to ``gui/widgets/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from workbench.casework.dto import CurrentUser, ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors, WorkbenchError
from workbench.domain.noms import noms_problem
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_reception_dialog import Ui_ReceptionDialog

# -- shared helpers -------------------------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        root = getattr(self, "_root", None)
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


class BlankableDate(QObject):
    """Makes a QDateEdit start empty ("Not entered") for a required date with no sensible default.

    QDateEdit cannot hold no date, so the minimum date stands for "not entered" and is shown as
    special text. Typing a digit over the special text starts from ``template`` with the day selected,
    so ``14031990`` gives 14/03/1990 just as in an ordinary date box.
    """

    BLANK = QDate(1900, 1, 1)

    def __init__(self, edit: QDateEdit, template: date, latest: date | None = None) -> None:
        super().__init__(edit)
        self._edit = edit
        self._template = to_qdate(template)
        edit.setMinimumDate(self.BLANK)
        if latest is not None:
            edit.setMaximumDate(to_qdate(latest))
        edit.setSpecialValueText("Not entered")
        edit.setDate(self.BLANK)
        edit.installEventFilter(self)

    def value(self) -> date | None:
        """The date entered, or None while it shows "Not entered"."""
        qd = self._edit.date()
        return None if qd == self.BLANK else to_date(qd)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._edit.date() == self.BLANK
            and event.text().isdigit()
        ):
            self._edit.setDate(self._template)
            self._edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
        return False


# -- the reception dialog ---------------------------------------------------------------------------

# The optional key dates, in form order; names match ReceptionRequest and the form's widgets.
_KEY_DATES = (
    "parole_eligibility_date",
    "conditional_release_date",
    "home_detention_curfew_eligibility_date",
    "tariff_date",
    "sentence_expiry_date",
    "licence_expiry_date",
)
_NOMS_TEMPLATE = "A1234BC"


class ReceptionDialog(QDialog):
    """Receive a prisoner: a new reception or a transfer in, with sentence and key dates (seed 3.1).

    Nothing is saved until the service accepts the whole form; its messages appear beside the fields
    and the dialog stays open so the user can fix them.
    """

    prisoner_received = Signal(str)
    """Emitted with the prisoner's id once the reception is saved (and the ChangeSet published)."""

    def __init__(
        self,
        services: ReceptionService,
        user: CurrentUser,
        bus: EventBus,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = services
        self._user = user
        self._bus = bus
        self._today = today
        self.prisoner_id: str | None = None
        self.ui = Ui_ReceptionDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui

        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Receive prisoner")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self._save_button)

        for g in Gender:
            ui.gender.addItem(g.value.title(), g.value)
        ui.gender.setCurrentIndex(-1)
        for st in SentenceType:
            ui.sentence_type.addItem(st.label, st.value)
        ui.sentence_type.setCurrentIndex(-1)
        ui.rosh_level.addItem("Not yet screened", None)
        for level in RoshLevel:
            ui.rosh_level.addItem(level.label, level.value)
        ui.is_ppo.addItem("Not known", None)
        ui.is_ppo.addItem("Yes", True)
        ui.is_ppo.addItem("No", False)

        self._date_of_birth = BlankableDate(ui.date_of_birth, date(today.year - 30, 1, 1), latest=today)
        self._sentence_date = BlankableDate(ui.sentence_date, today, latest=today)
        ui.received_on.setMaximumDate(to_qdate(today))
        ui.received_on.setDate(to_qdate(today))
        for field in _KEY_DATES:
            edit: QDateEdit = getattr(ui, field)
            box = getattr(ui, f"{field}_known")
            edit.setDate(to_qdate(today))
            box.toggled.connect(edit.setEnabled)

        self.errors = FieldErrors(self, ui.general_error, {
            "noms_number": (ui.noms_number, ui.noms_number_error),
            "family_name": (ui.family_name, ui.family_name_error),
            "given_name": (ui.given_name, ui.given_name_error),
            "date_of_birth": (ui.date_of_birth, ui.date_of_birth_error),
            "gender": (ui.gender, ui.gender_error),
            "received_on": (ui.received_on, ui.received_on_error),
            "location": (ui.location, ui.location_error),
            "arrived_from": (ui.arrived_from, ui.arrived_from_error),
            "sentence_type": (ui.sentence_type, ui.sentence_type_error),
            "sentence_date": (ui.sentence_date, ui.sentence_date_error),
            "length_days": (ui.length_years, ui.length_days_error),
            **{f: (getattr(ui, f"{f}_known"), getattr(ui, f"{f}_error")) for f in _KEY_DATES},
        })

        align_form_labels(ui.identity_form, ui.arrival_form, ui.risk_form)
        align_form_labels(ui.sentence_form, ui.key_dates_form)
        ui.noms_number.textEdited.connect(self._on_noms_number_edited)
        ui.noms_number.editingFinished.connect(self._on_noms_number_finished)
        ui.sentence_type.currentIndexChanged.connect(self._on_sentence_type_changed)
        self._on_sentence_type_changed()
        ui.noms_number.setFocus()

    # -- reading the form ---------------------------------------------------------------------

    def sentence_type(self) -> SentenceType | None:
        """The sentence type chosen, or None before a choice."""
        data = self.ui.sentence_type.currentData()
        return SentenceType(data) if data else None

    def length_days(self) -> int | None:
        """Sentence length as days (years × 365 + months × 30 + days); None when empty or not applicable."""
        ui = self.ui
        if not ui.length_years.isEnabled():
            return None
        days = ui.length_years.value() * 365 + ui.length_months.value() * 30 + ui.length_days.value()
        return days or None

    def request(self) -> ReceptionRequest:
        """What the form says now, as the service's request (validated by the service, not here)."""
        ui = self.ui
        stype = self.sentence_type()
        sentenced = stype is None or stype.is_sentenced
        known = {field for field in _KEY_DATES if sentenced and getattr(ui, f"{field}_known").isChecked()}
        key_dates = {f: to_date(getattr(ui, f).date()) if f in known else None for f in _KEY_DATES}
        gender = ui.gender.currentData()
        rosh = ui.rosh_level.currentData()
        return ReceptionRequest(
            noms_number=ui.noms_number.text(),
            family_name=ui.family_name.text(),
            given_name=ui.given_name.text(),
            date_of_birth=self._date_of_birth.value(),
            gender=Gender(gender) if gender else None,
            location=ui.location.text(),
            received_on=to_date(ui.received_on.date()),
            sentence_type=stype,
            sentence_date=self._sentence_date.value() if sentenced else None,
            length_days=self.length_days() if sentenced else None,
            is_ppo=ui.is_ppo.currentData(),
            rosh_level=RoshLevel(rosh) if rosh else None,
            arrived_from=ui.arrived_from.text(),
            **key_dates,
        )

    # -- slots ----------------------------------------------------------------------------------

    def _on_noms_number_edited(self, text: str) -> None:
        # While typing, complain only about what cannot become valid: "A12" is fine so far.
        # Padding what was typed with the rest of a valid number finds the first real mistake.
        typed = text.strip()
        padded = typed + _NOMS_TEMPLATE[len(typed):] if typed else ""
        self.errors.set("noms_number", noms_problem(padded) or "" if typed else "")

    def _on_noms_number_finished(self) -> None:
        text = self.ui.noms_number.text()
        self.errors.set("noms_number", (noms_problem(text) or "") if text.strip() else "")

    def _on_sentence_type_changed(self) -> None:
        ui = self.ui
        stype = self.sentence_type()
        sentenced = stype is None or stype.is_sentenced
        determinate_length = sentenced and not (stype is not None and stype.is_indeterminate)
        ui.sentence_date.setEnabled(sentenced)
        for spin in (ui.length_years, ui.length_months, ui.length_days):
            spin.setEnabled(determinate_length)
        ui.key_dates_group.setEnabled(sentenced)
        if stype is not None and not stype.is_sentenced:
            ui.key_dates_group.setTitle("Key dates (not used for remand or unsentenced)")
        else:
            ui.key_dates_group.setTitle("Key dates (tick each one that is known)")
        if stype is not None and stype.is_indeterminate:
            ui.length_years.setToolTip(f"{stype.label} sentences are indeterminate: record the tariff date.")
        else:
            ui.length_years.setToolTip("")

    def _on_buttons_accepted(self) -> None:
        try:
            prisoner_id, changes = self._service.receive(self._user, self.request())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except WorkbenchError as exc:
            self.errors.clear()
            show_problem(self, exc)
            return
        self.prisoner_id = prisoner_id
        self._bus.publish(changes)
        self.prisoner_received.emit(prisoner_id)
        self.accept()
