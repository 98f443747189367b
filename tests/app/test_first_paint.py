"""A tutor who stays signed in sees their requests at once: the main window paints from a quick read of the
cache before the heavy libraries are imported, and the same window takes the Store over without a change on
screen. The quick read never touches a cache it cannot read (DESIGN.md §5; bench/startup.py times it)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from astegni_desktop.api.models import SessionRequest
from astegni_desktop.cache_peek import peek
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.store import Store
from astegni_devserver.seed import DEMO_TUTOR
from tests.conftest import MemoryKeyring

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(180)]

EMAIL, PASSWORD = DEMO_TUTOR
HEAVY = ("sqlalchemy", "pydantic", "httpx", "alembic", "keyring", "qasync", "numpy", "aiortc")


def rows(window: MainWindow) -> list[tuple[str, ...]]:
    """The requests list as the tutor reads it (every column's text, in the order shown)."""
    model = window.requests.table.model()
    return [
        tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_next_start_paints_the_cached_requests_before_the_cache_is_opened(
    server, start_app, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = start_app(server)
    first.type_and_sign_in(EMAIL, PASSWORD)
    first.stays_open_and_syncs(seconds=0.5)
    expected = rows(first.window)
    badge = first.window.nav.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert first.quit() == 0
    assert len(expected) > 0

    seen: dict[str, Any] = {}
    attach = MainWindow.attach

    def watched(window: MainWindow, *args: Any) -> None:
        seen.update(
            window=window,
            visible=window.isVisible(),
            rows=rows(window),
            badge=window.nav.item(0).data(Qt.ItemDataRole.UserRole + 1),
            name=window.brand_sub.text(),
        )
        attach(window, *args)
        seen["rows_after"] = rows(window)

    monkeypatch.setattr(MainWindow, "attach", watched)
    again = start_app(server)
    again.qtbot.waitUntil(lambda: again.desktop.window is not None, timeout=15_000)
    assert again.desktop.signin is None  # resumed from the keyring: no dialog
    assert seen["window"] is again.desktop.window  # the window that painted first is the one kept
    assert seen["visible"]
    assert seen["rows"] == expected == seen["rows_after"]  # the same rows, shown before the Store was open
    assert seen["badge"] == badge
    assert seen["name"] == again.window.account.display_name
    again.stays_open_and_syncs(seconds=0.5)
    assert again.quit() == 0


def test_without_the_session_in_the_keyring_the_window_waits_for_the_sign_in(
    server, start_app, memory_keyring: MemoryKeyring
) -> None:
    first = start_app(server)
    first.type_and_sign_in(EMAIL, PASSWORD)
    first.stays_open_and_syncs(seconds=0.5)
    assert first.quit() == 0
    memory_keyring.store.clear()  # e.g. the keyring was reset: the painted window goes, the dialog asks
    again = start_app(server)
    again.signin()
    assert again.desktop.shell is None and again.desktop.window is None
    again.type_and_sign_in(EMAIL, PASSWORD)
    again.stays_open_and_syncs(seconds=0.5)
    assert again.quit() == 0


PROBE = """
import json, os, sys
from astegni_desktop import app
def paint_first(widget, wait=1.0):
    window = widget.window()
    print(json.dumps({"rows": window.requests.model.rowCount(), "attached": window.attached,
                      "heavy": [m for m in HEAVY if m in sys.modules]}), flush=True)
    os._exit(0)
app.paint_first = paint_first
app.main(["--data-dir", sys.argv[1]])
"""


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    """The app's real start (`main`) as a tutor who stays signed in: at the first paint the window shows the
    cached requests, and none of the heavy libraries has been imported yet."""
    key = "k" * 24
    make_cache(tmp_path / "accounts" / key / "cache.sqlite3")
    settings = {"last_account": key}
    (tmp_path / "settings.json").write_text(json.dumps(settings), "utf-8")
    code = f"HEAVY = {HEAVY!r}\n{PROBE}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"rows": 2, "attached": False, "heavy": []}


def make_cache(path: Path) -> list[tuple[int, str]]:
    """A cache as the Store writes it, with requests in it; returns (id, status) newest first."""
    store = Store(path)
    payload = {"id": 7, "status": "pending", "requested_to_name": "Abebe", "created_at": "2026-01-02T10:00"}
    older = {**payload, "id": 5, "requested_to_name": "Sara", "created_at": "2026-01-01T10:00"}
    store.replace_requests([SessionRequest.model_validate(p) for p in (payload, older)])
    expected = [(v.id, v.status) for v in store.requests()]
    store.close()
    return expected


def test_the_quick_read_shows_what_the_store_shows_and_changes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    expected = make_cache(cache)
    before = sorted(p.name for p in tmp_path.iterdir())
    cached = peek(cache)
    assert cached is not None
    assert [(v.id, v.status) for v in cached.requests] == expected
    assert [v.model.requested_to_name for v in cached.requests] == ["Abebe", "Sara"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no WAL, no journal, no marker


def test_the_quick_read_reads_through_the_wal_of_a_run_that_died(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    make_cache(cache)
    store = Store(cache)  # left open, as by a run that died: the answer below is only in its WAL
    store.queue_response(7, "accepted")
    cached = peek(cache)
    assert cached is not None
    assert [(v.id, v.status, v.sync_state) for v in cached.requests] == [
        (7, "accepted", "queued"),
        (5, "pending", "synced"),
    ]
    assert cached.pending == store.pending_count() == 1
    store.close()


def test_a_missing_damaged_or_other_cache_gives_nothing_to_paint(tmp_path: Path) -> None:
    assert peek(tmp_path / "none.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    assert peek(junk) is None
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as c:  # an older shape: no seen_at column, no outbox
        c.execute("CREATE TABLE session_requests (id INTEGER PRIMARY KEY, status TEXT, payload TEXT)")
    assert peek(other) is None
    odd = tmp_path / "odd.sqlite3"
    make_cache(odd)
    with sqlite3.connect(odd) as c:  # a row this version cannot read is left out, as the Store leaves it
        c.execute("UPDATE session_requests SET payload = ? WHERE id = 5", (json.dumps(["junk"]),))
    cached = peek(odd)
    assert cached is not None
    assert [v.id for v in cached.requests] == [7]
