"""Real capture paths: a tone into a virtual microphone reaches the web student; the student's tone reaches
the virtual speaker. PulseAudio runs privately for these tests (ENVIRONMENT.md §11)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from astegni_desktop.calls.engine import CallState
from astegni_devserver.runner import DevServer
from tests.calls.conftest import LOOPBACK, Tutor, until
from tests.web_peer import WebPeer, dominant_hz, rms_dbfs

pytestmark = [pytest.mark.asyncio, pytest.mark.slow]


def spoken_tone(hz: float, seconds: float, amplitude: float = 0.25) -> np.ndarray:
    """A tone in syllables (250 ms on, 150 ms off): noise suppression rightly fades a steady tone, as it
    would a hum, but keeps what comes and goes like speech."""
    t = np.arange(int(seconds * 48_000)) / 48_000
    syllables = (t % 0.4) < 0.25
    return (np.sin(2 * np.pi * hz * t) * amplitude * 32767 * syllables).astype(np.int16)


@pytest.mark.parametrize("in_process", [False, True], ids=["thread", "child-process"])
async def test_a_tone_in_the_microphone_is_heard_by_the_student_and_theirs_is_played(
    pulse, server: DevServer, web: WebPeer, in_process: bool
) -> None:
    tutor = Tutor(server, LOOPBACK, in_process=in_process)
    stop = threading.Event()
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        tutor.engine.call(audio_only=True)
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 20), tutor.calls.statuses
        assert "microphone" not in tutor.calls.last.missing and "speaker" not in tutor.calls.last.missing
        pulse.speak(spoken_tone(440, 8), stop)  # −17 dBFS on average
        assert await web.wait_for(lambda: len(web.audio) > 150, 20)  # 3 s of 20 ms frames
        heard = np.concatenate(web.audio)[-48_000:]
        assert abs(dominant_hz(heard) - 440) < 5
        assert rms_dbfs(heard) > -26, rms_dbfs(heard)  # within 9 dB after echo cancelling and gain control
        played = await _record(pulse, 1.5)
        assert abs(dominant_hz(played.astype(np.float64)) - web.tone_hz) < 5
        assert rms_dbfs(played.astype(np.float64)) > -30
        assert await until(lambda: min(tutor.engine.levels()) > -40)  # what the meters show
    finally:
        stop.set()
        await tutor.close()


async def _record(pulse, seconds: float) -> np.ndarray:
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(None, pulse.record_speaker, seconds)
