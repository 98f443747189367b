"""The call as the app runs it: the engine in a child process, pictures through shared memory."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from dataclasses import replace

import numpy as np
import pytest

from astegni_desktop.calls.engine import CallState
from astegni_desktop.calls.process import CallProcess
from astegni_devserver.runner import DevServer
from tests.calls.conftest import LOOPBACK, Tutor, until
from tests.calls.test_call_audio import spoken_tone
from tests.calls.test_call_flows import changing
from tests.web_peer import WebPeer, dominant_hz

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


async def test_a_recording_hears_both_voices_from_the_call_process_until_it_stops(
    pulse, server: DevServer, web: WebPeer
) -> None:
    """The recorder's ear crosses the process boundary: the tutor's microphone and the student's voice, as
    20 ms blocks of mono int16 with how long ago each arrived, on the reader thread; nothing once unset."""
    tutor = Tutor(server, LOOPBACK, in_process=True)
    engine = tutor.engine
    assert isinstance(engine, CallProcess)
    heard: list[tuple[str, np.ndarray, float]] = []
    stop = threading.Event()

    def seconds(source: str) -> float:
        return sum(pcm.size for who, pcm, _late in list(heard) if who == source) / 48_000

    try:
        assert await until(lambda: tutor.relay.state == "connected")
        engine.call(audio_only=True)
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20), tutor.calls.statuses
        pulse.speak(spoken_tone(440, 8), stop)
        engine.set_audio_tap(lambda source, pcm, late: heard.append((source, pcm.copy(), late)))
        assert await until(lambda: seconds("mic") > 2 and seconds("remote") > 2, 20)
        engine.set_audio_tap(None)
        await asyncio.sleep(0.3)  # what was already on its way
        count = len(heard)
        await asyncio.sleep(0.5)
        assert len(heard) == count  # the recording stopped: no more voice reaches it
    finally:
        stop.set()
        await tutor.close()
    assert {pcm.dtype for _who, pcm, _late in heard} == {np.dtype(np.int16)}
    assert all(late >= 0 for _who, _pcm, late in heard)
    mic = np.concatenate([pcm for who, pcm, _late in heard if who == "mic"]).astype(np.float64)
    theirs = np.concatenate([pcm for who, pcm, _late in heard if who == "remote"]).astype(np.float64)
    assert abs(dominant_hz(theirs[-48_000:]) - web.tone_hz) < 5  # the student's voice
    assert abs(dominant_hz(mic[-48_000:]) - 440) < 5  # ours, after echo cancelling
