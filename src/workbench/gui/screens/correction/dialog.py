"""The correction dialog: correct a prisoner's details after reception, with a reason (issue 7 point 5)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.casework.dto.caseload import CaseDetail, CorrectionRecord
from workbench.casework.key_dates import KEY_DATE_FIELDS
from workbench.domain.dates import Prefer
from workbench.domain.enums import RoshLevel, SentenceType
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_correction_dialog import Ui_CorrectionDialog
from workbench.gui.widgets.date_field import DateField, read_dates
from workbench.gui.widgets.forms import FieldErrors, install_save_shortcuts, submit
from workbench.gui.widgets.unsaved import settle_unsaved_work
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

# The key dates, in form order; names match DetailsCorrection, the service's fields and the form's widgets.
KEY_DATES = (
    "sentence_date",
    "parole_eligibility_date",
    "home_detention_curfew_eligibility_date",
    "conditional_release_date",
    "tariff_date",
    "sentence_expiry_date",
    "licence_expiry_date",
    # -- key dates (issue 10): the "Key dates" group --
    *KEY_DATE_FIELDS,
)
# Dates that record what has happened: two-digit years read as past, and none after today.
_PAST_DATES = frozenset({"sentence_date", "open_conditions_since", "open_prison_arrival_date"})
_EARLY_ALLOCATION_CHOICES = (
    ("Not recorded", None),
    ("Yes: early allocation to the community", True),
    ("No", False),
)


def split_length(days: int | None) -> tuple[int, int, int]:
    """Sentence length in days as the (years, months, days) reception typed (365- and 30-day units)."""
    if days is None:
        return 0, 0, 0
    years, rest = divmod(days, 365)
    months, rest = divmod(rest, 30)
    return years, months, rest


class CorrectionDialog(QDialog):
    """Prefilled with the case's current details; saves only what changed, with a required reason.

    Implements ``HoldsUnsavedWork``: Escape, Cancel and the window's close button ask before typed
    changes are thrown away, and so does the main window before it quits or locks.
    """

    details_corrected = Signal(object)
    """Emitted with the saved ``CorrectionRecord`` (after its ChangeSet has been published)."""

    def __init__(
        self,
        corrections: CorrectionService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = corrections
        self._user = user
        self._bus = bus
        self._case = case
        self.saved: CorrectionRecord | None = None
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui

        name = f"{case.family_name.upper()}, {case.given_name}"
        self.setWindowTitle(f"Correct details — {name}")
        ui.prisoner.setText(f"{name} ({case.noms_number}), arrived {case.arrived_on:%d %b %Y}")
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Save correction")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        ui.buttons.rejected.connect(self.reject)
        install_save_shortcuts(self, self._save_button)

        ui.is_ppo.addItem("Not known", None)
        ui.is_ppo.addItem("Yes", True)
        ui.is_ppo.addItem("No", False)
        ui.rosh_level.addItem("Not yet screened", None)
        for level in RoshLevel:
            ui.rosh_level.addItem(level.label, level.value)  # Qt hands a str enum back as plain text
        if case.sentence is None:
            ui.sentence_type.addItem("Not recorded", None)
        for stype in SentenceType:
            ui.sentence_type.addItem(stype.label, stype.value)
        self._dates: dict[str, DateField] = {name: getattr(ui, name) for name in KEY_DATES}
        for field_name, widget in self._dates.items():
            widget.configure(
                today=today,
                prefer=Prefer.PAST if field_name in _PAST_DATES else Prefer.FUTURE,
                latest=today if field_name in _PAST_DATES else None,
            )
        for text, value in _EARLY_ALLOCATION_CHOICES:
            ui.early_allocation.addItem(text, value)
        self._spins: tuple[QSpinBox, QSpinBox, QSpinBox] = (ui.length_years, ui.length_months, ui.length_days)
        ui.sentence_type.currentIndexChanged.connect(self._on_sentence_type_changed)

        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "is_ppo": (ui.is_ppo, ui.is_ppo_error),
                "rosh_level": (ui.rosh_level, ui.rosh_level_error),
                "location": (ui.location, ui.location_error),
                "sentence_type": (ui.sentence_type, ui.sentence_type_error),
                "sentence_date": (ui.sentence_date, ui.sentence_date_error),
                "length_days": (ui.length_years, ui.length_days_error),
                **{
                    name: (self._dates[name], getattr(ui, f"{name}_error"))
                    for name in KEY_DATES
                    if name != "sentence_date"
                },
                "early_allocation": (ui.early_allocation, ui.early_allocation_error),
                "reason": (ui.reason, ui.reason_error),
            },
        )
        self._fill(case)
        self._initial = self._form_state()
        guard_wheel(self)  # a wheel over a drop-down or spin box never changes an answer unasked
        ui.is_ppo.setFocus()

    # -- the form ---------------------------------------------------------------------------------

    def _fill(self, case: CaseDetail) -> None:
        """Show the case's current details (also how typed changes are discarded)."""
        ui = self.ui
        ui.is_ppo.setCurrentIndex(ui.is_ppo.findData(case.is_ppo))
        ui.rosh_level.setCurrentIndex(
            ui.rosh_level.findData(case.rosh_level.value if case.rosh_level else None)
        )
        ui.location.setText(case.location)
        s = case.sentence
        ui.sentence_type.setCurrentIndex(ui.sentence_type.findData(s.sentence_type.value if s else None))
        for name, widget in self._dates.items():
            widget.setValue(getattr(s, name) if s else None)
        ui.early_allocation.setCurrentIndex(ui.early_allocation.findData(s.early_allocation if s else None))
        for spin, part in zip(self._spins, split_length(s.length_days if s else None), strict=True):
            spin.setValue(part)
        ui.reason.clear()
        self._on_sentence_type_changed()
        self.errors.clear()

    def _current(self) -> dict[str, Any]:
        """The case's values for every correctable field (what "unchanged" means)."""
        case, s = self._case, self._case.sentence
        values: dict[str, Any] = {
            "is_ppo": case.is_ppo,
            "rosh_level": case.rosh_level,
            "location": case.location,
        }
        values["sentence_type"] = s.sentence_type if s else None
        values["length_days"] = s.length_days if s else None
        values.update({name: getattr(s, name) if s else None for name in KEY_DATES})
        values["early_allocation"] = s.early_allocation if s else None
        return values

    def _rosh_level(self) -> RoshLevel | None:
        value = self.ui.rosh_level.currentData()
        return RoshLevel(value) if value else None

    def _sentence_type(self) -> SentenceType | None:
        value = self.ui.sentence_type.currentData()
        return SentenceType(value) if value else None

    def _length_days(self) -> int | None:
        if not self.ui.length_years.isEnabled():
            return None
        years, months, days = (spin.value() for spin in self._spins)
        total = years * 365 + months * 30 + days
        return total or None

    def _form_state(self) -> tuple[object, ...]:
        """Everything typed (dates as typed, even unreadable): differs from the start when work is unsaved."""
        ui = self.ui
        return (
            ui.is_ppo.currentIndex(),
            ui.rosh_level.currentIndex(),
            ui.location.text(),
            ui.sentence_type.currentIndex(),
            ui.early_allocation.currentIndex(),
            *(spin.value() for spin in self._spins),
            *(widget.text() for widget in self._dates.values()),
            ui.reason.toPlainText().strip(),
        )

    def correction(self) -> DetailsCorrection:
        """The fields whose value differs from the case's; raises ValidationErrors for unreadable dates."""
        ui = self.ui
        typed: dict[str, Any] = {
            "is_ppo": ui.is_ppo.currentData(),
            "rosh_level": self._rosh_level(),
            "location": ui.location.text().strip(),
            "sentence_type": self._sentence_type(),
            "length_days": self._length_days(),
            "early_allocation": ui.early_allocation.currentData(),
            **read_dates(self._dates),
        }
        current = self._current()
        return DetailsCorrection(**{k: v for k, v in typed.items() if v != current[k]})

    def _on_sentence_type_changed(self) -> None:
        stype = self._sentence_type()
        has_length = stype is not None and stype.is_sentenced and not stype.is_indeterminate
        for spin in self._spins:
            spin.setEnabled(has_length)
        indeterminate = stype is not None and stype.is_indeterminate
        self.ui.length_years.setToolTip(
            f"{stype.label} sentences are indeterminate: record the tariff date."
            if stype and indeterminate
            else ""
        )

    # -- saving -----------------------------------------------------------------------------------

    def _save(self) -> bool:
        record = submit(
            self.errors,
            self,
            lambda: self._service.correct(
                self._user, self._case.prisoner_id, self.correction(), self.ui.reason.toPlainText()
            ),
        )
        if record is None:
            return False
        saved, changes = record
        self.saved = saved
        self._initial = self._form_state()
        self._bus.publish(changes)
        self.details_corrected.emit(saved)
        return True

    def _on_buttons_accepted(self) -> None:
        if self._save():
            self.accept()

    def reject(self) -> None:  # Qt override: Escape, Cancel and the close button all come here
        saved_before = self.saved
        if not settle_unsaved_work(self, self, doing="close this form"):
            return
        if self.saved is not saved_before:  # "Save" in the question box: closed as saved
            self.accept()
        else:
            super().reject()

    # -- HoldsUnsavedWork ---------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """True when anything was typed or chosen since the form opened (or was last saved)."""
        return self._form_state() != self._initial

    def unsaved_work_description(self) -> str:
        """What the question box names."""
        return f"the correction of {self._case.family_name.upper()}'s details"

    def save_unsaved_work(self) -> bool:
        """Save the correction; False (with the problems shown beside the fields) if it is not valid."""
        return self._save()

    def discard_unsaved_work(self) -> None:
        """Put back the case's current details and forget the reason."""
        self._fill(self._case)
        self._initial = self._form_state()


__all__ = ["KEY_DATES", "CorrectionDialog", "split_length"]
