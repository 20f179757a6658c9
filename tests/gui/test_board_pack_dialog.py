"""The "Board pack…" dialog: generate off the GUI thread, preview, save as PDF (issue 10 points 6-7)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from workbench.casework.dto.board_pack import DocumentKind
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.board_pack.dialog import BoardPackDialog
from workbench.gui.screens.board_pack.hookup import BoardPackHookup

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot: QtBot, window: MainWindow) -> BoardPackDialog:
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # to the table, first prisoner selected
    assert window.case_page.case is not None
    hookup = window.review_screens.board_pack
    assert isinstance(hookup, BoardPackHookup)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    dialog = hookup.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert window.case_page.case.noms_number in dialog.windowTitle()
    return dialog


def _generate(qtbot: QtBot, dialog: BoardPackDialog) -> None:
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.ui.generate, LEFT)


def test_generate_preview_and_save_the_pack(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    assert not dialog.ui.save_button.isEnabled()

    _generate(qtbot, dialog)

    result = dialog.result_doc
    assert result is not None and result.kind is DocumentKind.PACK
    assert result.document.pages >= 14
    assert f"{result.document.pages} pages" in dialog.ui.status.text()
    if shutil.which("pdftoppm"):
        previews = dialog.ui.pages.findChildren(QLabel)
        assert len(previews) == result.document.pages
        assert all(not p.pixmap().isNull() for p in previews)
    assert dialog.ui.save_button.isEnabled()

    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    files = dialog.file_dialog
    assert files is not None
    qtbot.waitUntil(files.isVisible)
    # The default name is "<NOMS> board pack <date>.pdf".
    assert Path(files.selectedFiles()[0]).name == result.document.file_name
    assert " board pack " in result.document.file_name
    target = tmp_path / "pack.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        files.selectFile(str(target))
        files.accept()

    assert saved.args == [str(target)]
    assert target.read_bytes() == result.document.pdf
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in dialog.ui.status.text()


@pytest.mark.parametrize(
    ("typed", "kind"), [("Wing", DocumentKind.WING_BRIEFING), ("Pri", DocumentKind.PRISONER_COPY)]
)
def test_the_one_page_documents_are_chosen_by_keyboard(
    qtbot: QtBot, make_window: Callable[..., MainWindow], typed: str, kind: DocumentKind
) -> None:
    window = make_window(size=(1024, 768))
    dialog = _open(qtbot, window)

    dialog.ui.document.setFocus()
    qtbot.keyClicks(dialog.ui.document, typed)
    assert dialog.chosen() is kind
    _generate(qtbot, dialog)

    assert dialog.result_doc is not None
    assert dialog.result_doc.kind is kind and dialog.result_doc.document.pages == 1
    assert "1 page." in dialog.ui.status.text()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="printing paints pdftoppm's page images")
def test_printing_paints_every_page_on_the_printer(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    dialog.ui.document.setFocus()
    qtbot.keyClicks(dialog.ui.document, "Blank")
    _generate(qtbot, dialog)
    assert dialog.result_doc is not None and dialog.ui.print_button.isEnabled()
    # The system print dialog is not opened in tests: a PDF printer stands in for the one it returns.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))

    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.print_to(printer)

    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = next(int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:"))
    assert pages == dialog.result_doc.document.pages >= 2
    assert f"Sent {pages} pages to the printer." == dialog.ui.status.text()
