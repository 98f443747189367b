"""The parts of a recording that need no call: the mixer places two voices on one clock, and the timeline's
ink at any moment follows adds, erases and page changes (from checkpoints, forwards and backwards)."""

from __future__ import annotations

import numpy as np

from astegni_desktop.recording.timeline import CHECKPOINT, Timeline
from astegni_desktop.recording.writer import LATENCY, RATE, Mixer
from tests.web_peer import dominant_hz


def test_two_voices_are_mixed_in_time_and_late_audio_still_lands_in_place() -> None:
    mixer = Mixer()
    t = np.arange(960) / RATE
    out: list[np.ndarray] = []
    for i in range(100):  # 2 s: the tutor at 440 Hz all along, the student at 660 Hz in the second second
        now = (i + 1) * 960 / RATE
        mixer.add("mic", (np.sin(2 * np.pi * 440 * (t + i * 0.02)) * 8000).astype(np.int16), now)
        if i >= 50 and i % 2 == 1:  # her packets come in pairs, 20 ms late (jitter)
            for k in (i - 1, i):
                phase = t + k * 0.02
                mixer.add("remote", (np.sin(2 * np.pi * 660 * phase) * 8000).astype(np.int16), now)
        out.append(mixer.take(now))
    out.append(mixer.take(None))
    mixed = np.concatenate(out)
    assert abs(mixed.size - 2 * RATE) <= 960
    first, second = mixed[: RATE - 4800].astype(np.float64), mixed[RATE + 4800 :].astype(np.float64)
    assert abs(dominant_hz(first) - 440) < 5
    spectrum = np.abs(np.fft.rfft(second))
    freqs = np.fft.rfftfreq(second.size, 1 / RATE)
    assert spectrum[np.abs(freqs - 660) < 5].max() > 0.5 * spectrum[np.abs(freqs - 440) < 5].max()
    assert LATENCY < 0.5


def test_the_ink_at_any_moment_follows_adds_erases_and_pages() -> None:
    events = [{"t": 0.0, "op": "start", "page": "p1", "strokes": [["p1", "old"]]}]
    for i in range(3 * CHECKPOINT):
        events.append({"t": 1 + i * 0.1, "op": "add", "page": "p1", "ids": [f"s{i}"]})
    events.append({"t": 100.0, "op": "erase", "page": "p1", "ids": ["old", "s0"]})
    events.append({"t": 101.0, "op": "page", "page": "p2"})
    events.append({"t": 102.0, "op": "add", "page": "p2", "ids": ["q"]})
    events.append({"t": 103.0, "op": "page", "page": "p1"})
    events.append({"t": "bad", "op": "add", "page": "p1", "ids": ["never"]})  # hostile lines are skipped
    timeline = Timeline(events, 110.0)
    assert timeline.state_at(0.5).shown() == {"old"}
    assert timeline.state_at(1.0).shown() == {"old", "s0"}
    assert timeline.state_at(1 + 600 * 0.1).shown() == {"old"} | {f"s{i}" for i in range(601)}
    assert timeline.state_at(100.5).shown() == {f"s{i}" for i in range(1, 3 * CHECKPOINT)}
    assert timeline.state_at(102.5).shown() == {"q"}
    assert timeline.state_at(104).shown() == {f"s{i}" for i in range(1, 3 * CHECKPOINT)}
    assert timeline.state_at(50.0).page == "p1" and timeline.pages() == ["p1", "p2"]
    assert "never" not in timeline.stroke_ids()
