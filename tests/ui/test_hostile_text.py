"""Text from students, servers and files is shown as the literal text it is, bounded, never as Qt rich text.

Every name, message, title and note in the dev server's demo world is replaced by text that Qt would render as
markup (`<b>hi</b>`, an `<img>` of a missing file: harmless if a fix regresses). The tutor then opens every
panel, request, student, calendar entry and dialog, and every label, tooltip and message box the app made is
checked. One test feeds the real `<img src='/dev/zero'>` to a child process under a memory cap."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from astegni_desktop.dialogs.availability import MAX_NOTES, AvailabilityDialog
from astegni_desktop.dialogs.lesson import LessonDialog
from astegni_desktop.dialogs.problems import ProblemsDialog
from astegni_desktop.dialogs.reject import MAX_REASON, RejectDialog
from astegni_desktop.format import SHOWN_CHARS
from astegni_desktop.panels.calendar_views import tooltip
from astegni_desktop.panels.common import TextViewer
from astegni_desktop.panels.lesson_widgets import LessonBar
from astegni_desktop.panels.requests import ID_ROLE
from astegni_desktop.ui_support import message, plain_label, tip
from astegni_devserver import models as m
from astegni_devserver.runner import DevServer
from tests.conftest import ServerFactory
from tests.helpers.ink import HANNA
from tests.student_client import StudentClient

from .conftest import TutorApp

pytestmark = pytest.mark.gui

MARK = "<img src='astegni-missing.png'> <b>hi</b>"
ROOT = Path(__file__).resolve().parents[2]


def hostile(text: str | None) -> str:
    return f"{MARK} {text or ''}".strip()


def poison(server: DevServer) -> None:
    """Every piece of outside text the tutor can see, as markup."""
    with server.state.db.session() as db:
        for user in db.scalars(select(m.User)):
            user.first_name = hostile(user.first_name)
        for package in db.scalars(select(m.Package)):
            package.name = hostile(package.name)
            package.course_names = [hostile(c) for c in package.course_names]
        for request in db.scalars(select(m.SessionRequest)):
            request.message = hostile(request.message)
            request.preferred_schedule = hostile(request.preferred_schedule)
            if request.rejected_reason:
                request.rejected_reason = hostile(request.rejected_reason)
        for schedule in db.scalars(select(m.Schedule)):
            schedule.title = hostile(schedule.title)
            schedule.notes = hostile(schedule.notes)
            schedule.description = hostile(schedule.description)
        for lesson in db.scalars(select(m.Lesson)):
            lesson.location = hostile(lesson.location)
            lesson.topics = [hostile(t) for t in lesson.topics] or [MARK]
        for board in db.scalars(select(m.WhiteboardSession)):
            board.session_title = hostile(board.session_title)


@pytest.fixture
def server(make_server: ServerFactory) -> DevServer:
    """The demo world with every name, message, title and note turned into markup (tutor_app uses it)."""
    s = make_server()
    poison(s)
    return s


def plain_everywhere() -> list[str]:
    """What the app shows as rich text: every label that is not plain text, every tooltip (of a widget or an
    item) that Qt would render with our mark as markup. Empty when all is well."""
    wrong: list[str] = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.PlainText:
            wrong.append(f"label {w.objectName() or type(w.parent()).__name__}: {w.text()[:60]!r}")
        if rich_mark(w.toolTip()):
            wrong.append(f"tooltip of {type(w).__name__}: {w.toolTip()[:60]!r}")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(300):
                for c in range(20):
                    index = model.index(r, c, QModelIndex())
                    if not index.isValid():
                        break
                    text = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(text, str) and rich_mark(text):
                        wrong.append(f"item tooltip in {type(w).__name__}: {text[:60]!r}")
    return wrong


def rich_mark(text: str) -> bool:
    return "<b>hi</b>" in text and Qt.mightBeRichText(text)  # type: ignore[attr-defined]


def shown_as(html: str) -> str:
    """What Qt displays for rich text (a tooltip built from escaped pieces)."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def while_modal(trigger: Callable[[], object], inspect: Callable[[QWidget], None]) -> None:
    """Run `trigger` (which opens a modal dialog and waits), look at the dialog, then close it."""
    seen: list[QWidget] = []

    def look() -> None:
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(20, look)
            return
        seen.append(w)
        try:
            inspect(w)
        finally:
            w.reject() if isinstance(w, QDialog) else w.close()

    QTimer.singleShot(0, look)
    trigger()
    assert seen, "no dialog opened"


