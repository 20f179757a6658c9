"""The "Risk of harm" tab and the countersigning queue (issue 8 points 2, 3 and 6), driven with real
keys and clicks: screening → full analysis → countersign, and return for rework → rework → countersign.

Real main window, real services, real encrypted store; pytest-qt offscreen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_assessment_screen import type_password

from workbench.casework.dto.rosh import SCREENING, CountersignStatus, ScreeningForm
from workbench.casework.services import Services
from workbench.domain.rosh import INDICATOR_CODES, Answer
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.countersign.dialog import CountersignDialog
from workbench.gui.screens.rosh.analysis import AnalysisEditor
from workbench.gui.screens.rosh.screening import ScreeningEditor
from workbench.gui.tasks import TaskRunner
from workbench.security.principal import CurrentUser

TEXT = "Seen in interview on 20 Nov 2026; PNC and the pre-sentence report agree."


@pytest.fixture
def window_for(qtbot: QtBot, services: Services) -> Iterator[Callable[[CurrentUser], MainWindow]]:
    """A main window for a user over the caseload the test set up, first prisoner's case open."""
    windows: list[MainWindow] = []

    def make(user: CurrentUser) -> MainWindow:
        window = MainWindow(
            services,
            user,
            EventBus(),
            TaskRunner(),
            establishment_name="HMP Test",
            demo=False,
            idle_minutes=30,
        )
        qtbot.addWidget(window, before_close_func=lambda w: w.case_page.discard_unsaved_work())
        window.resize(1400, 860)
        window.load_now()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.table.selectRow(0)
        assert window.case_page.case is not None
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.tasks.wait_all()


@pytest.fixture
def prisoner_id(services: Services, supervisor: CurrentUser, receive: Callable[..., object]) -> str:
    pid, _ = services.reception.receive(supervisor, receive())  # type: ignore[arg-type]
    return pid


def _answer_every_indicator(qtbot: QtBot, editor: ScreeningEditor, yes: set[str]) -> None:
    for code in INDICATOR_CODES:
        answer = Answer.YES if code in yes else Answer.NO
        qtbot.mouseClick(editor.answer_buttons[code][answer], Qt.MouseButton.LeftButton)


def _sign(qtbot: QtBot, editor: ScreeningEditor | AnalysisEditor, password: str) -> list[str]:
    asked: list[str] = []

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    editor._confirm = confirm  # type: ignore[method-assign]  # the confirmation box, answered "Yes"
    problems: list[str] = []
    type_password(qtbot, [password], problems)
    with qtbot.waitSignal(editor.signed):
        qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    return asked


