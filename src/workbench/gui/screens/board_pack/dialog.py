"""The "Board pack" dialog: choose the document, generate it off the GUI thread, preview, print, save.

Preview: PySide6-Essentials has no QtPdf, so pages are rendered to images by poppler's ``pdftoppm``
(on the worker thread, with the PDF); without it the dialog says so and saving still works. Printing
goes through the system print dialog and paints the page images at the printer's resolution.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from workbench.casework.board_pack import BoardPackService, PrintedDocument
from workbench.casework.dto.board_pack import DocumentKind
from workbench.domain.errors import WorkbenchError
from workbench.gui.forms.ui_board_pack_dialog import Ui_BoardPackDialog
from workbench.gui.tasks import Progress, TaskRunner
from workbench.gui.widgets.layouts import clear_layout
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

__all__ = ["BoardPackDialog", "Generated", "render_pages"]

PREVIEW_DPI = 60
PRINT_DPI = 200


@dataclass(frozen=True)
class Generated:
    """A generated document and its pages as PNG images (empty when pdftoppm is not installed)."""

    kind: DocumentKind
    document: PrintedDocument
    pages: tuple[bytes, ...]


def render_pages(pdf: bytes, dpi: int) -> tuple[bytes, ...]:
    """Every page of ``pdf`` as PNG bytes, by poppler's pdftoppm; () when it is not installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return ()
    with tempfile.TemporaryDirectory(prefix="workbench-pack-") as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [tool, "-r", str(dpi), "-png", str(source), str(Path(tmp) / "p")], check=True, timeout=120
        )
        return tuple(p.read_bytes() for p in sorted(Path(tmp).glob("p-*.png")))


class BoardPackDialog(QDialog):
    """Generate one of a prisoner's board documents, look at it, print it or save it as a PDF."""

    generated = Signal(object)  # Generated: the document is ready (preview shown)
    saved = Signal(str)  # the path written
    printed = Signal()

    def __init__(
        self,
        service: BoardPackService,
        user: CurrentUser,
        tasks: TaskRunner,
        prisoner_id: str,
        prisoner_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BoardPackDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        self._service, self._user, self._tasks = service, user, tasks
        self._prisoner_id = prisoner_id
        self.result_doc: Generated | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(f"Board pack — {prisoner_label}")
        self.ui.prisoner.setText(prisoner_label)
        for kind in DocumentKind:
            self.ui.document.addItem(kind.label, kind)
        guard_wheel(self.ui.document)
        self.ui.progress.setVisible(False)
        self.ui.status.setText("Choose the document and press Generate.")
        self.ui.generate.clicked.connect(self.generate)
        self.ui.save_button.clicked.connect(self.ask_save)
        self.ui.print_button.clicked.connect(self.ask_print)
        self.resize(720, 640)

    # -- generating ----------------------------------------------------------------------------------

    def chosen(self) -> DocumentKind:
        """The document chosen in the list."""
        return DocumentKind(self.ui.document.currentData())

    def generate(self) -> None:
        """Render the chosen document on a worker thread, with progress; the preview follows."""
        kind = self.chosen()
        service, user, prisoner_id = self._service, self._user, self._prisoner_id

        def work(progress: Progress) -> Generated:
            document = service.document(user, prisoner_id, kind, progress=lambda d, t: progress(d, t + 1))
            pages = render_pages(document.pdf, PREVIEW_DPI)
            progress(4, 4)
            return Generated(kind, document, pages)

        self._busy(True)
        self.ui.status.setText(f"Generating the {kind.label.lower()}…")
        handle = self._tasks.run("board pack", work, on_done=self._on_generated, on_error=self._on_failed)
        handle.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress.setMaximum(total)
        self.ui.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.ui.progress.setValue(0)
        for w in (self.ui.generate, self.ui.document, self.ui.save_button, self.ui.print_button):
            w.setEnabled(not busy)
        if not busy and self.result_doc is None:
            self.ui.save_button.setEnabled(False)
            self.ui.print_button.setEnabled(False)

    def _on_failed(self, exc: BaseException, _details: str) -> None:
        self._busy(False)
        message = exc.message if isinstance(exc, WorkbenchError) else f"The document could not be made: {exc}"
        self.ui.status.setText(message)
        QMessageBox.warning(self, "Board pack", message)

    def _on_generated(self, result: object) -> None:
        assert isinstance(result, Generated)
        self.result_doc = result
        self._busy(False)
        self._show_pages(result.pages)
        pages = result.document.pages
        self.ui.print_button.setEnabled(bool(result.pages))
        if not result.pages:
            self.ui.print_button.setToolTip(
                "Printing from here needs poppler's pdftoppm: save the PDF and print it."
            )
        self.ui.status.setText(
            f"{result.kind.label}: {pages} page{'s' if pages != 1 else ''}. Print it or save it as a PDF."
        )
        self.generated.emit(result)

    def _show_pages(self, pages: tuple[bytes, ...]) -> None:
        layout = self.ui.pages_layout
        clear_layout(layout)
        if not pages:
            note = QLabel(
                "No preview: this computer has neither QtPdf nor poppler's pdftoppm. "
                "Save the PDF and open it in a PDF reader."
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            return
        for n, png in enumerate(pages, start=1):
            label = QLabel()
            pixmap = QPixmap.fromImage(QImage.fromData(png))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # whole pages, one under the other: the area scrolls
            label.setAccessibleName(f"Page {n} of {len(pages)}")
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.activate()  # size the page column now, so the scroll area knows its height at once

    # -- saving ------------------------------------------------------------------------------------------

    def ask_save(self) -> None:
        """Ask where to save (the default name is "<NOMS> board pack <date>.pdf")."""
        if self.result_doc is None:
            return
        dialog = QFileDialog(
            self, "Save as PDF", str(Path.home() / self.result_doc.document.file_name), "PDF (*.pdf)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(self.result_doc.document.file_name)
        dialog.fileSelected.connect(self.save_to)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: str) -> None:
        """Write the generated PDF to ``path`` (a clear message if the disk refuses)."""
        if self.result_doc is None or not path:
            return
        try:
            Path(path).write_bytes(self.result_doc.document.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self, "Save as PDF", f"The PDF could not be written to {path}: {exc.strerror or exc}"
            )
            return
        self.ui.status.setText(f"Saved to {path}.")
        self.saved.emit(path)

    # -- printing ----------------------------------------------------------------------------------------

    def ask_print(self) -> None:
        """Open the system print dialog; printing starts when it is accepted."""
        if self.result_doc is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result_doc.document.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain window-modal open is meant

    def print_to(self, printer: QPrinter) -> None:
        """Render the pages at print resolution (worker thread), then paint them on ``printer``."""
        if self.result_doc is None:
            return
        pdf = self.result_doc.document.pdf
        self.ui.status.setText("Preparing the pages for the printer…")

        def work(_progress: Progress) -> tuple[bytes, ...]:
            return render_pages(pdf, PRINT_DPI)

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            self._paint(printer, result)

        self._tasks.run("board pack print", work, on_done=done, on_error=self._on_failed)

    def _paint(self, printer: QPrinter, pages: tuple[bytes, ...]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Print", "The printer could not be started.")
            return
        try:
            for n, png in enumerate(pages):
                if n:
                    printer.newPage()
                image = QImage.fromData(png)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        self.ui.status.setText(f"Sent {len(pages)} pages to the printer.")
        self.printed.emit()
