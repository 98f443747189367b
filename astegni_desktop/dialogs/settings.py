"""Settings: server address, theme, calendar and tray."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

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
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        form = load_form("settings", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.settings = settings
        self.server = child(form, QLineEdit, "serverEdit")
        self.theme = child(form, QComboBox, "themeCombo")
        self.error = child(form, QLabel, "errorLabel")
        self.error.setObjectName("Error")
        self.server.setText(settings.server_url)
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
        self.settings.server_url = url
        self.settings.theme = str(self.theme.currentData())
        self.settings.calendar_display = str(self.calendar.currentData())
        self.settings.close_to_tray = self.tray.isChecked()
        self.dialog.accept()
