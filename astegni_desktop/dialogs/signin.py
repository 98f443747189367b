"""The sign-in dialog: server, email, password; a clear word for every way signing in can fail."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog, QLabel, QLayout, QLineEdit, QPushButton, QWidget

from ..credentials import NO_KEYRING_MESSAGE
from ..format import clip
from ..i18n import translate
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
        self.title = child(form, QLabel, "title")
        self.title.setObjectName("PanelTitle")
        # "Welcome back" only to someone this app has known (after a sign-out or an ended session)
        self.title.setText(
            translate("SignInDialog", "Welcome back")
            if email
            else translate("SignInDialog", "Sign in to Astegni")
        )
        self.error.setObjectName("Error")
        self.note.setObjectName("Warning")
        # The notice and an error wrap to several lines: the dialog grows to fit them, never squashing the
        # fields or cutting the text.
        layout = form.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.server.setText(server_url)
        self.email.setText(email)
        if reason:
            self._show_error(reason)
        if session.memory_only:
            self.note.setText(translate("credentials", NO_KEYRING_MESSAGE))
            self.note.setVisible(True)
            self.sign_in_button.setText(translate("SignInDialog", "Sign in for this session"))
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
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped notes need at the dialog's width (a layout's minimum size does not
        follow a word-wrapped label's height for its width)."""
        layout = self.dialog.layout()
        assert layout is not None
        layout.activate()
        width = self.dialog.width()
        needed = (
            layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        )
        if self.dialog.height() < needed:
            self.dialog.resize(width, needed)

    def _clicked(self) -> None:
        self._task = asyncio.ensure_future(self.attempt())

    async def attempt(self) -> bool:
        self.error.setVisible(False)
        self.sign_in_button.setEnabled(False)
        self.busy.setText(translate("SignInDialog", "Signing in…"))
        if self.session.memory_only:
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
