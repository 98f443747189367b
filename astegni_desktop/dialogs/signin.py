"""The sign-in dialog: server, email, password; a clear word for every way signing in can fail."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from ..credentials import NO_KEYRING_MESSAGE
from ..format import clip
from ..session import Account, SessionManager, SignInError
from ..ui_support import child, load_form


class SignInDialog:
    def __init__(
        self,
        session: SessionManager,
        server_url: str,
        email: str = "",
        parent: QWidget | None = None,
        reason: str | None = None,
    ) -> None:
        self.session = session
        form = load_form("signin", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.server = child(form, QLineEdit, "serverEdit")
        self.email = child(form, QLineEdit, "emailEdit")
        self.password = child(form, QLineEdit, "passwordEdit")
        self.error = child(form, QLabel, "errorLabel")
        self.note = child(form, QLabel, "keyringNote")
        self.busy = child(form, QLabel, "busyLabel")
        self.sign_in_button = child(form, QPushButton, "signInButton")
        self.cancel_button = child(form, QPushButton, "cancelButton")
        child(form, QLabel, "title").setObjectName("PanelTitle")
        self.error.setObjectName("Error")
        self.note.setObjectName("Warning")
        self.server.setText(server_url)
        self.email.setText(email)
        if reason:
            self._show_error(reason)
        if not session.secrets.available():
            self.note.setText(NO_KEYRING_MESSAGE)
            self.note.setVisible(True)
            self.sign_in_button.setText("Sign in for this session")
        self.sign_in_button.clicked.connect(self._clicked)
        self.cancel_button.clicked.connect(form.reject)
        self.result: Account | None = None
        self._done: asyncio.Future[Account | None] | None = None
        self._task: asyncio.Future[bool] | None = None
        form.finished.connect(self._finished)
        (self.password if email else self.email).setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(clip(text, 500))  # plain text (load_form): a captive portal's page is not shown
        self.error.setVisible(True)

    def _clicked(self) -> None:
        self._task = asyncio.ensure_future(self.attempt())

    async def attempt(self) -> bool:
        self.error.setVisible(False)
        self.sign_in_button.setEnabled(False)
        self.busy.setText("Signing in…")
        if not self.session.secrets.available():
            self.session.use_memory_only()
        try:
            self.result = await self.session.sign_in(
                self.server.text(), self.email.text(), self.password.text()
            )
        except SignInError as exc:
            self._show_error(str(exc))
            self.password.selectAll()
            self.password.setFocus()
            return False
        finally:
            self.sign_in_button.setEnabled(True)
            self.busy.setText("")
        self.dialog.accept()
        return True

    def _finished(self, _code: int) -> None:
        if self._done is not None and not self._done.done():
            self._done.set_result(self.result)

    async def run(self) -> Account | None:
        """Show the dialog without blocking the event loop; the account, or None if cancelled."""
        self._done = asyncio.get_running_loop().create_future()
        self.dialog.open()
        return await self._done
