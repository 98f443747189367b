"""CONTRACT.md §3 and §4: session requests, accept's side effects, my-students, student details, lessons."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import httpx
import pytest

from astegni_devserver.runner import DevServer
from tests.helpers.api import Session, login, other_tutor, student, student_account, tutor

pytestmark = pytest.mark.contract

REQUEST_FIELDS = {
    "id",
    "tutor_id",
    "requester_id",
    "requester_type",
    "requested_to_id",
    "requested_to_name",
    "requester_name",
    "requester_profile_picture",
    "student_name",
    "student_grade",
    "contact_phone",
    "contact_email",
    "package_id",
    "package_name",
    "status",
    "message",
    "preferred_schedule",
    "schedule_type",
    "year_range",
    "months",
    "days",
    "specific_dates",
    "start_time",
    "end_time",
    "counter_offer_price",
    "num_students",
    "created_at",
    "updated_at",
    "responded_at",
    "rejected_at",
    "rejected_reason",
}


def pending(s: Session, **match: object) -> dict:
    rows = s.http.get("/api/session-requests/tutor", params={"status": "pending"}).json()
    return next(r for r in rows if all(r.get(k) == v for k, v in match.items()))


def test_lists_by_status_newest_first(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    everything = s.http.get("/api/session-requests/tutor").json()
    assert {r["status"] for r in everything} == {"pending", "accepted", "rejected"}
    counts = {
        st: len(s.http.get("/api/session-requests/tutor", params={"status": st}).json())
        for st in ("pending", "accepted", "rejected")
    }
    assert counts == {"pending": 6, "accepted": 9, "rejected": 3}
    assert sum(counts.values()) == len(everything)
    assert all(set(r) == REQUEST_FIELDS for r in everything)
    created = [r["created_at"] for r in everything]
    assert created == sorted(created, reverse=True)
    assert all(r["tutor_id"] == 100 for r in everything)
    assert s.http.get("/api/session-requests/tutor", params={"status": "weird"}).json() == []
    with_package = [r for r in everything if r["status"] == "pending" and r["package_id"]]
    assert len(with_package) >= 3


def test_detail_and_other_tutors_requests(server: DevServer) -> None:
    s = tutor(server.url)
    first = s.http.get("/api/session-requests/tutor").json()[0]
    assert s.http.get(f"/api/session-requests/tutor/{first['id']}").json() == first
    theirs = other_tutor(server.url).http.get("/api/session-requests/tutor").json()
    assert theirs and all(r["tutor_id"] != 100 for r in theirs)
    r = s.http.get(f"/api/session-requests/tutor/{theirs[0]['id']}")
    assert (r.status_code, r.json()) == (404, {"detail": "Session request not found"})
    r = s.http.get("/api/session-requests/tutor/999999")
    assert r.status_code == 404


def test_requester_fields_describe_the_learner_only_when_intended(make_server) -> None:
    intended, deployed = make_server(), make_server(defects={"D4"})
    a = pending(tutor(intended.url), requester_type="parent", schedule_type="specific_dates")
    b = pending(tutor(deployed.url), requester_type="parent", schedule_type="specific_dates")
    assert a["requested_to_name"] == b["requested_to_name"] == "Mahlet Assefa"
    assert a["student_name"] == "Mahlet Assefa" and a["requester_name"] == "Getachew Assefa"
    assert b["student_name"] != "Mahlet Assefa" and b["requester_name"] != "Getachew Assefa"


def test_reject_sets_reason_and_cannot_repeat(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    req = pending(s, package_id=None)
    r = s.http.patch(
        f"/api/session-requests/tutor/{req['id']}",
        json={"status": "rejected", "rejected_reason": "I don't teach Python"},
    )
    assert r.status_code == 200
    assert set(r.json()) == {"success", "message", "request_id", "status", "responded_at"}
    after = s.http.get(f"/api/session-requests/tutor/{req['id']}").json()
    assert after["status"] == "rejected" and after["rejected_reason"] == "I don't teach Python"
    assert after["rejected_at"] and after["responded_at"]
    again = s.http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "rejected"})
    assert (again.status_code, again.json()["detail"]) == (
        404,
        "Session request not found or already responded to",
    )
    bad = s.http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "maybe"})
    assert bad.status_code == 422


def test_accept_specific_dates_enrolls_and_creates_lessons(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    req = pending(s, schedule_type="specific_dates")
    before = {ls["id"] for ls in s.http.get("/api/tutor/sessions").json()}
    r = s.http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "accepted"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["sessions_created"] == len(req["specific_dates"]) == 4
    assert body["agreed_price"] == req["counter_offer_price"] == 280.0
    lessons = s.http.get("/api/tutor/sessions").json()
    # the package's group course may already hold lessons on those dates (the seed's, by weekday): only the
    # lessons that did not exist before count
    new = [ls for ls in lessons if ls["id"] not in before]
    assert len(new) == 4
    assert all(ls["enrolled_courses_id"] == body["enrolled_course_id"] for ls in new)
    assert sorted(ls["session_date"] for ls in new) == sorted(req["specific_dates"])
    assert {ls["status"] for ls in new} == {"scheduled"}
    assert all(ls["duration"] == 90 and ls["topics"] == [req["message"]] for ls in new)
    students = s.http.get("/api/session-requests/tutor/my-students").json()
    mine = next(st for st in students if st["student_id"] == req["requested_to_id"])
    assert mine["student_name"] == "Mahlet Assefa" and mine["requester_type"] == "student"
    assert students[0]["student_id"] == req["requested_to_id"]  # newest enrollment first
    details = s.http.get(f"/api/tutor/student-details/{req['requested_to_id']}").json()
    assert details["package_name"] == "Grade 10 Mathematics" and details["parent_name"] == "Getachew Assefa"
    sessions = s.http.get(f"/api/tutor/student-sessions/{req['requested_to_id']}").json()
    assert {x["id"] for x in sessions["sessions"]} >= {ls["id"] for ls in new}
    assert sessions["stats"]["total"] == len(sessions["sessions"])


def _weekday_dates(start: date, days: set[str], n: int = 56) -> list[str]:
    return [
        (start + timedelta(days=i)).isoformat()
        for i in range(n)
        if calendar.day_name[(start + timedelta(days=i)).weekday()] in days
    ]


def test_accept_recurring_uses_trimmed_days_unless_deployed(make_server) -> None:
    for defects, expect_sunday in ((frozenset(), True), (frozenset({"D6"}), False)):
        srv = make_server(defects=defects)
        s = tutor(srv.url)
        req = pending(s, requester_type="parent", package_name="Grade 8 Mathematics & Science")
        assert req["days"] == ["Saturday", " Sunday"]  # seeded as the web splits "Saturday, Sunday"
        body = s.http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "accepted"}).json()
        lessons = s.http.get("/api/tutor/sessions").json()
        created = sorted(
            ls["session_date"]
            for ls in lessons
            if ls["id"] > max((x["id"] for x in lessons if x["created_at"] < body["responded_at"]), default=0)
        )
        today = date.fromisoformat(body["responded_at"][:10])
        expected = _weekday_dates(today, {"Saturday", "Sunday"} if expect_sunday else {"Saturday"})
        assert created == expected
        assert body["sessions_created"] == len(expected)


def test_accept_without_package_fails_on_deployed_and_stays_pending(make_server) -> None:
    intended, deployed = make_server(), make_server(defects={"D5"})
    s = tutor(deployed.url)
    req = pending(s, package_id=None)
    r = s.http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "accepted"})
    assert r.status_code == 500
    assert s.http.get(f"/api/session-requests/tutor/{req['id']}").json()["status"] == "pending"
    s2 = tutor(intended.url)
    r = s2.http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "accepted"})
    assert r.status_code == 200 and r.json()["agreed_price"] is None


def test_students_create_requests_and_duplicates_get_409(server: DevServer) -> None:
    st = student(server.url)
    body = {
        "tutor_id": 100,
        "package_id": 803,
        "message": "Calculus please",
        "schedule_type": "recurring",
        "days": ["Monday"],
        "start_time": "18:00",
        "end_time": "19:30",
    }
    r = st.http.post("/api/session-requests", json=body)
    assert r.status_code == 200, r.text
    assert set(r.json()) == {
        "success",
        "message",
        "request_id",
        "conversation_id",
        "message_id",
        "created_at",
    }
    dup = st.http.post("/api/session-requests", json=body)
    assert dup.status_code == 409 and dup.json()["detail"].startswith("⚠️PENDING⚠️")
    accepted_pkg = st.http.post("/api/session-requests", json={**body, "package_id": 800})
    assert accepted_pkg.status_code == 409 and accepted_pkg.json()["detail"].startswith("✅ACCEPTED✅")
    assert st.http.post("/api/session-requests", json={**body, "package_id": None}).status_code == 200
    assert st.http.post("/api/session-requests", json={**body, "package_id": None}).status_code == 200
    s = tutor(server.url)
    new = s.http.get(f"/api/session-requests/tutor/{r.json()['request_id']}").json()
    assert new["status"] == "pending" and new["requested_to_name"] == "Hanna Tesfaye"
    r = s.http.post("/api/session-requests", json=body)
    assert r.status_code == 403


def test_parent_request_copies_package_days_with_the_deployed_leading_space(make_server) -> None:
    for defects, days in (
        (frozenset(), ["Tuesday", "Thursday"]),
        (frozenset({"D6"}), ["Tuesday", " Thursday"]),
    ):
        srv = make_server(defects=defects)
        parent = student_account(srv.url, "almaz.haile@demo.astegni.et")
        assert parent.user["active_role"] == "parent"
        child = 507  # Liya: student profiles are 500 (the tutor), then 501 + index in STUDENTS
        r = parent.http.post(
            "/api/session-requests", json={"tutor_id": 100, "package_id": 801, "requested_to_id": child}
        )
        assert r.status_code == 200, r.text
        got = tutor(srv.url).http.get(f"/api/session-requests/tutor/{r.json()['request_id']}").json()
        assert got["days"] == days and got["requester_type"] == "parent" and got["requested_to_id"] == child
        r = parent.http.post("/api/session-requests", json={"tutor_id": 100, "package_id": 802})
        assert r.status_code == 400


def test_tutor_endpoints_refuse_accounts_without_the_tutor_role(server: DevServer) -> None:
    st = student(server.url)
    assert st.http.get("/api/session-requests/tutor").status_code == 403
    assert st.http.get("/api/session-requests/tutor/my-students").status_code == 403
    assert httpx.get(f"{server.url}/api/session-requests/tutor").status_code == 401


def test_student_details_and_sessions(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    students = s.http.get("/api/session-requests/tutor/my-students").json()
    assert len(students) == 9
    assert set(students[0]) == {
        "id",
        "student_id",
        "student_user_id",
        "student_name",
        "student_grade",
        "profile_picture",
        "package_name",
        "course_names",
        "contact_phone",
        "contact_email",
        "accepted_at",
        "requester_type",
    }
    hanna = next(x for x in students if x["student_name"] == "Hanna Tesfaye")
    d = s.http.get(f"/api/tutor/student-details/{hanna['student_id']}").json()
    assert d["student_profile_id"] == hanna["student_id"] and d["user_id"] == hanna["student_user_id"]
    assert d["hourly_rate"] == 300.0 and d["course_names"] == ["Mathematics"]
    deployed = any_server.deployed("D10")
    assert (d["total_sessions"] == 0) == deployed
    lessons = s.http.get(f"/api/tutor/student-sessions/{hanna['student_id']}").json()
    keys = [(x["session_date"], x["start_time"]) for x in lessons["sessions"]]
    assert keys == sorted(keys, reverse=True)
    assert {"tutor_attendance", "student_attendance", "enrolled_course_id"} <= set(lessons["sessions"][0])
    done = s.http.get(
        f"/api/tutor/student-sessions/{hanna['student_id']}", params={"status": "completed"}
    ).json()
    assert done["sessions"] and {x["status"] for x in done["sessions"]} == {"completed"}
    r = s.http.get("/api/tutor/student-details/520")
    assert (r.status_code, r.json()["detail"]) == (
        404,
        "Student not found in your enrolled students (student_id: 520)",
    )


def test_student_role_cannot_see_my_students(server: DevServer) -> None:
    s = login(server.url, "tutor@demo.astegni.et", "demo-tutor")
    assert s.switch("student").status_code == 200
    # role_ids.tutor is still in the token: the request endpoints only check the account's roles
    assert s.http.get("/api/session-requests/tutor/my-students").status_code == 200
