"""A damaged cache never crashes the app and never loses queued work silently.

For each kind of damage (tests/hostile/damage.py): a tutor queues decisions on two requests and a whole lesson
(session, a second page, eight strokes, a chat message) while offline; the cache is damaged; the app opens
it, every screen's reads work, and after syncing the server holds every queued action exactly once. Where the
damage took queued actions with it, the tutor is told.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from astegni_desktop.api import AstegniApi
from astegni_desktop.ink import Page
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor
from tests.helpers.client import FAST, RecordingListener, drain_until_empty, signed_in
from tests.helpers.ink import HANNA, pen

from .damage import CASES, Case

pytestmark = pytest.mark.asyncio
TITLE = "Damage drill"
CHAT = "See you on Thursday"


@dataclass
class World:
    api: AstegniApi
    path: Path
    store: Store
    rejected: list[int] = field(default_factory=list)
    strokes: list[str] = field(default_factory=list)


async def queued_world(server: DevServer, tmp_path: Path, reopen: bool = False) -> World:
    """A signed-in tutor whose cache holds the server's data and 13 queued actions (queued after a restart
    with `reopen`, so the WAL holds only them)."""
    api = await signed_in(server.url)
    path = tmp_path / "live" / "cache.sqlite3"
    store = Store(path)
    await SyncEngine(api, store, RecordingListener(), FAST).sync_now()
    if reopen:
        store.close()
        store = Store(path)
    world = World(api, path, store)
    world.rejected = [r.id for r in store.requests() if r.status == "pending"][:2]
    for request_id in world.rejected:
        store.queue_response(request_id, "rejected", "damage drill")
    board = store.boards.create(TITLE)
    second = Page(title="Page 2")
    store.boards.add_page(board.board_id, second, 1)
    for i, page_id in enumerate([board.pages[0].page_id, second.page_id] * 4):
        stroke = pen(i)
        store.boards.add_stroke(page_id, stroke)
        world.strokes.append(stroke.client_id)
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", TITLE)
    store.lessons.queue_chat(board.board_id, CHAT)
    return world


def image_of(world: World, case: Case, target: Path) -> Path:
    """A copy of the cache as the damage finds it: taken while the app runs (a crash) or after it closed."""
    target.mkdir()
    if not case.crash_image:
        world.store.close()
    sides = [world.path.with_name(world.path.name + suffix) for suffix in ("-wal", "-shm", "-open")]
    for source in (world.path, *sides):
        if source.exists():
            shutil.copyfile(source, target / source.name)
    return target / world.path.name


def on_server(server: DevServer, world: World) -> tuple[Counter[str], int]:
    """How many times each queued action is on the server, and how many were expected."""
    s = tutor(server.url)
    seen: Counter[str] = Counter()
    try:
        statuses = {r["id"]: r["status"] for r in s.http.get("/api/session-requests/tutor").json()}
        for request_id in world.rejected:
            if statuses.get(request_id) == "rejected":
                seen[f"request:{request_id}"] += 1
        sessions = s.http.get("/api/whiteboard/sessions").json()["sessions"]
        for summary in sessions:
            if summary["session_title"] != TITLE:
                continue
            seen["session"] += 1
            body = s.http.get(f"/api/whiteboard/sessions/{summary['id']}").json()["session"]
            seen["page 2"] += sum(1 for p in body["pages"] if p.get("page_title") == "Page 2")
            for page in body["pages"]:
                for stroke in page["strokes"]:
                    seen[str(stroke["stroke_data"].get("client_id"))] += 1
            messages = s.http.get(f"/api/whiteboard/chat/{summary['id']}").json()["messages"]
            seen["chat"] += sum(1 for m in messages if m["message_text"] == CHAT)
    finally:
        s.close()
    wanted = [f"request:{r}" for r in world.rejected] + ["session", "page 2", "chat", *world.strokes]
    return Counter({k: seen[k] for k in wanted}), len(wanted)


def every_screen_reads(store: Store) -> None:
    """What the main window reads while it is built: none of it may raise."""
    store.requests()
    store.students()
    store.ops()
    store.calendar.lessons()
    store.calendar.availability()
    store.lessons.sessions()
    for info in store.boards.infos():
        store.boards.load(info.board_id)
        store.lessons.sync_state(info.board_id)


FIGURES: list[tuple[str, int, int, int]] = []  # (case, expected, lost, duplicated), quoted in the README


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_a_damaged_cache_opens_and_delivers_every_queued_action_exactly_once(
    case: Case, server: DevServer, tmp_path: Path
) -> None:
    world = await queued_world(server, tmp_path, reopen=case.checkpointed)
    if case.delivered_first:  # everything reached the server; the damage brings the queue back
        world.store.close()
        world.store = Store(world.path)
        await drain_until_empty(SyncEngine(world.api, world.store, RecordingListener(), FAST))
    path = image_of(world, case, tmp_path / "image")
    case.damage(path)

    store = Store(path)
    report = store.open_report
    every_screen_reads(store)
    await drain_until_empty(SyncEngine(world.api, store, RecordingListener(), FAST))
    every_screen_reads(store)

    counts, expected = on_server(server, world)
    lost = sum(1 for n in counts.values() if n == 0)
    duplicated = sum(n - 1 for n in counts.values() if n > 1)
    FIGURES.append((case.name, expected, lost, duplicated))
    print(f"FIGURE cache {case.name} expected={expected} lost={lost} duplicated={duplicated}")
    assert duplicated == 0
    if case.recoverable:
        assert lost == 0, counts
    else:
        assert lost == 0 or report.lost_ops, "queued work was lost without a word"
    if report.recovered_from is not None:
        assert report.recovered_from.exists()  # the damaged file is kept for a closer look
    store.close()
    world.store.close()
