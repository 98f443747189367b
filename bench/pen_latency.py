"""Pen event → its pixels painted, on pages holding 1k, 10k and 50k strokes (budget p99 ≤ 2 ms, flat).

Each tablet move event is sent to a real CanvasView (offscreen) and the resulting repaint is flushed; the
time from sending the event to the end of the paint is one sample. Also: first full paint of a 10k page,
full-viewport pan and zoom repaints (budget ≤ 8 ms), and the pen-up commit (durable in SQLite).
Usage: python bench/pen_latency.py
"""

from __future__ import annotations

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

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from astegni_desktop.canvas.view import CanvasView  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from bench._ink import page_with  # noqa: E402
from tests.helpers.tablet import Pen  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def pen_samples(
    app: QApplication, view: CanvasView, pen: Pen, strokes: int
) -> tuple[list[float], list[float]]:
    """`strokes` strokes of 60 events each across the page: each move event → its repaint flushed (s), and
    each pen-up → its commit (s)."""
    samples: list[float] = []
    commits: list[float] = []
    for k in range(strokes):
        y = 100 + (k % 10) * 60
        pen.press(view, 100, y, 0.5)
        app.processEvents()
        for i in range(1, 60):
            x = 100 + i * 15
            t = time.perf_counter()
            pen.move(view, x, y + (i % 5), 0.3 + (i % 7) / 10)
            app.processEvents()  # flushes the repaint of the new segment
            samples.append(time.perf_counter() - t)
        t = time.perf_counter()
        pen.release(view, 100 + 60 * 15, y)
        app.processEvents()
        commits.append(time.perf_counter() - t)
    return samples, commits


def measure(app: QApplication, n: int, store: Store) -> dict[str, float]:
    page = page_with(n)
    board = store.boards.create(f"bench {n}")
    view = CanvasView(store.boards)
    view.resize(1280, 800)
    view.show()
    view.auto_fit = False
    app.processEvents()
    view.zoom, view.offset = 1.0, QPointF(0, 0)
    t0 = time.perf_counter()
    view.set_page(page)
    view.repaint()  # blits what is cached (nothing yet) and queues the visible tiles
    shown = time.perf_counter() - t0
    while view.render_pending(1.0):
        pass
    view.repaint()
    first_paint = time.perf_counter() - t0
    pen = Pen()
    view.page = page
    page.page_id = board.pages[0].page_id
    samples, commits = pen_samples(app, view, pen, 10)
    pans, zooms = [], []
    for _ in range(20):
        t = time.perf_counter()
        view.pan(37, 23)
        view.repaint()
        pans.append(time.perf_counter() - t)
        view.pan(-37, -23)
        view.repaint()
    for i in range(20):
        t = time.perf_counter()
        view.set_zoom(1.0 + 0.05 * (1 + i % 4), QPointF(640, 400))
        view.repaint()  # the zoomed view at once, from the previous zoom's tiles; sharp tiles follow
        zooms.append(time.perf_counter() - t)
        while view.render_pending(1.0):
            pass
    view.close()
    view.deleteLater()
    ms = 1000.0
    return {
        "strokes": n,
        "pen_event_ms_p50": round(statistics.median(samples) * ms, 3),
        "pen_event_ms_p99": round(pct(samples, 0.99) * ms, 3),
        "pen_event_ms_max": round(max(samples) * ms, 3),
        "pen_up_commit_ms_median": round(statistics.median(commits) * ms, 2),
        "first_paint_ms": round(shown * ms, 1),
        "first_full_paint_ms": round(first_paint * ms, 1),
        "pan_repaint_ms_p50": round(statistics.median(pans) * ms, 2),
        "zoom_repaint_ms_p50": round(statistics.median(zooms) * ms, 2),
        "zoom_repaint_ms_max": round(max(zooms) * ms, 2),
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        results = [measure(app, n, store) for n in (1_000, 10_000, 50_000)]
        store.close()
    p99s = [r["pen_event_ms_p99"] for r in results]
    print(
        json.dumps(
            {
                "benchmark": "pen_latency",
                "platform": app.platformName(),
                "results": results,
                "budget_pen_event_ms_p99": 2.0,
                "budget_pan_zoom_repaint_ms": 8.0,
                "ok": max(p99s) <= 2.0,
            },
            indent=None,
        )
    )


if __name__ == "__main__":
    main()
