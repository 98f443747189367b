"""CONTRACT.md §8: the WebSocket relay, one recipient per message, nothing stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from astegni_devserver.runner import DevServer

pytestmark = pytest.mark.contract

STROKE: dict[str, Any] = {
    "type": "whiteboard_stroke",
    "session_id": 120,
    "page_id": 301,
    "stroke": {
        "stroke_type": "pen",
        "stroke_data": {
            "points": [[40, 52], [44, 60]],
            "color": "#1a73e8",
            "width": 3,
            "client_id": "5f0c2a9e",
        },
    },
    "sender_id": 1,
    "sender_role": "tutor",
    "sender_name": "Meron Alemayehu",
    "from_profile_id": 100,
    "from_profile_type": "tutor",
    "to_profile_id": 501,
    "to_profile_type": "student",
}


@contextmanager
def socket(server: DevServer, profile_id: int, role: str) -> Iterator[ClientConnection]:
    with connect(f"{server.ws_url}/ws/{profile_id}/{role}", open_timeout=5) as ws:
        hello = json.loads(ws.recv(timeout=5))
        assert hello == {
            "type": "connection",
            "status": "connected",
            "connection_key": f"{role}_{profile_id}",
        }
        yield ws


def recv(ws: ClientConnection, timeout: float = 3) -> dict[str, Any]:
    msg: dict[str, Any] = json.loads(ws.recv(timeout=timeout))
    return msg


def recv_type(ws: ClientConnection, kind: str) -> dict[str, Any]:
    while True:
        msg = recv(ws)
        if msg["type"] == kind:
            return msg


def drain(*sockets: ClientConnection) -> None:
    """Read presence chatter until each socket is quiet."""
    for ws in sockets:
        while not nothing(ws, 0.15):
            pass


def nothing(ws: ClientConnection, wait: float = 0.3) -> bool:
    try:
        ws.recv(timeout=wait)
    except TimeoutError:
        return True
    return False


def test_ping_pong_and_presence(server: DevServer) -> None:
    with socket(server, 501, "student") as student:
        with socket(server, 100, "tutor") as tutor:
            online = recv(student)
            assert online["type"] == "user_online" and online["profile_type"] == "tutor"
            assert online["tutor_profile_id"] == 100 and "timestamp" in online
            status = httpx.get(
                f"{server.url}/api/whiteboard/online-status/tutor/100", headers={"Authorization": "Bearer x"}
            )
            assert status.status_code == 401
            tutor.send(json.dumps({"type": "ping"}))
            assert recv(tutor) == {"type": "pong"}
        offline = recv_type(student, "user_offline")
        assert offline["tutor_profile_id"] == 100


def test_a_stroke_reaches_exactly_its_recipient_with_the_documented_fields(server: DevServer) -> None:
    with socket(server, 501, "student") as hanna, socket(server, 502, "student") as dawit:  # noqa: SIM117
        with socket(server, 100, "tutor") as tutor:
            drain(hanna, dawit)
            tutor.send(json.dumps(STROKE))
            got = recv(hanna)
            assert set(got) == {
                "type",
                "session_id",
                "page_id",
                "stroke",
                "sender_id",
                "sender_role",
                "sender_name",
                "stroke_type",
                "stroke_data",
                "user_id",
                "from_student_profile_id",
                "from_tutor_profile_id",
                "timestamp",
            }
            assert got["stroke_data"] == STROKE["stroke"]["stroke_data"] and got["stroke_type"] == "pen"
            assert got["from_tutor_profile_id"] == 100 and got["user_id"] == 1
            assert nothing(dawit) and nothing(tutor)


def test_routing_precedence_and_stripped_routing_keys(server: DevServer) -> None:
    with socket(server, 501, "student") as hanna, socket(server, 502, "student") as dawit:  # noqa: SIM117
        with socket(server, 100, "tutor") as tutor:
            drain(hanna, dawit)
            cursor = {
                "type": "whiteboard_cursor",
                "x": 10,
                "y": 20,
                "page_id": 1,
                "session_id": 5,
                "to_student_profile_id": 502,
                "to_tutor_profile_id": 100,
            }
            tutor.send(json.dumps(cursor))
            got = recv(dawit)
            assert got["x"] == 10 and "to_student_profile_id" not in got and "timestamp" in got
            assert nothing(hanna) and nothing(tutor)
            both = {**cursor, "to_profile_id": 501, "to_profile_type": "student"}
            tutor.send(json.dumps(both))
            assert recv(hanna)["type"] == "whiteboard_cursor" and nothing(dawit)


def test_permission_grants_fill_missing_keys_with_true(server: DevServer) -> None:
    with socket(server, 501, "student") as hanna, socket(server, 100, "tutor") as tutor:
        tutor.send(
            json.dumps(
                {
                    "type": "whiteboard_permission_granted",
                    "target_id": 501,
                    "permissions": {"can_draw": True, "can_erase": False},
                    "to_student_profile_id": 501,
                }
            )
        )
        got = recv_type(hanna, "whiteboard_permission_granted")
        assert got["permissions"] == {"can_draw": True, "can_write": True, "can_erase": False}


def test_colour_changes_are_dropped_on_deployed(make_server) -> None:
    for defects, relayed in ((frozenset(), True), (frozenset({"D13"}), False)):
        srv = make_server(defects=defects)
        with socket(srv, 501, "student") as hanna, socket(srv, 100, "tutor") as tutor:
            recv_type(hanna, "user_online")
            tutor.send(
                json.dumps(
                    {"type": "whiteboard_color_change", "color": "#ff0000", "to_student_profile_id": 501}
                )
            )
            assert (not nothing(hanna)) == relayed


def test_hostile_frames_do_not_break_the_socket(server: DevServer) -> None:
    with socket(server, 501, "student") as hanna, socket(server, 100, "tutor") as tutor:
        recv_type(hanna, "user_online")
        for frame in ("not json", "[1,2,3]", json.dumps({"type": 5}), "x" * 1_100_000, b"\x00\x01binary"):
            tutor.send(frame)
        tutor.send(json.dumps({"type": "ping"}))
        assert recv(tutor) == {"type": "pong"}
        assert nothing(hanna)


def test_messages_to_offline_keys_are_dropped_and_a_second_socket_replaces_the_first(
    server: DevServer,
) -> None:
    with socket(server, 100, "tutor") as tutor:
        tutor.send(json.dumps(STROKE))  # nobody is student_501: dropped silently, no echo
        assert nothing(tutor)
        with socket(server, 100, "tutor") as again:
            again.send(json.dumps({"type": "ping"}))
            assert recv(again) == {"type": "pong"}
    r = httpx.post(f"{server.url}/__devserver/ws/disconnect-all")
    assert r.status_code == 200
