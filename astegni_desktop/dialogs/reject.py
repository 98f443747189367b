"""Reject with a reason the student will read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from .. import geez_input
from ..format import one_line
from ..i18n import QT_TRANSLATE_NOOP
from ..store import RequestView
from ..ui_support import cap_text, child, load_form

MAX_REASON = 500
# in the tutor's language: the student reads what the tutor sends
PRESETS = (
    QT_TRANSLATE_NOOP("RejectDialog", "My schedule is full at the times you asked for."),
    QT_TRANSLATE_NOOP("RejectDialog", "This package does not match the student's grade."),
    QT_TRANSLATE_NOOP("RejectDialog", "The counter-offer is below my rate for this package."),
    QT_TRANSLATE_NOOP("RejectDialog", "I do not teach this subject."),
)


def _tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP or QCoreApplication.translate in this module) translated."""
    return QCoreApplication.translate("RejectDialog", text)


class RejectDialog:
    def __init__(self, parent: QWidget | None, view: RequestView) -> None:
        form = load_form("reject", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        name = one_line(
            view.model.requested_to_name or QCoreApplication.translate("RejectDialog", "this student"), 80
        )
        form.setWindowTitle(
            QCoreApplication.translate("RejectDialog", "Reject {name}'s request").format(name=name)
        )
        self.presets = child(form, QComboBox, "presetCombo")
        self.reason = child(form, QPlainTextEdit, "reasonEdit")
        self.counter = child(form, QLabel, "counter")
        self.reject_button = child(form, QPushButton, "rejectButton")
        self.reject_button.setObjectName("Danger")
        child(form, QLabel, "prompt").setText(
            QCoreApplication.translate(
                "RejectDialog", "Tell {name} why. They will see this reason on Astegni."
            ).format(name=name)
        )
        self.presets.addItem(QCoreApplication.translate("RejectDialog", "Choose a common reason…"))
        self.presets.addItems([_tr(preset) for preset in PRESETS])
        self.presets.currentIndexChanged.connect(self._preset)
        cap_text(self.reason, MAX_REASON)
        self.typing = geez_input.install(self.reason)
        self.reason.textChanged.connect(self._count)
        self.reject_button.clicked.connect(form.accept)
        child(form, QPushButton, "cancelButton").clicked.connect(form.reject)
        self._count()
        # Typing writes the reason (it went to the presets' type-ahead search); the presets stay one
        # Shift+Tab away, as Tab leaves the reason (a tab character has no place in it).
        self.reason.setTabChangesFocus(True)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _preset(self, index: int) -> None:
        if index > 0:
            self.reason.setPlainText(_tr(PRESETS[index - 1]))

    def _count(self) -> None:
        n = len(self.reason.toPlainText())
        self.counter.setText(f"{n}/{MAX_REASON}")
        self.reject_button.setEnabled(n <= MAX_REASON)

    def text(self) -> str:
        self.typing.commit()  # the syllable still underlined is part of what the tutor wrote
        return self.reason.toPlainText().strip()


def ask_reason(parent: QWidget | None, view: RequestView) -> str | None:
    """The reason ("" for none), or None if the tutor cancelled."""
    dialog = RejectDialog(parent, view)
    if dialog.dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
