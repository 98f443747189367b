"""On a poor link the tutor's video gets smaller and slower first; audio is never degraded."""

from __future__ import annotations

import time

import pytest

from astegni_desktop.calls.media import AdaptiveVideo, PatternTrack, video_level


def test_video_degrades_at_once_and_recovers_step_by_step() -> None:
    assert video_level(0.5, 40, 0) == 0
    assert video_level(7, 40, 0) == 1  # 7 % of our packets lost: half size
    assert video_level(3, 300, 1) == 1  # not yet good: stays
    assert video_level(15, 40, 1) == 2  # worse: quarter size
    assert video_level(0, 900, 0) == 2  # or a very slow link
    assert video_level(0, 50, 2) == 1  # better, one step at a time
    assert video_level(None, None, 1) == 0


@pytest.mark.asyncio
async def test_the_adaptive_source_sends_smaller_and_fewer_frames() -> None:
    video = AdaptiveVideo(PatternTrack(640, 360, 30))
    full = await video.recv()
    assert (full.width, full.height) == (640, 360)
    video.level = 2
    start, sizes = time.monotonic(), set()
    for _ in range(10):
        frame = await video.recv()
        sizes.add((frame.width, frame.height))
    took = time.monotonic() - start
    assert sizes == {(160, 90)}
    assert took > 10 * 1.4 / 30  # half the frames are skipped: ~15 a second reach the encoder
    video.stop()
