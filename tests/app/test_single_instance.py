"""One running copy per data folder (issue 12): two launches on one folder with strokes and decisions
queued, and every action reaches the server exactly once; a later launch hands over and exits 0; a lock
left by a killed copy is taken over."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from astegni_desktop.credentials import SecretStore
from astegni_desktop.instance import SingleInstance
from astegni_desktop.session import SessionManager
from astegni_desktop.settings import Settings
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_devserver.runner import DevServer
from astegni_devserver.seed import DEMO_TUTOR
from tests.helpers.api import tutor
from tests.helpers.client import FAST

from .filekeyring import FileKeyring

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]
ROOT = Path(__file__).resolve().parents[2]
STROKES = 12


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "keyring.json"
    old = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(path))
    yield path
    keyring.set_keyring(old)


def signed_in_data_folder(server: DevServer, data: Path) -> tuple[Path, dict[int, str]]:
    """A tutor's data folder as a previous run leaves it: signed in (tokens in the keyring), the cache
    pulled, three decisions queued. The cache's path and the decisions."""
    loop = asyncio.new_event_loop()
    try:
        session = SessionManager(SecretStore())
        account = loop.run_until_complete(session.sign_in(server.url, *DEMO_TUTOR))
        assert session.api is not None
        store = Store(account.cache_path(data))
        loop.run_until_complete(SyncEngine(session.api, store, None, FAST).sync_now())
        pending = [r for r in store.requests() if r.status == "pending" and r.model.package_id is not None]
        decisions = {r.id: ("accepted" if i % 2 == 0 else "rejected") for i, r in enumerate(pending[:3])}
        for rid, status in decisions.items():
            store.queue_response(rid, status, None if status == "accepted" else "Full this term")
        store.close()
        loop.run_until_complete(session.api.aclose())
    finally:
        loop.close()
    Settings(server_url=server.url, last_account=account.key).save(data / "settings.json")
    return account.cache_path(data), decisions


def draw_offline(cache: Path, strokes: int) -> None:
    """Strokes on a lesson board, drawn with synthesized pen input while the server cannot be reached."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.harness",
            "--cache",
            str(cache),
            "--server",
            "http://127.0.0.1:9",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    done = 0
    while done < strokes:
        line = proc.stdout.readline()
        assert line, "the drawing harness ended early"
        done += line.startswith("done ")
    proc.kill()
    proc.wait(timeout=10)


def launch(data: Path, keyring_file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "astegni_desktop", "--data-dir", str(data)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "tests.app.filekeyring.FileKeyring",
            "ASTEGNI_TEST_KEYRING": str(keyring_file),
        },
    )


def outbox(cache: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{cache}?mode=ro", uri=True, timeout=5) as db:
        return dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())


def wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def test_two_launches_on_one_folder_send_every_action_exactly_once(
    server: DevServer, tmp_path: Path, file_keyring: Path
) -> None:
    data = tmp_path / "data"
    cache, decisions = signed_in_data_folder(server, data)
    draw_offline(cache, STROKES)
    store = Store(cache)
    board = store.boards.load(store.boards.infos()[0].board_id)
    assert board is not None
    local = [s.client_id for s in board.pages[0]]
    store.close()
    assert len(local) >= STROKES and outbox(cache).get("pending", 0) >= len(local) + 3
    first, second = launch(data, file_keyring), launch(data, file_keyring)  # as two quick clicks do
    procs = [first, second]
    try:
        wait_for(lambda: any(p.poll() is not None for p in procs), 30, "one of the two launches to hand over")
        handed = next(p for p in procs if p.poll() is not None)
        running = next(p for p in procs if p is not handed)
        assert handed.returncode == 0, handed.communicate()[1][-2000:]
        time.sleep(1.0)
        assert running.poll() is None, running.communicate()[1][-3000:]
        wait_for(lambda: not set(outbox(cache)) - {"done"}, 90, f"the outbox to drain: {outbox(cache)}")
        later = launch(data, file_keyring)  # the tutor opens it again from the menu
        assert later.wait(timeout=30) == 0
        assert running.poll() is None
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                p.wait(timeout=10)
    store = Store(cache)
    lesson = store.lessons.lesson(board.board_id)
    assert store.pending_count() == 0 and lesson is not None and lesson.session_id is not None
    store.close()
    s = tutor(server.url)
    try:
        statuses = {r["id"]: r["status"] for r in s.http.get("/api/session-requests/tutor").json()}
        pages = s.http.get(f"/api/whiteboard/sessions/{lesson.session_id}").json()["session"]["pages"]
    finally:
        s.close()
    on_server = [st["stroke_data"]["client_id"] for st in sorted(pages[0]["strokes"],
                 key=lambda x: (x["stroke_order"], x["id"]))]  # fmt: skip
    assert {rid: statuses[rid] for rid in decisions} == decisions
    assert on_server == local  # every stroke arrived once, in drawing order


def test_a_lock_left_by_a_killed_copy_is_taken_over(tmp_path: Path, qapp) -> None:
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "from astegni_desktop.instance import SingleInstance; app = QCoreApplication([]);"
            "i = SingleInstance(Path(sys.argv[1])); print(i.acquire(), flush=True); time.sleep(60)",
            str(data),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    here = SingleInstance(data)
    assert not here.acquire()  # a live owner keeps it
    holder.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
    holder.wait(timeout=10)
    assert (data / "instance.lock").exists()
    assert here.acquire()  # the dead owner's lock is stale and taken over
    here.release()


def test_a_second_launch_brings_the_running_window_back(
    server: DevServer, start_app, memory_keyring, tmp_path: Path, qtbot
) -> None:
    app = start_app(server)
    app.type_and_sign_in(*DEMO_TUTOR)
    qtbot.waitUntil(app.synced, timeout=15_000)
    app.window.hide()  # closed to the tray
    second = subprocess.Popen(
        [sys.executable, "-m", "astegni_desktop", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)  # Qt keeps spinning for the hand-over
    assert second.returncode == 0, second.communicate()[1][-2000:]
    qtbot.waitUntil(app.window.isVisible, timeout=5000)  # the running copy came to the front
    assert not app.task.done()
    assert app.quit() == 0
