"""The "something went wrong" dialog: what happened, the details to copy, and where the log is.

Plain text only (an exception's text can hold anything a server sent). Nothing is sent anywhere: the tutor
can copy the details and give them to whoever helps them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from ..ui_support import plain_label

WHAT_LIMIT = 500


def open_folder(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ErrorDialog(QDialog):
    """Non-modal, so the app keeps running behind it; later errors are added to the open dialog."""

    def __init__(self, log_folder: Path, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(title or translate("ErrorDialog", "Something went wrong"))
        self.log_folder = log_folder
        self.count = 0
        layout = QVBoxLayout(self)
        self.heading = plain_label()
        self.heading.setObjectName("PanelTitle")
        self.what = plain_label()
        self.where = plain_label()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 200)
        for label in (self.heading, self.what, self.where):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setText(
            translate(
                "ErrorDialog",
                "The app keeps running. Details are also in the log folder:\n{folder}\n"
                "Nothing has been sent anywhere: copy the details to share them with whoever helps you.",
            ).format(folder=log_folder)
        )
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(translate("ErrorDialog", "Copy details"))
        self.open_button = QPushButton(translate("ErrorDialog", "Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copy_button.clicked.connect(self.copy_details)
        self.open_button.clicked.connect(lambda: open_folder(self.log_folder))
        close.clicked.connect(self.accept)
        layout.addWidget(self.heading)
        layout.addWidget(self.what)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)

    def add(self, what: str, details: str) -> None:
        self.count += 1
        what = what[:WHAT_LIMIT]
        if self.count == 1:
            self.heading.setText(translate("ErrorDialog", "Astegni Desktop ran into an unexpected error."))
            self.what.setText(what)
            self.details.setPlainText(details)
        else:
            self.heading.setText(
                translate("ErrorDialog", "Astegni Desktop ran into {n} unexpected errors.").format(
                    n=self.count
                )
            )
            self.what.setText(translate("ErrorDialog", "The latest: {what}").format(what=what))
            self.details.appendPlainText(f"\n{'-' * 60}\n{details}")

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.what.text()}\n\n{self.details.toPlainText()}")
        self.copy_button.setText(translate("ErrorDialog", "Copied"))


class ErrorReporter(QObject):
    """Takes reports from any thread (a queued signal brings them to the GUI thread) into one dialog."""

    reported = Signal(str, str)

    def __init__(self, log_folder: Path) -> None:
        super().__init__()
        self.log_folder = log_folder
        self.dialog: ErrorDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, what: str, details: str) -> None:
        self.reported.emit(what, details)

    def _show(self, what: str, details: str) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = ErrorDialog(self.log_folder)
        self.dialog.add(what, details)
        self.dialog.show()
        self.dialog.raise_()

    def offer_crash_report(self, report: Path) -> None:
        """After a native crash: show what faulthandler wrote last time; the tutor decides what to do."""
        try:
            text = report.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        dialog = ErrorDialog(
            self.log_folder, title=translate("ErrorDialog", "Astegni Desktop closed unexpectedly")
        )
        dialog.add(
            translate(
                "ErrorDialog",
                "The last time, Astegni Desktop stopped unexpectedly. The report is kept in {report}.",
            ).format(report=report),
            text,
        )
        dialog.heading.setText(
            translate("ErrorDialog", "Astegni Desktop closed unexpectedly the last time it ran.")
        )
        self.dialog = dialog
        dialog.show()
