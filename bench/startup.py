"""Cold start to a painted main window from a warm cache, as a ratio to a bare PySide6 window painted by a
fresh interpreter in the same run (budget ≤ 3×: DESIGN.md §5; absolute times differ 2–3× between machines).
Prints JSON.

Each run starts the real app in a fresh interpreter (`astegni-desktop --data-dir DIR`, imports included) as a
tutor starts it on a working day: signed in before (settings name the account, the keyring holds the
session: a test file keyring here), the cache filled by one real sync with the dev server beforehand. First
paint = the main window's requests list painted with the cached rows in it. "Ready" = the keyring read, the
Store open and the panels and sync engine attached (all imports done; the window works). No network on the
critical path. A tutor without a session sees the sign-in dialog first: not measured here. The baseline is a
fresh interpreter that imports PySide6 and paints a QMainWindow holding one label. A third child only imports
what a working window has imported (`all_imports_ratio_to_bare_qt`): the import cost alone, as a ratio that
load does not move much.

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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from astegni_desktop.credentials import SERVICE, StoredSession  # noqa: E402
from astegni_desktop.session import account_key  # noqa: E402
from bench._server import devserver_process, warm_cache  # noqa: E402

EMAIL, PASSWORD, NAME = "tutor@demo.astegni.et", "demo-tutor", "Meron Alemayehu"
# Every module of ours (and so every library) a working window has imported: the app's own import time.
IMPORT_ALL = (
    "import json, time; import astegni_desktop.app, astegni_desktop.mainwindow, astegni_desktop.store, "
    "astegni_desktop.sync, astegni_desktop.sync.qtbridge, astegni_desktop.api.client, "
    "astegni_desktop.panels.students, astegni_desktop.panels.schedule, astegni_desktop.credentials, keyring, "
    "qasync; print(json.dumps({'imported_at': time.time()}))"
)


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
        session = asyncio.run(_session(url))
        env["PYTHON_KEYRING_BACKEND"] = "tests.app.filekeyring.FileKeyring"
        bare_child = [str(ROOT / "bench" / "_bare_qt_child.py")]
        totals, readies, imports, everything, bare = [], [], [], [], []
        cpu_app, cpu_bare = [], []
        for run in range(args.runs + 1):
            data = Path(tmp) / f"run-{run}"  # fresh: the child ends abruptly once its window is ready
            env["ASTEGNI_TEST_KEYRING"] = str(_tutor_was_signed_in(data, cache, session))
            # Interleaved, so a busy moment of the machine weighs on both sides alike.
            app_times = _start([str(ROOT / "bench" / "_startup_child.py"), str(data)], env)
            bare_times = _start(bare_child, env)
            all_imports = _start(["-c", IMPORT_ALL], env)
            if run == 0:
                continue  # the first start after an install or an update writes our modules' bytecode
            totals.append(app_times["painted_at"])
            readies.append(app_times["ready_at"])
            imports.append(app_times["imported_at"])
            everything.append(all_imports["imported_at"])
            bare.append(bare_times["painted_at"])
            cpu_app.append(app_times["cpu_at_paint"])
            cpu_bare.append(bare_times["cpu_at_paint"])
    bare_median = statistics.median(bare)
    ratio = statistics.median(totals) / bare_median
    print(
        json.dumps(
            {
                "benchmark": "startup",
                "runs": args.runs,
                "cached_rows": counts,
                "seconds_to_first_paint_median": round(statistics.median(totals), 3),
                "seconds_to_first_paint_max": round(max(totals), 3),
                "seconds_interpreter_and_imports_median": round(statistics.median(imports), 3),
                "seconds_interpreter_and_all_imports_median": round(statistics.median(everything), 3),
                "seconds_to_ready_median": round(statistics.median(readies), 3),
                "bare_qt_seconds_to_first_paint_median": round(bare_median, 3),
                "ratio_to_bare_qt": round(ratio, 2),
                # the whole start (keyring, SQLAlchemy, pydantic, httpx, the Store): load-independent too
                "ready_ratio_to_bare_qt": round(statistics.median(readies) / bare_median, 2),
                "all_imports_ratio_to_bare_qt": round(statistics.median(everything) / bare_median, 2),
                # CPU seconds of each process to its first paint: what load barely moves
                "cpu_seconds_to_first_paint_median": round(statistics.median(cpu_app), 3),
                "bare_qt_cpu_seconds_to_first_paint_median": round(statistics.median(cpu_bare), 3),
                "cpu_ratio_to_bare_qt": round(statistics.median(cpu_app) / statistics.median(cpu_bare), 2),
                "platform": env["QT_QPA_PLATFORM"],
                "budget_ratio": 3.0,
                "ok": ratio <= 3.0,
            }
        )
    )


async def _session(url: str) -> StoredSession:
    """What the keyring holds after the demo tutor signed in."""
    from astegni_desktop.api import AstegniApi

    api = AstegniApi(url)
    user = (await api.login(EMAIL, PASSWORD)).user
    assert api.tokens is not None
    await api.aclose()
    return StoredSession(
        url, EMAIL, api.tokens.access, api.tokens.refresh, user.id, user.role_ids.get("tutor"), NAME
    )


def _tutor_was_signed_in(data: Path, cache: Path, session: StoredSession) -> Path:
    """A data folder as the app leaves it for a tutor who stays signed in; returns the keyring file."""
    key = account_key(session.server_url, EMAIL)
    (data / "accounts" / key).mkdir(parents=True)
    shutil.copy(cache, data / "accounts" / key / "cache.sqlite3")
    settings = {"server_url": session.server_url, "last_account": key, "last_account_name": NAME}
    (data / "settings.json").write_text(json.dumps(settings), "utf-8")
    ring = data.parent / f"keyring-{data.name}.json"
    ring.write_text(json.dumps({f"{SERVICE}|{key}": session.dumps()}), "utf-8")
    return ring


def _start(child: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting a fresh interpreter to each moment the child printed (CPU seconds as printed)."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, *child], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    result = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("{")))
    return {name: value if name.startswith("cpu") else value - started for name, value in result.items()}


if __name__ == "__main__":
    main()
