"""One need section of the assessment (OASys sections 3–13): severity, links, evidence and analysis.

Seed 3.13: each need identified needs evidence and an analysis of how it relates to offending.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.dto.assessment import NeedEntry
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.gui.theme import set_role

NEED_CHOICES: tuple[tuple[str, NeedSeverity | None], ...] = (
    ("Not assessed", None),
    ("No need", NeedSeverity.NO_NEED),
    ("Standard", NeedSeverity.STANDARD),
    ("Severe", NeedSeverity.SEVERE),
)


def error_label(name: str) -> QLabel:
    """A hidden, word-wrapped message label styled as an error by the theme."""
    label = QLabel()
    label.setObjectName(name)
    set_role(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


class NeedEditor(QGroupBox):
    """One need section: severity, links to reoffending and harm, evidence and analysis (seed 3.13)."""

    def __init__(self, section: NeedSection, parent: QWidget | None = None) -> None:
        super().__init__(f"{section.number}. {section.label}", parent)
        self.section = section
        self.setObjectName(f"need_{section.value}")
        self.severity = QComboBox()
        for text, value in NEED_CHOICES:
            self.severity.addItem(text, value)
        self.severity.setAccessibleName(f"{section.label}: severity")
        self.reoffending = QCheckBox("Linked to reoffending")
        self.harm = QCheckBox("Linked to risk of serious harm")
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText("Evidence: what this is based on (sources, dates)")
        self.evidence.setAccessibleName(f"{section.label}: evidence")
        self.analysis = QPlainTextEdit()
        self.analysis.setPlaceholderText("Analysis: how it relates to offending and what must change")
        self.analysis.setAccessibleName(f"{section.label}: analysis")
        for edit in (self.evidence, self.analysis):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
        self.error = error_label(f"need_error_{section.value}")
        top = QHBoxLayout()
        top.addWidget(self.severity)
        top.addWidget(self.reoffending)
        top.addWidget(self.harm)
        top.addStretch(1)
        # -- interview (issue 8) --: the initial interview's answers, inserted into the evidence on request.
        self.prompt_button = QToolButton()
        self.prompt_button.setObjectName(f"prompts_{section.value}")
        self.prompt_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.prompt_button.setMenu(QMenu(self.prompt_button))
        self.prompt_button.setAccessibleName(f"{section.label}: insert evidence from the initial interview")
        self.prompt_button.hide()
        top.addWidget(self.prompt_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.evidence)
        layout.addWidget(self.analysis)
        layout.addWidget(self.error)
        self.severity.currentIndexChanged.connect(self._fold)

    def _fold(self, *_args: object) -> None:
        """ "No need" with nothing written folds the text boxes away, so the profile reads at a glance."""
        empty = not self.evidence.toPlainText().strip() and not self.analysis.toPlainText().strip()
        folded = self.severity.currentData() == NeedSeverity.NO_NEED.value and empty
        self.evidence.setVisible(not folded)
        self.analysis.setVisible(not folded)

    def entry(self) -> NeedEntry:
        """What the section holds now."""
        return NeedEntry(
            self.section,
            NeedSeverity(self.severity.currentData()) if self.severity.currentData() else None,
            self.reoffending.isChecked(),
            self.harm.isChecked(),
            self.evidence.toPlainText(),
            self.analysis.toPlainText(),
        )

    def set_entry(self, entry: NeedEntry) -> None:
        """Show a saved entry."""
        self.severity.setCurrentIndex(max(0, self.severity.findData(entry.severity)))
        self.reoffending.setChecked(entry.linked_to_reoffending)
        self.harm.setChecked(entry.linked_to_harm)
        self.evidence.setPlainText(entry.evidence)
        self.analysis.setPlainText(entry.analysis)
        self._fold()

    # -- interview (issue 8) --
    def set_prompts(self, prompts: Sequence[str], *, enabled: bool) -> None:
        """Offer the interview's answers for this section; choosing one adds it to the evidence."""
        menu = self.prompt_button.menu()
        menu.clear()
        for text in prompts:
            action = menu.addAction(text if len(text) <= 90 else text[:89] + "…")
            action.setToolTip(text)
            action.triggered.connect(lambda _checked=False, t=text: self.insert_evidence(t))
        self.prompt_button.setText(f"From the interview ({len(prompts)})")
        self.prompt_button.setVisible(bool(prompts) and enabled)

    def insert_evidence(self, text: str) -> None:
        """Add ``text`` as a new line of the evidence (once: a line already there is not repeated)."""
        current = self.evidence.toPlainText().rstrip()
        if text in current:
            return
        self.evidence.setPlainText(f"{current}\n{text}" if current else text)
        self._fold()

    def set_read_only(self, read_only: bool) -> None:
        """Lock the section (a completed assessment, or someone else's draft)."""
        for w in (self.severity, self.reoffending, self.harm):
            w.setEnabled(not read_only)
        self.evidence.setReadOnly(read_only)
        self.analysis.setReadOnly(read_only)
