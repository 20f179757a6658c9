"""Merge a department's contribution into THE plan (issue 9 point 3).

Each proposal is shown with the objective linter's result; the supervisor accepts it as written, edits
then accepts it, or leaves it out. Accepted items become objectives and actions of the one plan, each
showing the department it came from; the request is then marked merged.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.contributions import OBJECTIVE, ContributionDetail, Proposal
from workbench.domain.plan import link_label
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_contribution_merge_dialog import Ui_ContributionMergeDialog
from workbench.gui.screens.contributions.write_dialog import proposal_text
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.security.principal import CurrentUser

ACCEPT = "accept"
EDIT = "edit"
LEAVE = "leave"
_MARK = {ACCEPT: "✔ Accept", EDIT: "✎ Edit, then accept", LEAVE: "– Leave"}


class ContributionMergeDialog(UnsavedDialog):
    """Accept / edit-then-accept / leave each proposal, then merge the accepted ones into the plan."""

    def __init__(
        self,
        service: ContributionService,
        user: CurrentUser,
        bus: EventBus,
        contribution: ContributionDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._contribution = service, user, bus, contribution
        self.decisions = [ACCEPT] * len(contribution.proposals)
        self.texts = [p.text for p in contribution.proposals]
        self._current = -1
        self.ui = Ui_ContributionMergeDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        c = contribution
        ui.source.setText(f"{c.department.label} — written by {c.author_name} on {c.written_at:%d %b %Y}")
        ui.summary.setText(c.summary)
        self._fill_list()
        ui.proposals.currentRowChanged.connect(self._on_proposals_current_row_changed)
        ui.accept_radio.toggled.connect(lambda on: self._decide(ACCEPT, on))
        ui.edit_radio.toggled.connect(lambda on: self._decide(EDIT, on))
        ui.leave_radio.toggled.connect(lambda on: self._decide(LEAVE, on))
        ui.text.textChanged.connect(self._on_text_text_changed)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Merge into the plan")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(self, ui.general_error, {"text": (ui.text, ui.text_error)})
        if c.proposals:
            ui.proposals.setCurrentRow(0)
        else:
            self._show(-1)
        ui.proposals.setFocus()
        self.mark_clean()

    def has_unsaved_work(self) -> bool:
        """A decision or edit differs from "accept as written" and nothing was merged yet."""
        changed = any(d != ACCEPT for d in self.decisions) or self.texts != [
            p.text for p in self._contribution.proposals
        ]
        return (changed and self.result() != self.DialogCode.Accepted) or super().has_unsaved_work()

    def discard_unsaved_work(self) -> None:
        """Back to "accept as written" for every proposal."""
        self.decisions = [ACCEPT] * len(self.decisions)
        self.texts = [p.text for p in self._contribution.proposals]
        super().discard_unsaved_work()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the merge of the {self._contribution.department.label} contribution"

    def save_form(self) -> None:
        """Merge as the button does."""
        self._on_buttons_accepted()

    def accepted_proposals(self) -> list[tuple[int, Proposal]]:
        """(index, proposal as it will be merged) of every proposal not left out."""
        out: list[tuple[int, Proposal]] = []
        for i, p in enumerate(self._contribution.proposals):
            if self.decisions[i] == LEAVE:
                continue
            if self.decisions[i] == EDIT:
                p = (
                    replace(p, outcome=self.texts[i])
                    if p.kind == OBJECTIVE
                    else replace(p, what=self.texts[i])
                )
            out.append((i, p))
        return out

    def _fill_list(self) -> None:
        ui = self.ui
        proposals = list(self._contribution.proposals)
        row = ui.proposals.currentRow()
        ui.proposals.blockSignals(True)
        ui.proposals.clear()
        for i, p in enumerate(proposals):
            ui.proposals.addItem(f"{_MARK[self.decisions[i]]} · {proposal_text(p, proposals)}")
        ui.proposals.setCurrentRow(row)
        ui.proposals.blockSignals(False)

    def _on_proposals_current_row_changed(self, row: int) -> None:
        self._show(row)

    def _show(self, row: int) -> None:
        ui = self.ui
        self._current = row
        has = 0 <= row < len(self._contribution.proposals)
        for w in (ui.accept_radio, ui.edit_radio, ui.leave_radio):
            w.setEnabled(has)
        if not has:
            ui.kind.setText("No proposals: this contribution is a summary only.")
            ui.detail.setText("")
            ui.lint.setText("")
            ui.text.setEnabled(False)
            return
        p = self._contribution.proposals[row]
        result = self._contribution.lint[row] if row < len(self._contribution.lint) else None
        if p.kind == OBJECTIVE:
            ui.kind.setText(f"Proposed objective {row + 1}")
            needs = ", ".join(link_label(c) for c in p.links)
            ui.detail.setText(f"Needs: {needs}\nMeasure: {p.measure or '—'}\nPhase: {p.phase.label}")
        else:
            ui.kind.setText(f"Proposed action {row + 1}")
            due = f"{p.due_on:%d %b %Y}" if p.due_on else "—"
            who = ", ".join(x for x in (p.owner_role, p.owner_name) if x)
            ui.detail.setText(f"Who: {who}\nDepartment: {p.department.label}\nDue: {due}")
        if result is None:
            ui.lint.setText("")
        elif result.outcome_focused:
            ui.lint.setText("Objective check: outcome-focused.")
        else:
            extra = [f"Suggestion: {result.suggestion}"] if result.suggestion else []
            ui.lint.setText("Objective check: " + " ".join([*result.problems, *extra]))
        decision = self.decisions[row]
        radio = {ACCEPT: ui.accept_radio, EDIT: ui.edit_radio, LEAVE: ui.leave_radio}[decision]
        radio.blockSignals(True)
        radio.setChecked(True)
        radio.blockSignals(False)
        ui.text.blockSignals(True)
        ui.text.setPlainText(self.texts[row])
        ui.text.blockSignals(False)
        ui.text.setEnabled(decision == EDIT)

    def _decide(self, decision: str, checked: bool) -> None:
        if not checked or not 0 <= self._current < len(self.decisions):
            return
        self.decisions[self._current] = decision
        self.ui.text.setEnabled(decision == EDIT)
        self._fill_list()

    def _on_text_text_changed(self) -> None:
        if 0 <= self._current < len(self.texts) and self.decisions[self._current] == EDIT:
            self.texts[self._current] = self.ui.text.toPlainText()

    def _on_buttons_accepted(self) -> None:
        contribution_id = self._contribution.contribution_id

        def call() -> ChangeSet:
            return self._service.merge(self._user, contribution_id, self.accepted_proposals())

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
