"""The call engine as Qt signals (QtCore and QtGui only, no widgets).

The engine calls its listener on the call's worker thread; this object lives on the GUI thread, so each
signal emitted from the worker reaches the widgets as a queued call. Pictures become QImages on the worker
thread too, so the GUI thread only paints them. Outgoing signalling crosses back the same way, to the lesson
socket, which lives on the GUI thread's loop.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from ..settings import Settings
from .model import CallConfig, CallQuality, CallState, CallStatus
from .process import AudioTap, CallProcess
from .ringtone import Ringer
from .signalling import MissedCall, might_be_call, parse_call

if TYPE_CHECKING:
    from .engine import MediaFactory

log = logging.getLogger(__name__)


TURN_KEYRING = "astegni-desktop-turn"


def turn_password(url: str) -> str:
    """The TURN password from the system keyring ("" when none is kept, or there is no keyring)."""
    if not url:
        return ""
    try:
        import keyring  # noqa: PLC0415

        return keyring.get_password(TURN_KEYRING, url) or ""
    except Exception:
        return ""


def call_config(settings: Settings, **changes: Any) -> CallConfig:
    """What Settings say about calls, as the engine takes it."""
    config = CallConfig(
        stun=tuple(settings.call_stun),
        turn_url=settings.call_turn_url,
        turn_username=settings.call_turn_username,
        turn_password=turn_password(settings.call_turn_url),
        audio_only=settings.call_audio_only,
        bandwidth_kbps=settings.call_bandwidth_kbps,
        microphone=settings.call_microphone,
        speaker=settings.call_speaker,
        camera=settings.call_camera,
    )
    return replace(config, **changes) if changes else config


def to_qimage(image: np.ndarray) -> QImage:
    """An RGB h×w×3 array as a QImage that owns its pixels."""
    data = np.ascontiguousarray(image, dtype=np.uint8)
    height, width = data.shape[:2]
    return QImage(data.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


class CallService(QObject):
    statusChanged = Signal(object)  # CallStatus
    remoteFrame = Signal(QImage)
    localFrame = Signal(QImage)
    qualityChanged = Signal(object)  # CallQuality
    missedCalls = Signal(object)  # list[MissedCall]
    _outgoing = Signal(object)  # dict, to the lesson socket on the GUI thread

    def __init__(
        self,
        tutor_id: int,
        tutor_name: str,
        send: Any,
        config: CallConfig | None = None,
        devices: MediaFactory | None = None,
    ) -> None:
        super().__init__()
        self.tutor_id, self.tutor_name = tutor_id, tutor_name
        self.config = config or CallConfig()
        self.devices = devices
        self.status: CallStatus | None = None
        self._send = send
        self._outgoing.connect(self._deliver)  # a slot of this GUI-thread object: queued from the worker
        self._engine: CallProcess | None = None
        self._lesson: tuple[int | None, int | None, str] = (None, None, "")
        self._audio_tap: AudioTap | None = None
        self.ringer = Ringer()  # the student's call rings on the chosen speaker until answered or gone

    @property
    def engine(self) -> CallProcess:
        """Started on first need: no process for tutors who never call. The call runs in that child process
        (aiortc and PyAV load there), so it never holds this process's interpreter lock while the tutor
        writes."""
        if self._engine is None:
            self._engine = CallProcess(
                self.tutor_id, self.tutor_name, self._outgoing.emit, self, self.config, self.devices
            )
            self._engine.follow(*self._lesson)
            if self._audio_tap is not None:
                self._engine.set_audio_tap(self._audio_tap)
        return self._engine

    @Slot(object)
    def _deliver(self, message: dict[str, Any]) -> None:
        self._send(message)

    # -- from the GUI -----------------------------------------------------------------------------------

    def follow(self, session_id: int | None, student_id: int | None, student_name: str) -> None:
        self._lesson = (session_id, student_id, student_name)
        if self._engine is not None:
            self._engine.follow(session_id, student_id, student_name)

    def configure(self, config: CallConfig) -> None:
        self.config = config
        if self._engine is not None:
            self._engine.configure(config)

    def call(self, audio_only: bool) -> None:
        self.engine.call(audio_only)

    def accept(self, audio_only: bool) -> None:
        self.engine.accept(audio_only)

    def decline(self) -> None:
        self.engine.decline()

    def hang_up(self) -> None:
        self.engine.hang_up()

    def set_muted(self, muted: bool) -> None:
        self.engine.set_muted(muted)

    def set_audio_tap(self, tap: AudioTap | None) -> None:
        """A recording hears both voices from now on (None: no longer). The call process sends them only while
        a tap is set; `tap` is called on the call's reader thread, with how long ago each block arrived."""
        self._audio_tap = tap
        if self._engine is not None:
            self._engine.set_audio_tap(tap)

    def set_camera(self, on: bool) -> None:
        self.engine.set_camera(on)

    def hear(self, raw: str) -> bool:
        """The lesson socket's hook (GUI thread): True if `raw` was a call message."""
        if not might_be_call(raw):
            return False
        signal = parse_call(raw)
        if signal is None:
            return False
        if signal.kind == "missed":
            self.missedCalls.emit(list(signal.data["calls"]))
        elif signal.student_id is not None and signal.student_id == self._lesson[1]:
            self.engine.inbound(signal)
        return True

    def close(self) -> None:
        self.ringer.stop()
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    # -- CallListener (the call's worker thread) --------------------------------------------------------

    def call_status(self, status: CallStatus) -> None:
        self.status = status
        if status.state == CallState.RINGING_IN:
            self.ringer.start(self.config.speaker)
        else:
            self.ringer.stop()
        self.statusChanged.emit(status)

    def call_video(self, who: str, image: np.ndarray) -> None:
        (self.remoteFrame if who == "remote" else self.localFrame).emit(to_qimage(image))

    def call_quality(self, quality: CallQuality) -> None:
        self.qualityChanged.emit(quality)

    def missed_calls(self, calls: list[MissedCall]) -> None:
        self.missedCalls.emit(calls)
