"""aiortc's audio jitter buffer, made to let go of a lost packet.

aiortc hands out audio only in sequence: when one packet is lost it waits until 16 packets (320 ms) have piled
up behind the hole, so every lost packet is a 320 ms silence, and at 3 % loss (1.5 packets a second) the
tutor hears the student in pieces. Here a hole at the head is skipped once the buffer's own prefetch
(4 packets, 80 ms) waits behind it: a late packet still has those 80 ms to arrive, a lost one costs 20 ms
of sound (the speaker's buffer covers it). Video keeps aiortc's buffer (a frame with a hole in it is not
decodable). No Qt."""

from __future__ import annotations

from typing import Any

from aiortc import rtcrtpreceiver
from aiortc.jitterbuffer import JitterBuffer, JitterFrame


class AudioJitterBuffer(JitterBuffer):
    """One voice packet is one frame (Opus, 20 ms): the packet at the head goes out once `prefetch` packets
    wait behind it, and holes before it are given up on then."""

    skipped = 0  # holes given up on, over all buffers (for benchmarks)

    def _remove_frame(self, sequence_number: int) -> JitterFrame | None:
        origin = self._origin
        if self._is_video or origin is None:
            frame: JitterFrame | None = super()._remove_frame(sequence_number)
            return frame
        present = [
            count for count in range(self._capacity) if self._packets[(origin + count) % self._capacity]
        ]
        if not present or len(present) - 1 < self._prefetch:
            return None  # a late packet still has until the prefetch fills behind it
        head = present[0]
        packet = self._packets[(origin + head) % self._capacity]
        assert packet is not None
        AudioJitterBuffer.skipped += head
        self.remove(head + 1)
        return JitterFrame(data=packet._data, timestamp=packet.timestamp)  # type: ignore[attr-defined]


def _jitter_buffer(capacity: int, prefetch: int = 0, is_video: bool = False) -> Any:
    if is_video:
        return JitterBuffer(capacity=capacity, prefetch=prefetch, is_video=True)
    return AudioJitterBuffer(capacity=capacity, prefetch=prefetch)


def install() -> None:
    """Every receiver created from now on in this process uses it for audio (one call at a time)."""
    rtcrtpreceiver.JitterBuffer = _jitter_buffer  # type: ignore[attr-defined,assignment]
