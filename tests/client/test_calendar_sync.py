"""Availability and lessons through the outbox against the real dev server: offline create, edit, delete,
lesson changes, exactly once under faults."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from astegni_desktop.calendar.model import Availability
from astegni_desktop.sync import Connectivity
from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor
from tests.helpers.client import drain_until_empty, engine_for, signed_in

pytestmark = pytest.mark.asyncio


def server_schedules(server: DevServer) -> list[dict]:
    s = tutor(server.url)
    try:
        return s.http.get("/api/schedules", params={"role_filter": "tutor"}).json()
    finally:
        s.close()


def server_lessons(server: DevServer) -> list[dict]:
    s = tutor(server.url)
    try:
        return s.http.get("/api/tutor/sessions").json()
    finally:
        s.close()


def weekly(local_id: str, **kw: object) -> Availability:
    values: dict[str, object] = {
        "local_id": local_id,
        "server_id": None,
        "title": "Grade 10 physics — open slots",
        "year": 2027,
        "schedule_type": "recurring",
        "months": ("January", "February"),
        "days": ("Tuesday", "Thursday"),
        "start_time": "16:00",
        "end_time": "18:30",
        "notes": "Bole branch room 3",
        "priority_level": "high",
        "alarm_enabled": True,
        "alarm_before_minutes": 30,
        "notification_browser": True,
    }
    values.update(kw)
    return Availability(**values)  # type: ignore[arg-type]


async def test_a_recurring_block_made_offline_reaches_the_server_once_with_every_field(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    before = len(server_schedules(server))
    server.stop()
    local_id = store.calendar.new_local_id()
    store.calendar.save_availability(weekly(local_id))
    shown = store.calendar.availability_one(local_id)
    assert shown is not None and shown.sync_state == "queued" and shown.server_id is None
    assert not await engine.sync_now()
    assert engine.connectivity is Connectivity.OFFLINE
    server.start()
    await drain_until_empty(engine)
    rows = server_schedules(server)
    assert len(rows) == before + 1
    mine = [r for r in rows if r["title"] == "Grade 10 physics — open slots"]
    assert len(mine) == 1
    row = mine[0]
    assert (row["schedule_type"], row["year"], row["months"], row["days"]) == (
        "recurring",
        2027,
        ["January", "February"],
        ["Tuesday", "Thursday"],
    )
    assert (row["start_time"], row["end_time"], row["priority_level"], row["status"]) == (
        "16:00:00",
        "18:30:00",
        "high",
        "active",
    )
    assert row["alarm_enabled"] is True and row["alarm_before_minutes"] == 30
    assert row["notification_browser"] is True and row["specific_dates"] == []
    assert row["scheduler_role"] == "tutor"
    assert row["notes"].startswith("Bole branch room 3") and f"[cid:{local_id}]" in row["notes"]
    synced = store.calendar.availability_one(local_id)
    assert synced is not None and synced.server_id == row["id"] and synced.sync_state == "synced"
    assert synced.notes == "Bole branch room 3"  # the marker is ours, never shown to the tutor
    await engine.sync_now()  # a later pull keeps one copy, under the same local id
    assert [a.local_id for a in store.calendar.availability() if a.title == row["title"]] == [local_id]


async def test_edit_sends_the_full_row_and_delete_removes_it(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    local_id = store.calendar.new_local_id()
    saved = store.calendar.save_availability(weekly(local_id))
    await drain_until_empty(engine)
    server_id = store.calendar.availability_one(local_id).server_id  # type: ignore[union-attr]
    edited = replace(
        saved,
        schedule_type="specific",
        specific_dates=("2027-03-02", "2027-03-09", "2028-01-04"),
        title="Exam revision",
        status="draft",
    )
    store.calendar.save_availability(edited)
    await drain_until_empty(engine)
    row = next(r for r in server_schedules(server) if r["id"] == server_id)
    assert (row["title"], row["schedule_type"], row["months"], row["days"], row["status"]) == (
        "Exam revision",
        "specific",
        [],
        [],
        "draft",
    )
    assert row["specific_dates"] == ["2027-03-02", "2027-03-09", "2028-01-04"]
    assert row["updated_at"] is not None and row["notes"].startswith("Bole branch room 3")
    store.calendar.delete_availability(local_id)
    assert store.calendar.availability_one(local_id) is None  # gone from the calendar at once
    await drain_until_empty(engine)
    assert server_id not in {r["id"] for r in server_schedules(server)}


async def test_a_block_deleted_before_it_was_ever_sent_never_reaches_the_server(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    before = len(server_schedules(server))
    local_id = store.calendar.new_local_id()
    store.calendar.save_availability(weekly(local_id))
    store.calendar.delete_availability(local_id)
    assert store.pending_count() == 0
    await engine.sync_now()
    assert len(server_schedules(server)) == before


async def test_schedule_creates_under_faults_arrive_exactly_once(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url, timeout=0.5)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    ids = []
    for i in range(6):
        local_id = store.calendar.new_local_id()
        ids.append(local_id)
        store.calendar.save_availability(weekly(local_id, title=f"Fault block {i}"))
    server.set_faults("rate=0.6,kinds=drop_after+malformed+delay+500,seed=5,delay_ms=800,path=/api/schedules")
    await drain_until_empty(engine)
    injected = server.faults.status()["total"]
    server.set_faults("rate=0")
    assert injected > 0
    titles = [r["title"] for r in server_schedules(server) if r["title"].startswith("Fault block")]
    assert sorted(titles) == [f"Fault block {i}" for i in range(6)]
    assert all(store.calendar.availability_one(i).server_id for i in ids)  # type: ignore[union-attr]


async def test_invalid_times_are_refused_before_anything_is_queued(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url)
    _engine, store, _ = engine_for(api, tmp_path)
    with pytest.raises(ValueError, match="hours and minutes"):
        store.calendar.save_availability(weekly(store.calendar.new_local_id(), start_time="9am"))
    with pytest.raises(ValueError, match="after the start"):
        store.calendar.save_availability(weekly(store.calendar.new_local_id(), end_time="15:00"))
    assert store.pending_count() == 0


async def test_lesson_completed_offline_with_attendance_and_topics_reaches_the_server(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    lesson = next(item for item in store.calendar.lessons() if item.status == "scheduled")
    server.stop()
    store.calendar.update_lesson(
        lesson.id,
        {
            "status": "completed",
            "student_attendance_status": "late",
            "topics_covered": ["Newton's second law", " ", "Free-body diagrams"],
        },
    )
    local = store.calendar.lesson(lesson.id)
    assert local is not None and local.status == "completed" and local.sync_state == "queued"
    await engine.sync_now()
    server.start()
    await drain_until_empty(engine)
    row = next(r for r in server_lessons(server) if r["id"] == lesson.id)
    assert row["status"] == "completed"
    assert row["student_attendance_status"] == "late"
    assert row["topics_covered"] == ["Newton's second law", "Free-body diagrams"]
    assert store.calendar.lesson(lesson.id).sync_state == "synced"  # type: ignore[union-attr]


async def test_a_lesson_created_and_moved_offline_exists_once_at_its_new_time(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url, timeout=0.5)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    course_id, course, student = store.calendar.enrolled_courses()[0]
    before = len(server_lessons(server))
    server.stop()
    item = store.calendar.create_lesson(
        {
            "enrolled_courses_id": course_id,
            "session_date": "2027-02-03",
            "start_time": "10:00",
            "end_time": "11:30",
            "topics": ["Trigonometry"],
        },
        course,
        student,
    )
    assert item.id < 0 and item.model.duration == 90
    store.calendar.update_lesson(item.id, {"start_time": "14:00", "end_time": "15:30"})
    store.calendar.update_lesson(item.id, {"status": "in-progress"})
    server.start()
    server.set_faults("rate=0.5,kinds=drop_after+malformed,seed=11,path=/api/tutor/sessions,methods=POST+PUT")
    await drain_until_empty(engine)
    server.set_faults("rate=0")
    rows = server_lessons(server)
    assert len(rows) == before + 1
    new = [r for r in rows if r["session_date"] == "2027-02-03" and r["enrolled_courses_id"] == course_id]
    assert len(new) == 1
    assert (new[0]["start_time"], new[0]["end_time"], new[0]["status"]) == (
        "14:00:00",
        "15:30:00",
        "in-progress",
    )
    assert new[0]["topics"] == ["Trigonometry"]
    await engine.sync_now()
    mine = [
        i
        for i in store.calendar.lessons(date(2027, 2, 3), date(2027, 2, 3))
        if i.model.enrolled_courses_id == course_id
    ]
    assert [i.id for i in mine] == [new[0]["id"]]


async def test_deleting_a_completed_lesson_is_refused_locally(server: DevServer, tmp_path: Path) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    await engine.sync_now()
    done = next(item for item in store.calendar.lessons() if item.status == "completed")
    with pytest.raises(ValueError, match="completed"):
        store.calendar.delete_lesson(done.id)
    scheduled = next(item for item in store.calendar.lessons() if item.status == "scheduled")
    store.calendar.delete_lesson(scheduled.id)
    assert store.calendar.lesson(scheduled.id) is None
    await drain_until_empty(engine)
    assert scheduled.id not in {r["id"] for r in server_lessons(server)}


async def test_editing_a_block_deleted_on_the_website_fails_clearly_and_discard_restores_the_truth(
    server: DevServer, tmp_path: Path
) -> None:
    from astegni_desktop.dialogs.problems import describe

    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    local_id = store.calendar.new_local_id()
    saved = store.calendar.save_availability(weekly(local_id, title="Saturday clinic"))
    await drain_until_empty(engine)
    server_id = store.calendar.availability_one(local_id).server_id  # type: ignore[union-attr]
    s = tutor(server.url)
    assert s.http.delete(f"/api/schedules/{server_id}").status_code == 204  # deleted on the website
    store.calendar.save_availability(replace(saved, title="Saturday clinic (longer)", end_time="19:00"))
    await engine.sync_now()
    failed = store.ops(("failed",))
    assert len(failed) == 1 and "deleted on the server" in (failed[0].last_error or "")
    assert describe(failed[0], store) == "Save changes to availability “Saturday clinic (longer)”"
    assert store.calendar.availability_one(local_id).sync_state == "failed"  # type: ignore[union-attr]
    engine.discard_failed(failed[0].op_id)
    await engine.sync_now()
    assert store.calendar.availability_one(local_id) is None  # the server's truth: it is gone
    assert store.pending_count() == 0


async def test_an_edit_made_while_the_previous_save_is_being_sent_is_not_lost(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    local_id = store.calendar.new_local_id()
    saved = store.calendar.save_availability(weekly(local_id, title="Evening slots"))
    await drain_until_empty(engine)
    store.calendar.save_availability(replace(saved, title="Evening slots (v2)"))
    (sending,) = store.ops()
    store.in_flight.add(sending.op_id)  # the engine is sending that PUT right now, with the v2 row
    store.calendar.save_availability(replace(saved, title="Evening slots (v3)"))
    store.in_flight.discard(sending.op_id)
    assert [o.kind for o in store.ops()] == ["schedule.update", "schedule.update"]  # v3 gets its own PUT
    await drain_until_empty(engine)
    server_id = store.calendar.availability_one(local_id).server_id  # type: ignore[union-attr]
    assert next(r for r in server_schedules(server) if r["id"] == server_id)["title"] == "Evening slots (v3)"
    assert store.calendar.availability_one(local_id).title == "Evening slots (v3)"  # type: ignore[union-attr]
