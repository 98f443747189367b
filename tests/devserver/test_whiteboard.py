"""CONTRACT.md §7: whiteboard sessions, strokes, pages, the D2 group, chat and context."""

from __future__ import annotations

import threading

import pytest

from astegni_devserver.runner import DevServer
from tests.helpers.api import Session, login, other_tutor, student, tutor

pytestmark = pytest.mark.contract

HANNA = 501


def quick(s: Session, participant: int = HANNA, title: str = "Quadratic equations") -> dict:
    r = s.http.post(
        "/api/whiteboard/sessions/quick-create",
        json={
            "participant_profile_id": participant,
            "participant_profile_type": "student",
            "session_title": title,
            "host_profile_type": "tutor",
        },
    )
    assert r.status_code == 200, r.text
    return r.json()


def stroke(s: Session, page_id: int, kind: str = "pen", **data: object):
    payload = {"points": [[1, 2], [3, 4]], "color": "#000000", "width": 2, **data}
    return s.http.post(
        "/api/whiteboard/canvas/stroke",
        json={"page_id": page_id, "stroke_type": kind, "stroke_data": payload},
    )


def test_quick_create_always_creates_a_new_live_session(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    a, b = quick(s), quick(s)
    assert set(a) == {"success", "session_id", "page_id", "existing"} and a["existing"] is False
    assert a["session_id"] != b["session_id"]
    full = s.http.get(f"/api/whiteboard/sessions/{a['session_id']}").json()["session"]
    assert full["status"] == "in-progress" and full["host_profile_id"] == 100
    assert full["participant_profile_ids"] == [HANNA] and full["participant_profile_types"] == ["student"]
    assert full["student_permissions"] == {"can_draw": False, "can_write": False, "can_erase": False}
    assert [p["page_number"] for p in full["pages"]] == [1] and full["pages"][0]["is_active"] is True
    assert (
        full["participant_name"] == "Hanna Tesfaye"
        and full["tutor_id"] == 100
        and full["student_id"] == HANNA
    )
    bad = s.http.post(
        "/api/whiteboard/sessions/quick-create",
        json={"participant_profile_id": HANNA, "participant_profile_type": "parent"},
    )
    assert bad.status_code == 400


def test_strokes_are_stored_verbatim_in_order(any_server: DevServer) -> None:
    s = tutor(any_server.url)
    q = quick(s)
    orders = []
    for i in range(5):
        r = stroke(s, q["page_id"], client_id=f"c{i}", pressures=[0.2, 0.8], tool="pen")
        assert set(r.json()) == {"success", "stroke_id", "stroke_order"}
        orders.append(r.json()["stroke_order"])
    assert orders == [1, 2, 3, 4, 5]
    text = stroke(s, q["page_id"], "text", text="x² − 5x + 6 = 0", x=60, y=120, fontSize=24)
    assert text.status_code == 200
    page = s.http.get(f"/api/whiteboard/sessions/{q['session_id']}").json()["session"]["pages"][0]
    assert [st["stroke_data"].get("client_id") for st in page["strokes"]] == [f"c{i}" for i in range(5)] + [
        None
    ]
    assert page["strokes"][0]["stroke_data"]["pressures"] == [0.2, 0.8]
    assert page["strokes"][-1]["stroke_data"]["text"] == "x² − 5x + 6 = 0"
    assert page["strokes"][0]["user_id"] == s.user["id"]
    assert stroke(s, 9_999_999).status_code == 404


def test_a_retried_post_stores_a_duplicate(server: DevServer) -> None:
    s = tutor(server.url)
    q = quick(s)
    stroke(s, q["page_id"], client_id="same")
    stroke(s, q["page_id"], client_id="same")
    strokes = s.http.get(f"/api/whiteboard/sessions/{q['session_id']}").json()["session"]["pages"][0][
        "strokes"
    ]
    assert [x["stroke_data"]["client_id"] for x in strokes] == ["same", "same"]


def test_participants_need_permissions_except_for_unchecked_types(server: DevServer) -> None:
    s = tutor(server.url)
    q = quick(s)
    st = student(server.url)
    assert stroke(st, q["page_id"]).json() == {"detail": "No drawing permission"}
    assert stroke(st, q["page_id"], "triangle").status_code == 200
    assert (
        s.http.patch(
            f"/api/whiteboard/sessions/{q['session_id']}/permissions",
            json={"can_draw": True, "can_write": False, "can_erase": False},
        ).status_code
        == 200
    )
    assert stroke(st, q["page_id"]).status_code == 200
    assert stroke(st, q["page_id"], "text", text="hi").status_code == 403
    outsider = other_tutor(server.url)
    r = stroke(outsider, q["page_id"])
    assert (r.status_code, r.json()["detail"]) == (403, "Access denied - you are not part of this session")


def test_get_session_follows_the_role_claim(server: DevServer) -> None:
    s = tutor(server.url)
    q = quick(s)
    assert s.switch("student").status_code == 200
    r = s.http.get(f"/api/whiteboard/sessions/{q['session_id']}")
    assert (r.status_code, r.json()) == (403, {"detail": "Access denied"})
    assert student(server.url).http.get(f"/api/whiteboard/sessions/{q['session_id']}").status_code == 200
    assert s.http.get("/api/whiteboard/sessions/9999999").status_code == 404


def test_list_filters_hosted_sessions_only_when_intended(make_server) -> None:
    for defects, filtered in ((frozenset(), True), (frozenset({"D3"}), False)):
        srv = make_server(defects=defects)
        s = tutor(srv.url)
        quick(s, participant=502, title="With Dawit")
        listing = s.http.get("/api/whiteboard/sessions").json()
        assert set(listing) == {"sessions", "stats"} and listing["stats"]["total"] == len(listing["sessions"])
        starts = [x["scheduled_start"] for x in listing["sessions"]]
        assert starts == sorted(starts, reverse=True)
        only = s.http.get("/api/whiteboard/sessions", params={"student_id": HANNA}).json()["sessions"]
        assert (all(HANNA in x["participant_ids"] for x in only)) == filtered
        assert len(only) < len(listing["sessions"]) if filtered else len(only) == len(listing["sessions"])


def test_the_d2_group_works_for_members_unless_deployed(any_server: DevServer) -> None:
    deployed = any_server.deployed("D2")
    s = tutor(any_server.url)
    q = quick(s)
    sid = q["session_id"]
    calls = [
        s.http.post("/api/whiteboard/pages/create", params={"session_id": sid, "page_title": "Two"}),
        s.http.patch(f"/api/whiteboard/sessions/{sid}/start"),
        s.http.patch(f"/api/whiteboard/sessions/{sid}/permissions", json={"can_draw": True}),
        s.http.post("/api/whiteboard/chat/send", json={"session_id": sid, "message_text": "ሰላም"}),
        s.http.get(f"/api/whiteboard/chat/{sid}"),
        s.http.post("/api/whiteboard/recordings/start", params={"session_id": sid}),
        s.http.patch(f"/api/whiteboard/sessions/{sid}/end", params={"notes": "Good lesson"}),
    ]
    assert [c.status_code for c in calls] == [403 if deployed else 200] * len(calls)
    full = s.http.get(f"/api/whiteboard/sessions/{sid}").json()["session"]
    if deployed:
        assert full["status"] == "in-progress" and len(full["pages"]) == 1
        return
    assert full["status"] == "completed" and full["session_notes"] == "Good lesson"
    assert [p["page_number"] for p in full["pages"]] == [1, 2]
    assert calls[0].json()["page"]["is_active"] is False
    assert full["student_permissions"] == {"can_draw": True, "can_write": False, "can_erase": False}
    messages = s.http.get(f"/api/whiteboard/chat/{sid}").json()["messages"]
    assert [m["message_text"] for m in messages] == ["ሰላም"] and messages[0]["sender_id"] == s.user["id"]
    assert s.http.post("/api/whiteboard/recordings", json={"session_id": sid, "recording_title": "r"}).json()[
        "success"
    ]
    recs = s.http.get(f"/api/whiteboard/recordings/session/{sid}").json()["recordings"]
    assert recs[0]["board_snapshot"]["pages"][0]["page_number"] == 1


def test_page_activate(make_server) -> None:
    for defects in (frozenset(), frozenset({"D11"})):
        srv = make_server(defects=defects)
        s = tutor(srv.url)
        q = quick(s)
        s.http.post("/api/whiteboard/pages/create", params={"session_id": q["session_id"]})
        full = s.http.get(f"/api/whiteboard/sessions/{q['session_id']}").json()["session"]
        second = full["pages"][1]["id"]
        assert s.http.patch(f"/api/whiteboard/pages/{second}/activate").json() == {"success": True}
        pages = s.http.get(f"/api/whiteboard/sessions/{q['session_id']}").json()["session"]["pages"]
        assert [p["is_active"] for p in pages] == [False, True]
        outsider = other_tutor(srv.url).http.patch(f"/api/whiteboard/pages/{second}/activate")
        assert outsider.status_code == (200 if defects else 403)


def test_context_endpoints(server: DevServer) -> None:
    s = tutor(server.url)
    info = s.http.get("/api/whiteboard/context/tutor-info").json()
    assert info["success"] and info["tutor"]["tutor_profile_id"] == 100
    enrolled = s.http.get("/api/whiteboard/context/enrolled-students").json()
    assert enrolled["success"] and enrolled["count"] == 9
    assert {st["student_profile_id"] for st in enrolled["students"]} >= {HANNA}
    one = s.http.get("/api/whiteboard/context/enrolled-students", params={"student_id": HANNA}).json()
    assert one["count"] == 1 and one["students"][0]["name"] == "Hanna Tesfaye"
    q = quick(s)
    parts = s.http.get(f"/api/whiteboard/context/session-participants/{q['session_id']}").json()
    assert parts["participant_count"] == 1 and parts["host"]["profile_id"] == 100
    st = student(server.url)
    assert st.http.get("/api/whiteboard/context/tutor-info").json()["success"] is False
    status = s.http.get(f"/api/whiteboard/online-status/student/{HANNA}").json()
    assert status["success"] and status["is_online"] is False


def test_concurrent_strokes_can_share_an_order_only_on_deployed(make_server) -> None:
    for defects in (frozenset(), frozenset({"D8"})):
        srv = make_server(defects=defects)
        base = tutor(srv.url)
        q = quick(base)
        clients = [login(srv.url, "tutor@demo.astegni.et", "demo-tutor", role="tutor") for _ in range(4)]

        def post_many(c: Session, page_id: int) -> None:
            for _ in range(15):
                assert stroke(c, page_id).status_code == 200

        threads = [threading.Thread(target=post_many, args=(c, q["page_id"])) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        strokes = base.http.get(f"/api/whiteboard/sessions/{q['session_id']}").json()["session"]["pages"][0][
            "strokes"
        ]
        orders = [x["stroke_order"] for x in strokes]
        assert len(strokes) == 60
        if defects:
            assert len(set(orders)) < 60  # two writers got the same stroke_order
        else:
            assert sorted(orders) == list(range(1, 61))
