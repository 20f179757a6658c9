"""Children at risk, identifiable victims and MAPPA (issue 8 point 5; seed 3.12, 4.8).

Thin: renders ``PeopleOverview`` and calls ``RiskPeopleService``. Each list has a table and one form
below it: choose a row to change it, or "New ..." to add one. What they require of the plan (a
child-protection objective, victim safety planning ...) is shown at the top, from the casework layer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.rmp import (
    CHILD_PROTECTION_LABELS,
    VICTIM_AWARENESS_LABELS,
    ChildConcernForm,
    MappaForm,
    PeopleOverview,
    VictimForm,
)
from workbench.casework.risk_people import RiskPeopleService
from workbench.domain.dates import Prefer
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_risk_people_widget import Ui_RiskPeopleWidget
from workbench.gui.theme import set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

_ENTITIES = frozenset({"child_concern", "victim", "mappa_status"})
# Item data never None (a combo cannot find None again): "" and 0 stand for "not known" / "not MAPPA".
_KNOWN = (("Not known", ""), ("Yes", "yes"), ("No", "no"))
_KNOWN_VALUE = {"yes": True, "no": False}


def _choices(combo: QComboBox, items: dict[str, str] | tuple[tuple[str, object], ...]) -> None:
    pairs = [(label, value) for value, label in items.items()] if isinstance(items, dict) else list(items)
    for label, value in pairs:
        combo.addItem(label, value)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class RiskPeopleWidget(QWidget):
    """Record the children at risk, the victims and the MAPPA status of the case shown."""

    saved = Signal(str)
    """Something was saved ("child", "victim" or "mappa")."""

    def __init__(
        self,
        service: RiskPeopleService,
        user: CurrentUser,
        bus: EventBus,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._today = service, user, bus, today
        self._prisoner_id: str | None = None
        self._overview: PeopleOverview | None = None
        self._child_id: str | None = None
        self._victim_id: str | None = None
        self._filling = False
        self._dirty: set[str] = set()
        self.ui = ui = Ui_RiskPeopleWidget()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        set_role(ui.error_label, "error")
        for table in (ui.children_table, ui.victims_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        set_role(ui.items_label, "warning")
        _choices(ui.known_combo, _KNOWN)
        _choices(ui.status_combo, dict(CHILD_PROTECTION_LABELS))
        _select(ui.status_combo, "UNKNOWN")
        _choices(ui.awareness_combo, dict(VICTIM_AWARENESS_LABELS))
        _choices(
            ui.mappa_category_combo,
            (("Not MAPPA", 0), ("Category 1", 1), ("Category 2", 2), ("Category 3", 3)),
        )
        _choices(ui.mappa_level_combo, (("Not MAPPA", 0), ("Level 1", 1), ("Level 2", 2), ("Level 3", 3)))
        ui.last_review_edit.configure(today=today, prefer=Prefer.PAST, latest=today)
        ui.next_review_edit.configure(today=today, prefer=Prefer.NEAR)
        self._child_fields: tuple[QWidget, ...] = (
            ui.child_edit,
            ui.child_relationship_edit,
            ui.contact_edit,
            ui.known_combo,
            ui.status_combo,
            ui.visits_edit,
            ui.phone_edit,
            ui.mail_edit,
        )
        self._victim_fields: tuple[QWidget, ...] = (
            ui.victim_edit,
            ui.victim_relationship_edit,
            ui.liaison_edit,
            ui.awareness_combo,
            ui.awareness_notes_edit,
        )
        self._mappa_fields: tuple[QWidget, ...] = (
            ui.mappa_category_combo,
            ui.mappa_level_combo,
            ui.last_review_edit,
            ui.next_review_edit,
            ui.mappa_notes_edit,
        )
        for part, fields in (
            ("child", self._child_fields),
            ("victim", self._victim_fields),
            ("mappa", self._mappa_fields),
        ):
            for w in fields:
                self._watch(w, part)
        ui.children_table.itemSelectionChanged.connect(self._on_children_table_selection_changed)
        ui.victims_table.itemSelectionChanged.connect(self._on_victims_table_selection_changed)
        ui.new_child_button.clicked.connect(self._new_child)
        ui.new_victim_button.clicked.connect(self._new_victim)
        ui.save_child_button.clicked.connect(self.save_child)
        ui.save_victim_button.clicked.connect(self.save_victim)
        ui.save_mappa_button.clicked.connect(self.save_mappa)
        ui.remove_child_button.clicked.connect(self._remove_child)
        ui.remove_victim_button.clicked.connect(self._remove_victim)
        bus.changed.connect(self._on_bus_changed)
        guard_wheel(self)
        self._render()

    def _watch(self, w: QWidget, part: str) -> None:
        def edited(*_args: object) -> None:
            if not self._filling:
                self._dirty.add(part)

        if isinstance(w, QLineEdit):
            w.textChanged.connect(edited)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(edited)
        else:
            w.value_changed.connect(edited)  # type: ignore[attr-defined]  # DateField

    # -- HoldsUnsavedWork (gui/widgets/unsaved.py) ------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """True when a child, victim or MAPPA form has typing not yet saved."""
        return bool(self._dirty) and self._prisoner_id is not None

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the " + " and ".join(sorted(self._dirty)) + " details"

    def save_unsaved_work(self) -> bool:
        """Save each form with unsaved typing; False at the first that cannot be saved."""
        saves = {"child": self.save_child, "victim": self.save_victim, "mappa": self.save_mappa}
        return all(saves[part]() for part in sorted(self._dirty))

    def discard_unsaved_work(self) -> None:
        """Forget the unsaved typing."""
        self._dirty.clear()
        self.reload()

    # -- the case ----------------------------------------------------------------------------------

    @property
    def overview(self) -> PeopleOverview | None:
        return self._overview

    def show_case(self, case: CaseDetail) -> None:
        """Show the case's children, victims and MAPPA; keeps unsaved typing on a refresh of the same case."""
        if case.prisoner_id == self._prisoner_id and self._dirty:
            return
        self._prisoner_id = case.prisoner_id
        self._today = case.as_at
        self._child_id = self._victim_id = None
        self.reload()

    def clear(self) -> None:
        self._prisoner_id = None
        self._overview = None
        self._dirty.clear()
        self._render()

    def reload(self) -> None:
        if self._prisoner_id is None:
            return
        try:
            self._overview = self._service.overview(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self._overview = None
            self.ui.error_label.setText(exc.message)
            return
        self._render()

    # -- saving ------------------------------------------------------------------------------------

    def save_child(self) -> bool:
        ui = self.ui
        form = ChildConcernForm(
            child=ui.child_edit.text(),
            relationship=ui.child_relationship_edit.text(),
            contact=ui.contact_edit.text(),
            known_to_childrens_services=_KNOWN_VALUE.get(ui.known_combo.currentData()),
            child_protection_status=str(ui.status_combo.currentData()),
            visits_measure=ui.visits_edit.text(),
            phone_measure=ui.phone_edit.text(),
            mail_measure=ui.mail_edit.text(),
        )
        return self._save(
            "child", lambda pid: self._service.save_child(self._user, pid, form, self._child_id)[1]
        )

    def save_victim(self) -> bool:
        ui = self.ui
        form = VictimForm(
            victim=ui.victim_edit.text(),
            relationship=ui.victim_relationship_edit.text(),
            liaison_contact=ui.liaison_edit.text(),
            victim_awareness=str(ui.awareness_combo.currentData()),
            victim_awareness_notes=ui.awareness_notes_edit.text(),
        )
        return self._save(
            "victim", lambda pid: self._service.save_victim(self._user, pid, form, self._victim_id)[1]
        )

    def save_mappa(self) -> bool:
        ui = self.ui
        form = MappaForm(
            category=ui.mappa_category_combo.currentData() or None,
            level=ui.mappa_level_combo.currentData() or None,
            last_review_date=ui.last_review_edit.value(),
            next_review_date=ui.next_review_edit.value(),
            notes=ui.mappa_notes_edit.text(),
        )
        return self._save("mappa", lambda pid: self._service.save_mappa(self._user, pid, form)[1])

    def _save(self, part: str, call: object) -> bool:
        if self._prisoner_id is None:
            return False
        try:
            changes: ChangeSet = call(self._prisoner_id)  # type: ignore[operator]
        except WorkbenchError as exc:
            self.ui.error_label.setText(exc.message)
            return False
        self.ui.error_label.setText("")
        self._dirty.discard(part)
        self._bus.publish(changes)
        self.reload()
        self.saved.emit(part)
        return True

    def _remove_child(self) -> None:
        if self._prisoner_id is None or self._child_id is None:
            return
        self._remove("child", self._service.remove_child, self._child_id, self.ui.child_remove_reason)

    def _remove_victim(self) -> None:
        if self._prisoner_id is None or self._victim_id is None:
            return
        self._remove("victim", self._service.remove_victim, self._victim_id, self.ui.victim_remove_reason)

    def _remove(self, part: str, call: object, row_id: str, reason: QLineEdit) -> None:
        try:
            changes: ChangeSet = call(self._user, self._prisoner_id, row_id, reason.text())  # type: ignore[operator]
        except WorkbenchError as exc:
            self.ui.error_label.setText(exc.message)
            return
        reason.clear()
        self._dirty.discard(part)
        if part == "child":
            self._child_id = None
        else:
            self._victim_id = None
        self._bus.publish(changes)
        self.reload()

    # -- rows --------------------------------------------------------------------------------------

    def _new_child(self) -> None:
        self._child_id = None
        self.ui.children_table.clearSelection()
        self._fill_child(None)
        self.ui.child_edit.setFocus()

    def _new_victim(self) -> None:
        self._victim_id = None
        self.ui.victims_table.clearSelection()
        self._fill_victim(None)
        self.ui.victim_edit.setFocus()

    def _on_children_table_selection_changed(self) -> None:
        ov, row = self._overview, self.ui.children_table.currentRow()
        if ov is not None and 0 <= row < len(ov.children):
            self._child_id = ov.children[row].child_id
            self._fill_child(ov.children[row].form)

    def _on_victims_table_selection_changed(self) -> None:
        ov, row = self._overview, self.ui.victims_table.currentRow()
        if ov is not None and 0 <= row < len(ov.victims):
            self._victim_id = ov.victims[row].victim_id
            self._fill_victim(ov.victims[row].form)

    def _fill_child(self, f: ChildConcernForm | None) -> None:
        ui, f = self.ui, f or ChildConcernForm()
        self._filling = True
        try:
            ui.child_edit.setText(f.child)
            ui.child_relationship_edit.setText(f.relationship)
            ui.contact_edit.setText(f.contact)
            known = f.known_to_childrens_services
            _select(ui.known_combo, "" if known is None else ("yes" if known else "no"))
            _select(ui.status_combo, f.child_protection_status)
            ui.visits_edit.setText(f.visits_measure)
            ui.phone_edit.setText(f.phone_measure)
            ui.mail_edit.setText(f.mail_measure)
        finally:
            self._filling = False
        self._dirty.discard("child")
        ui.remove_child_button.setEnabled(self._child_id is not None and self._can_edit())

    def _fill_victim(self, f: VictimForm | None) -> None:
        ui, f = self.ui, f or VictimForm()
        self._filling = True
        try:
            ui.victim_edit.setText(f.victim)
            ui.victim_relationship_edit.setText(f.relationship)
            ui.liaison_edit.setText(f.liaison_contact)
            _select(ui.awareness_combo, f.victim_awareness)
            ui.awareness_notes_edit.setText(f.victim_awareness_notes)
        finally:
            self._filling = False
        self._dirty.discard("victim")
        ui.remove_victim_button.setEnabled(self._victim_id is not None and self._can_edit())

    def _can_edit(self) -> bool:
        return bool(self._overview and self._overview.can_edit)

    def _render(self) -> None:
        ui, ov = self.ui, self._overview
        _table(
            ui.children_table,
            [
                (
                    c.form.child,
                    c.form.relationship,
                    CHILD_PROTECTION_LABELS.get(c.form.child_protection_status, ""),
                    "Recorded" if c.has_measures else "None recorded",
                )
                for c in (ov.children if ov else ())
            ],
        )
        _table(
            ui.victims_table,
            [
                (
                    v.form.victim,
                    v.form.relationship,
                    v.form.liaison_contact or "None recorded",
                    VICTIM_AWARENESS_LABELS.get(v.form.victim_awareness, ""),
                )
                for v in (ov.victims if ov else ())
            ],
        )
        children = ov.children if ov else ()
        victims = ov.victims if ov else ()
        # The chosen row, else the first (the form shows what is recorded; "New ..." empties it).
        child = next((c for c in children if c.child_id == self._child_id), children[0] if children else None)
        victim = next((v for v in victims if v.victim_id == self._victim_id), victims[0] if victims else None)
        self._child_id = child.child_id if child else None
        self._victim_id = victim.victim_id if victim else None
        self._fill_child(child.form if child else None)
        self._fill_victim(victim.form if victim else None)
        _mark(ui.children_table, children.index(child) if child else -1)
        _mark(ui.victims_table, victims.index(victim) if victim else -1)
        mappa = ov.mappa if ov else None
        self._filling = True
        try:
            _select(ui.mappa_category_combo, (mappa.category if mappa else None) or 0)
            _select(ui.mappa_level_combo, (mappa.level if mappa else None) or 0)
            ui.last_review_edit.setValue(mappa.last_review_date if mappa else None)
            ui.next_review_edit.setValue(mappa.next_review_date if mappa else None)
            ui.mappa_notes_edit.setText(mappa.notes if mappa else "")
        finally:
            self._filling = False
        self._dirty.discard("mappa")
        ui.mappa_recorded_label.setText(f"Recorded by {ov.mappa_recorded_by}" if ov and ov.mappa else "")
        items = ov.required_items if ov else ()
        ui.items_label.setText("\n".join(f"{item.label} ({why})" for item, why in items))
        ui.items_label.setVisible(bool(items))
        editable = self._can_edit()
        for w in (*self._child_fields, *self._victim_fields, *self._mappa_fields):
            w.setEnabled(editable)
        for b in (
            ui.new_child_button,
            ui.save_child_button,
            ui.new_victim_button,
            ui.save_victim_button,
            ui.save_mappa_button,
            ui.child_remove_reason,
            ui.victim_remove_reason,
        ):
            b.setEnabled(editable)
        ui.child_remove_reason.setPlaceholderText("Why remove this child")
        ui.victim_remove_reason.setPlaceholderText("Why remove this victim")

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._prisoner_id in changes.prisoner_ids and changes.entities & _ENTITIES and not self._dirty:
            self.reload()


def _mark(table: QTableWidget, row: int) -> None:
    """Show which row the form holds, without re-filling the form."""
    table.blockSignals(True)
    if row >= 0:
        table.selectRow(row)
    else:
        table.clearSelection()
    table.blockSignals(False)


def _table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.blockSignals(False)


__all__ = ["RiskPeopleWidget"]
