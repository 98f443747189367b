"""Sync engine against the real dev server and a real SQLite cache: pull, queued decisions, exactly once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from astegni_desktop.store import Store
from astegni_desktop.store.db import _engine, migrate
from astegni_desktop.sync import Connectivity
from astegni_devserver.routers.requests import lesson_dates
from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor
from tests.helpers.client import drain_until_empty, engine_for, signed_in

pytestmark = pytest.mark.asyncio


def server_statuses(server: DevServer) -> dict[int, str]:
    s = tutor(server.url)
    try:
        return {r["id"]: r["status"] for r in s.http.get("/api/session-requests/tutor").json()}
    finally:
        s.close()


async def test_a_pull_fills_every_panel_from_the_server(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url)
    engine, store, listener = engine_for(api, tmp_path)
    assert await engine.sync_now()
    counts = store.counts()
    assert counts["requests"] == 18 and counts["students"] == 9
    assert counts["lessons"] > 200 and counts["schedules"] > 550
    assert engine.connectivity is Connectivity.ONLINE and engine.last_sync is not None
    assert listener.changes[-1] == frozenset({"requests", "students", "lessons", "schedules", "whiteboard"})
    assert listener.new == []  # the first fill is not "new requests"
    assert store.unseen_pending() == 6
    # a new request arrives on the server: the next pull says so
    student = httpx.post(
        f"{server.url}/api/login", data={"username": "student@demo.astegni.et", "password": "demo-student"}
    ).json()
    r = httpx.post(
        f"{server.url}/api/session-requests",
        json={"tutor_id": 100, "package_id": 803},
        headers={"Authorization": f"Bearer {student['access_token']}"},
    )
    assert r.status_code == 200
    assert await engine.sync_now()
    assert listener.new == [[r.json()["request_id"]]]
    assert store.unseen_pending() == 7
    store.mark_seen(r.json()["request_id"])
    assert store.unseen_pending() == 6


async def test_accept_online_enrolls_the_student_after_sync(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    request = next(
        r for r in store.requests() if r.status == "pending" and r.model.schedule_type == "specific_dates"
    )
    store.queue_response(request.id, "accepted")
    view = store.request(request.id)
    assert view is not None and view.status == "accepted" and view.sync_state == "queued"
    await drain_until_empty(engine)
    assert server_statuses(server)[request.id] == "accepted"
    view = store.request(request.id)
    assert view is not None and view.sync_state == "synced" and view.model.status == "accepted"
    names = [s.model.student_name for s in store.students()]
    assert names[0] == request.model.requested_to_name


async def test_decisions_made_offline_go_out_once_in_order_when_the_server_returns(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    pending = [r for r in store.requests() if r.status == "pending" and r.model.package_id is not None]
    server.stop()
    first, second, third = pending[:3]
    store.queue_response(first.id, "accepted")
    store.queue_response(second.id, "rejected", "My Saturdays are full until January")
    store.queue_response(third.id, "accepted")
    assert not await engine.sync_now()
    assert engine.connectivity is Connectivity.OFFLINE
    assert store.pending_count() == 3
    assert [store.request(r.id).status for r in (first, second)] == ["accepted", "rejected"]  # type: ignore[union-attr]
    server.start()
    await drain_until_empty(engine)
    statuses = server_statuses(server)
    assert (statuses[first.id], statuses[second.id], statuses[third.id]) == (
        "accepted",
        "rejected",
        "accepted",
    )
    s = tutor(server.url)
    detail = s.http.get(f"/api/session-requests/tutor/{second.id}").json()
    assert detail["rejected_reason"] == "My Saturdays are full until January"
    responded = [
        s.http.get(f"/api/session-requests/tutor/{r.id}").json()["responded_at"]
        for r in (first, second, third)
    ]
    assert responded == sorted(responded)  # delivered in the order the tutor decided


@pytest.mark.parametrize(
    "kinds", ["drop_before+drop_after+500+503+malformed+delay", "401", "drop_after+malformed"]
)
async def test_faults_while_draining_lose_nothing_and_double_nothing(
    server: DevServer, tmp_path: Path, kinds: str
) -> None:
    api = await signed_in(server.url, timeout=0.5)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    decisions = {}
    for i, r in enumerate(
        x for x in store.requests() if x.status == "pending" and x.model.package_id is not None
    ):
        decisions[r.id] = "accepted" if i % 2 == 0 else "rejected"
        store.queue_response(r.id, decisions[r.id], None if i % 2 == 0 else "Not this term")
    lessons_before = len(tutor(server.url).http.get("/api/tutor/sessions").json())
    server.set_faults(
        f"rate=0.6,kinds={kinds},seed=3,delay_ms=800,path=/api/session-requests,methods=PATCH+GET"
    )
    await drain_until_empty(engine)
    injected = server.faults.status()["total"]
    server.set_faults("rate=0")
    assert injected > 0
    statuses = server_statuses(server)
    assert {rid: statuses[rid] for rid in decisions} == decisions
    assert not store.ops(("failed",))
    s = tutor(server.url)
    created = len(s.http.get("/api/tutor/sessions").json()) - lessons_before
    expected = 0
    for rid, decision in decisions.items():
        if decision == "accepted":
            detail = s.http.get(f"/api/session-requests/tutor/{rid}").json()
            request = SimpleNamespace(**detail)
            expected += len(lesson_dates(request, server.state.config, datetime.now(UTC).date()))  # type: ignore[arg-type]
    assert created == expected  # each accept's lessons exist exactly once


async def test_deployed_server_refuses_packageless_accepts_with_a_clear_message(
    deployed_server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(deployed_server.url)
    engine, store, listener = engine_for(api, tmp_path)
    await engine.sync_now()
    no_package = next(r for r in store.requests() if r.status == "pending" and r.model.package_id is None)
    with_package = next(
        r for r in store.requests() if r.status == "pending" and r.model.package_id is not None
    )
    store.queue_response(no_package.id, "accepted")
    store.queue_response(with_package.id, "accepted")
    await drain_until_empty(engine)
    failed = store.ops(("failed",))
    assert [op.payload["request_id"] for op in failed] == [no_package.id]
    assert "without a package" in (failed[0].last_error or "")
    view = store.request(no_package.id)
    assert view is not None and view.sync_state == "failed"
    assert server_statuses(deployed_server)[with_package.id] == "accepted"  # other streams were not blocked
    engine.discard_failed(failed[0].op_id)
    await engine.sync_now()
    view = store.request(no_package.id)
    assert view is not None and view.status == "pending" and view.sync_state == "synced"
    store.queue_response(no_package.id, "rejected", "Please choose a package first")
    await drain_until_empty(engine)
    assert server_statuses(deployed_server)[no_package.id] == "rejected"
    assert listener.expired == 0


async def test_answered_elsewhere_is_reported_not_retried_forever(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    request = next(r for r in store.requests() if r.status == "pending" and r.model.package_id is not None)
    store.queue_response(request.id, "accepted")
    tutor(server.url).http.patch(
        f"/api/session-requests/tutor/{request.id}",
        json={"status": "rejected", "rejected_reason": "from the website"},
    )
    await engine.sync_now()
    failed = store.ops(("failed",))
    assert len(failed) == 1 and "already rejected" in (failed[0].last_error or "")


async def test_a_cache_from_the_first_migration_upgrades_with_its_outbox(
    server: DevServer, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    old = _engine(path)
    migrate(old, "0001_initial")
    old.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO session_requests (id, status, payload, sync_state, local_status) VALUES "
        '(1012, \'pending\', \'{"id": 1012, "status": "pending", "package_id": 800}\', \'queued\', '
        "'rejected')"
    )
    con.execute(
        "INSERT INTO outbox (op_id, stream, kind, payload, state, attempts, next_attempt_at, "
        "maybe_applied, created_at) VALUES ('op-1', 'request:1012', 'request.respond', "
        '\'{"request_id": 1012, "status": "rejected", "reason": "old app"}\', \'pending\', 0, 0, 0, '
        "'2026-11-20T10:00:00')"
    )
    con.commit()
    con.close()
    store = Store(path)
    assert store.open_report.migrated_from == "0001_initial"
    assert [op.op_id for op in store.ops()] == ["op-1"]
    api = await signed_in(server.url)
    engine, _, _ = engine_for(api, tmp_path, name="unused")
    engine.store = store
    await drain_until_empty(engine)
    assert server_statuses(server)[1012] == "rejected"


async def test_a_corrupt_cache_is_set_aside_and_its_outbox_salvaged(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    store = Store(path)
    store.replace_requests([])
    store.close()
    path.write_bytes(b"this is not a database" * 100)
    again = Store(path)
    report = again.open_report
    assert report.recovered_from is not None and report.recovered_from.exists()
    assert report.lost_ops  # unreadable: the tutor is told, not left guessing
    assert again.counts()["requests"] == 0
