"""CONTRACT.md §5 (availability schedules) and §6 (lesson sessions)."""

from __future__ import annotations

import pytest

from astegni_devserver.runner import DevServer
from tests.helpers.api import login, other_tutor, tutor

pytestmark = pytest.mark.contract

SCHEDULE_FIELDS = {
    "id",
    "scheduler_id",
    "scheduler_role",
    "title",
    "description",
    "year",
    "schedule_type",
    "months",
    "days",
    "specific_dates",
    "start_time",
    "end_time",
    "notes",
    "priority_level",
    "status",
    "alarm_enabled",
    "alarm_before_minutes",
    "notification_browser",
    "notification_sound",
    "created_at",
    "updated_at",
}
LESSON_FIELDS = {
    "id",
    "enrolled_courses_id",
    "student_name",
    "tutor_name",
    "course_name",
    "parent_id",
    "topics",
    "topics_covered",
    "session_date",
    "start_time",
    "end_time",
    "duration",
    "session_mode",
    "location",
    "whiteboard_id",
    "student_review_id",
    "tutor_review_id",
    "parent_review_id",
    "tutor_attendance_status",
    "student_attendance_status",
    "priority_level",
    "notification_enabled",
    "alarm_enabled",
    "alarm_before_minutes",
    "is_featured",
    "status",
    "created_at",
    "updated_at",
}
RECURRING = {
    "title": "Weekday afternoon tutoring",
    "year": 2026,
    "schedule_type": "recurring",
    "months": ["November", "December"],
    "days": ["Tuesday", "Thursday"],
    "specific_dates": [],
    "start_time": "16:00",
    "end_time": "18:00",
    "notes": "Bole branch [cid:0b1e7c52-3f1d]",
    "priority_level": "high",
    "status": "active",
    "alarm_enabled": True,
    "alarm_before_minutes": 15,
}


def test_the_demo_tutor_has_about_600_schedules(server: DevServer) -> None:
    s = tutor(server.url)
    mine = s.http.get("/api/schedules", params={"role_filter": "tutor"}).json()
    assert 550 <= len(mine) <= 650
    assert all(set(x) == SCHEDULE_FIELDS for x in mine)
    assert {x["schedule_type"] for x in mine} == {"recurring", "specific"}
    assert all(x["scheduler_role"] == "tutor" and x["scheduler_id"] == s.user["id"] for x in mine)
    everything = s.http.get("/api/schedules").json()
    assert len(everything) > len(mine)  # her own student-role schedules too
    created = [x["created_at"] for x in mine]
    assert created == sorted(created, reverse=True)


def test_schedule_crud_round_trip(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    r = s.http.post("/api/schedules", json=RECURRING)
    assert r.status_code == 201, r.text
    row = r.json()
    assert row["start_time"] == "16:00:00" and row["updated_at"] is None and row["scheduler_role"] == "tutor"
    assert row["notes"] == RECURRING["notes"]
    assert s.http.get(f"/api/schedules/{row['id']}").json() == row
    partial = s.http.put(f"/api/schedules/{row['id']}", json={"title": "only a title"})
    assert partial.status_code == 422
    full = {**RECURRING, "title": "Moved to Wednesday", "days": ["Wednesday"], "end_time": "18:30:00"}
    put = s.http.put(f"/api/schedules/{row['id']}", json=full).json()
    assert put["title"] == "Moved to Wednesday" and put["days"] == ["Wednesday"] and put["updated_at"]
    assert put["scheduler_id"] == row["scheduler_id"] and put["created_at"] == row["created_at"]
    for path, field in (
        ("toggle-alarm", "alarm_enabled"),
        ("toggle-notification", "notification_browser"),
        ("toggle-featured", "is_featured"),
    ):
        t = s.http.patch(f"/api/schedules/{row['id']}/{path}", json={field: False})
        assert t.status_code == 200 and t.json()[field] is False and t.json()["schedule_id"] == row["id"]
    after = s.http.get(f"/api/schedules/{row['id']}").json()
    assert after["alarm_enabled"] is False and "is_featured" not in after
    assert s.http.delete(f"/api/schedules/{row['id']}").status_code == 204
    assert s.http.delete(f"/api/schedules/{row['id']}").status_code == 404
    assert s.http.get(f"/api/schedules/{row['id']}").status_code == 404


def test_schedules_are_private_and_times_are_validated(make_server) -> None:
    intended, deployed = make_server(), make_server(defects={"D9"})
    s = tutor(intended.url)
    row = s.http.post("/api/schedules", json=RECURRING).json()
    assert other_tutor(intended.url).http.get(f"/api/schedules/{row['id']}").status_code == 404
    bad = {**RECURRING, "start_time": "9am"}
    r = s.http.post("/api/schedules", json=bad)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "start_time"]
    r = tutor(deployed.url).http.post("/api/schedules", json=bad)
    assert r.status_code == 500 and r.json()["detail"].startswith("Database error:")
    missing = {k: v for k, v in RECURRING.items() if k != "days"}
    assert s.http.post("/api/schedules", json=missing).status_code == 422


def test_scheduler_role_follows_the_server_side_active_role(server: DevServer) -> None:
    s = tutor(server.url)
    assert s.switch("student").status_code == 200
    row = s.http.post("/api/schedules", json=RECURRING).json()
    assert row["scheduler_role"] == "student"
    ids = {x["id"] for x in s.http.get("/api/schedules", params={"role_filter": "tutor"}).json()}
    assert row["id"] not in ids


