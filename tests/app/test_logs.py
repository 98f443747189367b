"""Logs and crash reports: a log file under the data folder, no token or password in it, unexpected errors
shown in a dialog while the app keeps running, a native crash offered at the next start."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from astegni_desktop.credentials import SERVICE
from astegni_desktop.diagnostics import CRASH_NAME, LOG_NAME, redact, spawn
from astegni_desktop.dialogs.error import ErrorDialog
from astegni_devserver.seed import DEMO_TUTOR
from tests.conftest import MemoryKeyring

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]
ROOT = Path(__file__).resolve().parents[2]
EMAIL, PASSWORD = DEMO_TUTOR


def tokens_in(ring: MemoryKeyring) -> set[str]:
    found = set()
    for (service, _key), raw in ring.store.items():
        if service == SERVICE:
            stored = json.loads(raw)
            found |= {stored["access_token"], stored["refresh_token"]}
    return found


def test_tokens_and_passwords_never_reach_the_log(
    server, start_app, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    app = start_app(server)
    wrong = "hunter2-wrong-Passw0rd"
    d = app.type_and_sign_in(EMAIL, wrong)
    app.qtbot.waitUntil(d.error.isVisible, timeout=10_000)
    app.type_and_sign_in(None, PASSWORD)
    app.qtbot.waitUntil(app.synced, timeout=15_000)
    seen = tokens_in(memory_keyring)
    server.set_faults("rate=1,kinds=401,limit=1,path=/api/session-requests")  # → a refresh, then a retry
    app.menu_action("Sync now").trigger()
    app.qtbot.waitUntil(lambda: bool(tokens_in(memory_keyring) - seen), timeout=10_000)
    seen |= tokens_in(memory_keyring)
    app.qtbot.waitUntil(app.synced, timeout=15_000)
    assert app.quit() == 0
    log = (tmp_path / "data" / "logs" / LOG_NAME).read_text("utf-8")
    assert "Astegni Desktop starts" in log and "online" in log  # the log is written, and it is this run's
    assert len(seen) >= 3  # the sign-in's pair and at least one renewed token (the refresh token may be kept)
    for secret in [*seen, PASSWORD, wrong]:
        assert secret not in log
    for token in seen:  # not even a recognisable piece of one
        assert token.split(".")[-1] not in log


def test_redaction_masks_anything_token_or_password_shaped() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
    line = redact(f"GET /ws/100/tutor?token={jwt} Authorization: Bearer abc.def")
    line += redact("password=s3cret {'refresh_token': 'r1'}")
    for secret in (jwt, "abc.def", "s3cret", "r1"):
        assert secret not in line
    assert line.count("«redacted»") >= 4


def test_an_unexpected_error_shows_a_dialog_and_the_app_keeps_running(
    server, start_app, memory_keyring: MemoryKeyring, tmp_path: Path, qtbot
) -> None:
    app = start_app(server)
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.qtbot.waitUntil(app.synced, timeout=15_000)

    def broken_slot() -> None:
        raise RuntimeError("the <b>weekly</b> view broke")  # text from anywhere: shown as plain text

    QTimer.singleShot(0, broken_slot)
    reporter = app.desktop.reporter
    assert reporter is not None
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    dialog = reporter.dialog
    assert isinstance(dialog, ErrorDialog)
    assert dialog.what.text() == "RuntimeError: the <b>weekly</b> view broke"
    assert dialog.what.textFormat() == Qt.TextFormat.PlainText
    assert "broken_slot" in dialog.details.toPlainText()
    log_dir = tmp_path / "data" / "logs"
    assert str(log_dir) in dialog.where.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "RuntimeError: the <b>weekly</b> view broke" in QApplication.clipboard().text()

    async def failing_task() -> None:
        await asyncio.sleep(0)
        raise ValueError("a background task failed here")

    spawn(failing_task())  # as MainWindow._spawn and the lesson service start their work
    thread = threading.Thread(target=lambda: 1 / 0, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: dialog.count == 3, timeout=5000)
    assert "ValueError: a background task failed here" in dialog.details.toPlainText()
    assert "ZeroDivisionError" in dialog.details.toPlainText()
    app.stays_open_and_syncs(seconds=1)  # still running, still syncing
    log = (log_dir / LOG_NAME).read_text("utf-8")
    for text in ("the <b>weekly</b> view broke", "a background task failed here", "ZeroDivisionError"):
        assert text in log
    tooltip = app.menu_action("Open log folder").toolTip()
    assert tooltip == str(log_dir)
    assert app.quit() == 0


def test_after_a_native_crash_the_next_start_offers_the_report(
    server, start_app, memory_keyring: MemoryKeyring, tmp_path: Path, qtbot
) -> None:
    logs = tmp_path / "data" / "logs"
    crash = (
        "import faulthandler, sys; from pathlib import Path;"
        "from astegni_desktop.diagnostics import Diagnostics;"
        "Diagnostics(Path(sys.argv[1])).install(); faulthandler._sigsegv()"
    )
    done = subprocess.run(
        [sys.executable, "-c", crash, str(logs)], cwd=ROOT, capture_output=True, check=False
    )
    assert done.returncode != 0
    assert "Segmentation fault" in (logs / CRASH_NAME).read_text("utf-8")
    app = start_app(server)
    reporter_dialog = lambda: app.desktop.reporter and app.desktop.reporter.dialog  # noqa: E731
    qtbot.waitUntil(lambda: bool(reporter_dialog()) and reporter_dialog().isVisible(), timeout=10_000)
    dialog = reporter_dialog()
    assert dialog.windowTitle() == "Astegni Desktop closed unexpectedly"
    assert "Segmentation fault" in dialog.details.toPlainText()
    assert app.desktop.diagnostics.previous_crash is not None
    assert app.desktop.diagnostics.previous_crash.parent == logs  # kept, and nothing was sent anywhere
    assert (logs / CRASH_NAME).read_text("utf-8") == ""  # this run's crash file starts empty
    app.signin()  # the sign-in dialog still comes
