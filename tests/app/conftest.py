"""The app through its real entry point: `DesktopApp.run()` on the shared qasync loop, the sign-in dialog
typed into as a tutor does, a dev server on loopback."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from astegni_desktop.app import DesktopApp, parse_args
from astegni_desktop.dialogs.signin import SignInDialog
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.sync import Connectivity
from astegni_devserver.runner import DevServer

STAYS_FOR = 10.0  # the bug ended the app about a second after signing in
DEMO_REQUESTS = 18  # the demo tutor's session requests (README)


@dataclass
class Running:
    """One DesktopApp.run() in progress."""

    desktop: DesktopApp
    task: asyncio.Future[int]
    qtbot: Any

    @property
    def window(self) -> MainWindow:
        assert self.desktop.window is not None, "no main window"
        return self.desktop.window

    def signin(self, timeout: int = 10_000) -> SignInDialog:
        """The sign-in dialog once it is on screen."""
        self.qtbot.waitUntil(
            lambda: self.desktop.signin is not None and self.desktop.signin.dialog.isVisible(),
            timeout=timeout,
        )
        assert self.desktop.signin is not None
        return self.desktop.signin

    def type_and_sign_in(self, email: str | None, password: str) -> SignInDialog:
        """Type into the dialog's fields as a tutor does and press Enter... on the Sign in button."""
        d = self.signin()
        if email is not None:
            d.email.clear()
            self.qtbot.keyClicks(d.email, email)
        d.password.clear()
        self.qtbot.keyClicks(d.password, password)
        self.qtbot.mouseClick(d.sign_in_button, Qt.MouseButton.LeftButton)
        return d

    def synced(self, requests: int = DEMO_REQUESTS) -> bool:
        w = self.desktop.window
        if w is None or not w.isVisible():
            return False
        s = w.status
        return (
            s.last_sync is not None
            and s.connectivity is Connectivity.ONLINE
            and not s.syncing
            and w.requests.model.rowCount() == requests
        )

    def stays_open_and_syncs(self, requests: int = DEMO_REQUESTS, seconds: float = STAYS_FOR) -> None:
        """Poll for `seconds` after sign-in: the app keeps running with its main window shown, and it has
        synced by the end."""
        # Qt emits lastWindowClosed from exec() when the sign-in dialog closes before the main window shows;
        # pytest-qt spins events without exec(), so emit it here as a real run does (it once ended the app).
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.lastWindowClosed.emit()
        self.qtbot.waitUntil(lambda: self.task.done() or self.desktop.window is not None, timeout=15_000)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.qtbot.wait(200)
            assert not self.task.done(), f"the app ended ({self._outcome()}) after signing in"
            assert self.desktop.window is not None and self.desktop.window.isVisible()
        self.qtbot.waitUntil(lambda: self.synced(requests), timeout=15_000)

    def _outcome(self) -> str:
        if self.task.cancelled():
            return "cancelled"
        exc = self.task.exception()
        return repr(exc) if exc else f"exit status {self.task.result()}"

    def menu_action(self, text: str) -> QAction:
        for action in self.window.findChildren(QAction):
            if action.text().replace("&", "") == text:
                return action
        raise AssertionError(f"no menu item {text!r}")

    def quit(self) -> int:
        """Account → Quit (Ctrl+Q), then the exit status of run()."""
        self.menu_action("Quit").trigger()
        self.qtbot.waitUntil(self.task.done, timeout=15_000)
        return self.task.result()


def answer_next_message_box(button: QMessageBox.StandardButton) -> None:
    """Click `button` on the next modal message box (it runs its own event loop, so click from a timer)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


@pytest.fixture
def start_app(
    qtbot, qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> Iterator[Any]:
    """start_app(server, *extra_args) → Running; every app still running is quit afterwards."""
    started: list[Running] = []

    def factory(server: DevServer, *extra: str, data_dir: Path | None = None) -> Running:
        folder = data_dir or tmp_path / "data"
        args = parse_args(["--server", server.url, "--data-dir", str(folder), *extra])
        desktop = DesktopApp(qapp, args)
        running = Running(desktop, asyncio.ensure_future(desktop.run()), qtbot)
        started.append(running)
        return running

    yield factory
    for running in started:
        if running.task.done():
            continue
        if running.desktop.signin is not None:
            running.desktop.signin.dialog.reject()
        elif running.desktop.window is not None:
            running.desktop.window.quit()
        qtbot.waitUntil(running.task.done, timeout=15_000)
