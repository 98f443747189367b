"""What a call is, for every layer: states, settings, status and quality. Light: no aiortc, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np
    from aiortc import RTCConfiguration

    from .signalling import MissedCall

TEST_PATTERN = "test-pattern"

# The web's peer connection uses three public STUN servers and no TURN (§12); ours starts from the same.
WEB_STUN = (
    "stun:stun.l.google.com:19302",
    "stun:stun1.l.google.com:19302",
    "stun:stun2.l.google.com:19302",
)


class CallState(StrEnum):
    IDLE = "idle"
    RINGING_IN = "ringing_in"
    RINGING_OUT = "ringing_out"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    ENDED = "ended"


@dataclass(frozen=True)
class CallConfig:
    """What Settings decide about calls."""

    stun: tuple[str, ...] = WEB_STUN
    turn_url: str = ""
    turn_username: str = ""
    turn_password: str = ""
    audio_only: bool = False
    bandwidth_kbps: int = 0  # 0: no cap
    microphone: str | None = None  # a PortAudio device name; None: the system default
    speaker: str | None = None
    camera: str | None = None  # a device, media.TEST_PATTERN, or None: the first camera found
    ring_seconds: float = 60.0
    connect_seconds: float = 20.0
    silent_seconds: float = 10.0  # nothing at all from the student this long mid-call: the call is lost
    host_addresses: tuple[str, ...] = ()  # ICE gathers only these local addresses (empty: every interface)

    def rtc(self) -> RTCConfiguration:
        from aiortc import RTCConfiguration, RTCIceServer  # noqa: PLC0415

        servers = [RTCIceServer(urls=list(self.stun))] if self.stun else []
        if self.turn_url:
            servers.append(
                RTCIceServer(
                    urls=[self.turn_url],
                    username=self.turn_username or None,
                    credential=self.turn_password or None,
                )
            )
        return RTCConfiguration(iceServers=servers)


@dataclass(frozen=True)
class CallStatus:
    state: CallState
    peer_name: str = ""
    # for ENDED: hung_up | remote_hung_up | declined | cancelled | missed | offline | no_route | lost
    # | no_answer | failed
    reason: str = ""
    message: str = ""  # what to tell the tutor
    missing: tuple[str, ...] = ()  # devices that could not be opened: "microphone", "speaker", "camera"
    audio_only: bool = False


@dataclass(frozen=True)
class CallQuality:
    rtt_ms: float | None = None
    loss_percent: float | None = None
    kbps_out: float = 0.0
    kbps_in: float = 0.0


class CallListener(Protocol):
    """Called on the call's worker thread."""

    def call_status(self, status: CallStatus) -> None: ...
    def call_video(self, who: str, image: np.ndarray) -> None: ...  # "remote" | "local", RGB h×w×3
    def call_quality(self, quality: CallQuality) -> None: ...
    def missed_calls(self, calls: list[MissedCall]) -> None: ...
