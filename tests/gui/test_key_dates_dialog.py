"""The "Key dates" group of the correction dialog (issue 10): typed with slashes, saved, read by the handover.

Real widgets over the real services and encrypted store; keys typed with pytest-qt, offscreen.
Today is Thu 26 Nov 2026; Alex TESTPERSON was sentenced on 19 Nov 2026 to 3 years (CRD 19 May 2028).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.handover import NO_EARLY_ALLOCATION, NO_OPEN_CONDITIONS, HandoverService
from workbench.casework.reception import ReceptionService
from workbench.casework.services import Services
from workbench.domain.handover import HandoverReason
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.correction.dialog import CorrectionDialog
from workbench.gui.screens.reception import ReceptionDialog
from workbench.gui.widgets.date_field import DateField
from workbench.security.principal import CurrentUser


@pytest.fixture
def case(
    supervisor: CurrentUser,
    reception_service: ReceptionService,
    caseload_service: CaseloadService,
    receive: Callable[..., ReceptionRequest],
) -> CaseDetail:
    pid, _ = reception_service.receive(supervisor, receive())
    return caseload_service.detail(supervisor, pid)


@pytest.fixture
def dialog(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, bus: EventBus, today: date, case: CaseDetail
) -> Iterator[CorrectionDialog]:
    shown = CorrectionDialog(CorrectionService(ctx), supervisor, bus, case, today)
    with qtbot.waitActive(shown):
        shown.show()
    yield shown
    shown.discard_unsaved_work()
    shown.close()
    shown.deleteLater()


def retype(qtbot: QtBot, field: DateField | QWidget, text: str) -> None:
    target = field.edit if isinstance(field, DateField) else field
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)


def save(qtbot: QtBot, dialog: CorrectionDialog) -> None:
    qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_typed_key_dates_and_early_allocation_are_saved_and_the_handover_reads_them(
    qtbot: QtBot,
    dialog: CorrectionDialog,
    case: CaseDetail,
    ctx: ServiceContext,
    caseload_service: CaseloadService,
    supervisor: CurrentUser,
) -> None:
    before = HandoverService(ctx).for_case(supervisor, case.prisoner_id)
    assert before.assumptions == (NO_OPEN_CONDITIONS, NO_EARLY_ALLOCATION)
    ui = dialog.ui
    retype(qtbot, ui.automatic_release_date, "19/03/2028")
    retype(qtbot, ui.categorisation_review_date, "15/01/2027")
    retype(qtbot, ui.open_conditions_date, "1/9/2027")
    ui.early_allocation.setFocus()
    qtbot.keyClick(ui.early_allocation, Qt.Key.Key_Down)  # "Not recorded" → "Yes"
    assert ui.early_allocation.currentData() is True
    qtbot.keyClicks(ui.reason, "Key dates from the OCA sheet")
    with qtbot.waitSignal(dialog.details_corrected) as saved:
        save(qtbot, dialog)

    assert saved.args[0].fields == (
        "automatic_release_date",
        "categorisation_review_date",
        "open_conditions_date",
        "early_allocation",
    )
    after = caseload_service.detail(supervisor, case.prisoner_id).sentence
    assert after is not None
    assert (after.automatic_release_date, after.categorisation_review_date, after.open_conditions_date) == (
        date(2028, 3, 19),
        date(2027, 1, 15),
        date(2027, 9, 1),
    )
    assert after.early_allocation is True and after.target_hearing_date is None
    view = HandoverService(ctx).for_case(supervisor, case.prisoner_id)
    assert view.assumptions == ()  # both facts recorded: nothing taken as assumed
    assert view.handover is not None and view.handover.reason is HandoverReason.EARLY_ALLOCATION
    assert view.earliest_release is not None and view.earliest_release.date == date(2028, 3, 19)  # the ARD
    assert view.handover_on == date(2026, 12, 19)  # ARD − 15 months


def test_impossible_key_dates_are_refused_beside_their_fields(
    qtbot: QtBot, dialog: CorrectionDialog, case: CaseDetail, ctx: ServiceContext, supervisor: CurrentUser
) -> None:
    ui = dialog.ui
    retype(qtbot, ui.target_hearing_date, "01/06/2030")  # a THD on a determinate sentence
    retype(qtbot, ui.open_conditions_since, "20/11/2026")
    retype(qtbot, ui.open_prison_arrival_date, "18/11/2026")  # before the sentence and the category
    qtbot.keyClicks(ui.reason, "Key dates from the OCA sheet")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors.message("target_hearing_date").startswith(
        "A THD (Parole Board target hearing) applies only to indeterminate sentences"
    )
    assert dialog.errors.message("open_prison_arrival_date") == (
        "The open prison arrival date (18/11/2026) cannot be before the sentence date (19/11/2026)."
    )
    assert dialog.errors.message("open_conditions_since") == ""
    assert CorrectionService(ctx).history(supervisor, case.prisoner_id) == ()


def test_the_form_with_its_key_dates_fits_a_1024_by_768_screen(dialog: CorrectionDialog) -> None:
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 740  # room left for the title bar
    assert dialog.ui.key_dates_group.title() == "Key dates"
    assert dialog.ui.automatic_release_date.isVisible() and dialog.ui.early_allocation.isVisible()


def _form_rows(form: QFormLayout) -> dict[str, str]:
    rows: dict[str, str] = {}
    for i in range(form.rowCount()):
        label = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None:
            lw, fw = label.widget(), field.widget()
            if isinstance(lw, QLabel) and isinstance(fw, QLabel):
                rows[lw.text()] = fw.text()
    return rows


def test_the_case_page_shows_the_key_dates_once_corrected(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, supervisor: CurrentUser
) -> None:
    window = make_window(size=(1024, 768))
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    case = window.case_page.case
    assert case is not None
    before = _form_rows(window.case_page.dates_form)
    assert "ARD" not in before and "Early allocation" not in before
    _, changes = services.corrections.correct(
        supervisor,
        case.prisoner_id,
        DetailsCorrection(
            automatic_release_date=date(2028, 3, 19),
            categorisation_review_date=date(2027, 2, 1),
            early_allocation=False,
        ),
        "Key dates from the OCA sheet",
    )
    window.bus.publish(changes)
    qtbot.waitUntil(lambda: "ARD" in _form_rows(window.case_page.dates_form))
    rows = _form_rows(window.case_page.dates_form)
    assert (rows["ARD"], rows["Cat. review"], rows["Early allocation"]) == (
        "19 Mar 2028",
        "01 Feb 2027",
        "No",
    )
    assert "THD" not in rows and "Open since" not in rows  # not recorded: not shown


def _reception(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, bus: EventBus, today: date
) -> ReceptionDialog:
    dialog = ReceptionDialog(ReceptionService(ctx), supervisor, bus, today)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard_unsaved_work())
    with qtbot.waitActive(dialog):
        dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.noms_number, "g4321hj")
    qtbot.keyClicks(ui.family_name, "O'Neill")
    qtbot.keyClicks(ui.given_name, "Jamie")
    qtbot.keyClicks(ui.date_of_birth, "14031990")
    ui.gender.setFocus()
    qtbot.keyClick(ui.gender, Qt.Key.Key_Down)
    return dialog


def _tick_and_type(qtbot: QtBot, box: QWidget, field: DateField, text: str) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, text)


def test_reception_takes_an_ard_and_refuses_a_thd_on_a_determinate_sentence(
    qtbot: QtBot, ctx: ServiceContext, supervisor: CurrentUser, bus: EventBus, today: date
) -> None:
    dialog = _reception(qtbot, ctx, supervisor, bus, today)
    ui = dialog.ui
    ui.sentence_type.setFocus()
    qtbot.keyClick(ui.sentence_type, Qt.Key.Key_Down)  # "Choose…" → "Determinate"
    assert ui.sentence_type.currentText() == "Determinate"
    qtbot.keyClicks(ui.sentence_date, "19112026")
    ui.length_years.setFocus()
    qtbot.keyClicks(ui.length_years, "3")
    _tick_and_type(qtbot, ui.automatic_release_date_known, ui.automatic_release_date, "19/03/2028")
    _tick_and_type(qtbot, ui.target_hearing_date_known, ui.target_hearing_date, "01/06/2030")
    qtbot.mouseClick(ui.buttons.button(ui.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.prisoner_id is None
    assert ui.target_hearing_date_error.text().startswith("A THD (Parole Board target hearing) applies only")

    qtbot.mouseClick(ui.target_hearing_date_known, Qt.MouseButton.LeftButton)  # untick: not read at all
    with qtbot.waitSignal(dialog.prisoner_received) as received:
        qtbot.mouseClick(ui.buttons.button(ui.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    sentence = CaseloadService(ctx).detail(supervisor, received.args[0]).sentence
    assert sentence is not None
    assert (sentence.automatic_release_date, sentence.target_hearing_date) == (date(2028, 3, 19), None)
