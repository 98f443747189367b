"""Take the README's screenshots: run the demo, act as a tutor would, grab the window.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb uv run python scripts/screenshots.py
(also works with QT_QPA_PLATFORM=offscreen). Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from astegni_desktop.app import DesktopApp, parse_args  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


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
    window.grab().save(str(OUT / "requests.png"))
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
    window.grab().save(str(OUT / "students.png"))
    await app.shutdown()


def main() -> None:
    import qasync  # noqa: PLC0415

    qapp = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = DesktopApp(qapp, parse_args(["--demo"]))
    from astegni_desktop.ui_support import apply_theme  # noqa: PLC0415

    apply_theme(qapp, "light")
    with loop:
        loop.run_until_complete(scenario(app))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
