"""The reception dialog: receive a prisoner (new reception or transfer in) with sentence and key dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.dates import Prefer
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.noms import noms_problem
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_reception_dialog import Ui_ReceptionDialog
from workbench.gui.widgets.date_field import DateField, read_dates
from workbench.gui.widgets.forms import (
    FieldErrors,
    UnsavedDialog,
    align_form_labels,
    install_save_shortcuts,
    submit,
)
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

_KEY_DATES = (
    "parole_eligibility_date",
    "conditional_release_date",
    "home_detention_curfew_eligibility_date",
    "tariff_date",
    "sentence_expiry_date",
    "licence_expiry_date",
    # -- key dates (issue 10): the other key facts are recorded later with "Correct details" (Ctrl+E) --
    "automatic_release_date",
    "target_hearing_date",
)
_NOMS_TEMPLATE = "A1234BC"


class ReceptionDialog(UnsavedDialog):
    """Receive a prisoner: a new reception or a transfer in, with sentence and key dates (seed 3.1).

    Nothing is saved until the service accepts the whole form; its messages appear beside the fields
    and the dialog stays open so the user can fix them. Escape on a half-filled form asks first.
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

        # Two-digit years: births, receptions and sentences lie in the past; key dates mostly ahead.
        ui.date_of_birth.configure(today=today, prefer=Prefer.PAST, latest=today)
        ui.sentence_date.configure(today=today, prefer=Prefer.PAST, latest=today)
        ui.received_on.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=False)
        ui.received_on.setValue(today)
        for field in _KEY_DATES:
            edit: DateField = getattr(ui, field)
            box = getattr(ui, f"{field}_known")
            # A ticked key date must be given; an unticked one is not read at all.
            edit.configure(today=today, prefer=Prefer.FUTURE, blank_allowed=False)
            box.toggled.connect(edit.setEnabled)

        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
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
                **{f: (getattr(ui, f), getattr(ui, f"{f}_error")) for f in _KEY_DATES},
            },
        )

        align_form_labels(ui.identity_form, ui.arrival_form, ui.risk_form)
        align_form_labels(ui.sentence_form, ui.key_dates_form)
        ui.key_dates_group.setToolTip(  # -- key dates (issue 10) --
            "Categorisation review, open conditions and early allocation are decided after reception: "
            "record them with Correct details (Ctrl+E)."
        )
        # textChanged, after FieldErrors (connected first) has cleared the old message for the new text.
        ui.noms_number.textChanged.connect(self._on_noms_number_edited)
        ui.noms_number.editingFinished.connect(self._on_noms_number_finished)
        ui.sentence_type.currentIndexChanged.connect(self._on_sentence_type_changed)
        self._on_sentence_type_changed()
        guard_wheel(self)
        ui.noms_number.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase: whose reception is half-filled."""
        who = " ".join(
            part for part in (self.ui.given_name.text(), self.ui.family_name.text()) if part.strip()
        )
        return f"the reception of {who.strip() or 'a new prisoner'}"

    def save_form(self) -> None:
        """Receive the prisoner as the Receive button does."""
        self._on_buttons_accepted()

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
        """What the form says now, as the service's request (validated by the service, not here).

        Raises ValidationErrors naming every date field whose typed text is not a usable date: such
        text is never passed on as "no date".
        """
        ui = self.ui
        stype = self.sentence_type()
        sentenced = stype is None or stype.is_sentenced
        known = [field for field in _KEY_DATES if sentenced and getattr(ui, f"{field}_known").isChecked()]
        typed = {"date_of_birth": ui.date_of_birth, "received_on": ui.received_on}
        if sentenced:
            typed["sentence_date"] = ui.sentence_date
        typed.update({field: getattr(ui, field) for field in known})
        dates = read_dates(typed)
        key_dates: dict[str, Any] = {f: dates.get(f) for f in _KEY_DATES}
        gender = ui.gender.currentData()
        rosh = ui.rosh_level.currentData()
        return ReceptionRequest(
            noms_number=ui.noms_number.text(),
            family_name=ui.family_name.text(),
            given_name=ui.given_name.text(),
            date_of_birth=dates["date_of_birth"],
            gender=Gender(gender) if gender else None,
            location=ui.location.text(),
            received_on=dates["received_on"],
            sentence_type=stype,
            sentence_date=dates.get("sentence_date"),
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
        padded = typed + _NOMS_TEMPLATE[len(typed) :] if typed else ""
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
        result = submit(self.errors, self, lambda: self._service.receive(self._user, self.request()))
        if result is None:
            return
        prisoner_id, changes = result
        self.prisoner_id = prisoner_id
        self._bus.publish(changes)
        self.prisoner_received.emit(prisoner_id)
        self.accept()
