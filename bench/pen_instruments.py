"""Pen event → its pixels painted, with the geometry instruments shown over a 10k-stroke page (p99 ≤ 2 ms,
as without them): no instrument, the ruler alone, and all four (ruler, set square, protractor, compass).

The pen strokes of bench/pen_latency.py cross the instruments (they are painted over the page on every
repaint; the protractor reads the pen's angle on every event). Prints one JSON line.
Usage: python bench/pen_instruments.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from astegni_desktop.canvas.view import CanvasView  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from bench._ink import page_with  # noqa: E402
from bench.pen_latency import pct, pen_samples  # noqa: E402
from tests.helpers.tablet import Pen  # noqa: E402

STROKES = 10_000


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        page = page_with(STROKES)
        board = store.boards.create("bench instruments")
        view = CanvasView(store.boards)
        view.resize(1280, 800)
        view.show()
        view.auto_fit = False
        app.processEvents()
        view.zoom, view.offset = 1.0, QPointF(0, 0)
        view.set_page(page)
        while view.render_pending(1.0):
            pass
        view.repaint()
        page.page_id = board.pages[0].page_id
        pen = Pen()
        shown = {
            "none": (),
            "ruler": (view.show_ruler,),
            "all_instruments": (
                view.show_ruler,
                view.show_set_square,
                view.show_protractor,
                view.show_compass,
            ),
        }
        for name, instruments in shown.items():
            for show in instruments:
                show(True)
            app.processEvents()
            samples, _ = pen_samples(app, view, pen, 10)
            for show in instruments:
                show(False)
            results[name] = {
                "pen_event_ms_p50": round(statistics.median(samples) * 1000, 3),
                "pen_event_ms_p99": round(pct(samples, 0.99) * 1000, 3),
                "pen_event_ms_max": round(max(samples) * 1000, 3),
            }
        view.close()
        store.close()
    print(
        json.dumps(
            {
                "benchmark": "pen_instruments",
                "platform": app.platformName(),
                "strokes": STROKES,
                "results": results,
                "budget_pen_event_ms_p99": 2.0,
                "ok": max(r["pen_event_ms_p99"] for r in results.values()) <= 2.0,
            }
        )
    )


if __name__ == "__main__":
    main()
