"""Pen-up → the stroke on the student's web canvas (the model of tests/student_client.py), on loopback.
The real canvas gets synthesized pen input; the sync engine and the lesson service (live relay, student view)
run on one qasync loop, like the app; the student is a separate thread. Prints JSON (median and p90 over N
strokes; budget: median ≤ 50 ms).

Usage: python bench/live_latency.py [--strokes 60]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from astegni_desktop.api import AstegniApi  # noqa: E402
from astegni_desktop.canvas.view import CanvasView  # noqa: E402
from astegni_desktop.lesson_service import LessonService  # noqa: E402
from astegni_desktop.session import Account  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from astegni_desktop.sync import EngineTiming, SyncEngine  # noqa: E402
from astegni_devserver.seed import DEMO_TUTOR  # noqa: E402
from bench._server import devserver_process  # noqa: E402
from tests.helpers.ink import HANNA  # noqa: E402
from tests.helpers.tablet import Pen  # noqa: E402
from tests.student_client import StudentClient  # noqa: E402


async def run(url: str, n: int, cache: Path) -> list[float]:
    store = Store(cache)
    board = store.boards.create("latency")
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "latency")
    api = AstegniApi(url)
    await api.login(*DEMO_TUTOR)
    engine = SyncEngine(api, store, None, EngineTiming(pull_interval=3600))
    while store.pending_count():
        await engine.sync_once()
    engine.start()
    info = store.lessons.lesson(board.board_id)
    assert info is not None and info.session_id is not None
    account = Account("bench", url, DEMO_TUTOR[0], api.user_id or 0, 100, "Meron Alemayehu")
    service = LessonService(store, engine, account)
    service.follow(board.board_id)
    live = service.live
    while live.state != "connected":  # noqa: ASYNC110 (a state set by the relay task)
        await asyncio.sleep(0.01)
    student = await asyncio.to_thread(StudentClient, url)
    student.open_lesson(info.session_id)
    canvas = CanvasView(store.boards)
    canvas.resize(1000, 700)
    canvas.show()
    loaded = store.boards.load(board.board_id)
    assert loaded is not None
    canvas.set_page(loaded.pages[0])
    canvas.changed.connect(engine.kick)  # what the main window does after every saved change
    pen = Pen()
    latencies = []
    page = student.shown_page()
    assert page is not None
    for i in range(n):
        x, y = 60 + (i % 20) * 40, 80 + (i // 20) * 50
        before = len(page.strokes)
        pen.stroke(canvas, [(x, y, 0.3), (x + 10, y + 8, 0.6), (x + 20, y + 2, 0.8)])
        released = time.perf_counter()
        while len(page.strokes) <= before:  # noqa: ASYNC110 (filled by the student's thread)
            await asyncio.sleep(0.0005)
        latencies.append((student.arrivals[-1].at - released) * 1000)
        await asyncio.sleep(0.02)
    assert student.page_client_ids() == [[s.client_id for s in loaded.pages[0]]]
    student.close()
    await service.stop()
    await engine.stop()
    await api.aclose()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strokes", type=int, default=60)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with devserver_process() as url, tempfile.TemporaryDirectory() as tmp:
        latencies = loop.run_until_complete(run(url, args.strokes, Path(tmp) / "c.sqlite3"))
    loop.close()  # joins the executor's thread (the student client was started on it)
    ordered = sorted(latencies)
    print(
        json.dumps(
            {
                "strokes": len(latencies),
                "pen_up_to_student_ms_median": round(statistics.median(latencies), 2),
                "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1], 2),
                "max_ms": round(ordered[-1], 2),
                "budget_median_ms": 50,
            }
        )
    )


if __name__ == "__main__":
    main()
