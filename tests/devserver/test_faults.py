"""Fault injection: each kind does what client tests rely on, deterministically, switchable at run time."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from astegni_devserver.faults import FaultPlan
from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor

SCHEDULE = {
    "title": "Fault probe",
    "year": 2026,
    "schedule_type": "specific",
    "months": [],
    "days": [],
    "specific_dates": ["2026-12-01"],
    "start_time": "10:00",
    "end_time": "11:00",
}


def count(server: DevServer, s) -> int:
    server.set_faults(FaultPlan())
    return sum(1 for x in s.http.get("/api/schedules").json() if x["title"] == "Fault probe")


def only(server: DevServer, kind: str, delay_ms: int = 2000) -> None:
    plan = FaultPlan(
        rate=1.0, kinds=(kind,), methods=("POST",), path_prefix="/api/schedules", delay_ms=delay_ms
    )
    server.set_faults(plan)


def test_drop_before_loses_the_request(server: DevServer) -> None:
    s = tutor(server.url)
    only(server, "drop_before")
    with pytest.raises(httpx.TransportError):  # a reset or a cut-short answer, by timing
        s.http.post("/api/schedules", json=SCHEDULE)
    assert count(server, s) == 0


def test_drop_after_applies_the_request_but_loses_the_answer(server: DevServer) -> None:
    s = tutor(server.url)
    only(server, "drop_after")
    with pytest.raises(httpx.TransportError):  # a reset or a cut-short answer, by timing
        s.http.post("/api/schedules", json=SCHEDULE)
    assert count(server, s) == 1


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("503", 503), ("401", 401)])
def test_error_answers_apply_nothing(server: DevServer, kind: str, status: int) -> None:
    s = tutor(server.url)
    only(server, kind)
    r = s.http.post("/api/schedules", json=SCHEDULE)
    assert r.status_code == status and "detail" in r.json()
    assert count(server, s) == 0


def test_malformed_answers_follow_an_applied_request(server: DevServer) -> None:
    s = tutor(server.url)
    only(server, "malformed")
    r = s.http.post("/api/schedules", json=SCHEDULE)
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        r.json()
    assert count(server, s) == 1


def test_delays_race_client_timeouts_and_the_server_still_applies(server: DevServer) -> None:
    s = tutor(server.url)
    only(server, "delay", delay_ms=600)
    with pytest.raises(httpx.ReadTimeout):
        s.http.post("/api/schedules", json=SCHEDULE, timeout=0.2)
    time.sleep(0.8)
    assert count(server, s) == 1


def test_the_same_seed_gives_the_same_faults(server: DevServer) -> None:
    s = tutor(server.url)

    def outcomes() -> list[str]:
        server.set_faults("rate=0.5,kinds=500+503,seed=42,path=/api/me")
        return [str(s.http.get("/api/me").status_code) for _ in range(30)]

    first, second = outcomes(), outcomes()
    assert first == second
    assert set(first) == {"200", "500", "503"}
    assert server.faults.status()["total"] == first.count("500") + first.count("503")


def test_limits_paths_and_methods(server: DevServer) -> None:
    s = tutor(server.url)
    server.set_faults("rate=1,kinds=503,limit=2,path=/api/me,methods=GET")
    assert [s.http.get("/api/me").status_code for _ in range(4)] == [503, 503, 200, 200]
    assert httpx.get(f"{server.url}/health").status_code == 200


def test_the_admin_endpoint_switches_faults_on_a_running_server(server: DevServer) -> None:
    s = tutor(server.url)
    admin = f"{server.url}/__devserver/faults"
    r = httpx.put(admin, json={"rate": 1.0, "kinds": ["503"], "path_prefix": "/api/me"})
    assert r.status_code == 200 and r.json()["plan"]["kinds"] == ["503"]
    assert s.http.get("/api/me").status_code == 503
    assert httpx.get(admin).json()["injected"] == {"503": 1}
    assert httpx.put(admin, json={"rate": 2}).status_code == 422
    assert httpx.put(admin, json={"kinds": ["explode"]}).status_code == 422
    assert httpx.put(admin, json={"rate": 0}).status_code == 200
    assert s.http.get("/api/me").status_code == 200
    d = httpx.put(f"{server.url}/__devserver/defects", json={"defects": ["D1", "D2"]})
    assert d.json() == {"defects": ["D1", "D2"]}
    assert httpx.get(f"{server.url}/health").json()["defects"] == ["D1", "D2"]
    assert httpx.put(f"{server.url}/__devserver/defects", json={"defects": "D99"}).status_code == 422


def test_fault_specs_are_parsed_strictly() -> None:
    plan = FaultPlan.parse("rate=0.25,kinds=drop_after+401,seed=9,delay_ms=1500,path=/api/whiteboard")
    assert (plan.rate, plan.kinds, plan.seed, plan.delay_ms, plan.path_prefix) == (
        0.25,
        ("drop_after", "401"),
        9,
        1500,
        "/api/whiteboard",
    )
    for bad in ("rate=3", "kinds=boom", "colour=blue", "rate"):
        with pytest.raises(ValueError):
            FaultPlan.parse(bad)
