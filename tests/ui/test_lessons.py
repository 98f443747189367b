"""The whole lesson as a tutor lives it, in the real window: prepare two pages offline, start a lesson with
Hanna, watch her receive the strokes, lose the network mid-lesson, keep drawing, and end with the server's
canvas identical to the tutor's. Also: her strokes appear, chat on a server without it, replay."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from astegni_desktop.canvas import guide
from astegni_desktop.canvas.guide import LAPTOP
from astegni_desktop.dialogs.problems import ProblemsDialog
from astegni_desktop.panels.lesson_widgets import StartLessonDialog
from astegni_desktop.panels.whiteboard import WhiteboardPanel
from astegni_devserver.config import ALL_DEFECTS
from tests.helpers.api import tutor
from tests.helpers.dialogs import answer_next_message_box
from tests.helpers.ink import HANNA
from tests.helpers.tablet import Pen
from tests.student_client import StudentClient, add_student
from tests.ui.conftest import TutorApp


def draw(panel: WhiteboardPanel, pen: Pen, n: int, row: int = 0) -> None:
    canvas = panel.editor.canvas
    for i in range(n):
        x, y = 80 + i * 40, 90 + row * 60
        pen.stroke(canvas, [(x, y, 0.3), (x + 12, y + 10, 0.7), (x + 24, y + 4, 0.9), (x + 30, y + 20, 0.5)])


def server_canvas(app: TutorApp, session_id: int) -> list[list[str]]:
    s = tutor(app.server.url)
    try:
        pages = s.http.get(f"/api/whiteboard/sessions/{session_id}").json()["session"]["pages"]
    finally:
        s.close()
    return [
        [
            st["stroke_data"].get("client_id")
            for st in sorted(p["strokes"], key=lambda x: (x["stroke_order"], x["id"]))
        ]
        for p in pages
    ]


def local_canvas(panel: WhiteboardPanel) -> list[list[str]]:
    board = panel.boards.load(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert board is not None
    return [[s.client_id for s in page] for page in board.pages]


def synced(qtbot, panel: WhiteboardPanel, timeout: int = 30_000) -> None:
    """Wait for the lesson bar to say everything reached the server (and say what it says if not)."""
    sync = panel.editor.lesson_bar.sync
    try:
        qtbot.waitUntil(lambda: sync.text() == "All synced", timeout=timeout)
    except Exception:
        print("LESSON BAR", sync.text(), "· queued:", panel.store.pending_count() if panel.store else None)
        raise


def browser_matches(qtbot, student: StudentClient, panel: WhiteboardPanel, timeout: int = 15_000) -> None:
    """Wait until the student's browser (the model) holds the tutor's pages stroke for stroke."""
    try:
        qtbot.waitUntil(lambda: student.page_client_ids() == local_canvas(panel), timeout=timeout)
    except Exception:
        print("BROWSER", student.page_client_ids(), [p.id for p in student.pages])
        print("TUTOR", local_canvas(panel))
        for a in student.arrivals:
            m = a.message
            print(
                "  ",
                round(a.at, 3),
                m.get("type"),
                m.get("action"),
                m.get("page_id"),
                (m.get("stroke_data") or {}).get("client_id"),
            )
        raise


def test_prepare_offline_teach_live_lose_the_network_and_end_identical(tutor_app: TutorApp, qtbot) -> None:
    app = tutor_app
    window = app.window
    panel = window.whiteboard
    window.nav.setCurrentRow(3)
    pen = Pen()
    app.server.stop()  # preparing on the train
    panel.new_board("Quadratic equations")
    draw(panel, pen, 3)
    panel.editor.add_page()
    draw(panel, pen, 2, row=1)
    assert panel.editor.lesson_bar.sync.text().startswith("On this computer only")
    # Start the lesson with Hanna (still offline): everything is queued.
    assert panel.start_lesson((HANNA, "Hanna Tesfaye", "Quadratic equations"))
    qtbot.waitUntil(
        lambda: "Waiting to start the lesson" in panel.editor.lesson_bar.sync.text(), timeout=5000
    )
    app.server.start()
    hanna = StudentClient(app.server.url)
    try:
        app.engine.kick(pull=True)
        qtbot.waitUntil(lambda: panel.editor.lesson_bar.sync.text() == "All synced", timeout=20_000)
        qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=10_000)
        info = app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
        assert info is not None and info.session_id is not None
        # What went live before she opened the lesson has gone out (a message in flight while she opens it
        # lands on her open page: the socket says nothing about opening a lesson).
        qtbot.waitUntil(lambda: panel.service.live.queued == 0, timeout=10_000)  # type: ignore[union-attr]
        hanna.open_lesson(info.session_id)  # her browser: both pages from the server, page 1 on screen
        hanna.ask_to_draw()  # the tutor's first sign that she has the lesson open
        # Live: a stroke drawn now reaches Hanna, on page 2 where the tutor is.
        draw(panel, pen, 1, row=3)
        browser_matches(qtbot, hanna, panel)
        qtbot.waitUntil(lambda: hanna.shown_page() is hanna.pages[1], timeout=5000)
        # The network goes; the tutor keeps drawing.
        app.server.stop()
        draw(panel, pen, 4, row=4)
        app.engine.kick()
        qtbot.waitUntil(lambda: "waiting to sync" in panel.editor.lesson_bar.sync.text(), timeout=10_000)
        app.server.start()
        app.engine.kick()
        qtbot.waitUntil(lambda: panel.editor.lesson_bar.sync.text() == "All synced", timeout=30_000)
        assert server_canvas(app, info.session_id) == local_canvas(panel)
        assert [len(p) for p in local_canvas(panel)] == [3, 7]
        assert panel.end_lesson(confirm=False)
        qtbot.waitUntil(lambda: app.store.pending_count() == 0, timeout=10_000)
        assert "Ended" in panel.editor.lesson_bar.live.text()
    finally:
        hanna.close()


def test_the_students_strokes_appear_and_chat_says_when_it_is_unavailable(
    tutor_app: TutorApp, qtbot, tmp_path: Path
) -> None:
    app = tutor_app
    window = app.window
    window.start_lesson_with(HANNA, "Hanna Tesfaye")  # from My Students
    panel = window.whiteboard
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=20_000)
    info = app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None and info.student_name == "Hanna Tesfaye"
    page = panel.editor.current_page()
    assert page is not None
    qtbot.waitUntil(
        lambda: page.server_id is not None or bool(app.store.lessons.page_ids(info.board_id)), timeout=5000
    )
    server_page = app.store.lessons.page_ids(info.board_id)[page.page_id]
    assert server_page is not None
    hanna = StudentClient(app.server.url)
    try:
        hanna.draw(info.session_id, server_page, "triangle", {"points": [[100, 100], [200, 100], [150, 30]],
                                                              "color": "#c62828", "width": 3})  # fmt: skip
        hanna.send({"type": "whiteboard_cursor", "session_id": info.session_id, "x": 320, "y": 240})
        # Live, or from the server's copy if a canvas reload gets there first: either way it is hers.
        qtbot.waitUntil(lambda: any(s.author != "me" for s in page), timeout=10_000)
        qtbot.waitUntil(lambda: panel.editor.canvas.remote_cursor == (320.0, 240.0), timeout=5000)
        hanna.send({"type": "whiteboard_permission_request", "session_id": info.session_id,
                    "requester_name": "Hanna Tesfaye"})  # fmt: skip
        qtbot.waitUntil(lambda: panel.editor.lesson_bar.ask.isVisibleTo(panel), timeout=5000)
    finally:
        hanna.close()
    # Chat works on the intended server...
    panel.editor.lesson_bar.chat.setChecked(True)
    panel.send_chat("Selam Hanna, page 1 please")
    chat = panel.editor.chat.messages

    def delivered() -> bool:
        lines = [chat.item(i).text() for i in range(chat.count())]
        return any("You: Selam Hanna" in line and "sending" not in line for line in lines)

    qtbot.waitUntil(delivered, timeout=10_000)
    # ...and says so plainly where the server refuses it (deployed defect D2).
    app.server.set_defects(frozenset({"D2"}))
    panel._refresh_chat()
    qtbot.waitUntil(lambda: "unavailable on this server" in panel.editor.chat.notice.text(), timeout=5000)
    assert not panel.editor.chat.input.isEnabled()
    # Replay plays the lesson back and exports what it shows.
    dialog = panel.replay()
    assert dialog is not None and len(dialog.steps) == 1
    dialog.toggle()
    qtbot.waitUntil(lambda: dialog.shown == 1, timeout=5000)
    pdf = dialog.export_to(tmp_path / "replay.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_on_the_deployed_server_a_second_page_is_kept_locally_and_said_so(tutor_app: TutorApp, qtbot) -> None:
    app = tutor_app
    app.server.set_defects(frozenset({"D2"}))
    panel = app.window.whiteboard
    app.window.nav.setCurrentRow(3)
    pen = Pen()
    panel.new_board("Two pages")
    draw(panel, pen, 2)
    panel.editor.add_page()
    draw(panel, pen, 3, row=1)
    panel.start_lesson((HANNA, "Hanna Tesfaye", "Two pages"))
    qtbot.waitUntil(
        lambda: "kept on this computer only" in panel.editor.lesson_bar.sync.text(), timeout=20_000
    )
    text = panel.editor.lesson_bar.sync.text()
    assert "Page 2" in text and "3 strokes wait" in text
    assert "failed" not in text
    info = app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None
    assert [len(p) for p in server_canvas(app, info.session_id)] == [2]  # page 1 is on the server
    assert app.store.pending_count() == 0 and app.store.parked_count() == 4  # the page op + its 3 strokes
    # At 1280×800 the note is cut with "…" where the room ends, never mid-word without a sign, and its
    # tooltip says all of it; the lesson bar's buttons stay on the window.
    app.window.resize(1280, 800)
    bar = panel.editor.lesson_bar
    qtbot.waitUntil(lambda: bar.sync.width() < bar.sync.fontMetrics().horizontalAdvance(text), timeout=5000)
    shown = bar.sync.shown_text()
    assert shown.endswith("…") and text.startswith(shown[:-1])
    assert bar.sync.fontMetrics().horizontalAdvance(shown) <= bar.sync.contentsRect().width()
    assert "3 strokes wait for it" in bar.sync.toolTip()
    assert bar.replay.geometry().right() <= bar.width() and bar.replay.isVisibleTo(panel)
    # Sync problems lists what is kept here, in plain words, with what happens next.
    problems = ProblemsDialog(app.window, app.store, app.engine, lambda: None)
    qtbot.addWidget(problems)
    assert problems.kept.isVisibleTo(problems) and problems.kept.count() == 1
    kept = problems.kept.item(0).text()
    assert "“Page 2” and its strokes are kept on this computer" in kept and "3 strokes wait with it" in kept
    assert "tries again in about" in kept
    assert kept.count("again") == 1  # when it tries again is said once, not twice in other words
    assert "Nothing is stuck" not in problems.failed.item(0).text()


def test_the_lesson_bar_buttons_do_what_they_say(tutor_app: TutorApp, qtbot) -> None:
    from PySide6.QtCore import Qt

    app = tutor_app
    window = app.window
    window.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.students.model.rowCount() > 0, timeout=10_000)
    row = next(
        r for r in range(window.students.proxy.rowCount())
        if "Hanna" in str(window.students.proxy.index(r, 0).data())
    )  # fmt: skip
    window.students.table.selectRow(row)
    qtbot.mouseClick(window.students.detail.lesson_button, Qt.MouseButton.LeftButton)  # My Students
    panel = window.whiteboard
    bar = panel.editor.lesson_bar
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=20_000)
    info = app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None and info.student_name == "Hanna Tesfaye"
    hanna = StudentClient(app.server.url)

    def got(kind: str) -> bool:
        return any(a.message.get("type") == kind for a in hanna.arrivals)

    try:
        # She asks; Allow grants drawing live and stores it on the (intended) server.
        hanna.send({"type": "whiteboard_permission_request", "session_id": info.session_id,
                    "requester_name": "Hanna Tesfaye"})  # fmt: skip
        qtbot.waitUntil(lambda: bar.ask.isVisibleTo(panel), timeout=5000)
        allow = next(b for b in bar.ask.findChildren(type(bar.draw)) if b.text() == "Allow")
        qtbot.mouseClick(allow, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: got("whiteboard_permission_granted"), timeout=5000)
        assert hanna.permissions == {"can_draw": True, "can_write": True, "can_erase": True}  # her browser
        qtbot.waitUntil(lambda: app.store.pending_count() == 0, timeout=5000)
        s = tutor(app.server.url)
        perms = s.http.get(f"/api/whiteboard/sessions/{info.session_id}").json()["session"][
            "student_permissions"
        ]
        assert perms["can_draw"] is True and bar.draw.isChecked() and bar.draw.text() == "✓ Student can draw"
        # "Let student draw" off: revoked live and on the server.
        qtbot.mouseClick(bar.draw, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: got("whiteboard_permission_revoked"), timeout=5000)
        qtbot.waitUntil(lambda: app.store.pending_count() == 0, timeout=5000)
        perms = s.http.get(f"/api/whiteboard/sessions/{info.session_id}").json()["session"][
            "student_permissions"
        ]
        s.close()
        assert perms["can_draw"] is False
    finally:
        hanna.close()
    # A chat message the server refuses shows as failed with Retry; Retry sends it once the server allows.
    app.server.set_defects(frozenset({"D2"}))
    qtbot.mouseClick(bar.chat, Qt.MouseButton.LeftButton)
    panel.editor.chat.input.setText("Did page 1 make sense?")
    qtbot.mouseClick(panel.editor.chat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.retry.isVisibleTo(panel), timeout=10_000)
    assert "Chat is unavailable" in bar.sync.text()
    app.server.set_defects(frozenset())
    qtbot.mouseClick(bar.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not bar.retry.isVisibleTo(panel) and bar.sync.text() == "All synced", timeout=10_000
    )
    # End lesson asks first: No leaves the lesson running, Yes ends it here and on the (intended) server.
    asked: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(bar.end, Qt.MouseButton.LeftButton)
    assert asked and "End the lesson with Hanna Tesfaye?" in asked[0]
    assert "Ended" not in bar.live.text() and panel.editor.chat.input.isEnabled()
    assert app.store.lessons.lesson(info.board_id).ended_at is None  # type: ignore[union-attr]
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(bar.end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.store.pending_count() == 0, timeout=5000)
    assert "Ended" in bar.live.text()
    # The chat stays readable but takes no more messages, and says why.
    chat = panel.editor.chat
    qtbot.waitUntil(lambda: "lesson has ended" in chat.notice.text(), timeout=5000)
    assert chat.notice.isVisibleTo(panel) and not chat.input.isEnabled() and not chat.send_button.isEnabled()
    assert any("Did page 1 make sense?" in chat.messages.item(i).text() for i in range(chat.messages.count()))
    s = tutor(app.server.url)
    assert (
        s.http.get(f"/api/whiteboard/sessions/{info.session_id}").json()["session"]["status"] == "completed"
    )
    s.close()


def test_a_tutor_whose_user_id_is_the_students_profile_id_teaches_three_pages_and_the_browser_matches(
    tutor_app: TutorApp, qtbot
) -> None:
    """Issue 18's "done when", in the real window: the student's profile id equals the tutor's user id, page 3
    is new and exists only here (the server turned deployed), the student's web canvas (the model) holds the
    tutor's pages stroke for stroke, the guide shows where the student's view ends, and Fit brings a stroke
    drawn beyond it back in."""
    app = tutor_app
    panel = app.window.whiteboard
    canvas = panel.editor.canvas
    bar = panel.editor.lesson_bar
    app.window.nav.setCurrentRow(3)
    me = app.window.account.user_id
    login = add_student(app.server, me)
    pen = Pen()
    panel.new_board("Fractions")
    draw(panel, pen, 2)
    panel.editor.add_page()
    draw(panel, pen, 1, row=1)
    assert panel.start_lesson((me, "Selam Bekele", "Fractions"))
    synced(qtbot, panel)
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=10_000)
    info = app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None
    app.server.set_defects(frozenset(ALL_DEFECTS))  # from now on the server is the deployed one
    qtbot.waitUntil(lambda: panel.service.live.queued == 0, timeout=10_000)  # type: ignore[union-attr]
    selam = StudentClient(app.server.url, profile_id=me, login=login)
    try:
        selam.open_lesson(info.session_id)
        selam.ask_to_draw()
        assert canvas.student_area == LAPTOP and bar.view_button.text() == "Selam's screen: 1122×563"
        panel.editor.pages.setCurrentRow(0)
        draw(panel, pen, 1, row=2)
        panel.editor.pages.setCurrentRow(1)
        draw(panel, pen, 2, row=2)
        panel.editor.add_page()  # page 3: the deployed server refuses it
        draw(panel, pen, 3, row=3)
        qtbot.waitUntil(lambda: "kept on this computer only" in bar.sync.text(), timeout=20_000)
        browser_matches(qtbot, selam, panel)
        assert [len(p) for p in local_canvas(panel)] == [3, 3, 3] and selam.dropped_own == 0
        qtbot.waitUntil(lambda: selam.shown_page() is selam.pages[2], timeout=5000)
        assert bar.student_page.text() == "· Selam sees Page 3"
        # A stroke beyond her screen is flagged; Fit brings it (and the page) into view, for her too.
        x, y = canvas.to_view(1200, 700).x(), canvas.to_view(1200, 700).y()
        pen.stroke(canvas, [(x, y, 0.5), (x + 15, y + 10, 0.6), (x + 25, y + 5, 0.7)])
        assert bar.outside.isVisibleTo(panel) and "Selam" in bar.outside.text()
        qtbot.mouseClick(bar.fit, Qt.MouseButton.LeftButton)
        assert not bar.outside.isVisibleTo(panel)
        page = panel.editor.current_page()
        assert page is not None and not guide.outside(guide.union(s.bbox for s in page), LAPTOP)  # type: ignore[arg-type]
        browser_matches(qtbot, selam, panel)
        assert len(selam.visible_client_ids()) == 4  # every stroke of page 3 inside her canvas
        assert selam.tutor_cursor is not None  # the tutor's pointer passed the own-id filter too
        # Follow me: she turns to page 1 on her own; the tutor sees it and brings her back with one click.
        assert not bar.bring.isVisibleTo(panel)
        first = selam.pages[0]
        selam._flip(0)
        qtbot.waitUntil(lambda: selam.shown_page() is first, timeout=5000)
        selam.send(
            {
                "type": "whiteboard_page_change",
                "session_id": info.session_id,
                "action": "navigate",
                "page": {"id": first.id, "page_number": 1},
            }
        )
        qtbot.waitUntil(lambda: bar.bring.isVisibleTo(panel), timeout=5000)
        assert bar.student_page.text() == "· Selam sees Page 1"
        qtbot.mouseClick(bar.bring, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: selam.shown_page() is selam.pages[2], timeout=5000)
        qtbot.waitUntil(lambda: not bar.bring.isVisibleTo(panel), timeout=5000)
    finally:
        selam.close()


def test_starting_a_lesson_from_a_prepared_board_offers_to_fit_it_before_anything_is_uploaded(
    tutor_app: TutorApp, qtbot
) -> None:
    app = tutor_app
    panel = app.window.whiteboard
    canvas = panel.editor.canvas
    app.window.nav.setCurrentRow(3)
    pen = Pen()
    panel.new_board("Wide worksheet")
    draw(panel, pen, 2)
    x, y = canvas.to_view(1230, 760).x(), canvas.to_view(1230, 760).y()
    pen.stroke(canvas, [(x, y, 0.5), (x + 10, y + 5, 0.6), (x + 20, y + 2, 0.7)])  # beyond a laptop browser
    dialog = StartLessonDialog(
        [(HANNA, "Hanna Tesfaye")], "Wide worksheet", panel, len(panel._pages_outside(LAPTOP))
    )
    assert dialog.fit.isVisibleTo(dialog) and dialog.fit.isChecked() and "this page" in dialog.fit.text()
    dialog.deleteLater()
    assert panel.start_lesson((HANNA, "Hanna Tesfaye", "Wide worksheet"), fit=True)
    page = panel.editor.current_page()
    assert page is not None and len(page) == 3
    assert not guide.outside(guide.union(s.bbox for s in page), LAPTOP)  # type: ignore[arg-type]
    synced(qtbot, panel)
    info = app.store.lessons.lesson(panel.editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None
    assert server_canvas(app, info.session_id) == local_canvas(panel)  # only the fitted strokes went up
