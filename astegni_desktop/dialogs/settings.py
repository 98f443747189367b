"""Settings: server address, theme, calendar and tray."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from .. import format as fmt
from ..session import normalise_url
from ..settings import Settings
from ..ui_support import child, load_form

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
CALENDARS = (
    ("gregorian", "Gregorian calendar"),
    ("ethiopian", "Ethiopian calendar (ዓ.ም.)"),
    ("both", "Both, side by side"),
)


class SettingsDialog:
    def __init__(self, parent: QWidget | None, settings: Settings, server_in_use: str | None = None) -> None:
        """`server_in_use`: the address this window is signed in to. It is the one shown: with --demo it is
        the server inside the app, not the saved address (which a demo leaves as it is, unless edited)."""
        form = load_form("settings", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.settings = settings
        self.server = child(form, QLineEdit, "serverEdit")
        self.theme = child(form, QComboBox, "themeCombo")
        self.error = child(form, QLabel, "errorLabel")
        self.error.setObjectName("Error")
        self.shown_server = server_in_use or settings.server_url
        self.server.setText(self.shown_server)
        note = child(form, QLabel, "note")
        if server_in_use and normalise_url(server_in_use) != normalise_url(settings.server_url):
            note.setText(
                f"Signed in to {fmt.one_line(server_in_use)} now (the demo server inside the app). A new "
                "address applies the next time you sign in."
            )
        for key, label in THEMES:
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(next(i for i, (k, _) in enumerate(THEMES) if k == settings.theme))
        self.calendar = child(form, QComboBox, "calendarCombo")
        for key, label in CALENDARS:
            self.calendar.addItem(label, key)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(settings.calendar_display)))
        self.tray = child(form, QCheckBox, "trayCheck")
        self.tray.setChecked(settings.close_to_tray)
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(form.reject)

    def _save(self) -> None:
        url = normalise_url(self.server.text())
        if not url.startswith(("http://", "https://")) or " " in url or len(url) < 10:
            self.error.setText("Enter the server address, for example https://api.astegni.com")
            self.error.setVisible(True)
            return
        if url != normalise_url(self.shown_server):  # edited: else a demo's address would be saved
            self.settings.server_url = url
        self.settings.theme = str(self.theme.currentData())
        self.settings.calendar_display = str(self.calendar.currentData())
        self.settings.close_to_tray = self.tray.isChecked()
        self.dialog.accept()