def test_lessons_list_filters_and_stats(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    lessons = s.http.get("/api/tutor/sessions").json()
    assert len(lessons) >= 200
    assert [x["id"] for x in lessons] == sorted(x["id"] for x in lessons)
    assert all(set(x) == LESSON_FIELDS for x in lessons)
    assert {x["status"] for x in lessons} >= {"completed", "scheduled", "cancelled"}
    assert all(x["whiteboard_id"] is None for x in lessons)
    done = s.http.get("/api/tutor/sessions", params={"status_filter": "completed"}).json()
    assert done and {x["status"] for x in done} == {"completed"}
    ignored = s.http.get("/api/tutor/sessions", params={"status": "completed"}).json()
    assert len(ignored) == len(lessons)
    day = lessons[len(lessons) // 2]["session_date"]
    window = s.http.get("/api/tutor/sessions", params={"date_from": day, "date_to": day}).json()
    assert window and {x["session_date"] for x in window} == {day}
    stats = s.http.get("/api/tutor/sessions/stats/summary").json()
    assert stats["total_sessions"] == len(lessons)
    assert stats["completed_sessions"] == len(done)
    assert stats["total_hours"] == round(sum(x["duration"] for x in lessons) / 60, 1)


def test_invalid_lesson_dates(make_server) -> None:
    intended, deployed = make_server(), make_server(defects={"D9"})
    assert (
        tutor(intended.url).http.get("/api/tutor/sessions", params={"date_from": "22/11"}).status_code == 422
    )
    assert (
        tutor(deployed.url).http.get("/api/tutor/sessions", params={"date_from": "22/11"}).status_code == 500
    )


def test_lesson_create_update_delete(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    lessons = s.http.get("/api/tutor/sessions").json()
    course = lessons[0]["enrolled_courses_id"]
    body = {
        "enrolled_courses_id": course,
        "session_date": "2027-01-12",
        "start_time": "10:00",
        "end_time": "11:30",
        "topics": ["Revision"],
    }
    r = s.http.post("/api/tutor/sessions", json=body)
    assert r.status_code == 200, r.text
    created = r.json()
    assert set(created) == {
        "success",
        "message",
        "session_id",
        "enrolled_courses_id",
        "session_date",
        "duration",
    }
    assert created["duration"] == 90
    lid = created["session_id"]
    one = s.http.get(f"/api/tutor/sessions/{lid}").json()
    assert one["status"] == "scheduled" and one["course_name"] == lessons[0]["course_name"]
    assert s.http.put(f"/api/tutor/sessions/{lid}", json={}).json() == {
        "success": True,
        "message": "No fields to update",
    }
    upd = s.http.put(
        f"/api/tutor/sessions/{lid}",
        json={"status": "completed", "topics_covered": ["Revision"], "student_attendance_status": "late"},
    )
    assert upd.json()["status"] == "completed"
    got = s.http.get(f"/api/tutor/sessions/{lid}").json()
    assert got["student_attendance_status"] == "late" and got["topics_covered"] == ["Revision"]
    assert got["updated_at"] > one["updated_at"]
    r = s.http.delete(f"/api/tutor/sessions/{lid}")
    assert (r.status_code, r.json()["detail"]) == (400, "Cannot delete completed sessions")
    s.http.put(f"/api/tutor/sessions/{lid}", json={"status": "cancelled"})
    assert s.http.delete(f"/api/tutor/sessions/{lid}").status_code == 200
    assert s.http.delete(f"/api/tutor/sessions/{lid}").status_code == 404
    assert s.http.post("/api/tutor/sessions", json={**body, "enrolled_courses_id": 99999}).status_code == 404
    other = other_tutor(any_server.url)
    assert other.http.post("/api/tutor/sessions", json=body).status_code == 403
    assert other.http.get(f"/api/tutor/sessions/{lessons[0]['id']}").status_code == 404


def test_lesson_toggles_and_course_status(server: DevServer) -> None:
    s = tutor(server.url)
    lesson = s.http.get("/api/tutor/sessions").json()[-1]
    for path, field in (
        ("toggle-notification", "notification_enabled"),
        ("toggle-alarm", "alarm_enabled"),
        ("toggle-featured", "is_featured"),
    ):
        r = s.http.patch(f"/api/tutor/sessions/{lesson['id']}/{path}", json={field: True})
        assert r.status_code == 200 and r.json()[field] is True
    got = s.http.get(f"/api/tutor/sessions/{lesson['id']}").json()
    assert got["notification_enabled"] and got["alarm_enabled"] and got["is_featured"]
    course = lesson["enrolled_courses_id"]
    r = s.http.patch(f"/api/tutor/enrolled-courses/{course}/status", json={"status": "paused"})
    assert r.json() == {"message": "Course status updated to paused", "course_id": course, "status": "paused"}
    assert (
        s.http.patch(f"/api/tutor/enrolled-courses/{course}/status", json={"status": "x"}).status_code == 400
    )
    assert s.http.post("/api/tutor/enrolled-courses/auto-complete").status_code == 200


def test_lessons_show_the_first_student_of_a_shared_course(server: DevServer) -> None:
    s = login(server.url, "tutor@demo.astegni.et", "demo-tutor")
    lessons = s.http.get("/api/tutor/sessions").json()
    by_course: dict[int, set[str]] = {}
    for x in lessons:
        by_course.setdefault(x["enrolled_courses_id"], set()).add(x["student_name"])
    assert all(len(names) == 1 for names in by_course.values())
