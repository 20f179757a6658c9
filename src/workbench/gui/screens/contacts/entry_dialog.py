"""The "Add contact" dialog of the contact log, and the same form for correcting an entry (issue 8 point 8).

Opened from anywhere in the main window (Case → Add contact, Ctrl+Shift+N) for the selected prisoner,
and from the case page's "Contact log" tab. Nothing is saved until the service accepts it; its messages
go beside the fields. A correction never changes the entry: it writes a new one that supersedes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.contact_log import ContactLogService
from workbench.casework.dto.contacts import ContactLogEntry, NewContact
from workbench.domain.contacts import LOG_KINDS, OWN_RULE_KINDS, ContactKind, Restriction
from workbench.domain.dates import Prefer
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_contact_entry_dialog import Ui_ContactEntryDialog
from workbench.gui.widgets.date_field import read_required_date
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

ReferralChoices = Callable[[str], Sequence[tuple[str, str]]]
"""Given a prisoner id, the referrals an entry may link to as (referral id, label). Wired by the window
to the interview's referrals (issue 8 point 1); without it the link box says there are none."""

_NOT_RESTRICTED = "Not restricted"


class ContactEntryDialog(UnsavedDialog):
    """Add a contact-log entry for one prisoner, or correct one (``correcting`` given)."""

    entry_saved = Signal(str)
    """Emitted with the new entry's id once it is saved (and the ChangeSet published)."""

    def __init__(
        self,
        service: ContactLogService,
        user: CurrentUser,
        bus: EventBus,
        prisoner_id: str,
        prisoner_name: str,
        today: date,
        *,
        correcting: ContactLogEntry | None = None,
        referrals: ReferralChoices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactEntryDialog")
        self._service = service
        self._user = user
        self._bus = bus
        self._prisoner_id = prisoner_id
        self._name = prisoner_name
        self._correcting = correcting
        self.saved_entry: ContactLogEntry | None = None
        self.ui = Ui_ContactEntryDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui

        verb = "Correct contact" if correcting is not None else "Add contact"
        self.setWindowTitle(f"{verb} — {prisoner_name}")
        ui.prisoner.setText(prisoner_name)
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Save correction" if correcting is not None else "Add to log")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self._save_button)

        kinds: list[ContactKind] = list(LOG_KINDS)
        if correcting is not None and correcting.kind in OWN_RULE_KINDS:
            kinds = [ContactKind(correcting.kind)]  # a first contact stays one (it stops the clock)
        for kind in kinds:
            ui.kind.addItem(kind.label, kind.value)
        ui.restricted.addItem(_NOT_RESTRICTED, None)
        for r in Restriction:
            ui.restricted.addItem(f"Restricted: {r.label}", r.value)
        ui.restricted.setToolTip("Restricted entries are read only by the roles local policy allows")
        choices = list(referrals(prisoner_id)) if referrals is not None else []
        ui.referral.addItem("No referral" if choices else "No referrals recorded for this prisoner", None)
        for referral_id, label in choices:
            ui.referral.addItem(label, referral_id)
        ui.referral.setEnabled(bool(choices))

        ui.contact_date.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=False)
        ui.contact_date.setValue(today)
        if correcting is not None:
            self._fill(correcting)
            ui.intro.setText(
                "The corrected entry is added to the log; the original is kept and shown as corrected. "
                "Say why it is corrected."
            )
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "kind": (ui.kind, ui.kind_error),
                "contact_date": (ui.contact_date, ui.contact_date_error),
                "contact_time": (ui.contact_time, ui.contact_time_error),
                "summary": (ui.summary, ui.summary_error),
                "restricted": (ui.restricted, ui.restricted_error),
                "referral_id": (ui.referral, ui.referral_error),
                "reason": (ui.reason, ui.reason_error),
            },
        )
        if correcting is None:
            ui.form.setRowVisible(ui.reason, False)
        guard_wheel(self)
        ui.kind.setFocus()
        self.mark_clean()

    def _fill(self, entry: ContactLogEntry) -> None:
        ui = self.ui
        index = ui.kind.findData(entry.kind)
        ui.kind.setCurrentIndex(max(index, 0))
        ui.contact_date.setValue(entry.contact_date)
        ui.contact_time.setText(entry.contact_time or "")
        ui.summary.setPlainText(entry.summary)
        ui.restricted.setCurrentIndex(
            max(ui.restricted.findData(entry.restricted.value if entry.restricted else None), 0)
        )
        if entry.referral_id is not None:
            found = ui.referral.findData(entry.referral_id)
            if found < 0:  # a link this terminal cannot name (not yet synced): keep it
                ui.referral.addItem("Linked referral (not on this terminal)", entry.referral_id)
                found = ui.referral.count() - 1
                ui.referral.setEnabled(True)
            ui.referral.setCurrentIndex(found)

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        what = "the correction of a contact" if self._correcting is not None else "a new contact"
        return f"{what} for {self._name}"

    def save_form(self) -> None:
        """Save as the save button does."""
        self._on_buttons_accepted()

    def _typed(self) -> NewContact:
        ui = self.ui
        restricted = ui.restricted.currentData()
        return NewContact(
            kind=str(ui.kind.currentData() or ""),
            contact_date=read_required_date("contact_date", ui.contact_date),
            summary=ui.summary.toPlainText(),
            contact_time=ui.contact_time.text(),
            restricted=Restriction(restricted) if restricted else None,
            referral_id=ui.referral.currentData() or None,
            objective_id=self._correcting.objective_id if self._correcting is not None else None,
        )

    def _on_buttons_accepted(self) -> None:
        correcting = self._correcting
        if correcting is None:
            result = submit(
                self.errors, self, lambda: self._service.add(self._user, self._prisoner_id, self._typed())
            )
        else:
            result = submit(
                self.errors,
                self,
                lambda: self._service.correct(
                    self._user, correcting.entry_id, self._typed(), self.ui.reason.toPlainText()
                ),
            )
        if result is None:
            return
        entry, changes = result
        self.saved_entry = entry
        self._bus.publish(changes)
        self.entry_saved.emit(entry.entry_id)
        self.accept()
