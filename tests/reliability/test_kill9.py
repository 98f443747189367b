"""kill -9 at random moments (DESIGN.md §6): after a restart and reconnect, the server holds every finished
stroke exactly once, in drawing order; at most the stroke under the pen is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from astegni_desktop.store import Store
from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor

TRIALS = int(os.environ.get("KILL_TRIALS", "50"))
ROOT = Path(__file__).resolve().parents[2]


def harness(cache: Path, server: str, *flags: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.harness",
            "--cache",
            str(cache),
            "--server",
            server,
            *flags,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.timeout(900)
def test_kill_9_at_random_moments_loses_nothing_and_doubles_nothing(
    server: DevServer, tmp_path: Path
) -> None:
    cache = tmp_path / "cache.sqlite3"
    rng = random.Random(2026)
    finished: list[str] = []
    offline = "http://127.0.0.1:9"  # nothing listens there
    for trial in range(TRIALS):
        online = trial % 2 == 1  # half the trials also sync between strokes, so kills land mid-request
        proc = harness(cache, server.url if online else offline, *(["--sync"] if online else []),
                       "--seed", str(trial))  # fmt: skip
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=10)
        finished += [line.split()[1] for line in out.splitlines() if line.startswith("done ")]
    drain = harness(cache, server.url, "--drain")
    out, _ = drain.communicate(timeout=240)
    assert "drained" in out
    store = Store(cache)
    board = store.boards.load(store.boards.infos()[0].board_id)
    assert board is not None
    local = [s.client_id for s in board.pages[0]]
    session_id = store.lessons.lesson(board.board_id).session_id  # type: ignore[union-attr]
    s = tutor(server.url)
    pages = s.http.get(f"/api/whiteboard/sessions/{session_id}").json()["session"]["pages"]
    s.close()
    on_server = [st["stroke_data"]["client_id"] for st in sorted(pages[0]["strokes"],
                 key=lambda x: (x["stroke_order"], x["id"]))]  # fmt: skip
    assert len(finished) > TRIALS  # strokes were finished in most trials
    assert len(on_server) == len(set(on_server))  # exactly once
    assert on_server == local  # in drawing order, identical to the tutor's canvas
    assert set(finished) <= set(on_server)  # every finished stroke arrived
