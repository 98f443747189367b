"""The call as the app runs it: the engine in a child process, pictures through shared memory."""

from __future__ import annotations

import os
import signal
from dataclasses import replace

import pytest

from astegni_desktop.calls.engine import CallState
from astegni_desktop.calls.process import CallProcess
from astegni_devserver.runner import DevServer
from tests.calls.conftest import LOOPBACK, Tutor, until
from tests.calls.test_call_flows import changing
from tests.web_peer import WebPeer

pytestmark = [pytest.mark.asyncio, pytest.mark.slow]


async def test_a_call_from_the_child_process_shows_both_pictures_and_hangs_up_cleanly(
    server: DevServer, web: WebPeer
) -> None:
    tutor = Tutor(server, replace(LOOPBACK, camera="test-pattern"), in_process=True)
    engine = tutor.engine
    assert isinstance(engine, CallProcess)
    try:
        assert engine.pid is not None and engine.pid != os.getpid()
        assert await until(lambda: tutor.relay.state == "connected")
        engine.call()
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 30), tutor.calls.statuses
        assert await web.wait_for(lambda: web.state == "connected")
        assert web.got("video_offer")[0]["offer"]["sdp"].count("m=") == 2
        assert await web.wait_for(lambda: changing(web.frames))  # our test pattern, sent by the child
        assert await until(lambda: changing(tutor.calls.videos["remote"]))  # theirs, through shared memory
        assert tutor.calls.videos["local"], "the tutor's own preview"
        height, width = tutor.calls.videos["remote"][-1].shape[:2]
        assert height > 10 and width > 10
        engine.hang_up()
        assert await web.wait_for(lambda: web.state == "ended")
        assert web.got("video_call_ended")[0]["ended_by"] == "tutor_100"
        assert await until(lambda: tutor.calls.state == CallState.ENDED)
        assert tutor.calls.last.reason == "hung_up"
    finally:
        await tutor.close()
    assert not engine._process.is_alive()  # closing stops the child


async def test_the_web_student_calls_and_a_crashed_call_process_is_said_not_frozen(
    server: DevServer, web: WebPeer
) -> None:
    tutor = Tutor(server, replace(LOOPBACK, camera="test-pattern"), in_process=True)
    engine = tutor.engine
    assert isinstance(engine, CallProcess)
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        await web.call_tutor()
        assert await until(lambda: tutor.calls.state == CallState.RINGING_IN, 30)
        engine.accept()
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 30), tutor.calls.statuses
        assert web.got("video_answer")[0]["from_tutor_profile_id"] == 100
        assert await until(lambda: changing(tutor.calls.videos["remote"]))
        assert engine.pid is not None
        os.kill(engine.pid, signal.SIGKILL)  # out of memory, killed by the system
        assert await until(lambda: tutor.calls.state == CallState.ENDED)
        assert tutor.calls.last.reason == "failed" and tutor.calls.last.message == "The call failed."
    finally:
        await tutor.close()


async def test_the_call_process_checks_its_own_call_stack() -> None:
    """What --self-test asks of the bundle: the child (this program started again) has aiortc, VP8, Opus
    and the echo canceller."""
    from tests.calls.conftest import Recorder

    child = CallProcess(100, "Meron Alemayehu", lambda _m: None, Recorder())
    try:
        found = child.check()
        assert found == {"webrtc": True, "vp8": True, "opus": True, "echo_cancellation": True}
    finally:
        child.close()
    assert not child._process.is_alive()
