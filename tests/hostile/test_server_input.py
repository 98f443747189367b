"""What a student or a slow server can do to the tutor's work through the dev server, and the client's answer.

A stroke nested 300 deep is stored and served back as PostgreSQL's JSONB would (it used to make the session
read answer 500 for ever); a request's `year_range` of [10000] no longer breaks accept; the admin endpoints'
loopback check reads addresses, not strings. On the client: only the D5 answer makes an accept permanent, and
a stroke POST whose answer drips past the deadline is checked, not sent twice.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_devserver.app import is_loopback
from astegni_devserver.runner import DevServer
from tests.helpers.api import student, tutor
from tests.helpers.client import FAST, RecordingListener, drain_until_empty
from tests.helpers.ink import HANNA, pen

from .hostile_server import HostileServer, Request, Upstream, answer, drip, json_answer
from .test_bad_answers import api_through, nested


def test_a_stroke_nested_300_deep_is_served_back_and_one_past_512_refused(server: DevServer) -> None:
    s = tutor(server.url)
    try:
        session = s.http.get("/api/whiteboard/sessions").json()["sessions"][0]["id"]
        page = s.http.get(f"/api/whiteboard/sessions/{session}").json()["session"]["pages"][0]["id"]
        deep = {"points": [[1, 2], [3, 4]], "deep": nested(300)}
        stored = s.http.post(
            "/api/whiteboard/canvas/stroke", json={"page_id": page, "stroke_type": "pen", "stroke_data": deep}
        )
        assert stored.status_code == 200
        read = s.http.get(f"/api/whiteboard/sessions/{session}")
        assert read.status_code == 200  # was 500 for ever once such a stroke was stored
        strokes = [st for p in read.json()["session"]["pages"] for st in p["strokes"]]
        assert any(st["stroke_data"] == deep for st in strokes)
        too_deep = {"points": [[1, 2]], "deep": nested(600)}
        refused = s.http.post(
            "/api/whiteboard/canvas/stroke",
            json={"page_id": page, "stroke_type": "pen", "stroke_data": too_deep},
        )
        assert refused.status_code == 422
    finally:
        s.close()


def test_accepting_a_request_whose_year_range_is_10000_works(server: DevServer) -> None:
    learner = student(server.url)
    try:
        made = learner.http.post(
            "/api/session-requests",
            json={
                "tutor_id": 100,
                "package_id": 803,
                "schedule_type": "recurring",
                "days": ["Monday"],
                "months": ["January"],
                "year_range": [10000],
                "start_time": "09:00",
                "end_time": "10:00",
            },
        )
        assert made.status_code == 200
        request_id = made.json()["request_id"]
    finally:
        learner.close()
    s = tutor(server.url)
    try:
        accepted = s.http.patch(f"/api/session-requests/tutor/{request_id}", json={"status": "accepted"})
        assert accepted.status_code == 200, accepted.text
    finally:
        s.close()


@pytest.mark.parametrize(
    "host, loopback",
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("testclient", True),
        ("127.0.0.1.evil.example", False),
        ("10.0.0.127", False),
        ("::ffff:10.0.0.1", False),
        ("", False),
    ],
)
def test_the_admin_endpoints_answer_loopback_addresses_only(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.asyncio
async def test_only_the_d5_answer_makes_an_accept_without_a_package_permanent(
    server: DevServer, tmp_path: Path
) -> None:
    proxy = HostileServer(server.url).start()
    try:
        api = await api_through(proxy)
        store = Store(tmp_path / "cache.sqlite3")
        engine = SyncEngine(api, store, RecordingListener(), FAST)
        await engine.sync_now()
        request = next(r for r in store.requests() if r.status == "pending" and r.model.package_id is None)
        store.queue_response(request.id, "accepted")
        # A restarting gateway answers 503 a few times: worth retrying, not a refusal.
        busy = json_answer({"detail": "Service Unavailable"}, 503)
        proxy.rules[f"PATCH /api/session-requests/tutor/{request.id}$"] = busy
        await engine.sync_now()
        assert store.ops(("failed",)) == [] and store.pending_count() == 1
        proxy.rules.clear()
        await drain_until_empty(engine)
        view = store.request(request.id)
        assert view is not None and view.status == "accepted"
        store.close()
        await api.aclose()
    finally:
        proxy.stop()


@pytest.mark.asyncio
async def test_a_stroke_whose_answer_drips_past_the_deadline_is_checked_not_sent_twice(
    server: DevServer, tmp_path: Path
) -> None:
    proxy = HostileServer(server.url).start()
    try:
        api = await api_through(proxy)
        store = Store(tmp_path / "cache.sqlite3")
        engine = SyncEngine(api, store, RecordingListener(), FAST)
        board = store.boards.create("Slow server")
        strokes = [pen(i) for i in range(3)]
        for stroke in strokes:
            store.boards.add_stroke(board.pages[0].page_id, stroke)
        store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "Slow server")

        async def store_then_drip(req: Request, up: Upstream, out: asyncio.StreamWriter) -> bool:
            await up()  # the server stores the stroke; its answer never arrives in time
            return await drip(0.5)(req, up, out)

        proxy.rules["POST /api/whiteboard/canvas/stroke"] = store_then_drip
        started = time.monotonic()
        await engine.sync_now()
        assert time.monotonic() - started < 10
        assert store.pending_count() > 0  # kept, to be checked
        proxy.rules.clear()
        await drain_until_empty(engine)
        info = store.lessons.lesson(board.board_id)
        assert info is not None and info.session_id is not None
        body = httpx.get(
            f"{server.url}/api/whiteboard/sessions/{info.session_id}",
            headers={"Authorization": f"Bearer {api.tokens.access if api.tokens else ''}"},
        ).json()["session"]
        ids = [st["stroke_data"].get("client_id") for p in body["pages"] for st in p["strokes"]]
        assert sorted(ids) == sorted(s.client_id for s in strokes)  # each exactly once
        store.close()
        await api.aclose()
    finally:
        proxy.stop()


@pytest.mark.asyncio
async def test_a_canvas_that_cannot_be_downloaded_is_shown_as_a_problem_and_not_retried_for_ever(
    server: DevServer, tmp_path: Path
) -> None:
    proxy = HostileServer(server.url).start()
    try:
        api = await api_through(proxy)
        store = Store(tmp_path / "cache.sqlite3")
        engine = SyncEngine(api, store, RecordingListener(), FAST)
        board = store.boards.create("Unreadable canvas")
        store.boards.add_stroke(board.pages[0].page_id, pen(1))
        store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "Unreadable canvas")

        async def store_then_drip(req: Request, up: Upstream, out: asyncio.StreamWriter) -> bool:
            await up()
            return await drip(0.5)(req, up, out)

        proxy.rules["POST /api/whiteboard/canvas/stroke"] = store_then_drip  # the answer is lost: check
        proxy.rules["GET /api/whiteboard/sessions/"] = answer(
            200, b'{"session": {"id": '
        )  # and never readable
        for _ in range(40):
            await engine.sync_now()
            if store.ops(("failed",)):
                break
            await asyncio.sleep(0.1)
        state = store.lessons.sync_state(board.board_id)
        assert state.failed == 1 and state.failed_error is not None
        assert "cannot be downloaded" in state.failed_error  # shown on the board, with retry and discard
        store.close()
        await api.aclose()
    finally:
        proxy.stop()
