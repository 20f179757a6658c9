"""A department contributor writes their contribution to the one plan (issue 9 point 3).

They see the case summary and the plan's objectives read-only — never restricted public-protection
detail — write a summary in their own words and propose objectives (outcome, the need it answers,
measure, phase) and actions (what, owner role and named person, department, due date). Each proposed
outcome is checked by the objective linter as it is typed; the check never blocks saving. Saving writes
one immutable contribution (a correction supersedes it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.contributions import ContributionService, proposal_problems
from workbench.casework.dto.contributions import (
    ACTION,
    OBJECTIVE,
    CaseForContributor,
    ContributionDetail,
    Proposal,
    RequestRow,
)
from workbench.domain.catalogue import Catalogue
from workbench.domain.dates import Prefer
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection
from workbench.domain.objectives import lint
from workbench.domain.plan import Department, Phase, RiskFactor, link_code, link_label
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_contribution_write_dialog import Ui_ContributionWriteDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

# Proposal fields the editors show a message beside (the service names them "proposal.<i>.<field>").
_EDITOR_FIELDS = {
    "outcome": "outcome",
    "links": "need",
    "measure": "measure",
    "what": "what",
    "owner_role": "owner_role",
    "owner_name": "owner_name",
    "due_on": "action_due",
    "objective": "action_objective",
}


def proposal_text(p: Proposal, proposals: list[Proposal]) -> str:
    """One line for the proposals list."""
    if p.kind == OBJECTIVE:
        needs = ", ".join(link_label(c) for c in p.links)
        return f"Objective ({p.phase.label}): {p.outcome} — {needs}"
    target = ""
    if p.objective_ref is not None and 0 <= p.objective_ref < len(proposals):
        target = f" → for “{proposals[p.objective_ref].outcome[:40]}”"
    who = ", ".join(x for x in (p.owner_role, p.owner_name) if x)
    return f"Action: {p.what} ({who}){target}"


class ContributionWriteDialog(UnsavedDialog):
    """Write the contribution answering one request."""

    def __init__(
        self,
        service: ContributionService,
        user: CurrentUser,
        bus: EventBus,
        request: RequestRow,
        case: CaseForContributor,
        catalogue: Catalogue,
        today: date,
        parent: QWidget | None = None,
        previous: ContributionDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus = service, user, bus
        self._request, self._case, self._catalogue = request, case, catalogue
        # Writing again corrects the contribution already sent (class A: it is kept, and superseded).
        self._previous = previous
        self.proposals: list[Proposal] = list(previous.proposals) if previous is not None else []
        self.ui = Ui_ContributionWriteDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"{request.department.label} contribution — {case.prisoner_name}")
        ui.prisoner.setText(f"{case.prisoner_name} ({case.noms_number}), {case.location}")
        note = f" Note: {request.note}" if request.note else ""
        ui.request.setText(
            f"Requested by {request.requested_by_name} on {request.requested_on:%d %b %Y}, "
            f"due {request.due_on:%d %b %Y}.{note}"
        )
        for _id, outcome in case.objectives:
            ui.objectives.addItem(outcome)
        if not case.objectives:
            ui.objectives.addItem("(No objectives in the plan yet.)")
        for section in NeedSection:
            ui.need.addItem(section.label, link_code(section))
        for factor in RiskFactor:
            ui.need.addItem(factor.label, link_code(factor))
        for phase in Phase:
            ui.phase.addItem(phase.label, phase)
        for d in Department:
            ui.action_department.addItem(d.label, d)
        ui.action_department.setCurrentIndex(ui.action_department.findData(request.department))
        ui.action_due.configure(today=today, prefer=Prefer.FUTURE, blank_allowed=True)
        guard_wheel(self)
        self._fill_objective_choices()
        ui.outcome.textChanged.connect(self._on_outcome_text_changed)
        ui.add_objective_button.clicked.connect(self._on_add_objective_button_clicked)
        ui.add_action_button.clicked.connect(self._on_add_action_button_clicked)
        ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Send contribution")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "summary": (ui.summary, ui.summary_error),
                "proposals": (ui.proposals, ui.proposals_error),
                "outcome": (ui.outcome, ui.outcome_error),
                "need": (ui.need, ui.need_error),
                "measure": (ui.measure, ui.measure_error),
                "what": (ui.what, ui.what_error),
                "owner_role": (ui.owner_role, ui.owner_role_error),
                "owner_name": (ui.owner_name, ui.owner_name_error),
                "action_due": (ui.action_due, ui.action_due_error),
                "action_objective": (ui.action_objective, ui.action_objective_error),
            },
        )
        self._on_outcome_text_changed()
        if previous is not None:
            self.setWindowTitle(f"Correct the {request.department.label} contribution — {case.prisoner_name}")
            ui.summary.setPlainText(previous.summary)
            self._refresh_proposals()
            self.save_button.setText("Send correction")
        ui.summary.setFocus()
        self.mark_clean()
        self._sent_proposals = list(self.proposals)

    # -- unsaved work ------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """Typed text or proposals not yet sent."""
        changed = self.proposals != getattr(self, "_sent_proposals", [])
        return (changed and self.result() != self.DialogCode.Accepted) or super().has_unsaved_work()

    def discard_unsaved_work(self) -> None:
        """Forget the proposals and the typing."""
        self.proposals = list(self._sent_proposals)
        super().discard_unsaved_work()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the {self._request.department.label} contribution for {self._case.prisoner_name}"

    def save_form(self) -> None:
        """Send the contribution as the button does."""
        self._on_buttons_accepted()

    # -- proposals ---------------------------------------------------------------------------

    def _on_outcome_text_changed(self) -> None:
        text = self.ui.outcome.toPlainText()
        if not text.strip():
            self.ui.lint.setText("")
            return
        result = lint(text, self._catalogue)
        if result.outcome_focused:
            self.ui.lint.setText("Outcome-focused.")
            return
        lines = list(result.problems)
        if result.suggestion:
            lines.append(f"Suggestion: {result.suggestion}")
        self.ui.lint.setText("\n".join(lines))

    def _check(self, p: Proposal) -> bool:
        """Show the problems of a proposal beside the editor's fields; True when there are none."""
        count = len(self.proposals) + 1
        problems = proposal_problems(p, len(self.proposals), count)
        if not problems:
            self.errors.clear()
            return True
        mapped = [
            ValidationError(e.message, field=_EDITOR_FIELDS.get((e.field or "").rsplit(".", 1)[-1]))
            for e in problems
        ]
        self.errors.show(ValidationErrors(mapped))
        return False

    def _on_add_objective_button_clicked(self) -> None:
        ui = self.ui
        p = Proposal(
            OBJECTIVE,
            outcome=ui.outcome.toPlainText().strip(),
            links=(str(ui.need.currentData()),),
            measure=ui.measure.text().strip(),
            phase=Phase(ui.phase.currentData()),
        )
        if not self._check(p):
            return
        self.proposals.append(p)
        ui.outcome.clear()
        ui.measure.clear()
        self._refresh_proposals()
        ui.what.setFocus()

    def _on_add_action_button_clicked(self) -> None:
        ui = self.ui
        try:
            due = ui.action_due.checked_value("action_due")
        except ValidationError as exc:
            self.errors.show(exc)
            return
        target = ui.action_objective.currentData()
        ref = target if isinstance(target, int) else None
        objective_id = target if isinstance(target, str) else None
        if ref is None and objective_id is None:
            ref = -1  # nothing chosen: the check says which objective is needed
        p = Proposal(
            ACTION,
            what=ui.what.text().strip(),
            owner_role=ui.owner_role.text().strip(),
            owner_name=ui.owner_name.text().strip(),
            department=Department(ui.action_department.currentData()),
            due_on=due,
            objective_ref=ref,
            objective_id=objective_id,
        )
        if not self._check(p):
            return
        self.proposals.append(p)
        for field in (ui.what, ui.owner_role, ui.owner_name):
            field.clear()
        ui.action_due.setValue(None)
        self._refresh_proposals()
        ui.what.setFocus()

    def _on_remove_button_clicked(self) -> None:
        row = self.ui.proposals.currentRow()
        if not 0 <= row < len(self.proposals):
            return
        kept: list[Proposal] = []
        new_index: dict[int, int] = {}
        for i, p in enumerate(self.proposals):
            if i == row or (p.kind == ACTION and p.objective_ref == row):
                continue  # an objective goes with the actions proposed for it
            new_index[i] = len(kept)
            kept.append(p)
        self.proposals = [
            replace(p, objective_ref=new_index.get(p.objective_ref))
            if p.kind == ACTION and p.objective_ref is not None
            else p
            for p in kept
        ]
        self._refresh_proposals()

    def _refresh_proposals(self) -> None:
        ui = self.ui
        ui.proposals.clear()
        for p in self.proposals:
            ui.proposals.addItem(QListWidgetItem(proposal_text(p, self.proposals)))
        self._fill_objective_choices()

    def _fill_objective_choices(self) -> None:
        combo = self.ui.action_objective
        combo.clear()
        for i, p in enumerate(self.proposals):
            if p.kind == OBJECTIVE:
                combo.addItem(f"Proposed: {p.outcome[:60]}", i)
        for objective_id, outcome in self._case.objectives:
            combo.addItem(f"In the plan: {outcome[:60]}", objective_id)
        if combo.count():
            # The objective proposed last (they are listed first), else the plan's first objective.
            proposed = sum(1 for p in self.proposals if p.kind == OBJECTIVE)
            combo.setCurrentIndex(max(0, proposed - 1))

    # -- save --------------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        summary = self.ui.summary.toPlainText()

        def call() -> ChangeSet:
            try:
                _id, changes = self._service.write(
                    self._user,
                    self._request.request_id,
                    summary,
                    self.proposals,
                    supersedes_id=self._previous.contribution_id if self._previous is not None else None,
                )
            except ValidationErrors as exc:
                # Problems inside a proposal are shown beside the list of proposals.
                raise ValidationErrors(
                    [
                        ValidationError(e.message, field="proposals")
                        if (e.field or "").startswith("proposal.")
                        else e
                        for e in exc.errors
                    ]
                ) from exc
            return changes

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
