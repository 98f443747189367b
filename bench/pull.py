"""Pull and show 1,000 requests and 600 schedules: network + validation, cache write, panel fill. Prints JSON.

Usage: python bench/pull.py [--requests 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from astegni_desktop.api import AstegniApi  # noqa: E402
from astegni_desktop.panels.requests import RequestsPanel  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from astegni_devserver.db import Database  # noqa: E402
from astegni_devserver.models import SessionRequest, create_schema, utcnow  # noqa: E402
from astegni_devserver.seed import seed_demo_world  # noqa: E402
from bench._server import devserver_process  # noqa: E402


def grow(db_url: str, n: int) -> None:
    db = Database(db_url)
    create_schema(db.engine)
    with db.session() as s:
        seed_demo_world(s)
        now = utcnow()
        for i in range(n):
            s.add(
                SessionRequest(
                    tutor_id=100,
                    requester_id=2 + i % 25,
                    requester_type="student",
                    requested_to_id=501 + i % 25,
                    package_id=800 + i % 4,
                    status="pending",
                    message=f"Request {i}: help before the exam",
                    schedule_type="recurring",
                    year_range=[now.year],
                    months=["December"],
                    days=["Monday", "Wednesday"],
                    specific_dates=[],
                    start_time="16:00",
                    end_time="17:30",
                    counter_offer_price=250.0 + i % 7 * 10,
                    created_at=now - timedelta(minutes=i),
                    updated_at=now - timedelta(minutes=i),
                )
            )
    db.engine.dispose()


async def measure(url: str, cache: Path) -> dict[str, float | int]:
    api = AstegniApi(url)
    await api.login("tutor@demo.astegni.et", "demo-tutor")
    store = Store(cache)
    t0 = time.perf_counter()
    requests = await api.list_requests()
    t1 = time.perf_counter()
    store.replace_requests(requests)
    t2 = time.perf_counter()
    schedules = await api.list_schedules()
    t3 = time.perf_counter()
    store.calendar.replace_schedules(schedules)
    t4 = time.perf_counter()
    app = QApplication.instance() or QApplication([])
    panel = RequestsPanel(store, lambda *_: None)
    panel.resize(1200, 800)
    panel.show()
    t5 = time.perf_counter()
    panel.reload()
    panel.set_filter("all")
    app.processEvents()
    panel.repaint()
    t6 = time.perf_counter()
    await api.aclose()
    return {
        "requests": len(requests),
        "schedules": len(schedules),
        "fetch_requests_ms": round((t1 - t0) * 1000, 1),
        "cache_requests_ms": round((t2 - t1) * 1000, 1),
        "fetch_schedules_ms": round((t3 - t2) * 1000, 1),
        "cache_schedules_ms": round((t4 - t3) * 1000, 1),
        "show_requests_panel_ms": round((t6 - t5) * 1000, 1),
        "total_ms": round((t6 - t0) * 1000 - (t5 - t4) * 1000, 1),
        "rows_shown": panel.proxy.rowCount(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        grow(db_url, args.requests - 18)
        with devserver_process(extra=("--db", db_url)) as url:
            result = asyncio.run(measure(url, Path(tmp) / "cache.sqlite3"))
    print(json.dumps({"benchmark": "pull", **result}))


if __name__ == "__main__":
    main()
