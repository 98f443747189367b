"""Settings' bandwidth cap limits what the tutor sends: Opus gets a voice rate (32 kbit/s, not aiortc's
96 kbit/s for music), and under a 32 kbit/s voice-only cap 60 ms packets with what is left once their
headers are paid."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from astegni_desktop.calls.engine import CallState, opus_bitrate
from astegni_devserver.runner import DevServer
from tests.calls.conftest import LOOPBACK, Tutor, until
from tests.calls.test_call_audio import spoken_tone
from tests.web_peer import WebPeer, dominant_hz


def test_the_voice_rate_follows_the_cap() -> None:
    assert opus_bitrate(0) == (32_000, 20)  # no cap: voice as browsers send it, 20 ms packets
    assert opus_bitrate(300) == (32_000, 20)
    assert opus_bitrate(32) == (14_000, 60)  # 32 kbit/s on the wire: 60 ms packets, a third of the headers
    assert opus_bitrate(10) == (6_000, 60)  # never below what Opus can speak with


@pytest.mark.asyncio
@pytest.mark.slow
async def test_a_32_kbps_voice_only_call_sends_under_32_kbps(pulse, server: DevServer, web: WebPeer) -> None:
    tutor = Tutor(server, replace(LOOPBACK, bandwidth_kbps=32, audio_only=True), in_process=True)
    stop = threading.Event()
    try:
        assert await until(lambda: tutor.relay.state == "connected")
        tutor.engine.call()
        assert await until(lambda: tutor.calls.state == CallState.CONNECTED, 30), tutor.calls.statuses
        assert "microphone" not in tutor.calls.last.missing
        pulse.speak(spoken_tone(440, 12, amplitude=0.5), stop)  # a loud voice: the most Opus sends
        assert await until(lambda: len(tutor.calls.qualities) >= 4, 30)
        sent = [q.kbps_out for q in tutor.calls.qualities[1:]]  # RTP as aiortc counts it, every 2 s
        assert 0 < max(sent) < 32 - 8, sent  # headers below RTP (IP, UDP: ~11 kbit/s) still fit in 32
        assert await web.wait_for(lambda: len(web.audio) > 60, 20)  # and the student hears it (60 ms frames)
        assert abs(dominant_hz(np.concatenate(web.audio)[-48_000:]) - 440) < 5
    finally:
        stop.set()
        await tutor.close()
