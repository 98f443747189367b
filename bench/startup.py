"""Cold start to a painted main window from a warm cache, as a ratio to a bare PySide6 window painted by a
fresh interpreter in the same run (budget ≤ 3×: DESIGN.md §5; absolute times differ 2–3× between machines).
Prints JSON.

A fresh interpreter is started each run (imports included); the cache was filled by one real sync with the
dev server beforehand. The window paints from the cache alone: no network on the critical path.

Bytecode: these machines set PYTHONDONTWRITEBYTECODE=1, under which every start compiles every module without
a .pyc from source (0.57 s more when SQLAlchemy and pydantic had none). A tutor's install has bytecode: the
bundle ships it, `uv sync` compiles the libraries (pyproject: compile-bytecode), and Python caches ours on
the first start. So the children may write bytecode, and one unmeasured start comes first.
Usage: python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._server import devserver_process, warm_cache  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    with tempfile.TemporaryDirectory() as tmp, devserver_process() as url:
        cache = Path(tmp) / "cache.sqlite3"
        counts = asyncio.run(warm_cache(url, cache))
        app_child = [str(ROOT / "bench" / "_startup_child.py"), str(cache), url]
        bare_child = [str(ROOT / "bench" / "_bare_qt_child.py")]
        totals, imports, bare = [], [], []
        for run in range(args.runs + 1):
            # Interleaved, so a busy moment of the machine weighs on both sides alike.
            app_painted, app_imported = _start(app_child, env)
            bare_painted, _ = _start(bare_child, env)
            if run == 0:
                continue  # the first start after an install or an update writes our modules' bytecode
            totals.append(app_painted)
            imports.append(app_imported)
            bare.append(bare_painted)
    ratio = statistics.median(totals) / statistics.median(bare)
    print(
        json.dumps(
            {
                "benchmark": "startup",
                "runs": args.runs,
                "cached_rows": counts,
                "seconds_to_first_paint_median": round(statistics.median(totals), 3),
                "seconds_to_first_paint_max": round(max(totals), 3),
                "seconds_interpreter_and_imports_median": round(statistics.median(imports), 3),
                "bare_qt_seconds_to_first_paint_median": round(statistics.median(bare), 3),
                "ratio_to_bare_qt": round(ratio, 2),
                "platform": env["QT_QPA_PLATFORM"],
                "budget_ratio": 3.0,
                "ok": ratio <= 3.0,
            }
        )
    )


def _start(child: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting a fresh interpreter to its first paint, and to the end of its imports."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, *child], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    result = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("{")))
    return result["painted_at"] - started, result["imported_at"] - started


if __name__ == "__main__":
    main()
