"""A scripted peer that calls like the unmodified Astegni web student (CONTRACT.md §12), over the dev server.

What it copies from the web, on purpose:
* it keeps its peer connections in a dict keyed by the **number** it dialled (or was called by): an answer
  whose `from_tutor_profile_id` is a string misses the dict and is ignored;
* as the caller: invitation, then the offer (audio + video, BUNDLE) **without** candidates, then the
  candidates trickled as `ice_candidate` about a second later;
* as the callee: it rings, answers only on Accept (by hand, or `accept_after` seconds), drops candidates that
  arrive before its answer, and declines by itself after `decline_after` seconds (60 on the web);
* it sends a tone and a moving picture, and keeps what it receives (tests check frequency, level, frames).

Media stays on loopback: no ICE servers, host candidates only (the tests pin aioice to 127.0.0.1).
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import json
import math
import time
from dataclasses import dataclass, field
from typing import Any

import av
import numpy as np
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.sdp import candidate_from_sdp
from websockets.asyncio.client import connect

from astegni_desktop.calls.media import PatternTrack

RATE = 48_000


class ToneTrack(MediaStreamTrack):
    """A sine tone at `hz`, −12 dBFS, in real-time 20 ms frames."""

    kind = "audio"

    def __init__(self, hz: float) -> None:
        super().__init__()
        self.hz = hz
        self._n = 0
        self._start: float | None = None

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.monotonic()
        await asyncio.sleep(max(0.0, self._start + self._n / RATE - time.monotonic()))
        t = (self._n + np.arange(960)) / RATE
        samples = (np.sin(2 * math.pi * self.hz * t) * 8192).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = RATE, self._n, fractions.Fraction(1, RATE)
        self._n += 960
        return frame


def dominant_hz(samples: np.ndarray, rate: int = RATE) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum[1:])) + 1])


def rms_dbfs(samples: np.ndarray) -> float:
    rms = float(np.sqrt(np.mean(np.square(samples / 32768.0))))
    return 20 * math.log10(rms) if rms > 1e-6 else -120.0


@dataclass
class WebPeer:
    ws_url: str
    profile_id: int = 501
    tutor_id: int = 100
    name: str = "Hanna Tesfaye"
    session_id: int = 7
    tone_hz: float = 660.0
    accept_after: float | None = 0.5  # None: rings until told
    decline_after: float = 60.0
    trickle_delay: float = 1.0
    firewalled: bool = False  # as behind a firewall: no candidate of either side gets through
    received: list[dict[str, Any]] = field(default_factory=list)
    audio: list[np.ndarray] = field(default_factory=list)
    frames: list[np.ndarray] = field(default_factory=list)
    ignored_answers: int = 0
    dropped_candidates: int = 0
    state: str = "idle"  # idle | ringing | calling | connected | ended

    def __post_init__(self) -> None:
        self.pcs: dict[int, RTCPeerConnection] = {}
        self._ws: Any = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._pending_offer: str | None = None
        self._tracks: list[MediaStreamTrack] = []
        self.changed = asyncio.Condition()

    # -- socket --------------------------------------------------------------------------------------

    async def connect(self) -> WebPeer:
        self._connection = connect(f"{self.ws_url}/ws/{self.profile_id}/student", max_size=2**22)
        self._ws = await self._connection.__aenter__()
        self._spawn(self._listen())
        return self

    async def close(self) -> None:
        for pc in list(self.pcs.values()):
            await pc.close()
        self.pcs.clear()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self._connection.__aexit__(None, None, None)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def send(self, message: dict[str, Any]) -> None:
        route = {"from_student_profile_id": self.profile_id, "to_tutor_profile_id": self.tutor_id}
        await self._ws.send(json.dumps({**message, **route}))

    async def _listen(self) -> None:
        async for raw in self._ws:
            msg = json.loads(raw)
            self.received.append(msg)
            handler = getattr(self, f"_on_{msg.get('type')}", None)
            if handler is not None:
                await handler(msg)
            await self._notify()

    async def _notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def wait_for(self, predicate: Any, timeout: float = 15.0) -> bool:
        async def until() -> None:
            async with self.changed:
                await self.changed.wait_for(predicate)

        try:
            await asyncio.wait_for(until(), timeout)
        except TimeoutError:
            return False
        return True

    def got(self, kind: str) -> list[dict[str, Any]]:
        return [m for m in self.received if m.get("type") == kind]

    # -- the web calling the tutor -------------------------------------------------------------------

    async def call_tutor(self) -> None:
        self.state = "calling"
        await self.send(
            {
                "type": "video_call_invitation",
                "session_id": self.session_id,
                "caller_name": self.name,
                "from_role": "student",
                "is_multi_party": False,
                "participant_count": 1,
            }
        )
        pc = self._new_pc(self.tutor_id)
        self._add_media(pc)
        await pc.setLocalDescription(await pc.createOffer())
        sdp, candidates = split_candidates(pc.localDescription.sdp)
        await self.send(
            {"type": "video_offer", "offer": {"type": "offer", "sdp": sdp}, "from_role": "student"}
        )
        self._spawn(self._trickle(candidates))

    async def cancel(self) -> None:
        await self.send(
            {"type": "video_call_cancelled", "session_id": self.session_id, "is_multi_party": False}
        )
        await self._close_call("ended")

    async def hang_up(self) -> None:
        await self.send({"type": "video_call_ended", "session_id": self.session_id})
        await self._close_call("ended")

    async def _trickle(self, candidates: list[str]) -> None:
        await asyncio.sleep(self.trickle_delay)
        if self.firewalled:
            return
        for line in candidates:
            await self.send(
                {
                    "type": "ice_candidate",
                    "candidate": {
                        "candidate": line,
                        "sdpMid": "0",
                        "sdpMLineIndex": 0,
                        "usernameFragment": None,
                    },
                    "from_role": "student",
                }
            )

    async def _on_video_answer(self, msg: dict[str, Any]) -> None:
        pc = self.pcs.get(msg.get("from_tutor_profile_id"))  # type: ignore[arg-type]
        if pc is None:
            self.ignored_answers += 1
            return
        await pc.setRemoteDescription(RTCSessionDescription(msg["answer"]["sdp"], "answer"))

    # -- the tutor calling the web -------------------------------------------------------------------

    async def _on_video_call_invitation(self, msg: dict[str, Any]) -> None:
        self.state = "ringing"
        if self.accept_after is not None:
            self._spawn(self._accept_later(self.accept_after))
        self._spawn(self._decline_later())

    async def _on_video_offer(self, msg: dict[str, Any]) -> None:
        caller = msg.get("from_tutor_profile_id")
        if caller in self.pcs:  # a renegotiation on a live call
            pc = self.pcs[caller]
            await pc.setRemoteDescription(RTCSessionDescription(msg["offer"]["sdp"], "offer"))
            await pc.setLocalDescription(await pc.createAnswer())
            return
        self._pending_offer = msg["offer"]["sdp"]

    async def _accept_later(self, delay: float) -> None:
        await asyncio.sleep(delay)
        await self.accept()

    async def _decline_later(self) -> None:
        await asyncio.sleep(self.decline_after)
        if self.state == "ringing":
            await self.decline()

    async def accept(self) -> None:
        await self.wait_for(lambda: self._pending_offer is not None or self.state != "ringing")
        if self.state != "ringing" or self._pending_offer is None:
            return
        self.state = "calling"
        pc = self._new_pc(self.tutor_id)
        offer = split_candidates(self._pending_offer)[0] if self.firewalled else self._pending_offer
        await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
        self._add_media(
            pc, {t.kind for t in pc.getTransceivers()}
        )  # an audio-only offer: a tile without picture
        await pc.setLocalDescription(await pc.createAnswer())
        sdp, candidates = split_candidates(pc.localDescription.sdp)
        await self.send(
            {
                "type": "video_answer",
                "answer": {"type": "answer", "sdp": sdp},
                "from_role": "student",
                "is_multi_party": False,
            }
        )
        self._spawn(self._trickle(candidates))

    async def decline(self) -> None:
        self.state = "ended"
        await self.send({"type": "video_call_declined", "session_id": self.session_id})
        await self._notify()

    # -- both ----------------------------------------------------------------------------------------

    async def _on_ice_candidate(self, msg: dict[str, Any]) -> None:
        pc = self.pcs.get(msg.get("from_tutor_profile_id"))  # type: ignore[arg-type]
        if pc is None or pc.remoteDescription is None or self.firewalled:
            self.dropped_candidates += 1  # the web has no peer connection yet: dropped
            return
        text = str(msg["candidate"]["candidate"]).removeprefix("candidate:")
        candidate = candidate_from_sdp(text)
        candidate.sdpMid = msg["candidate"].get("sdpMid")
        candidate.sdpMLineIndex = msg["candidate"].get("sdpMLineIndex")
        await pc.addIceCandidate(candidate)

    async def _on_video_call_ended(self, _msg: dict[str, Any]) -> None:
        await self._close_call("ended")

    async def _on_video_call_cancelled(self, _msg: dict[str, Any]) -> None:
        self._pending_offer = None
        await self._close_call("ended")

    async def _on_video_call_declined(self, _msg: dict[str, Any]) -> None:
        await self._close_call("ended")

    def _new_pc(self, key: int) -> RTCPeerConnection:
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self.pcs[key] = pc

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            if pc.connectionState == "connected":
                self.state = "connected"
                await self._notify()

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            self._spawn(self._consume(track))

        return pc

    def _add_media(self, pc: RTCPeerConnection, kinds: set[str] | None = None) -> None:
        tracks: list[MediaStreamTrack] = [ToneTrack(self.tone_hz), PatternTrack(640, 360, 15)]
        self._tracks = [t for t in tracks if kinds is None or t.kind in kinds]
        for track in self._tracks:
            pc.addTrack(track)

    async def _consume(self, track: MediaStreamTrack) -> None:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            if isinstance(frame, av.AudioFrame):
                samples = frame.to_ndarray().astype(np.float64)
                channels = len(frame.layout.channels)
                mono = samples.reshape(-1, channels).mean(axis=1) if channels > 1 else samples.reshape(-1)
                self.audio.append(mono)
            elif isinstance(frame, av.VideoFrame) and len(self.frames) < 600:
                self.frames.append(frame.to_ndarray(format="rgb24")[::8, ::8].copy())
            await self._notify()

    async def _close_call(self, state: str) -> None:
        self.state = state
        for track in self._tracks:
            track.stop()
        for pc in list(self.pcs.values()):
            await pc.close()
        self.pcs.clear()
        await self._notify()

    def pull_the_cable(self) -> None:
        """The network goes: every UDP socket of the call closes, with no goodbye of any kind."""
        for pc in self.pcs.values():
            for transceiver in pc.getTransceivers():
                connection = transceiver.receiver.transport.transport.iceGatherer._connection
                for protocol in connection._protocols:
                    if protocol.transport is not None:
                        protocol.transport.close()

    # -- checks --------------------------------------------------------------------------------------

    def heard(self, seconds: float = 1.0) -> tuple[float, float]:
        """Dominant frequency and level of the last `seconds` heard."""
        samples = np.concatenate(self.audio)[-int(seconds * RATE) :] if self.audio else np.zeros(RATE)
        return dominant_hz(samples), rms_dbfs(samples)


def split_candidates(sdp: str) -> tuple[str, list[str]]:
    """The browser's trickle: the SDP without its candidates, and the first section's candidates apart."""
    kept, candidates, section = [], [], -1
    for line in sdp.split("\r\n"):
        if line.startswith("m="):
            section += 1
        if line.startswith("a=candidate:"):
            if section == 0:
                candidates.append(line.removeprefix("a="))
            continue
        if line == "a=end-of-candidates":
            continue
        kept.append(line)
    return "\r\n".join(kept), candidates
