"""Settings: server address, theme, calendar, language and tray; and a page for calls and their devices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import format as fmt
from .. import i18n
from ..session import normalise_url
from ..settings import Settings
from ..ui_support import child, load_form

if TYPE_CHECKING:
    from ..panels.call_widgets import CallSettingsPage


def themes() -> tuple[tuple[str, str], ...]:
    return (
        ("system", QCoreApplication.translate("SettingsDialog", "Follow the system")),
        ("light", QCoreApplication.translate("SettingsDialog", "Light")),
        ("dark", QCoreApplication.translate("SettingsDialog", "Dark")),
    )


def calendars() -> tuple[tuple[str, str], ...]:
    return (
        ("gregorian", QCoreApplication.translate("SettingsDialog", "Gregorian calendar")),
        ("ethiopian", QCoreApplication.translate("SettingsDialog", "Ethiopian calendar (ዓ.ም.)")),
        ("both", QCoreApplication.translate("SettingsDialog", "Both, side by side")),
    )


def languages() -> tuple[tuple[str, str], ...]:
    """Each language is named in itself (a tutor who cannot read the current one still finds theirs)."""
    return tuple(
        (key, QCoreApplication.translate("SettingsDialog", "Follow the system") if key == "system" else name)
        for key, name in i18n.LANGUAGES
    )


class SettingsDialog:
    def __init__(
        self,
        parent: QWidget | None,
        settings: Settings,
        server_in_use: str | None = None,
        page: str = "general",
    ) -> None:
        """`server_in_use`: the address this window is signed in to. It is the one shown: with --demo it is
        the server inside the app, not the saved address (which a demo leaves as it is, unless edited).
        `page`: "general" or "calls" (the lesson bar's ⚙ opens Settings there)."""
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
        self.note = child(form, QLabel, "note")
        if server_in_use and normalise_url(server_in_use) != normalise_url(settings.server_url):
            self.note.setText(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "Signed in to {server} now (the demo server inside the app). A new address applies the "
                    "next time you sign in.",
                ).format(server=fmt.one_line(server_in_use))
            )
        for key, label in themes():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.calendar = child(form, QComboBox, "calendarCombo")
        for key, label in calendars():
            self.calendar.addItem(label, key)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(settings.calendar_display)))
        self.language = child(form, QComboBox, "languageCombo")
        for key, label in languages():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.tray = child(form, QCheckBox, "trayCheck")
        self.tray.setChecked(settings.close_to_tray)
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(form.reject)
        # Calls: built when first shown (its device lists load the audio and video libraries); the meter and
        # the camera preview run only while the page is on screen.
        self.pages = child(form, QTabWidget, "pages")
        self.general_page = child(form, QWidget, "generalPage")
        self.calls_host = child(form, QWidget, "callsPage")
        self.calls: CallSettingsPage | None = None
        self.pages.currentChanged.connect(self._page_changed)
        form.finished.connect(self._closed)
        if page == "calls":
            self.pages.setCurrentWidget(self.calls_host)

    def _page_changed(self) -> None:
        if self.pages.currentWidget() is self.calls_host:
            if self.calls is None:
                from ..panels.call_widgets import CallSettingsPage  # noqa: PLC0415

                self.calls = CallSettingsPage(self.settings)
                layout = self.calls_host.layout()
                assert isinstance(layout, QVBoxLayout)
                layout.addWidget(self.calls)
            self.calls.start()
        elif self.calls is not None:
            self.calls.stop()

    def _closed(self) -> None:
        if self.calls is not None:
            self.calls.stop()

    def _language_changed(self) -> None:
        # every window builds its words once; a restart is simpler and safer than re-labelling them all live
        if self.language.currentData() != self.settings.language:
            self.note.setText(
                QCoreApplication.translate(
                    "SettingsDialog", "The new language applies the next time you start Astegni Desktop."
                )
            )

    def _save(self) -> None:
        url = normalise_url(self.server.text())
        if not url.startswith(("http://", "https://")) or " " in url or len(url) < 10:
            self.error.setText(
                QCoreApplication.translate(
                    "SettingsDialog", "Enter the server address, for example https://api.astegni.com"
                )
            )
            self.error.setVisible(True)
            self.pages.setCurrentWidget(self.general_page)
            return
        if self.calls is not None and not self.calls.save():
            self.pages.setCurrentWidget(self.calls_host)
            return
        if url != normalise_url(self.shown_server):  # edited: else a demo's address would be saved
            self.settings.server_url = url
        self.settings.theme = str(self.theme.currentData())
        self.settings.calendar_display = str(self.calendar.currentData())
        self.settings.language = str(self.language.currentData())
        self.settings.close_to_tray = self.tray.isChecked()
        self.dialog.accept()
