"""A lost voice packet costs 20 ms of sound, not the 320 ms aiortc waits for it."""

from __future__ import annotations

from aiortc.rtp import RtpPacket

from astegni_desktop.calls.jitter import AudioJitterBuffer


def packet(sequence: int) -> RtpPacket:
    p = RtpPacket(payload_type=111, sequence_number=sequence, timestamp=sequence * 960)
    p._data = bytes([sequence % 256])  # type: ignore[attr-defined]  # what aiortc's depayloader leaves
    return p


def test_a_lost_packet_is_skipped_once_the_prefetch_waits_behind_it() -> None:
    buffer = AudioJitterBuffer(capacity=16, prefetch=4)
    out = []
    for sequence in [*range(100, 110), *range(111, 140)]:  # 110 is lost
        _, frame = buffer.add(packet(sequence))
        if frame is not None:
            out.append(frame.timestamp // 960)
    assert 110 not in out and out == sorted(out)
    assert out[-1] >= 134  # still flowing with the prefetch's 80 ms of delay, not stuck behind the hole
    assert len(out) >= 38 - 6


def test_a_late_packet_within_the_prefetch_is_still_played_in_order() -> None:
    buffer = AudioJitterBuffer(capacity=16, prefetch=4)
    out = []
    for sequence in [*range(100, 110), 111, 112, 110, *range(113, 130)]:  # 110 arrives 40 ms late
        _, frame = buffer.add(packet(sequence))
        if frame is not None:
            out.append(frame.timestamp // 960)
    assert 110 in out and out == sorted(out)
