"""Outbox drain of N strokes to the dev server on loopback vs. a bare sequential httpx POST loop over one
connection (DESIGN.md §5: ratio ≥ 0.8). The dev server runs in its own process. Prints JSON.

Usage: python bench/drain.py [--strokes 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from astegni_desktop.api import AstegniApi  # noqa: E402
from astegni_desktop.ink.codec import encode  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from astegni_desktop.sync import EngineTiming, SyncEngine  # noqa: E402
from astegni_devserver.seed import DEMO_TUTOR  # noqa: E402
from bench._server import devserver_process  # noqa: E402
from tests.helpers.ink import HANNA, pen  # noqa: E402


async def bare_loop(url: str, n: int) -> float:
    """The yardstick: one quick-create, then N sequential stroke POSTs on one keep-alive connection."""
    api = AstegniApi(url)
    await api.login(*DEMO_TUTOR)
    created = await api.quick_create(HANNA, "bench bare")
    bodies = [encode(pen(i)) for i in range(n)]
    assert api.tokens is not None
    headers = {"Authorization": f"Bearer {api.tokens.access}"}
    async with httpx.AsyncClient(base_url=url, headers=headers) as http:
        start = time.perf_counter()
        for kind, data in bodies:
            r = await http.post(
                "/api/whiteboard/canvas/stroke",
                json={"page_id": created.page_id, "stroke_type": kind, "stroke_data": data},
            )
            r.raise_for_status()
        elapsed = time.perf_counter() - start
    await api.aclose()
    return elapsed


async def outbox_drain(url: str, n: int, cache: Path) -> tuple[float, float]:
    """The app's path: strokes committed at pen-up (queued offline), then the engine delivers them all."""
    store = Store(cache)
    board = store.boards.create("bench")
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "bench drain")
    page_id = board.pages[0].page_id
    t0 = time.perf_counter()
    for i in range(n):
        store.boards.add_stroke(page_id, pen(i))
    commit_ms = (time.perf_counter() - t0) * 1000 / n
    api = AstegniApi(url)
    await api.login(*DEMO_TUTOR)
    engine = SyncEngine(api, store, None, EngineTiming(pull_interval=1e9))
    start = time.perf_counter()
    while store.pending_count():
        await engine.sync_once()
    elapsed = time.perf_counter() - start
    await api.aclose()
    store.close()
    return elapsed, commit_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strokes", type=int, default=5000)
    args = parser.parse_args()
    with devserver_process() as url, tempfile.TemporaryDirectory() as tmp:
        asyncio.run(bare_loop(url, 200))  # warm both sides
        bare = asyncio.run(bare_loop(url, args.strokes))
        drained, commit_ms = asyncio.run(outbox_drain(url, args.strokes, Path(tmp) / "c.sqlite3"))
    print(
        json.dumps(
            {
                "strokes": args.strokes,
                "bare_httpx_per_s": round(args.strokes / bare, 1),
                "outbox_drain_per_s": round(args.strokes / drained, 1),
                "ratio": round(bare / drained, 3),
                "budget_ratio": 0.8,
                "pen_up_commit_ms": round(commit_ms, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
