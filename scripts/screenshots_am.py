"""Take the README's Amharic screenshots: the demo with the interface in Amharic and Ethiopian dates, and a
reject reason typed with the built-in phonetic input (`selam temari` → ሰላም ተማሪ).

    QT_QPA_PLATFORM=offscreen uv run python scripts/screenshots_am.py

Writes docs/screenshots/*-am.png: Requested Sessions, My Students, the reject reason being typed, the
Schedule's week and month in the Ethiopian calendar, and the Whiteboard.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from astegni_desktop import fonts, geez_input, i18n  # noqa: E402
from astegni_desktop.app import DesktopApp, parse_args  # noqa: E402
from astegni_desktop.dialogs.reject import RejectDialog  # noqa: E402
from astegni_desktop.ui_support import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


async def scenario(app: DesktopApp) -> None:
    app.start_demo_server()
    account = await app.sign_in()
    assert account is not None
    await app.open_account(account)
    assert app.engine is not None and app.window is not None and app.store is not None
    await app.engine.sync_now()
    window = app.window
    window.resize(1280, 800)
    await asyncio.sleep(0.3)
    pending = [v for v in app.store.requests() if v.status == "pending"]
    target = next(v for v in pending if v.model.schedule_type == "recurring")
    window.requests.select(target.id)
    await asyncio.sleep(0.3)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "requests-am.png"))
    reject = RejectDialog(window, target)
    reject.dialog.show()
    reject.reason.setFocus()
    QTest.keyClick(reject.reason, Qt.Key.Key_F12)
    QTest.keyClicks(reject.reason, "yqrta, yh se`at teyzWal. lEla qen ymreTu.")  # ይቅርታ፣ ይህ ሰዓት ተይዟል። …
    await asyncio.sleep(0.3)
    reject.dialog.grab().save(str(OUT / "reject-typing-am.png"))
    reject.dialog.close()
    geez_input.set_enabled(False)
    window.nav.setCurrentRow(1)
    first = app.store.students()[0].model.student_id
    window.students.select(first)
    for _ in range(40):
        await asyncio.sleep(0.1)
        view = app.store.student(first)
        if view is not None and view.details is not None:
            break
    window.students.refresh_student(first)
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "students-am.png"))
    # the Schedule in the Ethiopian calendar: the week with a lesson chosen, then the month
    window.nav.setCurrentRow(2)
    schedule = window.schedule
    for _ in range(40):
        await asyncio.sleep(0.1)
        if schedule.data.lessons:
            break
    schedule.set_view("week")
    schedule.go_today()
    lesson = next((b.entry for b in schedule.week.grid.blocks if b.entry.is_lesson), None)
    if lesson is not None:
        schedule.anchor = schedule.week.anchor = lesson.day
        schedule.select(lesson)
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "schedule-week-am.png"))
    schedule.set_view("month")
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "schedule-month-am.png"))
    # the Whiteboard: a board being prepared, with ሰላም ተማሪ typed on it
    window.nav.setCurrentRow(3)
    board = window.whiteboard
    board.new_board("የሒሳብ ትምህርት፦ ክፍልፋዮች")
    board.editor.add_page()
    board.editor.pages.setCurrentRow(0)
    await asyncio.sleep(0.5)
    window.grab().save(str(OUT / "whiteboard-am.png"))
    await app.shutdown()


def main() -> None:
    import qasync

    qapp = QApplication(sys.argv[:1])
    fonts.install(qapp)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    data = Path(tempfile.mkdtemp(prefix="astegni-am-"))
    (data / "settings.json").write_text(json.dumps({"language": "am", "calendar_display": "ethiopian"}))
    app = DesktopApp(qapp, parse_args(["--demo", "--data-dir", str(data)]))
    i18n.install(qapp, app.settings.language, data / "translations")
    apply_theme(qapp, "light")
    with loop:
        loop.run_until_complete(scenario(app))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
