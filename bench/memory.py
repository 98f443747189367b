"""Memory with 100,000 strokes loaded in a board page (budget ≤ 300 MB RSS). Prints JSON.

The strokes are written to a real cache, then loaded back the way the app opens a board, and a
viewport's worth of tiles is rendered (which fills the bounded outline cache).
Usage: python bench/memory.py [--strokes 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(path: Path, n: int) -> None:
    from astegni_desktop.store import Store
    from bench._ink import strokes

    store = Store(path)
    board = store.boards.create("memory")
    store.boards.replace_strokes(board.pages[0].page_id, [], strokes(n))
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--strokes", type=int, default=100_000)
    parser.add_argument("--prepare", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare(Path(args.prepare), args.strokes)
        return
    from PySide6.QtWidgets import QApplication

    from astegni_desktop.canvas.view import CanvasView
    from astegni_desktop.store import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    baseline = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite3"
        # Written by another process, so this one holds only what opening the board costs.
        import subprocess

        subprocess.run(
            [sys.executable, __file__, "--prepare", str(path), "--strokes", str(args.strokes)],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        before = rss_mb()
        store = Store(path)
        t0 = time.perf_counter()
        loaded = store.boards.load(store.boards.infos()[0].board_id)
        load_s = time.perf_counter() - t0
        assert loaded is not None and len(loaded.pages[0]) == args.strokes
        after_load = rss_mb()
        view = CanvasView(store.boards)
        view.resize(1280, 800)
        view.show()
        view.set_page(loaded.pages[0])
        view.repaint()
        app.processEvents()
        after_paint = rss_mb()
        store.close()
    print(
        json.dumps(
            {
                "benchmark": "memory",
                "strokes": args.strokes,
                "load_seconds": round(load_s, 2),
                "rss_mb_process_baseline": round(baseline, 1),
                "rss_mb_before_load": round(before, 1),
                "rss_mb_after_load": round(after_load, 1),
                "rss_mb_after_first_paint": round(after_paint, 1),
                "budget_mb": 300,
                "ok": after_paint <= 300,
            }
        )
    )


if __name__ == "__main__":
    main()