# -- the whole app, with every outside text hostile ---------------------------------------------------------


def test_a_request_message_with_markup_shows_as_that_literal_text(tutor_app: TutorApp, qtbot) -> None:
    panel = tutor_app.window.requests
    panel.set_filter("all")
    for row in range(panel.proxy.rowCount()):
        assert panel.select(panel.proxy.index(row, 0).data(ID_ROLE))
        view = tutor_app.store.request(panel.detail.request_id or 0)
        assert view is not None
        assert panel.detail.message.shown.text() == view.model.message
        assert panel.detail.message.shown.text().startswith(MARK)
        assert panel.detail.name.text().startswith(MARK)
    panel.detail.grab()  # painted: a regression would lay the markup out here
    assert plain_everywhere() == []


def test_every_panel_and_dialog_shows_outside_text_literally(tutor_app: TutorApp, qtbot) -> None:
    window = tutor_app.window
    window.nav.setCurrentRow(1)
    students = window.students
    qtbot.waitUntil(lambda: students.model.rowCount() > 0, timeout=5000)
    for row in range(students.model.rowCount()):
        students.table.selectRow(row)
        assert students.detail.name.text().startswith(MARK)
        assert MARK in students.detail.package.values()["Package"]
    window.nav.setCurrentRow(2)
    schedule = window.schedule
    for key in ("month", "week", "day", "agenda"):
        schedule.set_view(key)
        schedule.views[key].grab()
    lessons = tutor_app.store.calendar.lessons()
    availability = tutor_app.store.calendar.availability()
    assert lessons and availability
    lesson = next(item for item in lessons if item.model.student_name)
    dialog = LessonDialog(window, lambda *_: [], lesson=lesson)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab()
    shown = [w.text() for w in dialog.findChildren(QLabel) if MARK in w.text()]
    assert shown and shown[0].startswith(MARK)
    a = availability[0]
    assert a.title.startswith(MARK)
    edit = AvailabilityDialog(window, a)
    qtbot.addWidget(edit.dialog)
    edit.dialog.show()
    assert edit.title.text() == a.title and edit.notes.toPlainText() == a.notes
    request = next(v for v in tutor_app.store.requests() if v.status == "pending")
    reject = RejectDialog(window, request)
    qtbot.addWidget(reject.dialog)
    reject.dialog.show()
    assert MARK in reject.dialog.windowTitle()
    problems = ProblemsDialog(window, tutor_app.store, tutor_app.engine, lambda: None)
    qtbot.addWidget(problems)
    problems.show()
    window.nav.setCurrentRow(3)
    qtbot.waitUntil(lambda: window.whiteboard.list.count() > 0, timeout=5000)
    window.notify(f"New session request {MARK}", f"{MARK} would like lessons with you.", 100, 100)
    assert window.statusBar().currentMessage().startswith(f"New session request {MARK}")
    assert plain_everywhere() == []


def test_the_calendar_tooltip_shows_titles_and_notes_literally(tutor_app: TutorApp) -> None:
    data = tutor_app.window.schedule.data
    today = date.today()
    days = data.days(today - timedelta(days=60), today + timedelta(days=60))
    entries = [e for found in days.values() for e in found if e.title.startswith(MARK)]
    assert entries
    html = tooltip(entries[0])
    assert not rich_mark(html)
    assert shown_as(html).startswith(MARK)


