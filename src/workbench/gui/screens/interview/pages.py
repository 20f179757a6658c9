"""The interview wizard's step pages: one Designer form each (ui/interview_*.ui), read and filled here.

Each page gives the answers it holds (``answers()``), shows saved ones (``set_answers``), locks for a
signed interview or someone else's draft (``set_read_only``) and names the widgets beside which its
field messages go (``fields``). The needs page adds one ``AreaRow`` per immediate-need area.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.dates import Prefer
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.interview import (
    BasicSkillsResult,
    MotivationStage,
    NeedArea,
    Referral,
    ReferralOwnerRole,
    ReferralStatus,
    YesNoUnknown,
)
from workbench.gui.forms.ui_interview_arrival import Ui_InterviewArrivalPage
from workbench.gui.forms.ui_interview_diversity import Ui_InterviewDiversityPage
from workbench.gui.forms.ui_interview_needs import Ui_InterviewNeedsPage
from workbench.gui.forms.ui_interview_own_account import Ui_InterviewOwnAccountPage
from workbench.gui.forms.ui_interview_review import Ui_InterviewReviewPage
from workbench.gui.forms.ui_interview_vulnerability import Ui_InterviewVulnerabilityPage
from workbench.gui.theme import set_role
from workbench.gui.widgets.date_field import DateField

Fields = dict[str, tuple[QWidget, QLabel]]

_YES_NO: tuple[tuple[str, object], ...] = (
    ("Not asked yet", None),
    ("Yes", YesNoUnknown.YES.value),
    ("No", YesNoUnknown.NO.value),
    ("Not known", YesNoUnknown.UNKNOWN.value),
)
_MNEMONIC = {
    NeedArea.HEALTH: "&Health",
    NeedArea.MENTAL_HEALTH: "&Mental health",
    NeedArea.SUBSTANCE_MISUSE: "S&ubstance misuse",
    NeedArea.HOUSING: "H&ousing",
    NeedArea.EDUCATION_AND_WORK: "&Education and work",
    NeedArea.FINANCE_ID_BENEFITS: "&Finance, ID and benefits",
    NeedArea.FAMILY_AND_CHILDREN: "Fami&ly and children",
    NeedArea.FAITH: "Fa&ith",
}
NOT_ASKED, NO_NEED, REFERRAL = "", "NO_NEED", "REFERRAL"


def _fill_combo(combo: QComboBox, choices: tuple[tuple[str, object], ...]) -> None:
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)


def _choices(codes: type[StrEnum], blank: str) -> tuple[tuple[str, object], ...]:
    return ((blank, None), *((str(getattr(c, "label", c.value)), c.value) for c in codes))


def _set_combo(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _text(edit: QPlainTextEdit | QLineEdit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


def _lock(widgets: list[QWidget], read_only: bool) -> None:
    for w in widgets:
        if isinstance(w, QPlainTextEdit | QLineEdit):
            w.setReadOnly(read_only)
        elif isinstance(w, DateField):
            w.edit.setReadOnly(read_only)
            w.calendar_button.setEnabled(not read_only)
        else:
            w.setEnabled(not read_only)


class _FormPage(QWidget):
    """A page whose fields are plain text, choices and (on the arrival page) a date."""

    texts: tuple[str, ...] = ()
    combos: tuple[str, ...] = ()

    def _setup(self, ui: Any) -> None:
        self.ui = ui
        self._widgets: dict[str, QWidget] = {
            name: getattr(ui, name) for name in (*self.texts, *self.combos, *self._others())
        }

    def _others(self) -> tuple[str, ...]:
        return ()

    def fields(self) -> Fields:
        """Field name -> (input, the error label beside it)."""
        return {name: (w, getattr(self.ui, f"{name}_error")) for name, w in self._widgets.items()}

    def answers(self) -> dict[str, object]:
        """What the page holds now."""
        out: dict[str, object] = {}
        for name in self.texts:
            out[name] = _text(getattr(self.ui, name))
        for name in self.combos:
            out[name] = getattr(self.ui, name).currentData()
        return out

    def set_answers(self, answers: Mapping[str, object]) -> None:
        """Show saved answers."""
        for name in self.texts:
            edit = getattr(self.ui, name)
            value = str(answers.get(name) or "")
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        for name in self.combos:
            _set_combo(getattr(self.ui, name), answers.get(name))

    def set_read_only(self, read_only: bool) -> None:
        """Lock every input."""
        _lock(list(self._widgets.values()), read_only)


class ArrivalPage(_FormPage):
    """Arrival and first contact: completing it records the first contact (the caseload clock stops)."""

    texts = ("first_contact_summary", "arrival_concerns")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = Ui_InterviewArrivalPage()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        self._setup(ui)
        ui.first_contact_date.configure(today=today, prefer=Prefer.PAST, latest=today)

    def _others(self) -> tuple[str, ...]:
        return ("first_contact_date", "role_explained")

    def answers(self) -> dict[str, object]:
        """What the page holds now; an unreadable date is refused beside the field."""
        ui = self.ui
        out = super().answers()
        out["first_contact_date"] = ui.first_contact_date.checked_value("first_contact_date")
        out["role_explained"] = YesNoUnknown.YES.value if ui.role_explained.isChecked() else None
        return out

    def set_answers(self, answers: Mapping[str, object]) -> None:
        """Show saved answers."""
        super().set_answers(answers)
        value = answers.get("first_contact_date")
        self.ui.first_contact_date.setValue(value if isinstance(value, date) else None)
        self.ui.role_explained.setChecked(answers.get("role_explained") == YesNoUnknown.YES.value)


class OwnAccountPage(_FormPage):
    """The prisoner's own account, in their own words."""

    texts = (
        "wants_to_change",
        "what_helps",
        "what_gets_in_the_way",
        "motivation_note",
        "learning_style",
        "capacity_to_change",
    )
    combos = ("motivation",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = Ui_InterviewOwnAccountPage()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        _fill_combo(ui.motivation, _choices(MotivationStage, "— choose —"))
        self._setup(ui)


class DiversityPage(_FormPage):
    """Diversity and disadvantage: language and interpreter, basic skills, disability, discrimination."""

    texts = ("first_language", "disability_and_adjustments", "discrimination_experienced")
    combos = ("interpreter_needed", "basic_skills")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = Ui_InterviewDiversityPage()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        _fill_combo(ui.interpreter_needed, _YES_NO)
        _fill_combo(ui.basic_skills, _choices(BasicSkillsResult, "— choose —"))
        self._setup(ui)


class VulnerabilityPage(_FormPage):
    """Vulnerability and the support or protection arranged."""

    texts = ("vulnerability_concerns", "support_arranged")
    combos = ("vulnerable",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = Ui_InterviewVulnerabilityPage()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        _fill_combo(ui.vulnerable, _YES_NO)
        self._setup(ui)


class AreaRow:
    """One immediate-need area on the needs page: not asked / no immediate need / a referral."""

    def __init__(self, area: NeedArea, grid: QGridLayout, row: int, today: date, parent: QWidget) -> None:
        self.area = area
        self.referral_id: str | None = None
        self.status_changed_on: date | None = None
        self.label = QLabel(_MNEMONIC[area] + ":", parent)
        self.outcome = QComboBox(parent)
        self.outcome.setObjectName(f"outcome_{area.value}")
        _fill_combo(
            self.outcome,
            (("Not asked yet", NOT_ASKED), ("No immediate need", NO_NEED), ("Referral", REFERRAL)),
        )
        self.outcome.setAccessibleName(f"{area.label}: immediate need")
        self.label.setBuddy(self.outcome)
        self.need = QLineEdit(parent)
        self.need.setObjectName(f"need_{area.value}")
        self.need.setPlaceholderText("What is needed")
        self.need.setAccessibleName(f"{area.label}: what is needed")
        self.owner_role = QComboBox(parent)
        self.owner_role.setObjectName(f"owner_role_{area.value}")
        _fill_combo(self.owner_role, tuple((r.label, r.value) for r in ReferralOwnerRole))
        _set_combo(self.owner_role, area.usual_owner.value)
        self.owner_role.setAccessibleName(f"{area.label}: owner's role")
        self.owner_name = QLineEdit(parent)
        self.owner_name.setObjectName(f"owner_name_{area.value}")
        self.owner_name.setPlaceholderText("Named person")
        self.owner_name.setAccessibleName(f"{area.label}: owner's name")
        self.status = QComboBox(parent)
        self.status.setObjectName(f"status_{area.value}")
        _fill_combo(self.status, tuple((s.label, s.value) for s in ReferralStatus))
        self.status.setAccessibleName(f"{area.label}: referral status")
        self.raised_on = DateField(parent)
        self.raised_on.setObjectName(f"raised_on_{area.value}")
        self.raised_on.configure(today=today, prefer=Prefer.PAST, latest=today)
        self.raised_on.setAccessibleName(f"{area.label}: date raised")
        # Combo boxes as wide as their longest entry would push the row past a 1024-pixel screen.
        for combo, letters in ((self.outcome, 14), (self.owner_role, 12), (self.status, 10)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.error = QLabel(parent)
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.details = QWidget(parent)
        # Two lines, so each input has room on a 1024-pixel screen: what is needed, then who and where.
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.owner_role, 2)
        line.addWidget(self.owner_name, 3)
        line.addWidget(self.status, 2)
        line.addWidget(self.raised_on)
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.need)
        box.addLayout(line)
        # Three grid rows per area: the area and its answer; a referral's details below, the full width
        # of the form (room on a 1024-pixel screen); then its message.
        top = 1 + 3 * (row - 1)
        grid.addWidget(self.label, top, 0)
        grid.addWidget(self.outcome, top, 1)
        grid.addWidget(self.details, top + 1, 1, 1, 2)
        grid.addWidget(self.error, top + 2, 1, 1, 2)
        self.error.hide()
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        self._today = today
        self._on_outcome_changed()

    def _on_outcome_changed(self, *_args: object) -> None:
        is_referral = self.outcome.currentData() == REFERRAL
        self.details.setVisible(is_referral)
        if is_referral and self.raised_on.is_blank():
            self.raised_on.setValue(self._today)

    def choice(self) -> str:
        """NOT_ASKED, NO_NEED or REFERRAL."""
        return str(self.outcome.currentData() or "")

    def referral(self) -> Referral:
        """The referral as typed (only meaningful when the choice is REFERRAL)."""
        return Referral(
            area=self.area,
            need=self.need.text(),
            owner_role=ReferralOwnerRole(self.owner_role.currentData()),
            owner_name=self.owner_name.text(),
            status=ReferralStatus(self.status.currentData()),
            raised_on=self.raised_on.checked_value(f"referral.{self.area.value}"),
            status_changed_on=self.status_changed_on,
            referral_id=self.referral_id,
        )

    def show(self, choice: str, referral: Referral | None) -> None:
        """Show a saved answer for the area."""
        if referral is not None:
            self.referral_id = referral.referral_id
            self.status_changed_on = referral.status_changed_on
            self.need.setText(referral.need)
            if referral.owner_role is not None:
                _set_combo(self.owner_role, referral.owner_role.value)
            self.owner_name.setText(referral.owner_name)
            _set_combo(self.status, referral.status.value)
            self.raised_on.setValue(referral.raised_on)
        _set_combo(self.outcome, choice)
        self._on_outcome_changed()

    def inputs(self) -> list[QWidget]:
        return [self.outcome, self.need, self.owner_role, self.owner_name, self.status, self.raised_on]


class NeedsPage(QWidget):
    """Immediate needs: every area asked about, each need raised as a tracked referral."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InterviewNeedsPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        self.rows = {
            area: AreaRow(area, self.ui.areas_grid, i + 1, today, self) for i, area in enumerate(NeedArea)
        }
        self.ui.areas_grid.setColumnStretch(2, 1)

    def fields(self) -> Fields:
        """Field name -> (input, the error label beside it)."""
        out: Fields = {"needs": (self.rows[NeedArea.HEALTH].outcome, self.ui.needs_error)}
        for area, row in self.rows.items():
            out[f"referral.{area.value}"] = (row.need, row.error)
        return out

    def answers(self) -> dict[str, object]:
        """The areas with no immediate need."""
        return {"no_need_areas": [a.value for a, r in self.rows.items() if r.choice() == NO_NEED]}

    def referrals(self) -> list[Referral]:
        """The referrals typed; unreadable dates are refused beside their area, all at once."""
        out: list[Referral] = []
        problems: list[ValidationError] = []
        for row in self.rows.values():
            if row.choice() != REFERRAL:
                continue
            try:
                out.append(row.referral())
            except ValidationError as exc:
                problems.append(exc)
        if problems:
            raise ValidationErrors(problems)
        return out

    def set_answers(self, answers: Mapping[str, object], referrals: tuple[Referral, ...]) -> None:
        """Show saved answers and referrals."""
        raw = answers.get("no_need_areas")
        no_need = {str(a) for a in raw} if isinstance(raw, list | tuple) else set()
        by_area = {r.area: r for r in referrals}
        for area, row in self.rows.items():
            referral = by_area.get(area)
            choice = REFERRAL if referral else (NO_NEED if area.value in no_need else NOT_ASKED)
            row.show(choice, referral)

    def set_read_only(self, read_only: bool) -> None:
        """Lock every input."""
        _lock([w for row in self.rows.values() for w in row.inputs()], read_only)


class ReviewPage(QWidget):
    """Review and sign: what is still missing, and the interview as it will be signed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InterviewReviewPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations


__all__ = [
    "NOT_ASKED",
    "NO_NEED",
    "REFERRAL",
    "AreaRow",
    "ArrivalPage",
    "DiversityPage",
    "NeedsPage",
    "OwnAccountPage",
    "ReviewPage",
    "VulnerabilityPage",
]
