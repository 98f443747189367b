"""A server lesson opened from the Whiteboard list by a double-click: the second click puts nothing on the
canvas, so no 1-point stroke reaches the student or the server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from astegni_desktop.mainwindow import NAV
from tests.canvas.test_canvas_tools import second_click
from tests.helpers.api import tutor
from tests.ui.conftest import TutorApp

pytestmark = pytest.mark.gui


def server_strokes(app: TutorApp, session_id: int) -> int:
    s = tutor(app.server.url)
    try:
        pages = s.http.get(f"/api/whiteboard/sessions/{session_id}").json()["session"]["pages"]
    finally:
        s.close()
    return sum(len(p["strokes"]) for p in pages)


def test_double_clicking_a_server_lesson_opens_it_without_a_dot(tutor_app: TutorApp, qtbot) -> None:
    app = tutor_app
    window = app.window
    panel = window.whiteboard
    window.nav.setCurrentRow(next(i for i, n in enumerate(NAV) if n[0] == "whiteboard"))
    qtbot.waitUntil(
        lambda: any(i.data(Qt.ItemDataRole.UserRole)[0] == "session" for i in panel.board_items())
    )
    item = next(i for i in panel.board_items() if i.data(Qt.ItemDataRole.UserRole)[0] == "session")
    session_id = item.data(Qt.ItemDataRole.UserRole)[1]
    before = server_strokes(app, session_id)
    assert before > 0  # a seeded lesson with ink
    at = panel.list.visualItemRect(item).center()
    where = panel.list.viewport().mapToGlobal(at)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=at)  # downloads, then opens it
    qtbot.waitUntil(lambda: panel.editor.board is not None, timeout=15_000)
    canvas = panel.editor.canvas
    qtbot.waitUntil(lambda: canvas.rect().contains(canvas.mapFromGlobal(where)), timeout=2000)
    page = canvas.page
    assert page is not None
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    shown = len(page)
    second_click(qtbot, canvas, canvas.mapFromGlobal(where))
    assert len(page) == shown and app.store.pending_count() == 0  # no dot, nothing queued for the server
    # later, a click is a dot again (the tutor meant it)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.mapFromGlobal(where))
    assert len(page) == shown + 1
    qtbot.waitUntil(lambda: server_strokes(app, session_id) == before + 1, timeout=15_000)