def test_a_permission_request_over_the_socket_shows_the_name_literally(tutor_app: TutorApp, qtbot) -> None:
    """`requester_name` arrives on the unauthenticated socket: it reached a rich-text label."""
    window = tutor_app.window
    window.start_lesson_with(HANNA, f"{MARK} Hanna")
    panel = window.whiteboard
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=20_000)
    info = tutor_app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None
    bar = panel.editor.lesson_bar
    hanna = StudentClient(tutor_app.server.url)
    try:
        hanna.send({"type": "whiteboard_permission_request", "session_id": info.session_id,
                    "requester_name": MARK})  # fmt: skip
        qtbot.waitUntil(lambda: bar.ask.isVisibleTo(panel), timeout=5000)
    finally:
        hanna.close()
    # the board's title names the student already, so the whole name is in its tooltip (plain, via tip())
    assert MARK in bar.ask_label.text() and MARK in shown_as(bar.title.toolTip())
    bar.grab()
    assert plain_everywhere() == []


# -- one widget at a time ---------------------------------------------------------------------------------


def test_a_permission_request_from_the_socket_shows_the_name_literally(qtbot) -> None:
    bar = LessonBar()
    qtbot.addWidget(bar)
    bar.show_request(MARK)
    assert bar.ask_label.textFormat() == Qt.TextFormat.PlainText
    assert bar.ask_label.text() == f"{MARK} asks to draw"


