"""A full disk, a read-only disk and the data folder's permissions.

The full and read-only disks are real: a small tmpfs mounted for the test (the test is skipped where the
machine does not allow mounting). Nothing is lost: what could not be written is refused with a typed error the
app explains, and goes through once there is room again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from astegni_desktop.session import Account
from astegni_desktop.settings import Settings
from astegni_desktop.store import CacheReadOnly, DiskFull, Store
from astegni_desktop.sync import SyncEngine
from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor
from tests.helpers.client import FAST, RecordingListener, drain_until_empty, signed_in
from tests.helpers.ink import pen


def _mount(target: Path, options: str) -> bool:
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, check=False
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB disk of its own."""
    target = tmp_path / "disk"
    target.mkdir()
    if not _mount(target, "size=6m,mode=0700"):
        pytest.skip("this machine does not allow mounting a tmpfs")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


def fill(disk: Path) -> Path:
    """Write until the disk is full; the file to delete to make room again."""
    filler = disk / "filler"
    with filler.open("wb") as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 65536)
            f.flush()
    return filler


def remount(disk: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True)


@pytest.mark.asyncio
async def test_a_full_disk_refuses_work_clearly_and_loses_nothing(
    server: DevServer, small_disk: Path
) -> None:
    api = await signed_in(server.url)
    store = Store(small_disk / "accounts" / "k" / "cache.sqlite3")
    engine = SyncEngine(api, store, RecordingListener(), FAST)
    assert await engine.sync_now()
    board = store.boards.create("Full disk")
    pending = [r.id for r in store.requests() if r.status == "pending"]

    filler = fill(small_disk)
    with pytest.raises(DiskFull) as full:
        for i in range(2000):  # the WAL has some room left in its pages; it runs out
            store.boards.add_stroke(board.pages[0].page_id, pen(i))
    assert "disk is full" in full.value.message
    with pytest.raises(DiskFull):
        for request_id in pending:
            store.queue_response(request_id, "rejected", "full disk")
    await engine.sync_now()  # the pull cannot store anything: said, not raised
    assert any("disk is full" in e for e in engine.errors)
    store.requests(), store.boards.load(board.board_id)  # still reads

    filler.unlink()
    decided = next(r.id for r in store.requests() if r.status == "pending")
    store.queue_response(decided, "rejected", "room again")
    await drain_until_empty(engine)
    s = tutor(server.url)
    try:
        assert s.http.get(f"/api/session-requests/tutor/{decided}").json()["status"] == "rejected"
    finally:
        s.close()
    store.close()
    await api.aclose()


@pytest.mark.asyncio
async def test_a_read_only_cache_opens_read_only_and_says_so(server: DevServer, small_disk: Path) -> None:
    api = await signed_in(server.url)
    path = small_disk / "accounts" / "k" / "cache.sqlite3"
    store = Store(path)
    await SyncEngine(api, store, RecordingListener(), FAST).sync_now()
    cached = len(store.requests())
    store.close()
    remount(small_disk, "ro")
    try:
        again = Store(path)
        assert again.read_only and again.open_report.notes  # the app shows the note
        assert len(again.requests()) == cached  # what it has is shown
        engine = SyncEngine(api, again, RecordingListener(), FAST)
        assert not await engine.sync_now()
        assert any("read-only" in e for e in engine.errors)
        with pytest.raises(CacheReadOnly):
            again.queue_response(again.requests()[0].id, "rejected")
        again.close()
        with pytest.raises(CacheReadOnly):  # no cache at all, and none can be made: a clear error
            Store(small_disk / "accounts" / "other" / "cache.sqlite3")
    finally:
        remount(small_disk, "rw")
    await api.aclose()


def test_the_data_folder_and_accounts_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Settings().save(data / "settings.json")
    account = Account("k" * 24, "https://astegni.com", "t@example.com", 1, 2, "T")
    Store(account.cache_path(data)).close()
    for folder in (data, data / "accounts", data / "accounts" / account.key):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(account.cache_path(data).stat().st_mode) == 0o600


def test_a_failing_chmod_does_not_stop_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", refuse)
    store = Store(tmp_path / "accounts" / "k" / "cache.sqlite3")
    assert not store.read_only
    store.boards.create("Still works")
    store.close()


@pytest.mark.gui
def test_a_stroke_drawn_on_a_full_disk_stays_on_the_page_and_is_saved_later(small_disk: Path, qtbot) -> None:
    from astegni_desktop.panels.whiteboard import WhiteboardPanel
    from tests.helpers.tablet import Pen

    path = small_disk / "accounts" / "k" / "cache.sqlite3"
    store = Store(path)
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    board = panel.new_board("Full disk")
    canvas = panel.editor.canvas
    filler = fill(small_disk)
    drawn = 0
    pen = Pen()
    while not canvas.unsaved and drawn < 500:  # until the cache refuses one
        pen.stroke(canvas, [(100 + drawn % 50 * 10, 200, 0.5), (140 + drawn % 50 * 10, 260, 0.6)])
        drawn += 1
    assert canvas.unsaved, "the disk never filled"
    pen.stroke(canvas, [(300, 500, 0.5), (400, 560, 0.6)])  # and one more, behind it
    drawn += 1
    assert canvas.page is not None and len(canvas.page) == drawn  # nothing vanished at pen-up
    assert panel.editor.save_warning.isVisible() and "disk is full" in panel.editor.save_warning.text()

    filler.unlink()
    qtbot.waitUntil(lambda: not canvas.unsaved, timeout=10_000)
    assert not panel.editor.save_warning.isVisible()
    store.close()
    again = Store(path)
    loaded = again.boards.load(board.board_id)
    assert loaded is not None and len(loaded.pages[0]) == drawn  # every stroke written, once
    again.close()


@pytest.mark.gui
def test_an_action_the_full_disk_refuses_in_a_window_is_said(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An accept/reject or any edit whose transaction the disk refuses: a dialog says why (it used to go to
    stderr only), and it is not reported as a crash."""
    from PySide6.QtWidgets import QPushButton

    from astegni_desktop import app
    from astegni_desktop.diagnostics import Diagnostics

    said: list[str] = []
    reported: list[str] = []
    monkeypatch.setattr(app, "warn", lambda _parent, _title, text: said.append(text))
    diagnostics = Diagnostics(tmp_path / "logs")
    diagnostics.explain = app.explain_cache_errors
    diagnostics.reporter = lambda what, _details: reported.append(what)
    button = QPushButton("Accept")
    qtbot.addWidget(button)

    def accept() -> None:
        raise DiskFull()

    button.clicked.connect(accept)
    diagnostics.install()
    try:
        button.click()
    finally:
        diagnostics.uninstall()
    assert said and "disk is full" in said[0]
    assert not reported
