"""A thin raw-HTTP helper for contract tests: it speaks to the dev server exactly as the contract says."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from astegni_devserver.seed import DEMO_PASSWORD, DEMO_STUDENT, DEMO_TUTOR, SECOND_TUTOR


def jwt_payload(token: str) -> dict[str, Any]:
    part = token.split(".")[1]
    part += "=" * (-len(part) % 4)
    payload: dict[str, Any] = json.loads(base64.urlsafe_b64decode(part))
    return payload


@dataclass
class Session:
    """A signed-in account: its httpx client carries the bearer token."""

    http: httpx.Client
    login_body: dict[str, Any]
    access: str
    refresh: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def user(self) -> dict[str, Any]:
        user: dict[str, Any] = self.login_body["user"]
        return user

    def use(self, access: str, refresh: str | None = None) -> None:
        self.access = access
        self.refresh = refresh or self.refresh
        self.http.headers["Authorization"] = f"Bearer {access}"

    def switch(self, role: str) -> httpx.Response:
        r = self.http.post("/api/switch-role", json={"role": role})
        if r.status_code == 200:
            self.use(r.json()["access_token"], r.json()["refresh_token"])
        return r

    def close(self) -> None:
        self.http.close()


def login(base_url: str, email: str, password: str, *, role: str | None = None) -> Session:
    http = httpx.Client(base_url=base_url, timeout=10)
    r = http.post("/api/login", data={"username": email, "password": password})
    assert r.status_code == 200, r.text
    body = r.json()
    s = Session(http=http, login_body=body, access=body["access_token"], refresh=body["refresh_token"])
    s.use(s.access)
    if role is not None and body["user"]["active_role"] != role:
        assert s.switch(role).status_code == 200
    return s


def tutor(base_url: str) -> Session:
    return login(base_url, *DEMO_TUTOR, role="tutor")


def student(base_url: str) -> Session:
    return login(base_url, *DEMO_STUDENT)


def other_tutor(base_url: str) -> Session:
    return login(base_url, *SECOND_TUTOR, role="tutor")


def student_account(base_url: str, email: str) -> Session:
    return login(base_url, email, DEMO_PASSWORD)
