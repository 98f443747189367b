"""Attacks on the lesson socket (issue 13): the socket has no authentication and session ids are sequential,
so anyone can send the tutor anything. Each case runs against the dev server's real relay: nothing forged is
drawn, nothing crashes, the connection holds, and what the tutor queued is not lost."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect

from astegni_desktop.ink.codec import BadStroke, decode
from astegni_desktop.sync import RetryPolicy
from astegni_desktop.sync.live import STROKE_BURST, STROKES_PER_SECOND, Identity, LiveRelay
from astegni_devserver.runner import DevServer
from tests.helpers.ink import HANNA
from tests.helpers.live import Events, until
from tests.student_client import StudentClient

pytestmark = pytest.mark.asyncio
SESSION = 7  # the lesson the relay follows; the dev server relays whatever session id a message names


@pytest.fixture
def hanna(server: DevServer) -> Iterator[StudentClient]:
    client = StudentClient(server.url)
    yield client
    client.close()


async def relay_for(server: DevServer, policy: RetryPolicy | None = None) -> tuple[LiveRelay, Events]:
    events = Events()
    relay = LiveRelay(
        server.ws_url, Identity(1, 100, "Meron"), events, reconnect=policy or RetryPolicy(base=0.05, cap=0.2)
    )
    relay.follow(SESSION, HANNA)
    await until(lambda: relay.state == "connected")
    return relay, events


def stroke(client_id: str, points: object = ((5, 5), (9, 9))) -> dict[str, object]:
    data = {"points": [list(p) for p in points], "color": "#1565c0", "width": 2, "client_id": client_id}  # type: ignore[attr-defined]
    return {"type": "whiteboard_stroke", "session_id": SESSION, "page_id": 1,
            "stroke": {"stroke_type": "pen", "stroke_data": data}}  # fmt: skip


async def heard(events: Events, hanna: StudentClient, marker: str) -> None:
    """Hanna, the lesson's own student, is heard after the attack: the connection held."""
    hanna.send(stroke(marker))
    await until(lambda: any(e.data["stroke_data"].get("client_id") == marker for e in events.strokes()))


async def test_a_forged_sender_on_another_socket_is_not_heard(
    server: DevServer, hanna: StudentClient
) -> None:
    relay, events = await relay_for(server)
    with connect(f"{server.ws_url}/ws/999/student") as mallory:
        mallory.recv(timeout=5)
        forged = {**stroke("forged"), "sender_id": HANNA, "from_student_profile_id": HANNA,
                  "sender_role": "student", "to_profile_id": 100, "to_profile_type": "tutor"}  # fmt: skip
        mallory.send(json.dumps(forged))
        mallory.send(
            json.dumps({**forged, "type": "whiteboard_permission_request", "requester_name": "<b>x"})
        )
        await heard(events, hanna, "hanna-after-mallory")
    assert [e.data["stroke_data"]["client_id"] for e in events.strokes()] == ["hanna-after-mallory"]
    assert not [e for e in events.events if e.kind == "permission_request"]
    await relay.stop()


async def test_another_lessons_ink_is_not_drawn_here(server: DevServer, hanna: StudentClient) -> None:
    relay, events = await relay_for(server)
    hanna.send({**stroke("other-lesson"), "session_id": SESSION + 1})
    hanna.send({**stroke("no-lesson"), "session_id": None})
    await heard(events, hanna, "this-lesson")
    assert [e.data["stroke_data"]["client_id"] for e in events.strokes()] == ["this-lesson"]
    await relay.stop()


async def test_a_flood_from_the_students_own_socket_is_cut_to_a_human_rate(
    server: DevServer, hanna: StudentClient
) -> None:
    relay, events = await relay_for(server)
    started = time.monotonic()
    for i in range(3000):
        hanna.send(stroke(f"flood-{i}"))
    await until(lambda: len(events.strokes()) + relay.refused >= 3000, timeout=30)
    elapsed = time.monotonic() - started
    assert len(events.strokes()) <= STROKE_BURST + STROKES_PER_SECOND * elapsed + 5
    assert relay.refused >= 3000 - len(events.strokes())
    await asyncio.sleep(1.0)  # the bucket refills: the student is heard again
    await heard(events, hanna, "after-the-flood")
    await relay.stop()


