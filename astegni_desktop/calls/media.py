"""What a call sends and plays: microphone, speaker, camera, and a moving test pattern. No Qt here.

Choices (see the README's design notes): audio through `sounddevice` (PortAudio: WASAPI, Core Audio,
ALSA/Pulse; one small wheel, devices listed by name); the camera through PyAV, which aiortc brings anyway
(v4l2 on Linux, AVFoundation on macOS, DirectShow on Windows, through aiortc's own `MediaPlayer`); echo
cancellation, noise suppression and gain control through the WebRTC audio-processing module shipped in
`livekit`. All of it runs on the call's worker loop or PortAudio's own threads, never on the GUI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import logging
import math
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from .model import TEST_PATTERN

log = logging.getLogger(__name__)

RATE = 48_000
BLOCK = 480  # 10 ms: the unit the audio-processing module works in
FRAME = 960  # 20 ms per RTP packet, as Opus in browsers
MAX_QUEUED_BLOCKS = 20  # 200 ms: older capture is dropped rather than delayed
MAX_PLAYOUT = RATE // 5  # 200 ms of playout buffer at most

VIDEO_CLOCK = 90_000


_open_streams = 0  # PortAudio streams this process holds open (a rescan would break them)
_streams_lock = threading.Lock()


def rescan_devices() -> None:
    """Make PortAudio look for devices again (a headset plugged in, a sound server started since it last
    looked). PortAudio lists devices once, when initialised; sounddevice documents `_terminate` and
    `_initialize` as the way to rescan. Skipped while a stream is open."""
    with _streams_lock:
        if _open_streams:
            return
        try:
            import sounddevice as sd  # noqa: PLC0415

            sd._terminate()
            sd._initialize()
        except Exception:
            log.info("no PortAudio to rescan")


def _opened(delta: int) -> None:
    global _open_streams  # noqa: PLW0603
    with _streams_lock:
        _open_streams += delta


def level_dbfs(samples: np.ndarray) -> float:
    """RMS level in dBFS of int16 samples (−100 for silence)."""
    if samples.size == 0:
        return -100.0
    rms = float(np.sqrt(np.mean(np.square(samples.astype(np.float32) / 32768.0))))
    return 20 * math.log10(rms) if rms > 1e-5 else -100.0


def meter(shown: float, now: float) -> float:
    """A level meter's needle: up at once, down by 0.6 dB per 20 ms frame (30 dB/s), as VU meters fall."""
    return max(now, shown - 0.6)


class EchoCanceller:
    """The WebRTC audio-processing module (AEC3, noise suppression, high-pass, AGC) in 10 ms blocks.

    The far end (what the speaker plays) goes in through `played`, the near end (the microphone) through
    `captured`; both are called on the call's worker loop, so the module sees one thread."""

    def __init__(self) -> None:
        self._apm: Any = None
        try:
            from livekit import rtc  # noqa: PLC0415

            self._rtc = rtc
            self._apm = rtc.AudioProcessingModule(
                echo_cancellation=True, noise_suppression=True, high_pass_filter=True, auto_gain_control=True
            )
        except (
            Exception
        ):  # a platform without the module: the call goes on unprocessed, and says so in the log
            log.warning("WebRTC audio processing is unavailable; echo will not be cancelled", exc_info=True)

    @property
    def active(self) -> bool:
        return self._apm is not None

    def _frame(self, block: np.ndarray) -> Any:
        return self._rtc.AudioFrame(block.tobytes(), RATE, 1, BLOCK)

    def played(self, block: np.ndarray) -> None:
        if self._apm is not None and block.size == BLOCK:
            self._apm.process_reverse_stream(self._frame(block))

    def captured(self, block: np.ndarray) -> np.ndarray:
        if self._apm is None or block.size != BLOCK:
            return block
        frame = self._frame(block)
        self._apm.process_stream(frame)
        return np.frombuffer(bytes(frame.data), dtype=np.int16).copy()


