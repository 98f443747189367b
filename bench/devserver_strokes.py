"""Post N strokes sequentially over one keep-alive connection; print strokes/s as JSON.

Target: ≥ 500 strokes/s on SQLite, so the dev server is never the bottleneck of client benchmarks.
Usage: python bench/devserver_strokes.py [--strokes 5000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._server import devserver_process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--strokes", type=int, default=5000)
    args = parser.parse_args()
    with devserver_process(seed="empty") as url, httpx.Client(base_url=url, timeout=30) as http:
        login = http.post("/api/login", data={"username": "tutor@demo.astegni.et", "password": "demo-tutor"})
        http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        q = http.post(
            "/api/whiteboard/sessions/quick-create",
            json={
                "participant_profile_id": 501,
                "participant_profile_type": "student",
                "host_profile_type": "tutor",
                "session_title": "bench",
            },
        ).json()
        points = [[100 + i * 2.5, 200 + (i % 7) * 1.5] for i in range(40)]
        latencies = []
        started = time.perf_counter()
        for i in range(args.strokes):
            data = {
                "points": points,
                "color": "#1a237e",
                "width": 3,
                "client_id": str(uuid.uuid4()),
                "pressures": [0.5] * len(points),
                "t": list(range(0, 40 * 8, 8)),
            }
            t0 = time.perf_counter()
            r = http.post(
                "/api/whiteboard/canvas/stroke",
                json={"page_id": q["page_id"], "stroke_type": "pen", "stroke_data": data},
            )
            latencies.append(time.perf_counter() - t0)
            if r.status_code != 200 or r.json()["stroke_order"] != i + 1:
                raise SystemExit(f"stroke {i} failed: {r.status_code} {r.text[:200]}")
        elapsed = time.perf_counter() - started
    latencies.sort()
    print(
        json.dumps(
            {
                "benchmark": "devserver_strokes",
                "strokes": args.strokes,
                "seconds": round(elapsed, 3),
                "strokes_per_second": round(args.strokes / elapsed, 1),
                "latency_ms_median": round(statistics.median(latencies) * 1000, 3),
                "latency_ms_p99": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 3),
                "target_strokes_per_second": 500,
                "ok": args.strokes / elapsed >= 500,
            }
        )
    )


if __name__ == "__main__":
    main()
