"""A flood of live strokes from the lesson's student: how much GUI time it costs (issue 13, budget: at most
100 ms of GUI time per second of flood). The real whiteboard panel, lesson service and cache on one qasync
loop, as in the app; the student's socket floods from a thread. GUI time is the GUI thread's CPU time over
the window (flood + 1 s); a 5 ms heartbeat timer's lateness shows stalls (it also counts waiting for a CPU on
a busy machine: compare with the idle baseline). Also a forged flood from another socket key.

Usage: python bench/live_flood.py [--strokes 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from astegni_desktop.api import AstegniApi  # noqa: E402
from astegni_desktop.lesson_service import LessonService  # noqa: E402
from astegni_desktop.panels.whiteboard import WhiteboardPanel  # noqa: E402
from astegni_desktop.session import Account  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from astegni_desktop.sync import EngineTiming, SyncEngine  # noqa: E402
from astegni_devserver.seed import DEMO_TUTOR  # noqa: E402
from bench._server import devserver_process  # noqa: E402
from tests.helpers.ink import HANNA  # noqa: E402

HEARTBEAT_MS = 5


def flood(ws_url: str, key: str, session_id: int, page_id: int, n: int) -> float:
    """Send n tiny strokes as fast as the socket takes them; returns the seconds it took."""
    started = time.perf_counter()
    profile = int(key.split("/", maxsplit=1)[0])
    with connect(f"{ws_url}/ws/{key}") as ws:
        ws.recv(timeout=5)
        for i in range(n):
            data = {"points": [[10 + i % 500, 10 + i // 500], [12 + i % 500, 12 + i // 500]],
                    "color": "#000000", "width": 1}  # fmt: skip
            ws.send(json.dumps({
                "type": "whiteboard_stroke", "session_id": session_id, "page_id": page_id,
                "stroke": {"stroke_type": "pen", "stroke_data": data}, "sender_id": profile,
                "sender_role": "student", "to_profile_id": 100, "to_profile_type": "tutor",
            }))  # fmt: skip
    return time.perf_counter() - started


def idle_for(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


async def measure(panel: WhiteboardPanel, send: asyncio.Future[float], settle: float) -> dict[str, float]:
    """GUI busy time while the flood arrives (and `settle` s after), from a heartbeat's lateness."""
    late: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        late.append(max(0.0, (now - last[0]) * 1000 - HEARTBEAT_MS))
        last[0] = now

    timer = QTimer()
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(beat)
    started, cpu = time.perf_counter(), time.thread_time()
    timer.start()
    sent_in = await send
    await asyncio.sleep(settle)
    timer.stop()
    window = time.perf_counter() - started
    return {
        "flood_s": round(sent_in, 2),
        "window_s": round(window, 2),
        "gui_cpu_ms_per_s": round((time.thread_time() - cpu) * 1000 / window, 1),
        "heartbeat_late_ms_per_s": round(sum(late) / window, 1),
        "longest_stall_ms": round(max(late, default=0.0), 1),
    }


async def run(url: str, n: int, cache: Path) -> dict[str, object]:
    store = Store(cache)
    board = store.boards.create("flood")
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "flood")
    api = AstegniApi(url)
    await api.login(*DEMO_TUTOR)
    engine = SyncEngine(api, store, None, EngineTiming(pull_interval=3600))
    while store.pending_count():
        await engine.sync_once()
    account = Account("bench", url, DEMO_TUTOR[0], api.user_id or 0, 100, "Meron Alemayehu")
    service = LessonService(store, engine, account)
    panel = WhiteboardPanel(store.boards, store, service)
    panel.resize(1400, 900)
    panel.show()
    panel.open_board(board.board_id)
    while panel.live_state != "connected":  # noqa: ASYNC110 (set by the relay task)
        await asyncio.sleep(0.01)
    info = store.lessons.lesson(board.board_id)
    assert info is not None and info.session_id is not None
    page_id = store.lessons.page_ids(board.board_id)[board.pages[0].page_id]
    assert page_id is not None
    ws_url = url.replace("http://", "ws://")

    def cache_bytes() -> int:  # the database and its write-ahead log
        return sum(f.stat().st_size for f in cache.parent.glob(cache.name + "*"))

    size_before = cache_bytes()
    loop = asyncio.get_running_loop()
    idle = loop.run_in_executor(None, idle_for, 0.5)
    idle_result = await measure(panel, idle, 1.0)  # the heartbeat's own lateness on this machine
    forged = loop.run_in_executor(None, flood, ws_url, "999/student", info.session_id, page_id, n)
    forged_result = await measure(panel, forged, 1.0)
    own = loop.run_in_executor(None, flood, ws_url, f"{HANNA}/student", info.session_id, page_id, n)
    own_result = await measure(panel, own, 1.0)
    page = panel.editor.current_page()
    kept = sum(1 for s in page if s.author == "student") if page is not None else 0
    result = {
        "strokes_sent_per_flood": n,
        "idle_baseline": idle_result,
        "forged_flood": forged_result,
        "students_own_flood": own_result,
        "student_strokes_drawn": kept,
        "refused_by_rate_limit": service.live.refused,
        "cache_growth_kb": round((cache_bytes() - size_before) / 1024, 1),
        "budget_gui_busy_ms_per_s": 100,
    }
    await service.stop()
    await engine.stop()
    await api.aclose()
    panel.close()
    store.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strokes", type=int, default=3000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with devserver_process() as url, tempfile.TemporaryDirectory() as tmp:
        result = loop.run_until_complete(run(url, args.strokes, Path(tmp) / "c.sqlite3"))
    loop.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
