"""The Tools and About entries of the main window's menus: long work runs through ``TaskRunner``.

Verifying the audit trail, recalculating every tier and generating demo data take seconds to minutes,
so each runs in the background with a progress dialog; the window is told what changed through the
callbacks it passes in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from workbench.casework.changes import ChangeSet
from workbench.casework.services import Services
from workbench.gui.tasks import Progress, TaskRunner
from workbench.security.principal import CurrentUser

log = logging.getLogger("workbench.gui")


class WindowTools:
    """The Tools menu's background work for one window."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        user: CurrentUser,
        tasks: TaskRunner,
        *,
        on_error: Callable[[BaseException, str], None],
        on_recalculated: Callable[[str, bool], None],
        on_demo_generated: Callable[[], None],
    ) -> None:
        self._window = window
        self._services = services
        self._user = user
        self._tasks = tasks
        self._on_error = on_error
        self._on_recalculated = on_recalculated
        self._on_demo_generated = on_demo_generated

    def verify_audit(self) -> None:
        """Check the audit chain in the background and say what was found."""
        audit, user = self._services.audit, self._user

        def work(_progress: Progress) -> Any:
            return audit.verify(user)

        def done(report: Any) -> None:
            if report.ok:
                QMessageBox.information(
                    self._window,
                    "Audit trail verified",
                    f"All {report.events_checked:,} audit events are intact and in order.",
                )
            else:
                QMessageBox.critical(
                    self._window,
                    "Audit trail broken",
                    f"The audit trail is broken at event {report.first_broken_seq}: {report.problem}. "
                    "Tell your OMU manager; do not delete anything.",
                )

        self._tasks.run("verify audit", work, on_done=done, on_error=self._on_error)

    def ask_recalculate_tiers(self) -> None:
        """Explain the recalculation and run it if the manager says yes."""
        answer = QMessageBox.question(
            self._window,
            "Recalculate tiers",
            "Work out OGRS3 and the tier again for every prisoner's latest completed likelihood of "
            "reoffending assessment, under the current rules? Run this after a policy or formula change. "
            "Signed assessments are not altered; the new figures are kept on this terminal and the run, "
            "with every tier or band that moved, is recorded in the audit trail.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.recalculate_tiers()

    def recalculate_tiers(self) -> QProgressDialog:
        """Recalculate every tier in the background with a cancellable progress dialog (managers)."""
        dialog = QProgressDialog("Recalculating OGRS3 and tiers…", "Cancel", 0, 0, self._window)
        dialog.setWindowTitle("Recalculate tiers")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        services, user = self._services, self._user

        def work(progress: Progress) -> Any:
            return services.assessments.recalculate_tiers(
                user, progress=lambda done, total: progress(done, total), cancelled=lambda: handle.cancelled
            )

        def done(result: Any) -> None:
            dialog.reset()
            if result.cancelled:
                self._window.statusBar().showMessage(
                    "Tier recalculation cancelled; nothing was changed.", 8000
                )
                return
            message = (
                f"Recalculated {result.assessments:,} assessments: {result.changed:,} with new figures, "
                f"{result.tiers_changed:,} tiers and {result.bands_changed:,} OGRS3 bands changed."
            )
            self._window.statusBar().showMessage(message, 15000)
            self._on_recalculated(message, bool(result.changed))

        def failed(exc: BaseException, details: str) -> None:
            dialog.reset()
            self._on_error(exc, details)

        def progressed(done_count: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done_count)

        handle = self._tasks.run("recalculate tiers", work, on_done=done, on_error=failed)
        handle.progressed.connect(progressed)
        dialog.canceled.connect(handle.cancel)
        return dialog

    def ask_generate_demo(self) -> None:
        """Offer 300 more synthetic prisoners (demo profile only)."""
        answer = QMessageBox.question(
            self._window, "Generate demo data", "Add 300 more synthetic prisoners to the demo profile?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.generate_demo(300)

    def generate_demo(self, count: int, *, seed: int | None = None, rows_now: int = 0) -> QProgressDialog:
        """Generate synthetic prisoners in the background with a cancellable progress dialog."""
        dialog = QProgressDialog("Generating synthetic prisoners…", "Cancel", 0, count, self._window)
        dialog.setWindowTitle("Demo data")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        services, user = self._services, self._user
        chosen_seed = seed if seed is not None else int(date.today().strftime("%Y%m%d")) + rows_now

        def work(progress: Progress) -> ChangeSet:
            def report(done: int, total: int) -> None:
                progress(done, total)

            return services.demo.generate(
                user, prisoners=count, seed=chosen_seed, progress=report, cancelled=lambda: handle.cancelled
            )

        def done(_changes: object) -> None:
            dialog.reset()
            self._on_demo_generated()

        def failed(exc: BaseException, details: str) -> None:
            dialog.reset()
            self._on_error(exc, details)

        handle = self._tasks.run("generate demo data", work, on_done=done, on_error=failed)
        handle.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
        dialog.canceled.connect(handle.cancel)
        return dialog

    def about(self) -> None:
        """Help → About."""
        from workbench import __version__

        QMessageBox.about(
            self._window,
            "About the Offender Supervisor Workbench",
            f"<h3>Offender Supervisor Workbench {__version__}</h3>"
            "<p>Caseload, reception, scope and allocation for prison Offender Management Units, "
            "working offline on shared wing terminals.</p>"
            "<p>Built to answer the findings of the Second Aggregate Report on Offender Management in "
            "Prisons (HMI Probation and HMI Prisons, 2012).</p>",
        )


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)


__all__ = ["WindowTools"]