def test_screening_then_full_analysis_then_the_manager_countersigns(
    qtbot: QtBot,
    window_for: Callable[[CurrentUser], MainWindow],
    services: Services,
    supervisor: CurrentUser,
    manager: CurrentUser,
    passwords: dict[str, str],
    prisoner_id: str,
) -> None:
    window = window_for(supervisor)
    tab = window.risk_of_harm.tab
    qtbot.keyClick(
        window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.case_page.tabs.currentWidget() is tab
    assert "No signed RoSH screening" in tab.notice_label.text()
    assert not tab.analysis_button.isEnabled()

    # The screening: the decision changes as the answers do.
    qtbot.mouseClick(tab.screening_button, Qt.MouseButton.LeftButton)
    editor = tab.screening_editor
    assert tab.stack.currentWidget() is editor and editor.detail is not None and editor.detail.is_draft
    assert "31 not answered yet" in editor.decision_label.text()
    _answer_every_indicator(qtbot, editor, set())
    assert editor.decision_label.text().startswith("No full analysis needed")
    qtbot.mouseClick(editor.answer_buttons["wounding"][Answer.YES], Qt.MouseButton.LeftButton)
    assert "Full analysis required (yes to 1 indicator): offending" in editor.decision_label.text()
    assert not editor.countersign_label.isVisible()

    # Signing without the sources is refused, with the message beside the box.
    told: list[str] = []
    editor._inform = lambda title, text: told.append(text)  # type: ignore[method-assign]
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    assert told and "sources of information" in told[0]
    assert editor.ui.error_sources.isVisible()
    qtbot.keyClicks(editor.sources_edit, TEXT)
    assert window.case_page.has_unsaved_work()
    _sign(qtbot, editor, passwords["os.one"])
    assert tab.stack.currentWidget() is tab.overview_page
    assert "full analysis required (offending and risk to others)" in tab.screening_label.text()
    assert tab.analysis_button.isEnabled() and "Full analysis required" in tab.notice_label.text()

    # The full analysis: only the offending section of the four; overall level live.
    qtbot.mouseClick(tab.analysis_button, Qt.MouseButton.LeftButton)
    a = tab.analysis_editor
    visible = [
        a.section_tabs.tabText(i) for i in range(a.section_tabs.count()) if a.section_tabs.isTabVisible(i)
    ]
    assert visible == ["Offending", "RoSH summary", "Levels"]
    for edit in a.text_edits.values():
        if edit.isVisibleTo(a) or a.section_tabs.isTabVisible(0):
            qtbot.keyClicks(edit, TEXT)
    a.section_tabs.setCurrentWidget(a.ui.page_levels)
    for key, combo in a.level_combos.items():
        qtbot.keyClick(combo, Qt.Key.Key_H if key == "community.known_adult" else Qt.Key.Key_L)
        qtbot.keyClicks(a.evidence_edits[key], "Violence to his ex-partner in 2024 (police report).")
    assert "Overall risk of serious harm" in a.overall_label.text() and "High" in a.overall_label.text()
    assert "A manager must countersign this analysis (High or Very High)" in a.countersign_label.text()
    asked = _sign(qtbot, a, passwords["os.one"])
    assert "cannot be changed afterwards" in asked[0]
    assert "overall <b>High</b>" in tab.analysis_label.text()
    assert "awaiting countersignature" in tab.analysis_label.text()
    row = window.model.row_at(0)
    assert row.awaiting_countersignature
    # The caseload filter (View menu) keeps only the cases awaiting countersignature.
    window.risk_of_harm.filter_action.trigger()
    assert window.pane.countersign_check.isChecked() and window.proxy.rowCount() == 1

    # The manager's queue: the record readable in full, countersigned.
    boss = window_for(manager)
    action = boss.risk_of_harm.countersign_action
    assert action is not None and action.text() == "Countersi&gn queue (1)…"
    dialog = boss.risk_of_harm.open_countersign()
    assert isinstance(dialog, CountersignDialog)
    qtbot.waitExposed(dialog)
    assert [i.kind for i in dialog.items] == ["Full analysis"]
    assert "Violence to his ex-partner" in dialog.record_view.toPlainText()
    with qtbot.waitSignal(dialog.decided):
        qtbot.mouseClick(dialog.countersign_button, Qt.MouseButton.LeftButton)
    assert dialog.items == () and action.text() == "Countersi&gn queue (0)…"
    dialog.close()
    tab.reload()
    assert "countersigned by Morgan Manager" in tab.analysis_label.text()


def test_returned_for_rework_then_rework_then_countersigned(
    qtbot: QtBot,
    window_for: Callable[[CurrentUser], MainWindow],
    services: Services,
    supervisor: CurrentUser,
    manager: CurrentUser,
    passwords: dict[str, str],
    prisoner_id: str,
) -> None:
    answers = {c: "no" for c in INDICATOR_CODES} | {"children_identifiable": "yes"}
    d, _ = services.rosh_screening.start_draft(supervisor, prisoner_id)
    services.rosh_screening.save_draft(supervisor, d.screening_id, ScreeningForm(answers, "Interview only."))
    returned, _ = services.rosh_screening.sign(supervisor, d.screening_id)

    boss = window_for(manager)
    dialog = boss.risk_of_harm.open_countersign()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.items[0].why.startswith("child-protection concerns")
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)  # no comments: refused
    assert "needs comments" in dialog.ui.error_comments.text() and len(dialog.items) == 1
    qtbot.keyClicks(dialog.comments_edit, "Ask children's services whether the children are known.")
    with qtbot.waitSignal(dialog.decided):
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert dialog.items == ()
    dialog.close()

    window = window_for(supervisor)
    tab = window.risk_of_harm.tab
    window.case_page.show_tab(tab)
    assert "returned for rework by Morgan Manager" in tab.screening_label.text()
    assert "Ask children's services" in tab.notice_label.text()
    assert tab.correct_screening_button.text() == "&Rework screening…"
    qtbot.mouseClick(tab.correct_screening_button, Qt.MouseButton.LeftButton)
    editor = tab.screening_editor
    assert editor.detail is not None and editor.detail.supersedes_id is not None
    assert "A manager must countersign this screening" in editor.countersign_label.text()
    qtbot.keyClicks(editor.sources_edit, " Children's services (J. Bell): both children known, no plan.")
    _sign(qtbot, editor, passwords["os.one"])
    assert "awaiting countersignature" in tab.screening_label.text()

    queue = services.countersign.queue(manager)
    assert [(i.entity, i.supersedes_id) for i in queue] == [(SCREENING, returned.screening_id)]
    dialog = boss.risk_of_harm.open_countersign()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.items[0].supersedes_id is not None
    assert "Children's services (J. Bell)" in dialog.record_view.toPlainText()
    with qtbot.waitSignal(dialog.decided):
        qtbot.mouseClick(dialog.countersign_button, Qt.MouseButton.LeftButton)
    dialog.close()
    overview = services.rosh.overview(supervisor, prisoner_id)
    assert overview.screening is not None and overview.screening.countersign is not None
    assert overview.screening.countersign.status is CountersignStatus.COUNTERSIGNED


def test_going_back_with_unsaved_typing_asks_first(
    qtbot: QtBot, window_for: Callable[[CurrentUser], MainWindow], supervisor: CurrentUser, prisoner_id: str
) -> None:
    window = window_for(supervisor)
    tab = window.risk_of_harm.tab
    window.case_page.show_tab(tab)
    qtbot.mouseClick(tab.screening_button, Qt.MouseButton.LeftButton)
    editor = tab.screening_editor
    qtbot.keyClicks(editor.sources_edit, "Interview")
    assert editor.has_unsaved_work()
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.isVisible():
            asked.append(box.windowTitle())
            save = next(b for b in box.findChildren(type(editor.save_button)) if "Save" in b.text())
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(editor.draft_saved):
        qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert asked == ["Unsaved work"]
    assert tab.stack.currentWidget() is tab.overview_page
    assert tab.overview is not None and tab.overview.screening_draft is not None
    assert tab.overview.screening_draft.form.sources == "Interview"
