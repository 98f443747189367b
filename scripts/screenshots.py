"""Take the README's screenshots: run the demo, act as a tutor would, grab the window.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb uv run python scripts/screenshots.py
(also works with QT_QPA_PLATFORM=offscreen). Writes docs/screenshots/*.png; with --dark, *-dark.png in the
dark theme.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from astegni_desktop.app import DesktopApp, parse_args  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
THEME = "dark" if "--dark" in sys.argv else "light"


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """docs/screenshots/<name>.png in the light theme, <name>-dark.png in the dark one."""
    widget.grab().save(str(OUT / (f"{name}-dark.png" if THEME == "dark" else f"{name}.png")))


async def scenario(app: DesktopApp) -> None:
    app.start_demo_server()
    account = await app.sign_in()
    assert account is not None
    await app.open_account(account)
    assert app.engine is not None and app.window is not None
    await app.engine.sync_now()
    window = app.window
    window.resize(1280, 800)
    await asyncio.sleep(0.3)
    panel = window.requests
    pending = [v for v in app.store.requests() if v.status == "pending"] if app.store else []
    target = next(v for v in pending if v.model.schedule_type == "specific_dates")
    panel.select(target.id)
    await asyncio.sleep(0.3)
    OUT.mkdir(parents=True, exist_ok=True)
    shot(window, "requests")
    window.nav.setCurrentRow(1)
    students = window.students
    first = app.store.students()[0].model.student_id if app.store else 0
    students.select(first)
    for _ in range(40):
        await asyncio.sleep(0.1)
        view = app.store.student(first) if app.store else None
        if view is not None and view.details is not None:
            break
    students.refresh_student(first)
    await asyncio.sleep(0.3)
    shot(window, "students")
    await schedule(window)
    await whiteboard(window)
    await app.shutdown()


async def schedule(window) -> None:  # type: ignore[no-untyped-def]
    """The week with lessons and availability, one lesson selected; then the month in both calendars."""
    from datetime import date

    window.nav.setCurrentRow(2)
    panel = window.schedule
    panel.set_view("week")
    panel.go_to(date.today())
    await asyncio.sleep(0.3)
    week_start, week_end = panel.week.range()
    lessons = [e for d in panel.data.days(week_start, week_end).values() for e in d if e.is_lesson]
    if lessons:
        panel.select(lessons[0])
    await asyncio.sleep(0.3)
    shot(window, "schedule-week")
    panel.set_mode("both")
    panel.set_view("month")
    await asyncio.sleep(0.3)
    shot(window, "schedule-month")
    panel.set_view("agenda")
    await asyncio.sleep(0.2)
    shot(window, "schedule-agenda")
    panel.set_mode("gregorian")


async def whiteboard(window) -> None:  # type: ignore[no-untyped-def]
    """Draw a short lesson with synthesized pen input, as a tutor would on a tablet."""
    import math

    from astegni_desktop.ink import Background, Tool
    from tests.helpers.tablet import Pen

    window.nav.setCurrentRow(3)
    panel = window.whiteboard
    panel.new_board("Quadratic equations")
    editor = panel.editor
    editor.set_background(Background(kind="graph"))
    canvas = editor.canvas
    await asyncio.sleep(0.2)
    canvas.fit_page()
    pen = Pen()

    def at(x: float, y: float) -> tuple[float, float]:
        v = canvas.to_view(x, y)
        return v.x(), v.y()

    canvas.settings.font_size = 34
    canvas.add_text("Solve  x² − 5x + 6 = 0", 70, 90)
    canvas.settings.font_size = 26
    canvas.add_text("(x − 2)(x − 3) = 0   ⇒   x = 2  or  x = 3", 70, 160)
    # handwriting-like pen strokes with pressure
    for row, y0 in enumerate((240, 300)):
        x = 80.0
        for word in range(5 + row):
            w = 60 + (word * 17) % 50
            pts = []
            for i in range(40):
                u = i / 39
                px = x + u * w + 5 * math.sin(u * w / 5)
                py = y0 - 10 * abs(math.sin(u * w / 7)) + 4 * math.cos(u * w / 5)
                pts.append((*at(px, py), 0.25 + 0.7 * math.sin(math.pi * u)))
            pen.stroke(canvas, pts)
            x += w + 22
    canvas.settings.color = "#424242"
    canvas.settings.width = 2
    for tool, a, b in ((Tool.ARROW, (720, 560), (1180, 560)), (Tool.ARROW, (950, 700), (950, 300))):
        canvas.set_mode(tool.value)
        pen.stroke(canvas, [(*at(*a), 0.5), (*at(*b), 0.5)])
    canvas.set_mode(Tool.PEN.value)
    canvas.settings.color = "#c62828"
    canvas.settings.width = 4
    curve = [(*at(950 + xx, 560 - 0.012 * (xx - 25) ** 2 + 7.5), 0.6) for xx in range(-120, 171, 6)]
    pen.stroke(canvas, curve)
    canvas.settings.color = "#2e7d32"
    canvas.set_mode(Tool.CIRCLE.value)
    from_centre = (
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
    )  # a circle, from its centre
    for root in (900, 1000):
        pen.stroke(canvas, [(*at(root, 560), 0.5), (*at(root + 9, 560), 0.5)], modifiers=from_centre)
    canvas.set_mode(Tool.HIGHLIGHTER.value)
    canvas.settings.color = "#f9a825"
    canvas.settings.width = 8
    pen.stroke(canvas, [(*at(300, 150), 0.5), (*at(560, 150), 0.5)])
    canvas.set_mode(Tool.PEN.value)
    editor.add_page()
    editor.pages.setCurrentRow(0)
    await asyncio.sleep(0.3)
    shot(window, "whiteboard")
    await lesson(window, panel)


async def lesson(window, panel) -> None:  # type: ignore[no-untyped-def]
    """Teach the prepared board to Hanna: uploaded, live, and her answer arrives on the tutor's board."""
    from tests.helpers.ink import HANNA
    from tests.student_client import StudentClient

    panel.start_lesson((HANNA, "Hanna Tesfaye", "Quadratic equations"))
    for _ in range(200):
        if panel.live_state == "connected" and panel.editor.lesson_bar.sync.text() == "All synced":
            break
        await asyncio.sleep(0.05)
    info = window.store.lessons.lesson(panel.editor.board.board_id)
    server_page = window.store.lessons.page_ids(info.board_id)[panel.editor.board.pages[0].page_id]
    hanna = await asyncio.to_thread(StudentClient, window.account.server_url)
    await asyncio.to_thread(hanna.open_lesson, info.session_id)  # her browser: page 1, 1122 × 563
    panel.editor.lesson_bar.draw.setChecked(True)  # "Let student draw": stored on the intended server
    for _ in range(100):
        if window.store.pending_count() == 0:
            break
        await asyncio.sleep(0.05)
    hanna.draw(
        info.session_id,
        server_page,
        "pen",
        {"points": [[905, 470], [925, 510], [960, 450], [1000, 380]], "color": "#6a1b9a", "width": 4},
    )
    hanna.send(
        {
            "type": "whiteboard_cursor",
            "session_id": info.session_id,
            "page_id": server_page,
            "x": 1010,
            "y": 370,
        }
    )
    hanna.send({"type": "whiteboard_tool_change", "session_id": info.session_id, "tool": "pen"})
    await asyncio.sleep(0.6)
    panel.editor.lesson_bar.chat.setChecked(True)
    panel.send_chat("Selam Hanna! Check the two roots on the graph.")
    await asyncio.sleep(1.0)
    shot(window, "whiteboard-lesson")
    hanna.close()


def main() -> None:
    import qasync

    qapp = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = DesktopApp(qapp, parse_args(["--demo"]))
    from astegni_desktop.theme import apply_theme

    app.settings.theme = THEME
    apply_theme(qapp, THEME)
    with loop:
        loop.run_until_complete(scenario(app))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
