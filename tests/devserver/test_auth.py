"""CONTRACT.md §2: login, tokens, refresh rotation, logout, identity, switch-role."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx
import jwt
import pytest

from astegni_devserver.app import ServerOptions
from astegni_devserver.runner import DevServer
from astegni_devserver.seed import DEMO_STUDENT, DEMO_TUTOR
from tests.helpers.api import jwt_payload, login, tutor

pytestmark = pytest.mark.contract

USER_FIELDS = {
    "id",
    "first_name",
    "father_name",
    "grandfather_name",
    "last_name",
    "naming_system",
    "name",
    "username",
    "email",
    "phone",
    "date_of_birth",
    "gender",
    "digital_id_no",
    "profile_complete",
    "is_verified",
    "kyc_verified",
    "is_active",
    "email_verified",
    "roles",
    "active_role",
    "role_ids",
    "profile_picture",
    "created_at",
    "account_balance",
    "location",
    "country_code",
    "currency",
    "social_links",
}


def test_login_is_form_encoded_and_returns_the_token_response(server: DevServer) -> None:
    r = httpx.post(f"{server.url}/api/login", data={"username": DEMO_TUTOR[0], "password": DEMO_TUTOR[1]})
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert set(body["user"]) == USER_FIELDS
    user = body["user"]
    assert user["roles"] == ["student", "tutor"]
    assert all(isinstance(v, int) for v in user["role_ids"].values())
    assert user["name"] is None and user["last_name"] is None and user["digital_id_no"] is None
    claims = jwt_payload(body["access_token"])
    assert claims["sub"] == str(user["id"])
    assert claims["role_ids"] == {k: str(v) for k, v in user["role_ids"].items()}
    assert 6.9 * 86400 < claims["exp"] - time.time() < 7.1 * 86400
    refresh = jwt_payload(body["refresh_token"])
    assert "jti" in refresh and refresh["exp"] - time.time() > 360 * 86400


def test_login_rejects_json_and_wrong_passwords(server: DevServer) -> None:
    r = httpx.post(f"{server.url}/api/login", json={"username": DEMO_TUTOR[0], "password": DEMO_TUTOR[1]})
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], list)
    r = httpx.post(f"{server.url}/api/login", data={"username": DEMO_TUTOR[0], "password": "nope"})
    assert (r.status_code, r.json()) == (401, {"detail": "Incorrect email or password"})
    r = httpx.post(f"{server.url}/api/login", data={"username": "nobody@example.et", "password": "x"})
    assert r.status_code == 401


def test_login_keeps_the_active_role_unless_deployed_resets_it(make_server) -> None:
    intended, deployed = make_server(), make_server(defects={"D1"})
    for srv, expected in ((intended, "tutor"), (deployed, "student")):
        r = httpx.post(f"{srv.url}/api/login", data={"username": DEMO_TUTOR[0], "password": DEMO_TUTOR[1]})
        assert r.json()["user"]["active_role"] == expected
        assert jwt_payload(r.json()["access_token"])["role"] == expected


def test_switch_role_issues_tutor_tokens_without_a_user(deployed_server: DevServer) -> None:
    s = login(deployed_server.url, *DEMO_TUTOR)
    assert s.user["active_role"] == "student"
    r = s.http.post("/api/switch-role", json={"role": "tutor"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {
        "message",
        "active_role",
        "user_roles",
        "access_token",
        "refresh_token",
        "token_type",
    }
    assert body["active_role"] == "tutor"
    assert "no-cache" in r.headers["cache-control"]
    assert jwt_payload(body["access_token"])["role"] == "tutor"
    s.use(body["access_token"])
    assert s.http.get("/api/me").json()["active_role"] == "tutor"
    assert s.http.post("/api/switch-role", json={}).json() == {"detail": "Role is required"}
    r = s.http.post("/api/switch-role", json={"role": "parent"})
    assert (r.status_code, r.json()["detail"]) == (400, "User does not have parent role")


def test_refresh_rotates_and_refuses_reuse(server: DevServer) -> None:
    s = tutor(server.url)
    first = s.refresh
    r = httpx.post(f"{server.url}/api/refresh", json={"refresh_token": first})
    assert r.status_code == 200
    assert set(r.json()) == {"access_token", "refresh_token", "token_type", "user"}
    assert r.json()["refresh_token"] != first
    again = httpx.post(f"{server.url}/api/refresh", json={"refresh_token": first})
    assert (again.status_code, again.json()["detail"]) == (401, "Invalid or expired refresh token")
    bad = httpx.post(f"{server.url}/api/refresh", json={"refresh_token": "not-a-jwt"})
    assert (bad.status_code, bad.json()["detail"]) == (401, "Invalid refresh token")
    secret = server.state.tokens.secret
    expired = jwt.encode({"sub": "1", "jti": uuid.uuid4().hex, "exp": int(time.time()) - 5}, secret, "HS256")
    r = httpx.post(f"{server.url}/api/refresh", json={"refresh_token": expired})
    assert (r.status_code, r.json()["detail"]) == (401, "Refresh token expired")


def test_refresh_reports_the_server_side_active_role(server: DevServer) -> None:
    s = tutor(server.url)
    assert s.switch("student").status_code == 200
    r = httpx.post(f"{server.url}/api/refresh", json={"refresh_token": s.refresh})
    assert r.json()["user"]["active_role"] == "student"


def test_logout_revokes_every_refresh_token_but_not_access_tokens(server: DevServer) -> None:
    a, b = tutor(server.url), tutor(server.url)
    assert a.http.post("/api/logout").json() == {"message": "Successfully logged out"}
    for s in (a, b):
        r = httpx.post(f"{server.url}/api/refresh", json={"refresh_token": s.refresh})
        assert r.status_code == 401
    assert a.http.get("/api/me").status_code == 200


def test_me_fills_the_names_and_keeps_int_role_ids(server: DevServer) -> None:
    s = tutor(server.url)
    me = s.http.get("/api/me").json()
    assert set(me) == USER_FIELDS
    assert me["name"] == "Meron Alemayehu Tesfaye"
    assert me["role_ids"] == {"student": 500, "tutor": 100}
    assert me["digital_id_no"]


def test_missing_and_malformed_tokens_get_401(server: DevServer) -> None:
    for headers in ({}, {"Authorization": "Bearer garbage"}, {"Authorization": "Basic abc"}):
        r = httpx.get(f"{server.url}/api/me", headers=headers)
        assert r.status_code == 401
        assert isinstance(r.json()["detail"], str)


def test_identity_helpers(server: DevServer) -> None:
    s = tutor(server.url)
    v = s.http.get("/api/verify-token").json()
    assert v["valid"] is True and v["user"]["role"] == "tutor"
    assert s.http.get("/api/check-role-status", params={"role": "tutor"}).json() == {
        "has_role": True,
        "is_active": True,
        "is_deactivated": False,
    }
    profile = s.http.get("/api/tutor/profile").json()
    assert profile["id"] == 100 and profile["user_id"] == s.user["id"]
    st = login(server.url, *DEMO_STUDENT)
    assert st.http.get("/api/tutor/profile").status_code == 404


def test_with_same_ids_the_demo_students_profile_id_is_the_demo_tutors_user_id(tmp_path: Path) -> None:
    """`--same-ids` (and `astegni-desktop --demo --demo-same-ids`): the id collision of CONTRACT.md §13, with
    the demo student still the tutor's enrolled student."""
    server = DevServer(ServerOptions(db_url=f"sqlite:///{tmp_path / 'same.db'}", same_ids=True)).start()
    try:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            teacher = http.post("/api/login", data={"username": DEMO_TUTOR[0], "password": DEMO_TUTOR[1]})
            student = http.post("/api/login", data={"username": DEMO_STUDENT[0], "password": DEMO_STUDENT[1]})
            me = teacher.json()["user"]["id"]
            assert student.json()["user"]["role_ids"]["student"] == me
            token = teacher.json()["access_token"]
            listed = http.get(
                "/api/session-requests/tutor/my-students", headers={"Authorization": f"Bearer {token}"}
            ).json()
            assert me in {s["student_id"] for s in listed}  # her student profile id
    finally:
        server.stop()
