"""Whiteboard lessons against the real dev server: a board prepared offline becomes a lesson, its strokes
reach the server exactly once in drawing order whatever the network does, and the student's strokes merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from astegni_desktop.api import AstegniApi
from astegni_desktop.ink import Page
from astegni_desktop.ink.codec import content_key, decode, encode
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_devserver.runner import DevServer
from astegni_devserver.seed import DEMO_TUTOR
from tests.helpers.api import student, tutor
from tests.helpers.client import FAST, drain_until_empty, engine_for, signed_in
from tests.helpers.ink import HANNA, pen

pytestmark = pytest.mark.asyncio


def server_canvas(server: DevServer, session_id: int) -> dict[str, Any]:
    s = tutor(server.url)
    try:
        body: dict[str, Any] = s.http.get(f"/api/whiteboard/sessions/{session_id}").json()["session"]
        return body
    finally:
        s.close()


def client_ids(page: dict[str, Any]) -> list[str]:
    strokes = sorted(page["strokes"], key=lambda st: (st["stroke_order"], st["id"]))
    return [st["stroke_data"].get("client_id") for st in strokes]


def prepare(store: Store, pages: int, per_page: int) -> tuple[str, list[list[str]]]:
    """A board of `pages` pages with `per_page` strokes each, drawn here; returns the drawing order."""
    board = store.boards.create("Quadratic equations")
    page_ids = [board.pages[0].page_id]
    for n in range(1, pages):
        page = Page(title=f"Page {n + 1}")
        store.boards.add_page(board.board_id, page, n)
        page_ids.append(page.page_id)
    order: list[list[str]] = []
    for p, page_id in enumerate(page_ids):
        ids = []
        for i in range(per_page):
            s = pen(p * 100 + i)
            store.boards.add_stroke(page_id, s)
            ids.append(s.client_id)
        order.append(ids)
    return board.board_id, order


async def test_a_lesson_prepared_offline_is_uploaded_page_by_page_in_drawing_order(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    server.stop()  # prepared on the train
    board_id, order = prepare(store, pages=2, per_page=12)
    assert store.pending_count() == 0  # preparation is local until a lesson starts
    store.lessons.bind(board_id, HANNA, "Hanna Tesfaye", "Quadratic equations")
    state = store.lessons.sync_state(board_id)
    assert state.bound and state.session_id is None and state.waiting == 24
    assert "Waiting to start" in state.summary()
    assert not await engine.sync_now()
    server.start()
    await drain_until_empty(engine)
    state = store.lessons.sync_state(board_id)
    assert state.summary() == "All synced" and state.session_id is not None
    canvas = server_canvas(server, state.session_id)
    assert canvas["participant_profile_ids"] == [HANNA]
    assert [p["page_title"] for p in canvas["pages"]] == ["Page 1", "Page 2"]
    assert [client_ids(p) for p in canvas["pages"]] == order
    # The server's ids are recorded locally.
    board = store.boards.load(board_id)
    assert board is not None
    assert all(s.server_id is not None for page in board.pages for s in page)
    assert [p.server_id for p in board.pages] == [p["id"] for p in canvas["pages"]]


@pytest.mark.parametrize("kinds", ["drop_after+malformed", "drop_before+delay+500+503+401"])
async def test_two_thousand_strokes_drain_exactly_once_in_order_under_faults(
    server: DevServer, tmp_path: Path, kinds: str
) -> None:
    api = await signed_in(server.url, timeout=0.5)
    engine, store, _ = engine_for(api, tmp_path)
    board_id, order = prepare(store, pages=2, per_page=1000)
    store.lessons.bind(board_id, HANNA, "Hanna Tesfaye", "Fault drill")
    server.set_faults(f"rate=0.05,kinds={kinds},seed=11,delay_ms=700,path=/api/whiteboard,methods=POST+GET")
    await drain_until_empty(engine, timeout=240)
    injected = server.faults.status()["total"]
    server.set_faults("rate=0")
    assert injected > 20
    state = store.lessons.sync_state(board_id)
    assert state.session_id is not None and not state.failed
    s = tutor(server.url)
    mine = [
        x
        for x in s.http.get("/api/whiteboard/sessions").json()["sessions"]
        if x["session_title"] == "Fault drill"
    ]
    s.close()
    assert len(mine) == 1  # quick-create exactly once too
    canvas = server_canvas(server, state.session_id)
    assert [client_ids(p) for p in canvas["pages"]] == order


async def test_a_crash_mid_send_is_checked_on_the_server_before_sending_again(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    board_id, order = prepare(store, pages=1, per_page=3)
    store.lessons.bind(board_id, HANNA, "Hanna Tesfaye", "Crash drill")
    await drain_until_empty(engine)
    extra = pen(7)
    store.boards.add_stroke(store.boards.load(board_id).pages[0].page_id, extra)  # type: ignore[union-attr]
    op = store.ready_ops(1e12)[0]
    store.mark_sending(op)
    await api.post_stroke(  # the request went out, then the app died before recording the answer
        store.lessons.stroke_to_send(extra.client_id).server_page_id,  # type: ignore[union-attr,arg-type]
        *encode(extra),
    )
    store.close()
    reopened = Store(store.path)
    assert reopened.ready_ops(1e12)[0].maybe_applied  # the sending mark survived the crash
    engine2, _, _ = engine_for(api, tmp_path)
    await drain_until_empty(engine2)
    session_id = reopened.lessons.sync_state(board_id).session_id
    assert session_id is not None
    assert client_ids(server_canvas(server, session_id)["pages"][0]) == [*order[0], extra.client_id]


async def test_the_students_strokes_merge_without_duplicates_across_reloads(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    board_id, _order = prepare(store, pages=1, per_page=2)
    store.lessons.bind(board_id, HANNA, "Hanna Tesfaye", "Merge drill")
    await drain_until_empty(engine)
    session_id = store.lessons.sync_state(board_id).session_id
    assert session_id is not None
    page_id = server_canvas(server, session_id)["pages"][0]["id"]
    # Hanna draws a triangle (a type the server does not check, so she needs no permission) from the web,
    # which writes no client_id.
    hanna = student(server.url)
    data = {"points": [[10, 10], [60, 10], [35, 50]], "color": "#c62828", "width": 2}
    r = hanna.http.post(
        "/api/whiteboard/canvas/stroke",
        json={"page_id": page_id, "stroke_type": "triangle", "stroke_data": data},
    )
    assert r.status_code == 200, r.text
    hanna.close()
    # She also relayed it live; we got the live copy first.
    live = decode("triangle", data, author="student", fallback_id=content_key("triangle", data))
    assert store.lessons.add_live_stroke(board_id, page_id, live) is not None
    for _ in range(3):  # reloads (reconnects, restarts) never add it again
        store.lessons.merge_session(await api.get_whiteboard_session(session_id), api.user_id)
    board = store.boards.load(board_id)
    assert board is not None
    strokes = list(board.pages[0])
    assert len(strokes) == 3
    assert [s.server_id for s in strokes if s.author == "student"] == [r.json()["stroke_id"]]


class UndoWhileSending(httpx.AsyncBaseTransport):
    """Loopback HTTP, but while the POST of one stroke is out (its request written, its answer not yet
    read by the app) the tutor undoes the next stroke, which the drain has already read by then."""

    def __init__(self, during: str, undo: Any) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.during = during
        self.undo = undo

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method == "POST" and self.during.encode() in request.content:
            self.undo()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_stroke_undone_while_the_one_before_it_is_sent_never_reaches_the_server(
    server: DevServer, tmp_path: Path
) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    board_id, order = prepare(store, pages=1, per_page=6)
    board = store.boards.load(board_id)
    assert board is not None
    page_id = board.pages[0].page_id
    undone = order[0][3]
    transport = UndoWhileSending(order[0][2], lambda: store.boards.set_deleted(page_id, [undone], True))
    api = AstegniApi(server.url, transport=transport)
    await api.login(*DEMO_TUTOR)
    engine = SyncEngine(api, store, None, FAST)
    store.lessons.bind(board_id, HANNA, "Hanna Tesfaye", "Undo drill")
    await drain_until_empty(engine)
    session_id = store.lessons.sync_state(board_id).session_id
    assert session_id is not None
    expected = [cid for cid in order[0] if cid != undone]
    assert client_ids(server_canvas(server, session_id)["pages"][0]) == expected
    board = store.boards.load(board_id)
    assert board is not None
    assert [s.client_id for s in board.pages[0]] == expected  # and it stays undone here
    assert store.pending_count() == 0
    await api.aclose()
