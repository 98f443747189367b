"""Calls between the app's call engine and a scripted web-like student, over the dev server (§12)."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import numpy as np
import pytest

from astegni_desktop.calls.engine import CallState
from astegni_devserver.runner import DevServer
from tests.calls.conftest import LOOPBACK, Tutor, until
from tests.web_peer import WebPeer

pytestmark = [pytest.mark.asyncio, pytest.mark.slow]
TEST_PATTERN = replace(LOOPBACK, camera="test-pattern")


def changing(frames: list[np.ndarray]) -> bool:
    """At least a few frames, and they are not all the same picture."""
    return len(frames) >= 5 and any(not np.array_equal(frames[0], f) for f in frames[1:])


async def test_the_tutor_calls_the_web_student_who_sees_the_picture_and_hears_the_hang_up(
    server: DevServer, web: WebPeer
) -> None:
    tutor = Tutor(server, TEST_PATTERN)
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        tutor.engine.call()
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20), tutor.calls.statuses
        assert await web.wait_for(lambda: web.state == "connected")
        (invitation,) = web.got("video_call_invitation")
        assert invitation["from_tutor_profile_id"] == 100 and invitation["caller_name"] == "Meron Alemayehu"
        assert web.got("video_offer")[0]["offer"]["sdp"].count("m=") == 2  # audio and video
        assert web.ignored_answers == 0 and web.dropped_candidates == 0  # candidates came inside the offer
        assert await web.wait_for(lambda: changing(web.frames))  # the test pattern arrives and moves
        assert await until(lambda: changing(tutor.calls.videos["remote"]))  # the student's picture
        assert tutor.calls.videos["local"], "the tutor's own preview"
        tutor.engine.hang_up()
        assert await web.wait_for(lambda: web.state == "ended")
        assert web.got("video_call_ended")[0]["ended_by"] == "tutor_100"
        assert await until(lambda: tutor.calls.state == CallState.ENDED)
        assert tutor.calls.last.reason == "hung_up"
    finally:
        await tutor.close()


async def test_the_web_student_calls_the_tutor_who_answers_with_a_numeric_id(
    tutor: Tutor, web: WebPeer
) -> None:
    await web.call_tutor()
    assert await until(lambda: tutor.calls.state == CallState.RINGING_IN)
    assert tutor.calls.last.peer_name == "Hanna Tesfaye"
    tutor.engine.accept()  # before the web's trickled candidates arrive: held until the offer is used
    assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20), tutor.calls.statuses
    assert await web.wait_for(lambda: web.state == "connected")
    (answer,) = web.got("video_answer")
    assert answer["from_tutor_profile_id"] == 100 and answer["is_multi_party"] is True
    assert web.ignored_answers == 0
    assert await until(lambda: changing(tutor.calls.videos["remote"]))
    await web.hang_up()
    assert await until(lambda: tutor.calls.state == CallState.ENDED)
    assert tutor.calls.last.reason == "remote_hung_up"
    assert "Hanna Tesfaye ended the call" in tutor.calls.last.message


async def test_the_web_student_declines_after_ringing(server: DevServer, tutor: Tutor) -> None:
    web = await WebPeer(server.ws_url, accept_after=None, decline_after=1.0).connect()
    try:
        tutor.engine.call()
        assert await until(lambda: tutor.calls.state == CallState.ENDED)
        assert tutor.calls.last.reason == "declined"
        assert tutor.calls.last.message == "Hanna Tesfaye declined the call."
    finally:
        await web.close()


async def test_the_tutor_declines_the_web_students_call(tutor: Tutor, web: WebPeer) -> None:
    await web.call_tutor()
    assert await until(lambda: tutor.calls.state == CallState.RINGING_IN)
    tutor.engine.decline()
    assert await web.wait_for(lambda: bool(web.got("video_call_declined")))
    assert web.got("video_call_declined")[0] == {"type": "video_call_declined", "declined_by": "tutor_100"}
    assert await until(lambda: tutor.calls.state == CallState.ENDED)


async def test_cancel_both_ways(server: DevServer, tutor: Tutor) -> None:
    web = await WebPeer(server.ws_url, accept_after=None).connect()
    try:
        tutor.engine.call()
        assert await web.wait_for(lambda: web.state == "ringing")
        tutor.engine.hang_up()
        assert await web.wait_for(lambda: bool(web.got("video_call_cancelled")))
        assert web.got("video_call_cancelled")[0]["cancelled_by"] == "tutor_100"
        assert await until(lambda: tutor.calls.last.reason == "cancelled")

        await web.call_tutor()
        assert await until(lambda: tutor.calls.state == CallState.RINGING_IN)
        await web.cancel()
        assert await until(lambda: tutor.calls.state == CallState.ENDED)
        assert tutor.calls.last.message == "Missed call from Hanna Tesfaye."
    finally:
        await web.close()


async def test_calling_an_offline_student_says_so_and_leaves_a_missed_call(
    server: DevServer, tutor: Tutor
) -> None:
    tutor.engine.call()
    assert await until(lambda: tutor.calls.state == CallState.ENDED)
    assert tutor.calls.last.reason == "offline"
    assert tutor.calls.last.message == "Hanna is not online."
    web = await WebPeer(server.ws_url).connect()
    try:
        assert await web.wait_for(lambda: bool(web.got("missed_calls_notification")))
        assert web.got("missed_calls_notification")[0]["calls"][0]["caller_name"] == "Meron Alemayehu"
    finally:
        await web.close()


async def test_calls_missed_while_the_tutor_was_away_become_notifications(server: DevServer) -> None:
    web = await WebPeer(server.ws_url, tutor_id=100).connect()
    try:
        await web.call_tutor()
        assert await web.wait_for(lambda: bool(web.got("user_offline")))
    finally:
        await web.close()
    tutor = Tutor(server, LOOPBACK)
    try:
        assert await until(lambda: bool(tutor.calls.missed))
        assert tutor.calls.missed[0].caller_name == "Hanna Tesfaye"
        assert tutor.calls.missed[0].session_id == 7
    finally:
        await tutor.close()


async def test_a_stranger_cannot_ring_or_hang_up(server: DevServer, tutor: Tutor) -> None:
    stranger = await WebPeer(server.ws_url, profile_id=502, name="Not Hanna").connect()
    try:
        await stranger.call_tutor()
        await asyncio.sleep(1.0)
        assert tutor.calls.state == CallState.IDLE
    finally:
        await stranger.close()


async def test_no_route_is_said_clearly(server: DevServer) -> None:
    tutor = Tutor(server, replace(TEST_PATTERN, connect_seconds=3))
    web = await WebPeer(server.ws_url, firewalled=True).connect()
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        tutor.engine.call()
        assert await until(lambda: tutor.calls.state == CallState.ENDED, 20)
        assert tutor.calls.last.reason == "no_route"
        assert "No network route to Hanna Tesfaye could be found" in tutor.calls.last.message
        assert "TURN" in tutor.calls.last.message
        assert await web.wait_for(lambda: bool(web.got("video_call_ended")))
    finally:
        await web.close()
        await tutor.close()


@pytest.mark.parametrize("in_process", [False, True], ids=["thread", "child-process"])
async def test_without_devices_the_call_works_one_way_and_says_what_is_missing(
    server: DevServer, web: WebPeer, monkeypatch: pytest.MonkeyPatch, in_process: bool
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent")  # no sound server, no sound card
    monkeypatch.setenv("AUDIODEV", "null")
    config = replace(LOOPBACK, camera="/dev/no-such-camera", microphone="no such mic")
    tutor = Tutor(server, config, in_process=in_process)
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        tutor.engine.call()
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20), tutor.calls.statuses
        assert "microphone" in tutor.calls.last.missing and "camera" in tutor.calls.last.missing
        assert "No " in tutor.calls.last.message and "Settings" in tutor.calls.last.message
        assert await until(lambda: changing(tutor.calls.videos["remote"]))  # the student is still seen
    finally:
        await tutor.close()


async def test_the_signalling_socket_dropping_mid_call_does_not_end_the_call(
    server: DevServer, tutor: Tutor, web: WebPeer
) -> None:
    import httpx

    tutor.engine.call()
    assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20)
    async with httpx.AsyncClient() as http:
        await http.post(f"{server.url}/__devserver/ws/disconnect-all")
    await asyncio.sleep(2.0)
    assert tutor.calls.state == CallState.CONNECTED  # media flow peer to peer, not through the server
    frames = len(tutor.calls.videos["remote"])
    assert await until(lambda: len(tutor.calls.videos["remote"]) > frames + 5)


async def test_a_network_drop_mid_call_ends_it_clearly(server: DevServer, web: WebPeer) -> None:
    tutor = Tutor(server, replace(LOOPBACK, silent_seconds=3.0))
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        tutor.engine.call()
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20)
        web.pull_the_cable()
        assert await until(lambda: tutor.calls.state == CallState.ENDED, 30), tutor.calls.statuses
        assert tutor.calls.last.reason == "lost"
        assert tutor.calls.last.message.endswith("was cut off: the network connection was lost.")
    finally:
        await tutor.close()