def test_message_boxes_and_tooltips_show_text_literally(qtbot) -> None:
    def check(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.text() == f"Could not save: {MARK}"

    while_modal(
        lambda: message(None, QMessageBox.Icon.Warning, "Not saved", f"Could not save: {MARK}"), check
    )
    assert shown_as(tip(f"{MARK}\nsecond line")) == f"{MARK}\nsecond line"
    assert plain_label(MARK).textFormat() == Qt.TextFormat.PlainText


def test_a_captive_portals_page_is_not_rendered_in_the_sign_in_dialog(qtbot, qasync_loop) -> None:
    import http.server
    import threading

    from astegni_desktop.credentials import MemorySecretStore
    from astegni_desktop.dialogs.signin import SignInDialog
    from astegni_desktop.session import SessionManager

    from .conftest import run

    page = f"<html><body><h1>Welcome to the hotel Wi-Fi</h1>{MARK}</body></html>".encode()

    class Portal(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(403)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    portal = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=portal.serve_forever, daemon=True)
    thread.start()
    try:
        dialog = SignInDialog(SessionManager(MemorySecretStore()), f"http://127.0.0.1:{portal.server_port}")
        qtbot.addWidget(dialog.dialog)
        dialog.email.setText("tutor@demo.astegni.et")
        dialog.password.setText("demo-tutor")
        assert run(qasync_loop, qtbot, dialog.attempt()) is False
        assert dialog.error.textFormat() == Qt.TextFormat.PlainText
        assert dialog.error.text()
    finally:
        portal.shutdown()
        portal.server_close()


# -- large text ---------------------------------------------------------------------------------------------


def test_a_five_megabyte_message_opens_at_once_and_shows_all_on_demand(tutor_app: TutorApp, qtbot) -> None:
    huge = ("A long message. " * 330_000)[:5_000_000]
    target = next(v for v in tutor_app.store.requests() if v.status == "pending")
    with tutor_app.server.state.db.session() as db:
        db.get(m.SessionRequest, target.id).message = huge
    tutor_app.window.sync_now()
    qtbot.waitUntil(
        lambda: len((tutor_app.store.request(target.id) or target).model.message or "") == len(huge),
        timeout=20_000,
    )
    panel = tutor_app.window.requests
    panel.reload()
    started = time.perf_counter()
    assert panel.select(target.id)
    panel.detail.grab()
    elapsed = time.perf_counter() - started
    shown = panel.detail.message.shown.text()
    assert len(shown) == SHOWN_CHARS and shown.endswith("…")
    assert panel.detail.message.more.text() == "Show all (5,000,000 characters)"
    assert elapsed < 1.0, f"opening the request took {elapsed:.2f} s"
    started = time.perf_counter()
    viewer = TextViewer(panel, "Message", huge)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.grab()
    assert time.perf_counter() - started < 1.0
    assert viewer.edit.toPlainText().replace("\n", "") == huge.replace("\n", "")


def test_a_megabyte_of_availability_notes_shows_at_once(tutor_app: TutorApp, qtbot) -> None:
    """1 MB of notes took over a minute to show in the schedule's detail pane, 100 KB 4.7 s."""
    a = tutor_app.store.calendar.availability()[0]
    with tutor_app.server.state.db.session() as db:
        row = db.get(m.Schedule, a.server_id)
        assert row is not None
        row.notes = "Bring the past papers. " * 45_000
        row.description = "d" * 1_000_000
    tutor_app.window.sync_now()
    qtbot.waitUntil(
        lambda: any(len(x.notes) > 1_000_000 for x in tutor_app.store.calendar.availability()), timeout=20_000
    )
    schedule = tutor_app.window.schedule
    tutor_app.window.nav.setCurrentRow(2)
    schedule.reload()
    today = date.today()
    days = schedule.data.days(today - timedelta(days=400), today + timedelta(days=400))
    entry = next(e for found in days.values() for e in found if e.key == a.local_id)
    schedule.go_to(entry.day)
    started = time.perf_counter()
    for view in ("week", "day", "month", "agenda"):
        schedule.set_view(view)
        schedule.select(entry)
        schedule.grab()
    assert time.perf_counter() - started < 1.0
    notes = schedule.d_values.values()["Notes"]
    assert notes.startswith("Bring the past papers.") and len(notes) == SHOWN_CHARS
    assert not rich_mark(tooltip(entry)) and len(tooltip(entry)) < 5_000


def test_inputs_hold_no_more_than_the_server_takes(tutor_app: TutorApp, qtbot) -> None:
    request = next(v for v in tutor_app.store.requests() if v.status == "pending")
    reject = RejectDialog(tutor_app.window, request)
    qtbot.addWidget(reject.dialog)
    reject.reason.insertPlainText("x" * 100_000)  # a paste
    assert len(reject.text()) == MAX_REASON
    a = tutor_app.store.calendar.availability()[0]
    started = time.perf_counter()
    edit = AvailabilityDialog(tutor_app.window, replace(a, notes="n" * 1_000_000, title="t" * 10_000))
    qtbot.addWidget(edit.dialog)
    edit.dialog.show()
    edit.dialog.grab()
    assert time.perf_counter() - started < 1.0
    assert len(edit.notes.toPlainText()) == MAX_NOTES
    assert len(edit.title.text()) == 255
    assert edit.error.isVisibleTo(edit.dialog) and "1,000,000 characters" in edit.error.text()


# -- the real thing, in a child process with a memory cap -------------------------------------------------


def test_dev_zero_in_a_request_message_does_not_exhaust_memory(tmp_path: Path) -> None:
    """`<img src='/dev/zero'>` made Qt read /dev/zero until bad_alloc. Under a 1.5 GB cap the child process
    shows it in the request panel's detail and exits 0."""
    script = textwrap.dedent(
        f"""
        import os, resource, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from astegni_desktop.panels.common import LongText
        from astegni_desktop.panels.lesson_widgets import LessonBar
        text = "<img src='/dev/zero'> <b>hi</b>"
        shown = LongText()
        shown.set_text(text)
        shown.show()
        shown.grab()
        bar = LessonBar()
        bar.show_request(text)
        bar.show()
        bar.grab()
        assert shown.shown.text() == text
        print("shown literally")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "shown literally" in done.stdout


# -- nothing can go around the plain-text helpers ------------------------------------------------------------


BYPASSES = {
    r"\bQLabel\(": "make labels with ui_support.plain_label()",
    r"QMessageBox\.(warning|information|question|critical|about)\(": "use ui_support.message() and friends",
    r"\bsetHtml\(|\bQTextBrowser\b|\bQTextEdit\(": "outside text is plain: QPlainTextEdit",
    r"TextFormat\.(RichText|AutoText|MarkdownText)": "labels are plain text",
}


def test_no_widget_goes_around_the_plain_text_helpers() -> None:
    found: list[str] = []
    for path in sorted((ROOT / "astegni_desktop").rglob("*.py")):
        if path.name == "ui_support.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, advice in BYPASSES.items():
                if re.search(pattern, line):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {advice}")
    assert found == []
