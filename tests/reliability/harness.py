"""The app's drawing path in a subprocess, for kill -9 trials: a real canvas on a real cache, driven by
synthesized pen input, optionally syncing between strokes. Prints "done <client_id>" after each pen-up has
returned (the stroke is durable by then) and "ready" once it starts drawing.

    python -m tests.reliability.harness --cache C --server URL [--sync] [--drain]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from astegni_desktop.api import AstegniApi
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.store import Store
from astegni_desktop.sync import EngineTiming, RetryPolicy, SyncEngine
from astegni_devserver.seed import DEMO_TUTOR
from tests.helpers.ink import HANNA
from tests.helpers.tablet import Pen

TIMING = EngineTiming(pull_interval=3600, op_retry=RetryPolicy(base=0.01, cap=0.05),
                      probe=RetryPolicy(base=0.05, cap=0.2), settle=1.0)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--sync", action="store_true", help="deliver queued strokes between strokes")
    parser.add_argument("--drain", action="store_true", help="only deliver everything queued, then exit")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    store = Store(Path(args.cache))
    infos = store.boards.infos()
    if infos:
        board = store.boards.load(infos[0].board_id)
    else:
        board = store.boards.create("Kill drill")
        store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "Kill drill")
    assert board is not None
    loop = asyncio.new_event_loop()
    engine = None
    if args.sync or args.drain:
        api = AstegniApi(args.server, timeout=2.0)
        loop.run_until_complete(api.login(*DEMO_TUTOR))
        engine = SyncEngine(api, store, None, TIMING)
    if args.drain:
        assert engine is not None
        for _ in range(2000):
            loop.run_until_complete(engine.sync_now())
            if store.pending_count() == 0:
                print("drained", flush=True)
                return 0
            loop.run_until_complete(asyncio.sleep(0.05))
        return 1
    canvas = CanvasView(store.boards)
    canvas.resize(1000, 700)
    canvas.show()
    canvas.set_page(board.pages[0])
    pen = Pen()
    rng = random.Random(args.seed)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        x, y = rng.uniform(50, 900), rng.uniform(50, 600)
        points = [(x + k * 6, y + (k % 4) * 5, 0.3 + (k % 5) * 0.1) for k in range(rng.randint(4, 20))]
        before = set(canvas.page.strokes) if canvas.page else set()
        pen.stroke(canvas, points)
        app.processEvents()
        new = [cid for cid in (canvas.page.strokes if canvas.page else {}) if cid not in before]
        for cid in new:
            print(f"done {cid}", flush=True)
        if engine is not None and i % 3 == 0:
            loop.run_until_complete(engine.sync_once())


if __name__ == "__main__":
    sys.exit(main())