def _audio_frame(samples: np.ndarray, pts: int) -> av.AudioFrame:
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
    frame.sample_rate = RATE
    frame.pts = pts
    frame.time_base = fractions.Fraction(1, RATE)
    return frame


def mono_pcm(frame: av.AudioFrame) -> np.ndarray:
    """A decoded frame (any layout) as mono int16 samples."""
    samples = frame.to_ndarray()
    if frame.format.is_planar or samples.shape[0] > 1:
        mono = samples.reshape(len(frame.layout.channels), -1).mean(axis=0)
    else:
        channels = len(frame.layout.channels)
        mono = samples.reshape(-1, channels).mean(axis=1) if channels > 1 else samples.reshape(-1)
    if frame.format.name.startswith("flt"):
        mono = mono * 32767
    pcm: np.ndarray = np.clip(mono, -32768, 32767).astype(np.int16)
    return pcm


class MicrophoneTrack(MediaStreamTrack):
    """The microphone through PortAudio, cleaned by the echo canceller, in 20 ms frames."""

    kind = "audio"

    def __init__(self, device: str | int | None, echo: EchoCanceller) -> None:
        super().__init__()
        import sounddevice as sd  # noqa: PLC0415

        self.echo = echo
        self.muted = False
        self.level = -100.0
        self.tap: Callable[[np.ndarray], None] | None = None  # what is sent, for a recording
        self._loop: asyncio.AbstractEventLoop = asyncio.get_running_loop()
        self._blocks: asyncio.Queue[np.ndarray] = asyncio.Queue()
        self._pts = 0
        self._stream = sd.InputStream(
            samplerate=RATE,
            channels=1,
            dtype="int16",
            blocksize=BLOCK,
            device=device,
            callback=self._captured,
        )
        _opened(1)
        self._stream.start()

    def _captured(self, data: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        """PortAudio's thread: hand the block to the worker loop, never wait."""
        block = data[:, 0].copy()
        with contextlib.suppress(RuntimeError):  # the loop closed under us at hang-up
            self._loop.call_soon_threadsafe(self._push, block)

    def _push(self, block: np.ndarray) -> None:
        if self._blocks.qsize() >= MAX_QUEUED_BLOCKS:
            self._blocks.get_nowait()
        self._blocks.put_nowait(block)

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        parts = [await self._blocks.get() for _ in range(FRAME // BLOCK)]
        if self.readyState != "live" or any(p.size != BLOCK for p in parts):
            raise MediaStreamError
        samples = np.concatenate([self.echo.captured(p) for p in parts])
        self.level = meter(self.level, level_dbfs(samples))
        if self.muted:
            samples = np.zeros_like(samples)
        if self.tap is not None:
            self.tap(samples)
        frame = _audio_frame(samples, self._pts)
        self._pts += FRAME
        return frame

    def stop(self) -> None:
        super().stop()
        with contextlib.suppress(Exception):
            self._stream.abort()  # stop() waits for a silent device (a drained FIFO) forever
            self._stream.close()
            _opened(-1)
        self._blocks.put_nowait(np.zeros(0, dtype=np.int16))  # wakes a waiting recv(), which then ends


class Speaker:
    """Plays the student's voice through PortAudio from a bounded buffer; tells the echo canceller what it
    played, so the student does not hear themselves."""

    def __init__(self, device: str | int | None, echo: EchoCanceller) -> None:
        import sounddevice as sd  # noqa: PLC0415

        self.echo = echo
        self.level = -100.0
        self._buffer: deque[np.ndarray] = deque()
        self._queued = 0
        self._lock = threading.Lock()
        self._pending = np.zeros(0, dtype=np.int16)
        self._stream = sd.OutputStream(
            samplerate=RATE, channels=1, dtype="int16", blocksize=BLOCK, device=device, callback=self._pull
        )
        _opened(1)
        self._stream.start()

    def feed(self, frame: av.AudioFrame) -> None:
        """The worker loop: one decoded frame in (any layout), as mono 48 kHz."""
        pcm = mono_pcm(frame)
        self.level = meter(self.level, level_dbfs(pcm))
        self._pending = np.concatenate([self._pending, pcm])
        while self._pending.size >= BLOCK:
            block, self._pending = self._pending[:BLOCK], self._pending[BLOCK:]
            self.echo.played(block)
            with self._lock:
                self._buffer.append(block)
                self._queued += BLOCK
                while self._queued > MAX_PLAYOUT:  # late audio is dropped, not delayed
                    self._queued -= self._buffer.popleft().size

    def _pull(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        with self._lock:
            block = self._buffer.popleft() if self._buffer else None
            if block is not None:
                self._queued -= block.size
        if block is None or block.size != frames:
            out.fill(0)
        else:
            out[:, 0] = block

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._stream.abort()  # stop() waits for a silent device (a drained FIFO) forever
            self._stream.close()
            _opened(-1)


class PatternTrack(MediaStreamTrack):
    """A moving test pattern in place of a camera: colour bars, a sweeping bar and a changing band."""

    kind = "video"

    def __init__(self, width: int = 640, height: int = 360, fps: int = 15) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self.enabled = True
        self.on_frame: Callable[[np.ndarray], None] | None = None
        self._count = 0
        self._start: float | None = None
        bars = np.array(
            [[235, 235, 235], [235, 235, 16], [16, 235, 235], [16, 235, 16], [235, 16, 235], [235, 16, 16]],
            dtype=np.uint8,
        )
        columns = bars[np.arange(width) * len(bars) // width]
        self._base = np.repeat(columns[np.newaxis, :, :], height, axis=0)

    def picture(self, index: int) -> np.ndarray:
        image = self._base.copy()
        if not self.enabled:
            return np.zeros_like(image)
        x = (index * 12) % self.width
        image[:, x : x + 24] = (16, 16, 16)
        band = self.height - 24
        image[band:, :] = (index * 7 % 256, 64, 255 - index * 7 % 256)
        return image

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.monotonic()
        due = self._start + self._count / self.fps
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        image = self.picture(self._count)
        if self.on_frame is not None:
            self.on_frame(image)
        frame = av.VideoFrame.from_ndarray(image, format="rgb24")
        frame.pts = int(self._count * VIDEO_CLOCK / self.fps)
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK)
        self._count += 1
        return frame


class CameraTrack(MediaStreamTrack):
    """A camera through PyAV (aiortc's `MediaPlayer`), with a preview hook and on/off (black frames)."""

    kind = "video"

    def __init__(self, device: str, width: int, height: int, fps: int) -> None:
        super().__init__()
        from aiortc.contrib.media import MediaPlayer  # noqa: PLC0415

        fmt, name = camera_format(device)
        options = {"video_size": f"{width}x{height}", "framerate": str(fps)}
        self._player = MediaPlayer(name, format=fmt, options=options)
        if self._player.video is None:
            raise OSError(f"{device} gives no video")
        self._source = self._player.video
        self.enabled = True
        self.on_frame: Callable[[np.ndarray], None] | None = None

    async def recv(self) -> av.VideoFrame:
        frame = await self._source.recv()
        assert isinstance(frame, av.VideoFrame)
        if self.on_frame is not None or not self.enabled:
            image = frame.to_ndarray(format="rgb24")
            if not self.enabled:
                image = np.zeros_like(image)
            if self.on_frame is not None:
                self.on_frame(image)
            if not self.enabled:
                black = av.VideoFrame.from_ndarray(image, format="rgb24")
                black.pts, black.time_base = frame.pts, frame.time_base
                return black
        return frame

    def stop(self) -> None:
        super().stop()
        self._source.stop()


def video_level(loss_percent: float | None, rtt_ms: float | None, current: int) -> int:
    """How far to degrade the tutor's video (0 full, 1 half size at 2/3 rate, 2 quarter size at half rate)
    from what the student reports: worse at once, better one step at a time. Audio is never touched."""
    loss, rtt = loss_percent or 0.0, rtt_ms or 0.0
    if loss > 12 or rtt > 800:
        return 2
    if loss > 5 or rtt > 400:
        return max(current, 1)
    if loss < 2 and rtt < 250:
        return max(0, current - 1)
    return current


class AdaptiveVideo(MediaStreamTrack):
    """A video source sent smaller and slower when the link is poor, so that audio keeps its share."""

    kind = "video"

    def __init__(self, source: MediaStreamTrack) -> None:
        super().__init__()
        self.source = source
        self.level = 0
        self._count = 0

    async def recv(self) -> av.VideoFrame:
        frame = await self.source.recv()
        self._count += 1
        if self.level >= 1 and self._count % (2 if self.level >= 2 else 3) == 0:
            frame = await self.source.recv()  # one frame in three (or two) is skipped
        assert isinstance(frame, av.VideoFrame)
        if self.level == 0:
            return frame
        scale = 2**self.level
        smaller = frame.reformat(
            width=max(2, frame.width // scale // 2 * 2), height=max(2, frame.height // scale // 2 * 2)
        )
        smaller.pts, smaller.time_base = frame.pts, frame.time_base
        return smaller

    def stop(self) -> None:
        super().stop()
        self.source.stop()


def camera_format(device: str) -> tuple[str, str]:
    """PyAV's input format and device name for this platform."""
    if sys.platform == "darwin":
        return "avfoundation", device
    if sys.platform == "win32":
        return "dshow", device if device.startswith("video=") else f"video={device}"
    return "v4l2", device


@dataclass(frozen=True)
class Device:
    key: str  # what settings store and the capture library opens
    label: str


def audio_devices(kind: str) -> list[Device]:
    """Microphones (`kind="input"`) or speakers (`"output"`) PortAudio knows; [] when there is none."""
    rescan_devices()
    try:
        import sounddevice as sd  # noqa: PLC0415

        found = sd.query_devices()
    except Exception:  # no PortAudio library, or no audio system at all
        return []
    channels = "max_input_channels" if kind == "input" else "max_output_channels"
    return [Device(str(d["name"]), str(d["name"])) for d in found if int(d[channels]) > 0]


def cameras() -> list[Device]:
    """Cameras this computer shows, plus the test pattern. On Linux, /dev/video*; elsewhere the default."""
    found = [Device(TEST_PATTERN, "Test pattern (no camera)")]
    if sys.platform.startswith("linux"):
        found += [Device(str(p), p.name) for p in sorted(Path("/dev").glob("video*"))]
    elif sys.platform == "darwin":
        found.append(Device("0", "Built-in camera"))
    return found


def self_check() -> dict[str, bool]:
    """Whether this installation (or bundle) can call: aiortc, the VP8 and Opus codecs the web offers, and
    the echo canceller."""
    found = {"webrtc": False, "vp8": False, "opus": False, "echo_cancellation": EchoCanceller().active}
    try:
        import aiortc  # noqa: F401, PLC0415

        found["webrtc"] = True
        for key, name in (("vp8", "libvpx"), ("opus", "libopus")):
            av.CodecContext.create(name, "w")
            found[key] = True
    except Exception:
        log.warning("the call stack is incomplete", exc_info=True)
    return found


def video_size(bandwidth_kbps: int) -> tuple[int, int, int]:
    """Width, height and frame rate that fit a bandwidth cap (0: no cap). Video degrades before audio."""
    if bandwidth_kbps and bandwidth_kbps < 400:
        return 320, 180, 10
    if bandwidth_kbps and bandwidth_kbps < 800:
        return 480, 270, 15
    return 640, 360, 15


__all__ = [
    "TEST_PATTERN",
    "AdaptiveVideo",
    "CameraTrack",
    "Device",
    "EchoCanceller",
    "MicrophoneTrack",
    "PatternTrack",
    "Speaker",
    "audio_devices",
    "cameras",
    "level_dbfs",
    "mono_pcm",
    "rescan_devices",
    "self_check",
    "video_level",
    "video_size",
]