async def test_an_oversized_frame_is_dropped_without_closing_the_socket(
    server: DevServer, hanna: StudentClient
) -> None:
    relay, events = await relay_for(server)
    huge = stroke("huge")
    huge["stroke"]["stroke_data"]["pad"] = "z" * 700_000  # type: ignore[index]
    hanna.send(huge)
    await heard(events, hanna, "after-the-big-one")
    assert relay.reconnects == 1 and events.states.count("connected") == 1
    assert [e.data["stroke_data"]["client_id"] for e in events.strokes()] == ["after-the-big-one"]
    await relay.stop()


async def test_malformed_deep_and_out_of_range_messages_draw_nothing(
    server: DevServer, hanna: StudentClient
) -> None:
    relay, events = await relay_for(server)
    base = {"session_id": SESSION, "sender_id": HANNA, "from_profile_id": HANNA,
            "from_profile_type": "student", "to_profile_id": 100, "to_profile_type": "tutor"}  # fmt: skip
    hanna.send_raw("not json")
    hanna.send_raw(b"\x00\x01 binary")
    hanna.send_raw('{"type": "whiteboard_stroke", "stroke": ' + "[" * 50_000 + "]" * 50_000 + "}")
    hanna.send_raw(json.dumps({**base, "type": "whiteboard_cursor", "x": "NaN"}).replace('"NaN"', "NaN"))
    hanna.send({"type": "whiteboard_cursor", "session_id": SESSION, "x": 1e300, "y": 5})
    hanna.send({"type": "whiteboard_text_typing", "session_id": SESSION, "text": "a\ud800b", "x": 1, "y": 1})
    hanna.send(stroke("huge-coords", points=((1e300, 5), (10**30, 9))))
    too_wide = {"points": [[1, 1], [2, 2]], "width": 10**400}
    hanna.send(stroke("too-wide") | {"stroke": {"stroke_type": "pen", "stroke_data": too_wide}})
    await heard(events, hanna, "after-the-junk")
    assert relay.reconnects == 1
    drawable = []
    for e in events.strokes():
        with contextlib.suppress(BadStroke, ValueError, TypeError, OverflowError):
            drawable.append(decode(e.data["stroke_type"], e.data["stroke_data"], fallback_id="x"))
    # The absurd width is made safe by the codec (as in a canvas merge); nothing else of the junk draws.
    assert [s.client_id for s in drawable] in (["after-the-junk"], ["x", "after-the-junk"])
    assert all(s.width <= 100 for s in drawable)
    assert not [e for e in events.events if e.kind == "cursor"]
    typing = [e.data["text"] for e in events.events if e.kind == "typing"]
    assert typing == ["a?b"]  # a lone surrogate would fail in Qt: replaced
    await relay.stop()


async def test_reconnects_back_off_under_a_repeated_disconnect(server: DevServer) -> None:
    relay, _events = await relay_for(server, RetryPolicy(base=0.2, cap=5.0))
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=server.url) as admin:
        while time.monotonic() - started < 5.0:
            await admin.post("/__devserver/ws/disconnect-all")
            await asyncio.sleep(0.05)
    # Backoff 0.1-0.2, 0.2-0.4, 0.4-0.8, 0.8-1.6, 1.6-3.2 s: at most about six connections in 5 s (13 before).
    assert relay.reconnects <= 7
    await relay.stop()


async def test_what_the_tutor_queued_while_offline_goes_out_after_reconnecting(
    server: DevServer, tmp_path: Path
) -> None:
    relay, _events = await relay_for(server, RetryPolicy(base=1.5, cap=1.5))
    server.stop()
    await until(lambda: relay.state != "connected")
    data = {"points": [[1, 1], [4, 4]], "color": "#000000", "width": 2, "client_id": "queued-offline"}
    assert relay.send("whiteboard_stroke", page_id=1, stroke={"stroke_type": "pen", "stroke_data": data})
    assert not relay.send("whiteboard_cursor", x=1, y=1)  # a pointer position is stale by then: dropped
    server.start()
    hanna = StudentClient(server.url)  # before the relay's next attempt (0.75-1.5 s)
    try:
        assert await asyncio.to_thread(
            hanna.wait_for, lambda a: any(m.message.get("type") == "whiteboard_stroke" for m in a), 10
        )
        assert hanna.strokes()[0]["stroke_data"]["client_id"] == "queued-offline"
        assert relay.queued == 0
    finally:
        hanna.close()
        await relay.stop()
