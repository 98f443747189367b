"""CONTRACT.md §11, the worked example, end to end against the demo world, as one flow."""

from __future__ import annotations

import json

import httpx
import pytest
from websockets.sync.client import connect

from astegni_devserver.runner import DevServer
from tests.helpers.api import jwt_payload

pytestmark = pytest.mark.contract


@pytest.mark.parametrize("mode", ["intended", "deployed"])
def test_worked_example(make_server, mode: str) -> None:
    server: DevServer = make_server(defects="all" if mode == "deployed" else frozenset())
    http = httpx.Client(base_url=server.url, timeout=10)
    # 1. Log in, form-encoded. On deployed the student+tutor account comes back as a student (D1).
    r = http.post("/api/login", data={"username": "tutor@demo.astegni.et", "password": "demo-tutor"})
    login = r.json()
    user = login["user"]
    assert user["roles"] == ["student", "tutor"]
    claims = jwt_payload(login["access_token"])
    assert claims["role"] == ("student" if mode == "deployed" else "tutor")
    assert claims["role_ids"] == {"student": "500", "tutor": "100"}
    # 2. Switch role.
    sw = http.post(
        "/api/switch-role",
        json={"role": "tutor"},
        headers={"Authorization": f"Bearer {login['access_token']}"},
    ).json()
    assert sw["active_role"] == "tutor"
    http.headers["Authorization"] = f"Bearer {sw['access_token']}"
    # 3. Pending requests: pick the one with specific dates, the learner named by requested_to_*.
    pending = http.get("/api/session-requests/tutor", params={"status": "pending"}).json()
    req = next(p for p in pending if p["schedule_type"] == "specific_dates")
    assert req["requested_to_name"] == "Mahlet Assefa" and req["counter_offer_price"] == 280.0
    # 4. Accept it.
    before = {x["id"] for x in http.get("/api/tutor/sessions").json()}
    acc = http.patch(f"/api/session-requests/tutor/{req['id']}", json={"status": "accepted"}).json()
    assert acc["status"] == "accepted" and acc["agreed_price"] == 280.0 and acc["sessions_created"] == 4
    lessons = http.get("/api/tutor/sessions").json()
    # the package's group course may already hold lessons on those dates: only the new ones count
    mine = [x for x in lessons if x["id"] not in before]
    assert all(x["enrolled_courses_id"] == acc["enrolled_course_id"] for x in mine)
    assert sorted(x["session_date"] for x in mine) == sorted(req["specific_dates"])
    assert len(mine) == 4 and all(x["duration"] == 90 and x["start_time"] == "16:00:00" for x in mine)
    # 5. My students: she is the newest.
    students = http.get("/api/session-requests/tutor/my-students").json()
    assert students[0]["student_id"] == req["requested_to_id"]
    # 6. Create a schedule after confirming the active role.
    assert http.get("/api/me").json()["active_role"] == "tutor"
    sched = http.post(
        "/api/schedules",
        json={
            "title": "Weekday afternoon tutoring",
            "year": 2026,
            "schedule_type": "recurring",
            "months": ["November", "December"],
            "days": ["Tuesday", "Thursday"],
            "specific_dates": [],
            "start_time": "16:00",
            "end_time": "18:00",
            "notes": "Bole branch [cid:0b1e7c52-3f1d-4a8e-b1d0-6c2f4a9e8d31]",
            "priority_level": "high",
            "status": "active",
            "alarm_enabled": True,
            "alarm_before_minutes": 15,
        },
    )
    assert sched.status_code == 201 and sched.json()["scheduler_role"] == "tutor"
    assert sched.json()["start_time"] == "16:00:00" and sched.json()["updated_at"] is None
    # 7. Quick-create a whiteboard session with the learner.
    learner = req["requested_to_id"]
    q = http.post(
        "/api/whiteboard/sessions/quick-create",
        json={
            "participant_profile_id": learner,
            "participant_profile_type": "student",
            "session_title": "Quadratic equations",
            "host_profile_type": "tutor",
        },
    ).json()
    assert q["success"] and q["existing"] is False
    # 8. Post two strokes; relay the first to the learner's socket.
    pen = {
        "points": [[40, 52], [44, 60], [51, 66]],
        "color": "#1a73e8",
        "width": 3,
        "client_id": "5f0c2a9e-8d2b-4c1e-9a7e-0b6f3d2c1a10",
    }
    text = {
        "text": "x² − 5x + 6 = 0",
        "x": 60,
        "y": 120,
        "fontSize": 24,
        "fontFamily": "Arial",
        "color": "#000000",
    }
    with connect(f"{server.ws_url}/ws/{learner}/student") as student_ws:
        student_ws.recv(timeout=5)
        with connect(f"{server.ws_url}/ws/100/tutor") as tutor_ws:
            tutor_ws.recv(timeout=5)
            s1 = http.post(
                "/api/whiteboard/canvas/stroke",
                json={"page_id": q["page_id"], "stroke_type": "pen", "stroke_data": pen},
            ).json()
            assert s1["stroke_order"] == 1
            tutor_ws.send(
                json.dumps(
                    {
                        "type": "whiteboard_stroke",
                        "session_id": q["session_id"],
                        "page_id": q["page_id"],
                        "stroke": {"stroke_type": "pen", "stroke_data": pen},
                        "sender_id": user["id"],
                        "sender_role": "tutor",
                        "sender_name": "Meron Alemayehu",
                        "from_profile_id": 100,
                        "from_profile_type": "tutor",
                        "to_profile_id": learner,
                        "to_profile_type": "student",
                    }
                )
            )
            while True:
                got = json.loads(student_ws.recv(timeout=5))
                if got["type"] == "whiteboard_stroke":
                    break
            assert got["stroke_data"] == pen
    s2 = http.post(
        "/api/whiteboard/canvas/stroke",
        json={"page_id": q["page_id"], "stroke_type": "text", "stroke_data": text},
    ).json()
    assert s2["stroke_order"] == 2
    # 9. Reload: both strokes, in order, stroke_data verbatim.
    full = http.get(f"/api/whiteboard/sessions/{q['session_id']}").json()
    assert full["success"]
    page = full["session"]["pages"][0]
    assert [s["stroke_data"] for s in page["strokes"]] == [pen, text]
    assert [s["stroke_order"] for s in page["strokes"]] == [1, 2]
    assert full["session"]["participant_profile_ids"] == [learner]
