"""A two-party call with the lesson's student: aiortc on its own thread and loop, §12 signalling. No Qt here.

The GUI thread only posts requests (`call`, `accept`, `hang_up`, ...) and hears back through a listener that
is called on the worker thread (the Qt side turns those calls into queued signals). Encoding, decoding, ICE
and the audio devices never run on the GUI thread, so a call cannot delay a pen event.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sys
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from typing import Any, Protocol

import av
import numpy as np
from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc import codecs as aiortc_codecs
from aiortc.codecs.opus import OpusEncoder
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.sdp import candidate_from_sdp

from . import jitter, media
from .model import CallConfig, CallListener, CallQuality, CallState, CallStatus
from .signalling import CallSignal, Outbox, might_be_call, parse_call

log = logging.getLogger(__name__)

MAX_HELD_CANDIDATES = 64
STATS_EVERY = 2.0


class MediaFactory(Protocol):
    """Opens the local sources and the speaker; each returns None (and the engine says what is missing)."""

    def microphone(self, config: CallConfig, echo: media.EchoCanceller) -> MediaStreamTrack | None: ...
    def camera(self, config: CallConfig) -> MediaStreamTrack | None: ...
    def speaker(self, config: CallConfig, echo: media.EchoCanceller) -> media.Speaker | None: ...


class DeviceMedia:
    """The real devices, chosen in Settings."""

    def microphone(self, config: CallConfig, echo: media.EchoCanceller) -> MediaStreamTrack | None:
        try:
            return media.MicrophoneTrack(config.microphone, echo)
        except Exception as exc:
            log.info("no microphone: %s", exc)
            return None

    def camera(self, config: CallConfig) -> MediaStreamTrack | None:
        width, height, fps = media.video_size(config.bandwidth_kbps)
        if config.camera == media.TEST_PATTERN:
            return media.PatternTrack(width, height, fps)
        devices = [d.key for d in media.cameras() if d.key != media.TEST_PATTERN]
        device = config.camera or (devices[0] if devices else None)
        if device is None:
            return None
        try:
            return media.CameraTrack(device, width, height, fps)
        except Exception as exc:
            log.info("no camera: %s", exc)
            return None

    def speaker(self, config: CallConfig, echo: media.EchoCanceller) -> media.Speaker | None:
        media.rescan_devices()  # opened first in a call: devices plugged in since the last call appear
        try:
            return media.Speaker(config.speaker, echo)
        except Exception as exc:
            log.info("no speaker: %s", exc)
            return None


def cap_bandwidth(sdp: str, kbps: int) -> str:
    """Ask the other side to send at most `kbps` (b=AS per media section, which browsers honour)."""
    if kbps <= 0:
        return sdp
    lines, out = sdp.split("\r\n"), []
    for line in lines:
        out.append(line)
        if line.startswith("c=") and out and any(x.startswith("m=") for x in out):
            share = 40 if _last_media(out).startswith("m=audio") else max(kbps - 40, 0)
            if share > 0:
                out.append(f"b=AS:{min(share, kbps)}")
    return "\r\n".join(out)


def _last_media(lines: list[str]) -> str:
    return next(x for x in reversed(lines) if x.startswith("m="))


def _audio_only(sdp: str) -> bool:
    return re.search(r"^m=video [1-9]", sdp, re.MULTILINE) is None


class CallEngine:
    """One call at a time with the student of the lesson on screen."""

    def __init__(
        self,
        tutor_id: int,
        tutor_name: str,
        send: Callable[[dict[str, Any]], object],
        listener: CallListener,
        config: CallConfig | None = None,
        devices: MediaFactory | None = None,
    ) -> None:
        self.tutor_id, self.tutor_name = tutor_id, tutor_name
        self._send = send  # must be thread-safe: the engine calls it on its worker thread
        self.listener = listener
        self.config = config or CallConfig()
        self.devices: MediaFactory = devices or DeviceMedia()
        self.status = CallStatus(CallState.IDLE)
        self.student_id: int | None = None
        self.student_name = ""
        self.session_id: int | None = None
        self._pc: RTCPeerConnection | None = None
        self._remote_offer: str | None = None
        self._held: list[dict[str, Any]] = []  # the web's candidates until its description is in hand
        self._accepted = False
        self._tracks: list[MediaStreamTrack] = []
        self._speaker: media.Speaker | None = None
        self._mic: MediaStreamTrack | None = None
        self._camera: MediaStreamTrack | None = None
        self._adaptive: media.AdaptiveVideo | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._missing: tuple[str, ...] = ()
        # A recording's ear: ("mic" | "remote", mono int16 48 kHz), on the worker thread; must not block.
        self.audio_tap: Callable[[str, np.ndarray], None] | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="astegni-call", daemon=True)
        self._thread.start()

    # -- requests from any thread ---------------------------------------------------------------------

    def _post(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        if self._loop.is_closed():
            return

        async def guarded() -> None:
            try:
                await work()
            except Exception:
                log.exception("call step failed")
                await self._end("failed", "The call failed.", notify=True)

        with contextlib.suppress(RuntimeError):
            asyncio.run_coroutine_threadsafe(guarded(), self._loop)

    def follow(self, session_id: int | None, student_id: int | None, student_name: str) -> None:
        """The lesson on screen; a call in progress with another student ends."""

        async def work() -> None:
            if student_id != self.student_id and self.status.state not in (CallState.IDLE, CallState.ENDED):
                await self._end("hung_up", "", notify=True)
            self.session_id, self.student_id, self.student_name = session_id, student_id, student_name

        self._post(work)

    def configure(self, config: CallConfig) -> None:
        """New settings; they apply from the next call."""

        async def work() -> None:
            self.config = config

        self._post(work)

    def call(self, audio_only: bool | None = None) -> None:
        self._post(lambda: self._call(audio_only))

    def accept(self, audio_only: bool | None = None) -> None:
        self._post(lambda: self._accept(audio_only))

    def decline(self) -> None:
        self._post(self._decline)

    def hang_up(self) -> None:
        self._post(self._hang_up)

    def hear(self, raw: str) -> bool:
        """The lesson socket's hook: True (and handled here) if `raw` is a call message."""
        if not might_be_call(raw):
            return False
        signal = parse_call(raw)
        if signal is None:
            return False
        self.inbound(signal)
        return True

    def inbound(self, signal: CallSignal) -> None:
        self._post(lambda: self._inbound(signal))

    def set_muted(self, muted: bool) -> None:
        async def work() -> None:
            if isinstance(self._mic, media.MicrophoneTrack):
                self._mic.muted = muted

        self._post(work)

    def set_camera(self, on: bool) -> None:
        async def work() -> None:
            if isinstance(self._camera, media.PatternTrack | media.CameraTrack):
                self._camera.enabled = on

        self._post(work)

    def levels(self) -> tuple[float, float]:
        """Microphone and speaker levels in dBFS (for meters); read without locking, floats are atomic."""
        mic = self._mic.level if isinstance(self._mic, media.MicrophoneTrack) else -100.0
        return mic, self._speaker.level if self._speaker is not None else -100.0

    def close(self) -> None:
        """End any call and stop the worker thread (blocks briefly; called at shutdown)."""
        if self._loop.is_closed():
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        with contextlib.suppress(Exception):
            future.result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()

    async def _shutdown(self) -> None:
        if not self._idle():
            with contextlib.suppress(Exception):
                self._send(self._outbox().ended())
        await self._end("hung_up", "", notify=False)
        rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in rest:
            task.cancel()
        if rest:
            await asyncio.wait(rest, timeout=2)

    # -- the state machine (worker loop) ----------------------------------------------------------------

    def _outbox(self) -> Outbox:
        assert self.student_id is not None
        return Outbox(self.tutor_id, self.tutor_name, self.student_id, self.session_id)

    def _set(self, state: CallState, **changes: Any) -> None:
        self.status = replace(self.status, state=state, peer_name=self.student_name, **changes)
        self.listener.call_status(self.status)

    def _idle(self) -> bool:
        return self.status.state in (CallState.IDLE, CallState.ENDED)

    async def _call(self, audio_only: bool | None) -> None:
        if self.student_id is None or not self._idle():
            return
        audio_only = self.config.audio_only if audio_only is None else audio_only
        self._reset()
        self._set(CallState.RINGING_OUT, reason="", message="", missing=(), audio_only=audio_only)
        self._send(self._outbox().invitation())
        pc = self._new_pc()
        await self._add_local_media(pc, audio_only, caller=True)
        await pc.setLocalDescription(
            await pc.createOffer()
        )  # aiortc gathers first: candidates are in the SDP
        if self._pc is not pc:
            return  # hung up while gathering
        offer = cap_bandwidth(pc.localDescription.sdp, self.config.bandwidth_kbps)
        self._send(self._outbox().offer(offer))
        self._arm(self.config.ring_seconds, self._no_answer)

    async def _accept(self, audio_only: bool | None) -> None:
        if self.status.state != CallState.RINGING_IN:
            return
        self._accepted = True
        if audio_only is not None:
            self.status = replace(self.status, audio_only=audio_only)
        if self._remote_offer is not None:
            await self._answer()
        else:
            self._set(CallState.CONNECTING)  # the offer follows the invitation; answered when it comes

    async def _answer(self) -> None:
        assert self._remote_offer is not None
        self._disarm()
        self._set(CallState.CONNECTING)
        pc = self._new_pc()
        await pc.setRemoteDescription(RTCSessionDescription(self._remote_offer, "offer"))
        await self._add_local_media(pc, self.status.audio_only, caller=False)
        await pc.setLocalDescription(await pc.createAnswer())
        if self._pc is not pc:
            return
        answer = cap_bandwidth(pc.localDescription.sdp, self.config.bandwidth_kbps)
        self._send(self._outbox().answer(answer))
        await self._apply_held()
        self._arm(self.config.connect_seconds, self._no_route)

    async def _decline(self) -> None:
        if self.status.state == CallState.RINGING_IN:
            self._send(self._outbox().declined())
            await self._end("declined", "You declined the call.", notify=True)

    async def _hang_up(self) -> None:
        state = self.status.state
        if state == CallState.RINGING_IN and not self._accepted:
            await self._decline()
        elif state == CallState.RINGING_OUT:
            self._send(self._outbox().cancelled())
            await self._end("cancelled", "Call cancelled.", notify=True)
        elif state in (CallState.CONNECTING, CallState.CONNECTED, CallState.RINGING_IN):
            self._send(self._outbox().ended())
            await self._end("hung_up", "Call ended.", notify=True)

    async def _inbound(self, signal: CallSignal) -> None:
        if signal.kind == "missed":
            self.listener.missed_calls(list(signal.data["calls"]))
            return
        if self.student_id is None or signal.student_id != self.student_id:
            return  # not the lesson's student: a stranger cannot ring, answer or hang up our call
        handler = getattr(self, f"_on_{signal.kind}", None)
        if handler is not None:
            await handler(signal)

    async def _on_invitation(self, signal: CallSignal) -> None:
        if not self._idle():
            return
        self._reset()
        self.student_name = signal.data.get("caller_name") or self.student_name
        self._set(CallState.RINGING_IN, reason="", message="", missing=(), audio_only=self.config.audio_only)
        self._arm(self.config.ring_seconds, self._missed)

    async def _on_offer(self, signal: CallSignal) -> None:
        if self.status.state in (CallState.RINGING_IN, CallState.CONNECTING) and self._pc is None:
            self._remote_offer = signal.data["sdp"]
            if self._accepted:
                await self._answer()
        elif self._pc is not None and self.status.state in (CallState.CONNECTING, CallState.CONNECTED):
            # A new offer mid-call (the web restarting ICE): answer it on the same connection.
            await self._pc.setRemoteDescription(RTCSessionDescription(signal.data["sdp"], "offer"))
            await self._pc.setLocalDescription(await self._pc.createAnswer())
            self._send(self._outbox().answer(self._pc.localDescription.sdp))

    async def _on_answer(self, signal: CallSignal) -> None:
        if self.status.state != CallState.RINGING_OUT or self._pc is None:
            return
        self._disarm()
        self._set(CallState.CONNECTING, audio_only=self.status.audio_only or _audio_only(signal.data["sdp"]))
        await self._pc.setRemoteDescription(RTCSessionDescription(signal.data["sdp"], "answer"))
        await self._apply_held()
        self._arm(self.config.connect_seconds, self._no_route)

    async def _on_candidate(self, signal: CallSignal) -> None:
        if self._idle():
            return
        if self._pc is None or self._pc.remoteDescription is None:
            if len(self._held) < MAX_HELD_CANDIDATES:
                self._held.append(signal.data)
            return
        await self._add_candidate(signal.data)

    async def _on_ended(self, _signal: CallSignal) -> None:
        if not self._idle():
            await self._end(
                "remote_hung_up", f"{self.student_name or 'The student'} ended the call.", notify=True
            )

    async def _on_left(self, signal: CallSignal) -> None:
        await self._on_ended(signal)

    async def _on_declined(self, _signal: CallSignal) -> None:
        if self.status.state in (CallState.RINGING_OUT, CallState.CONNECTING):
            await self._end(
                "declined", f"{self.student_name or 'The student'} declined the call.", notify=True
            )

    async def _on_cancelled(self, _signal: CallSignal) -> None:
        if self.status.state in (CallState.RINGING_IN, CallState.CONNECTING):
            name = self.student_name or "The student"
            await self._end("cancelled", f"Missed call from {name}.", notify=True)

    async def _on_offline(self, signal: CallSignal) -> None:
        if self.status.state == CallState.RINGING_OUT:
            name = self.student_name or signal.data.get("name") or "Your student"
            await self._end("offline", f"{name.split()[0]} is not online.", notify=True)

    # -- timers -----------------------------------------------------------------------------------------

    def _arm(self, seconds: float, then: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self._disarm()
        self._timer = self._loop.call_later(seconds, lambda: self._spawn(then()))

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    async def _no_answer(self) -> None:
        if self.status.state == CallState.RINGING_OUT:
            self._send(self._outbox().cancelled())
            await self._end("no_answer", f"{self.student_name or 'The student'} did not answer.", notify=True)

    async def _missed(self) -> None:
        if self.status.state == CallState.RINGING_IN and not self._accepted:
            self._send(self._outbox().declined())
            await self._end("missed", f"Missed call from {self.student_name or 'your student'}.", notify=True)

    async def _lost(self) -> None:
        if self.status.state == CallState.CONNECTED:
            self._send(self._outbox().ended())
            name = self.student_name or "the student"
            await self._end(
                "lost", f"The call with {name} was cut off: the network connection was lost.", True
            )

    async def _no_route(self) -> None:
        if self.status.state == CallState.CONNECTING:
            self._send(self._outbox().ended())
            await self._end(
                "no_route",
                f"No network route to {self.student_name or 'the student'} could be found. "
                "A firewall may block the call: add a TURN server in Settings.",
                notify=True,
            )

    # -- the peer connection ----------------------------------------------------------------------------

    def _new_pc(self) -> RTCPeerConnection:
        _share_the_gil(True)
        _pin_host_addresses(self.config.host_addresses)
        jitter.install()
        pc = RTCPeerConnection(self.config.rtc())
        self._pc = pc

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            if self._pc is pc:
                self._spawn(self._consume(track))

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            if self._pc is not pc:
                return
            if pc.connectionState == "connected" and self.status.state == CallState.CONNECTING:
                self._disarm()
                self._set(CallState.CONNECTED, message=self._missing_message())
                self._spawn(self._report_quality(pc))
            elif pc.connectionState == "failed" and self.status.state == CallState.CONNECTED:
                await self._lost()  # consent checks stopped being answered mid-call
            elif pc.connectionState == "failed":
                await self._no_route()

        return pc

    async def _add_local_media(self, pc: RTCPeerConnection, audio_only: bool, caller: bool) -> None:
        echo = media.EchoCanceller()
        missing: list[str] = []
        self._speaker = self.devices.speaker(self.config, echo)
        if self._speaker is None:
            missing.append("speaker")
        self._mic = self.devices.microphone(self.config, echo)
        if isinstance(self._mic, media.MicrophoneTrack):
            self._mic.tap = lambda pcm: self._tap("mic", pcm)
        if self._mic is not None:
            pc.addTrack(self._mic)
            self._tracks.append(self._mic)
        else:
            missing.append("microphone")
            if caller:
                pc.addTransceiver("audio", direction="recvonly")
        if not audio_only:
            self._camera = self.devices.camera(self.config)
            if self._camera is not None:
                if isinstance(self._camera, media.PatternTrack | media.CameraTrack):
                    self._camera.on_frame = self._local_preview()
                self._adaptive = media.AdaptiveVideo(self._camera)
                pc.addTrack(self._adaptive)
                self._tracks.append(self._adaptive)
            else:
                missing.append("camera")
                if caller:
                    pc.addTransceiver("video", direction="recvonly")
        elif not caller:
            for transceiver in pc.getTransceivers():
                if transceiver.kind == "video":
                    transceiver.direction = "inactive"
        _cap_encoders(self.config.bandwidth_kbps)
        self._missing = tuple(missing)
        self._set(self.status.state, missing=self._missing, message=self._missing_message())

    def _missing_message(self) -> str:
        if not self._missing:
            return ""
        things = " and ".join(self._missing)
        hint = {
            "microphone": "the student cannot hear you",
            "speaker": "you cannot hear the student",
            "camera": "the student sees no picture of you",
        }
        consequences = "; ".join(hint[m] for m in self._missing)
        return f"No {things} found: {consequences}. Choose devices in Settings."

    def _local_preview(self) -> Callable[[np.ndarray], None]:
        count = 0

        def preview(image: np.ndarray) -> None:
            nonlocal count
            count += 1
            if count % 3 == 0:  # a small tile needs no more than ~5 frames a second
                self.listener.call_video("local", image[::2, ::2].copy())

        return preview

    async def _add_candidate(self, data: dict[str, Any]) -> None:
        if self._pc is None:
            return
        text = str(data["candidate"]).removeprefix("candidate:")
        if not text:
            return  # end of candidates
        try:
            candidate = candidate_from_sdp(text)
        except (ValueError, IndexError):
            return
        candidate.sdpMid = data.get("sdpMid")
        candidate.sdpMLineIndex = data.get("sdpMLineIndex")
        with contextlib.suppress(ValueError, AttributeError):
            await self._pc.addIceCandidate(candidate)

    async def _apply_held(self) -> None:
        held, self._held = self._held, []
        for data in held:
            await self._add_candidate(data)

    async def _consume(self, track: MediaStreamTrack) -> None:
        """Play the student's voice, show the student's picture (at most ~15 frames a second)."""
        last = 0.0
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            if isinstance(frame, av.AudioFrame):
                if self._speaker is not None:
                    self._speaker.feed(frame)
                if self.audio_tap is not None:
                    self._tap("remote", media.mono_pcm(frame))
            elif isinstance(frame, av.VideoFrame):
                now = self._loop.time()
                if now - last >= 1 / 15:
                    last = now
                    image = await self._loop.run_in_executor(None, _rgb, frame)
                    self.listener.call_video("remote", image)

    def _tap(self, source: str, pcm: np.ndarray) -> None:
        tap = self.audio_tap
        if tap is not None:
            tap(source, pcm)

    async def _report_quality(self, pc: RTCPeerConnection) -> None:
        """Quality for the lesson bar every 2 s; the video adapts to it; a silent student: a lost call."""
        previous: _Totals | None = None
        heard_at = self._loop.time()
        while self._pc is pc and self.status.state == CallState.CONNECTED:
            now = self._loop.time()
            totals = _totals(await pc.getStats())
            if self._adaptive is not None:
                self._adaptive.level = media.video_level(totals.their_loss, totals.rtt, self._adaptive.level)
            if previous is not None:
                span = max(now - previous.at, 1e-3)
                arrived = totals.packets + totals.lost - previous.packets - previous.lost
                self.listener.call_quality(
                    CallQuality(
                        rtt_ms=totals.rtt,
                        loss_percent=100 * (totals.lost - previous.lost) / arrived if arrived > 0 else None,
                        kbps_out=(totals.sent - previous.sent) * 8 / span / 1000,
                        kbps_in=(totals.received - previous.received) * 8 / span / 1000,
                    )
                )
            late = previous is not None and now - previous.at > 3 * STATS_EVERY
            if previous is None or totals.packets > previous.packets or late:
                heard_at = (
                    now  # heard from; or this thread itself was held up, which is not the network's fault
                )
            elif now - heard_at > self.config.silent_seconds:
                # The web sends audio frames even in silence, and video: nothing at all means the network (or
                # the student's computer) went, which ICE consent checks take ~30 s to conclude.
                await self._lost()
                return
            previous = replace(totals, at=now)
            await asyncio.sleep(min(STATS_EVERY, self.config.silent_seconds / 3))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _reset(self) -> None:
        self._remote_offer = None
        self._held = []
        self._accepted = False
        self._missing = ()

    async def _end(self, reason: str, message: str, notify: bool) -> None:
        self._disarm()
        _share_the_gil(False)
        pc, self._pc = self._pc, None
        for track in self._tracks:
            track.stop()
        self._tracks, self._mic, self._camera, self._adaptive = [], None, None, None
        if self._speaker is not None:
            self._speaker.close()
            self._speaker = None
        for task in list(self._tasks):
            if task is not asyncio.current_task():
                task.cancel()
        if pc is not None:
            with contextlib.suppress(Exception):
                await pc.close()
        self._reset()
        if notify and self.status.state != CallState.ENDED:
            self._set(CallState.ENDED, reason=reason, message=message)


def _pin_host_addresses(addresses: tuple[str, ...]) -> None:
    """ICE gathers only these local addresses (tests and benchmarks: loopback, or one shaped interface)."""
    if addresses:
        import aioice.ice  # noqa: PLC0415

        pinned = list(addresses)
        aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: pinned


_SWITCH_INTERVAL = sys.getswitchinterval()
CALL_SWITCH_INTERVAL = 0.0005  # s


def _share_the_gil(in_call: bool) -> None:
    """During a call, Python threads hand over the interpreter every 0.5 ms instead of every 5 ms: a pen event
    waits at most that long for the call's thread, and a busy GUI cannot starve the call for long."""
    sys.setswitchinterval(CALL_SWITCH_INTERVAL if in_call else _SWITCH_INTERVAL)


@dataclass(frozen=True)
class _Totals:
    """Counters summed over a peer connection's stats."""

    at: float = 0.0
    sent: int = 0  # bytes we sent
    received: int = 0  # bytes the student says it sent (its sender reports: aiortc counts no bytes received)
    packets: int = 0  # packets received from the student
    lost: int = 0  # of the student's packets
    rtt: float | None = None  # ms
    their_loss: float = 0.0  # % of ours the student lost lately


def _totals(stats: Any) -> _Totals:
    sent = received = packets = lost = 0
    rtt: float | None = None
    their_loss = 0.0
    for report in stats.values():
        kind = getattr(report, "type", "")
        if kind == "outbound-rtp":
            sent += int(getattr(report, "bytesSent", 0) or 0)
        elif kind == "remote-outbound-rtp":
            received += int(getattr(report, "bytesSent", 0) or 0)
        elif kind == "inbound-rtp":
            lost += max(0, int(getattr(report, "packetsLost", 0) or 0))
            packets += int(getattr(report, "packetsReceived", 0) or 0)
        elif kind == "remote-inbound-rtp":
            if getattr(report, "roundTripTime", None) is not None:
                rtt = max(rtt or 0.0, float(report.roundTripTime) * 1000)
            their_loss = max(their_loss, 100 * float(getattr(report, "fractionLost", 0) or 0))
    return _Totals(0.0, sent, received, packets, lost, rtt, their_loss)


def _rgb(frame: av.VideoFrame) -> np.ndarray:
    image: np.ndarray = frame.to_ndarray(format="rgb24")
    return image


_VP8_LIMITS: tuple[int, int, int] | None = None
VOICE_BPS = 32_000  # Opus for voice, as browsers send it (aiortc's own default is 96 kbit/s stereo music)
VOICE_ONLY_BELOW = 100  # kbit/s: a cap this small is a voice-only call (as in the Settings page)
LONG_PACKET_HEADERS_BPS = 18_000  # IP, UDP, RTP, SRTP and RTCP of 60 ms packets (17 a second), with a margin
MIN_VOICE_BPS = 6_000
_opus_bps, _opus_ms = VOICE_BPS, 20


def opus_bitrate(kbps: int) -> tuple[int, int]:
    """Opus's bit rate and packet length under a cap: voice rate in 20 ms packets; under a voice-only cap,
    60 ms packets (a third of the headers) and what is left once their headers are paid (32 kbit/s on the
    wire: 14 kbit/s of Opus, wideband speech)."""
    if kbps <= 0 or kbps >= VOICE_ONLY_BELOW:
        return VOICE_BPS, 20
    return max(MIN_VOICE_BPS, min(VOICE_BPS, kbps * 1000 - LONG_PACKET_HEADERS_BPS)), 60


def _cap_encoders(kbps: int) -> None:
    """aiortc's VP8 encoder reads its bitrate limits from module constants (there is one call at a time):
    a cap lowers them, no cap restores aiortc's own. Opus gets a voice rate, lower under a small cap."""
    global _VP8_LIMITS, _opus_bps, _opus_ms  # noqa: PLW0603
    from aiortc.codecs import vpx  # noqa: PLC0415

    if _VP8_LIMITS is None:
        _VP8_LIMITS = (vpx.MIN_BITRATE, vpx.DEFAULT_BITRATE, vpx.MAX_BITRATE)
    low, default, high = _VP8_LIMITS
    if kbps > 0:
        high = max((kbps - 40) * 1000, 100_000)
        default, low = min(default, high), min(low, high // 2)
    vpx.MIN_BITRATE, vpx.DEFAULT_BITRATE, vpx.MAX_BITRATE = low, default, high
    _opus_bps, _opus_ms = opus_bitrate(kbps)
    aiortc_codecs.OpusEncoder = _VoiceOpusEncoder  # type: ignore[attr-defined]  # what aiortc's get_encoder builds


class _VoiceOpusEncoder(OpusEncoder):
    def __init__(self) -> None:
        super().__init__()
        self.codec.bit_rate = _opus_bps  # the context opens with the first frame: these apply
        if _opus_ms != 20:
            self.codec.options = {"application": "voip", "frame_duration": str(_opus_ms)}
            samples = 48 * _opus_ms
            self.resampler = av.AudioResampler(format="s16", layout="stereo", rate=48_000, frame_size=samples)


__all__ = [
    "CallConfig",
    "CallEngine",
    "CallListener",
    "CallQuality",
    "CallState",
    "CallStatus",
    "DeviceMedia",
    "MediaFactory",
    "cap_bandwidth",
]
