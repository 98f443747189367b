"""The incoming-call ringtone: generated here (no sound file to ship), played through PortAudio on the speaker
chosen in Settings, looped until the call is answered, declined, cancelled or missed. No Qt."""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

RATE = 48_000
NOTES = ((659.25, 0.18), (880.0, 0.18), (659.25, 0.18), (880.0, 0.30))  # E5 A5 E5 A5, seconds each
PAUSE = 1.6  # s of silence after each ring
LEVEL = 0.25  # of full scale: audible, not startling


def ring_tone(rate: int = RATE) -> np.ndarray:
    """One ring and its pause, mono int16: four soft notes (each faded in and out: no clicks)."""
    parts = []
    for hz, seconds in NOTES:
        t = np.arange(int(rate * seconds)) / rate
        fade = np.minimum(1.0, np.minimum(t, seconds - t) / 0.02)
        parts.append(np.sin(2 * np.pi * hz * t) * fade)
    parts.append(np.zeros(int(rate * PAUSE)))
    return (np.concatenate(parts) * LEVEL * 32767).astype(np.int16)


class Ringer:
    """Rings on a speaker until stopped. Without a speaker it is silent (the call still rings on screen)."""

    def __init__(self) -> None:
        self._tone = ring_tone()
        self._lock = threading.Lock()
        self._stream: Any = None
        self._at = 0
        self.played = 0  # samples handed to the speaker since the last start

    @property
    def playing(self) -> bool:
        return self._stream is not None

    def start(self, device: str | None = None) -> bool:
        """Starts ringing (if not already); False if no speaker could be opened."""
        with self._lock:
            if self._stream is not None:
                return True
            try:
                import sounddevice as sd  # noqa: PLC0415

                self._at, self.played = 0, 0
                stream = sd.OutputStream(
                    samplerate=RATE, channels=1, dtype="int16", device=device, callback=self._pull
                )
                stream.start()
            except Exception as exc:  # no speaker, no sound server
                log.info("cannot ring: %s", exc)
                return False
            self._stream = stream
            return True

    def stop(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.abort()
                stream.close()

    def _pull(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        """PortAudio's thread: the next `frames` samples of the looped ring."""
        tone, n = self._tone, len(self._tone)
        index = (self._at + np.arange(frames)) % n
        out[:, 0] = tone[index]
        self._at = (self._at + frames) % n
        self.played += frames
