"""Call widgets: the call controls in the lesson bar, the student's video tile, the Calls page of Settings."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..calls.model import TEST_PATTERN, CallQuality, CallState, CallStatus
from ..calls.qt import TURN_KEYRING, to_qimage
from ..format import one_line
from ..i18n import translate
from ..settings import Settings
from ..ui_support import icon, plain_label, plain_labels, set_tone, tip
from .common import muted

AUDIO_ONLY_BELOW = 100  # kbit/s: below this a call is audio only
ICE_SCHEMES = ("stun:", "stuns:", "turn:", "turns:")


def first_name(name: str) -> str:
    return one_line(name, 60).split(" ")[0] or translate("Call", "Your student")


def describe(status: CallStatus) -> str:
    """One line for the lesson bar."""
    who = first_name(status.peer_name)
    text = {
        CallState.IDLE: "",
        CallState.RINGING_OUT: translate("Call", "Calling {name}…").format(name=who),
        CallState.RINGING_IN: translate("Call", "{name} is calling").format(name=who),
        CallState.CONNECTING: translate("Call", "Connecting the call…"),
        CallState.CONNECTED: translate("Call", "In a call with {name}").format(name=who)
        + (translate("Call", " (audio only)") if status.audio_only else ""),
        CallState.ENDED: status.message or translate("Call", "Call ended"),
    }[status.state]
    if status.state == CallState.CONNECTED and status.message:
        text += f" · {status.message}"
    return text


def describe_quality(quality: CallQuality) -> str:
    parts = []
    if quality.rtt_ms is not None:
        parts.append(f"RTT {quality.rtt_ms:.0f} ms")
    if quality.loss_percent is not None:
        parts.append(translate("Call", "loss {percent} %").format(percent=f"{quality.loss_percent:.1f}"))
    parts.append(f"↑ {quality.kbps_out:.0f} ↓ {quality.kbps_in:.0f} kbit/s")
    return " · ".join(parts)


class CallControls(QWidget):
    """Call, Answer/Decline while ringing, then mute, camera, audio only and hang up; state and quality."""

    callRequested = Signal(bool)  # audio only
    answerRequested = Signal(bool)  # audio only
    declineRequested = Signal()
    hangUpRequested = Signal()
    muteToggled = Signal(bool)
    cameraToggled = Signal(bool)
    settingsRequested = Signal()
    recordToggled = Signal(bool)
    recordingsRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = plain_label()
        self.quality = muted("")
        # a drawn icon, not the 📞 emoji: no emoji font on most machines, and it showed as a box
        self.call = QPushButton(icon("phone"), translate("Call", "Call", "button: call the student"))
        self.call.setToolTip(
            translate("Call", "Call the student of this lesson (voice and video, as on the Astegni website)")
        )
        self.answer = QPushButton(translate("Call", "Answer"))
        self.answer.setObjectName("Primary")
        self.decline = QPushButton(translate("Call", "Decline"))
        self.mute = QPushButton(translate("Call", "Mute"))
        self.mute.setCheckable(True)
        self.camera = QPushButton(translate("Call", "Camera"))
        self.camera.setCheckable(True)
        self.camera.setChecked(True)
        self.camera.setToolTip(translate("Call", "Show or hide your camera to the student"))
        self.audio_only = QPushButton(translate("Call", "Audio only"))
        self.audio_only.setCheckable(True)
        self.audio_only.setToolTip(
            translate("Call", "Call with voice only: for slow connections (takes effect on the next call)")
        )
        self.hang_up = QPushButton(translate("Call", "Hang up"))
        self.devices = QPushButton("⚙")
        self.devices.setToolTip(
            translate("Call", "Microphone, camera, speaker, network and bandwidth for calls")
        )
        self.devices.setAccessibleName(translate("Call", "Call settings"))
        self.call.clicked.connect(lambda: self.callRequested.emit(self.audio_only.isChecked()))
        self.answer.clicked.connect(lambda: self.answerRequested.emit(self.audio_only.isChecked()))
        self.decline.clicked.connect(self.declineRequested)
        self.hang_up.clicked.connect(self.hangUpRequested)
        self.mute.toggled.connect(self.muteToggled)
        self.mute.toggled.connect(
            lambda on: self.mute.setText(translate("Call", "Unmute") if on else translate("Call", "Mute"))
        )
        self.camera.toggled.connect(self.cameraToggled)
        self.devices.clicked.connect(self.settingsRequested)
        for w in (self.state, self.quality, self.call, self.answer, self.decline, self.mute, self.camera):
            row.addWidget(w)
        for w in (self.audio_only, self.hang_up, self.devices):
            row.addWidget(w)
        self._add_recording(row)
        self.status = CallStatus(CallState.IDLE)
        self.available = False
        self.show_status(self.status)

    def set_available(self, available: bool) -> None:
        """A call needs the lesson to be live with a student."""
        self.available = available
        self.show_status(self.status)

    def show_status(self, status: CallStatus) -> None:
        self.status = status
        state = status.state
        idle = state in (CallState.IDLE, CallState.ENDED)
        in_call = state in (CallState.CONNECTING, CallState.CONNECTED)
        self.call.setVisible(idle)
        self.call.setEnabled(self.available)
        self.answer.setVisible(state == CallState.RINGING_IN)
        self.decline.setVisible(state == CallState.RINGING_IN)
        self.hang_up.setVisible(state == CallState.RINGING_OUT or in_call)
        self.hang_up.setText(
            translate("Call", "Cancel") if state == CallState.RINGING_OUT else translate("Call", "Hang up")
        )
        self.mute.setVisible(in_call)
        self.camera.setVisible(in_call and not status.audio_only)
        self.audio_only.setVisible(idle or state == CallState.RINGING_IN)
        self.quality.setVisible(state == CallState.CONNECTED)
        if idle:
            self.mute.setChecked(False)
            self.camera.setChecked(True)
            self.quality.clear()
        text = describe(status)
        self.state.setText(one_line(text, 90))
        self.state.setToolTip(tip(text))
        failed = state == CallState.ENDED and status.reason in ("offline", "no_route", "lost", "failed")
        set_tone(self.state, "bad" if failed else "")

    def show_quality(self, quality: CallQuality) -> None:
        self.quality.setText(describe_quality(quality))

    # -- recording (the lesson's voice and ink, on this computer) ------------------------------------------

    def _add_recording(self, row: QHBoxLayout) -> None:
        self.record = QPushButton(self.tr("● Record"))
        self.record.setCheckable(True)  # off until the tutor asks
        self.record.setToolTip(
            self.tr("Record this lesson's voice and ink on this computer (the student is told)")
        )
        self.record.toggled.connect(self.recordToggled)
        self.recording_badge = plain_label()
        self.recording_badge.setObjectName("RecordingBadge")
        set_tone(self.recording_badge, "bad")
        self.recording_badge.hide()
        self.peer_recording = plain_label()
        set_tone(self.peer_recording, "bad")
        self.peer_recording.hide()
        self.recordings = QPushButton(self.tr("Recordings…"))
        self.recordings.setToolTip(self.tr("Replay or export this lesson's recordings with voice"))
        self.recordings.clicked.connect(self.recordingsRequested)
        self.recordings.hide()
        for w in (self.recording_badge, self.record, self.peer_recording, self.recordings):
            row.addWidget(w)

    def show_recording(self, seconds: float | None) -> None:
        """A red badge with the time recorded so far (None: not recording)."""
        on = seconds is not None
        self.record.blockSignals(True)
        self.record.setChecked(on)
        self.record.blockSignals(False)
        self.record.setText(self.tr("■ Stop recording") if on else self.tr("● Record"))
        self.recording_badge.setVisible(on)
        if seconds is not None:
            whole = int(seconds)
            self.recording_badge.setText(
                self.tr("● REC %1").replace("%1", f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}")
            )

    def show_peer_recording(self, name: str | None) -> None:
        """The student records this lesson (None: not, or no longer)."""
        self.peer_recording.setVisible(name is not None)
        if name is not None:
            self.peer_recording.setText(self.tr("● %1 is recording").replace("%1", one_line(name, 40)))

    def show_recordings(self, count: int) -> None:
        self.recordings.setVisible(count > 0)


class Picture(QWidget):
    """Paints the latest frame scaled to fit, keeping its aspect ratio; black with a caption when none."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.caption = caption
        self.frames = 0

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.frames += 1
        self.update()

    def clear(self) -> None:
        self.image = None
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101418"))
        if self.image is None or self.image.isNull():
            painter.setPen(QColor("#b0bec5"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.caption)
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
        painter.drawImage(QRect(x, y, size.width(), size.height()), self.image)


class VideoTile(QWidget):
    """The student's video beside the canvas, with the tutor's own small preview; docked or floating."""

    floatToggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(QSize(200, 150))
        self.setWindowTitle(translate("Call", "Call"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.title = plain_label()
        self.float_button = QPushButton(translate("Call", "Float"))
        self.float_button.setCheckable(True)
        self.float_button.setToolTip(
            translate("Call", "Float the video in its own window, or dock it back beside the board")
        )
        self.float_button.toggled.connect(self.floatToggled)
        self.float_button.toggled.connect(
            lambda on: self.float_button.setText(
                translate("Call", "Dock") if on else translate("Call", "Float")
            )
        )
        top.addWidget(self.title, 1)
        top.addWidget(self.float_button)
        layout.addLayout(top)
        self.remote = Picture(translate("Call", "No picture from the student"))
        layout.addWidget(self.remote, 1)
        self.local = Picture(translate("Call", "Your camera is off"))
        self.local.setFixedSize(QSize(128, 72))
        layout.addWidget(self.local, 0, Qt.AlignmentFlag.AlignRight)

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def set_peer(self, name: str) -> None:
        self.title.setText(one_line(name, 40))


class LevelProbe:
    """The level of one microphone for the settings meter, through PortAudio's own thread."""

    def __init__(self, device: str | None) -> None:
        import sounddevice as sd  # noqa: PLC0415

        from ..calls import media  # noqa: PLC0415

        self.level = -100.0

        def captured(data: np.ndarray, _frames: int, _time: Any, _status: Any) -> None:
            self.level = media.level_dbfs(data[:, 0])

        self._stream = sd.InputStream(
            samplerate=media.RATE, channels=1, dtype="int16", blocksize=media.BLOCK * 5, device=device,
            callback=captured,
        )  # fmt: skip
        self._stream.start()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._stream.abort()
            self._stream.close()


class CameraProbe:
    """Frames from a camera (or the test pattern) for the settings preview, read on a worker thread."""

    def __init__(self, device: str) -> None:
        self.latest: np.ndarray | None = None
        self.error = ""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(device,), daemon=True, name="camera-preview")
        self._thread.start()

    def _run(self, device: str) -> None:
        from ..calls import media  # noqa: PLC0415  (PyAV loads only when the settings show a camera)

        if device == TEST_PATTERN:
            pattern, index = media.PatternTrack(320, 180, 15), 0
            while not self._stop.wait(1 / 15):
                self.latest, index = pattern.picture(index), index + 1
            return
        import av  # noqa: PLC0415

        fmt, name = media.camera_format(device)
        try:
            with av.open(name, format=fmt, options={"video_size": "640x360"}) as container:
                for frame in container.decode(video=0):
                    if self._stop.is_set():
                        return
                    self.latest = frame.to_ndarray(format="rgb24")
        except Exception as exc:  # no such camera, busy, no permission
            self.error = translate("Call", "This camera cannot be opened: {error}").format(error=exc)

    def close(self) -> None:
        self._stop.set()


def bandwidths() -> tuple[tuple[int, str], ...]:
    return (
        (0, QCoreApplication.translate("CallSettingsPage", "No cap")),
        (1000, QCoreApplication.translate("CallSettingsPage", "1 Mbit/s")),
        (300, QCoreApplication.translate("CallSettingsPage", "300 kbit/s with video")),
        (32, QCoreApplication.translate("CallSettingsPage", "32 kbit/s, audio only")),
    )


class CallSettingsPage(QWidget):
    """The Calls page of Settings: microphone (with a level meter), speaker (with a test sound), camera (with
    a preview), ICE servers, the bandwidth cap and voice only. The meter and the preview run only while the
    page is on screen."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..calls import media  # noqa: PLC0415

        self.settings = settings
        form = QFormLayout(self)
        self.microphone = QComboBox()
        self.speaker = QComboBox()
        self.camera = QComboBox()
        for combo, devices, chosen in (
            (self.microphone, media.audio_devices("input"), settings.call_microphone),
            (self.speaker, media.audio_devices("output"), settings.call_speaker),
        ):
            combo.addItem(self.tr("System default"), None)
            for d in devices:
                combo.addItem(one_line(d.label, 80), d.key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        for d in media.cameras():
            label = self.tr("Test pattern (no camera)") if d.key == TEST_PATTERN else one_line(d.label, 80)
            self.camera.addItem(label, d.key)
        self.camera.setCurrentIndex(max(0, self.camera.findData(settings.call_camera)))
        self.meter = QProgressBar()
        self.meter.setRange(-60, 0)
        self.meter.setValue(-60)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.meter_note = muted("")
        self.meter_note.setWordWrap(True)
        self.test_sound = QPushButton(self.tr("Play a test sound"))
        self.test_sound.clicked.connect(self._play_test)
        self.preview = VideoTilePreview(self.tr("No camera picture"))
        self.stun = QLineEdit(", ".join(settings.call_stun))
        self.stun.setToolTip(self.tr("STUN servers, comma separated (the Astegni website uses these three)"))
        self.turn = QLineEdit(settings.call_turn_url)
        self.turn.setPlaceholderText(self.tr("turn:turn.example.org:3478 (only behind a strict firewall)"))
        self.turn_user = QLineEdit(settings.call_turn_username)
        self.turn_password = QLineEdit()
        self.turn_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.turn_password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.bandwidth = QComboBox()
        for kbps, label in bandwidths():
            self.bandwidth.addItem(translate("Call", label), kbps)
        self.bandwidth.setCurrentIndex(max(0, self.bandwidth.findData(settings.call_bandwidth_kbps)))
        self.audio_only = QCheckBox(self.tr("Call with voice only by default"))
        self.audio_only.setChecked(settings.call_audio_only)
        self.error = plain_label()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.tr("Microphone:"), self.microphone)
        form.addRow(self.tr("Level:"), self.meter)
        form.addRow(self.meter_note)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.test_sound)
        form.addRow(self.tr("Camera:"), self.camera)
        form.addRow(self.preview)
        form.addRow(self.tr("STUN:"), self.stun)
        form.addRow(self.tr("TURN:"), self.turn)
        form.addRow(self.tr("TURN user:"), self.turn_user)
        form.addRow(self.tr("TURN password:"), self.turn_password)
        form.addRow(self.tr("Bandwidth:"), self.bandwidth)
        form.addRow(self.audio_only)
        form.addRow(self.error)
        plain_labels(self)
        self._probe: LevelProbe | None = None
        self._camera: CameraProbe | None = None
        self.microphone.currentIndexChanged.connect(self._open_microphone)
        self.camera.currentIndexChanged.connect(self._open_camera)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """The page is on screen: the meter listens, the preview shows."""
        if not self.timer.isActive():
            self.timer.start(100)
            self._open_microphone()
            self._open_camera()

    def stop(self) -> None:
        """Off screen or closed: the microphone and the camera are let go."""
        self.timer.stop()
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        if self._camera is not None:
            self._camera.close()
            self._camera = None

    def _open_microphone(self) -> None:
        if not self.timer.isActive():
            return
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        try:
            self._probe = LevelProbe(self.microphone.currentData())
            self.meter_note.setText(self.tr("Speak: the bar moves with your voice."))
        except Exception:
            self.meter.setValue(-60)
            self.meter_note.setText(
                self.tr("This microphone cannot be opened: the student would not hear you.")
            )

    def _open_camera(self) -> None:
        if not self.timer.isActive():
            return
        if self._camera is not None:
            self._camera.close()
        self.preview.picture.clear()
        self._camera = CameraProbe(str(self.camera.currentData()))

    def _tick(self) -> None:
        if self._probe is not None:
            self.meter.setValue(int(max(-60.0, min(0.0, self._probe.level))))
        if self._camera is not None:
            if self._camera.latest is not None:
                self.preview.picture.show_image(to_qimage(self._camera.latest))
            elif self._camera.error:
                self.preview.picture.caption = self.tr("This camera cannot be opened.")
                self.preview.picture.setToolTip(one_line(self._camera.error, 200))
                self.preview.picture.update()

    def _play_test(self) -> None:
        try:
            import sounddevice as sd  # noqa: PLC0415

            from ..calls import media  # noqa: PLC0415

            t = np.arange(media.RATE // 2) / media.RATE
            sd.play((np.sin(2 * np.pi * 660 * t) * 6000).astype(np.int16), media.RATE,
                    device=self.speaker.currentData())  # fmt: skip
        except Exception:
            self.meter_note.setText(self.tr("This speaker cannot be opened: you would not hear the student."))

    def save(self) -> bool:
        """Checks the servers and keeps the choices in `settings`; False (and says why) if they are wrong."""
        servers = [s.strip() for s in self.stun.text().split(",") if s.strip()]
        turn = self.turn.text().strip()
        if any(not s.startswith(ICE_SCHEMES) for s in servers) or (turn and not turn.startswith(ICE_SCHEMES)):
            self.error.setText(self.tr("STUN and TURN servers look like stun:host:3478 or turn:host:3478"))
            self.error.show()
            return False
        if turn and self.turn_password.text():
            try:
                import keyring  # noqa: PLC0415

                keyring.set_password(TURN_KEYRING, turn, self.turn_password.text())
            except Exception:
                self.error.setText(self.tr("There is no system keyring to keep the TURN password in."))
                self.error.show()
                return False
        s = self.settings
        s.call_microphone = self.microphone.currentData()
        s.call_speaker = self.speaker.currentData()
        s.call_camera = self.camera.currentData()
        s.call_stun = servers
        s.call_turn_url, s.call_turn_username = turn, self.turn_user.text().strip()
        s.call_bandwidth_kbps = int(self.bandwidth.currentData())
        s.call_audio_only = self.audio_only.isChecked() or 0 < s.call_bandwidth_kbps < AUDIO_ONLY_BELOW
        self.error.hide()
        return True


class VideoTilePreview(QWidget):
    def __init__(self, caption: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = Picture(caption)
        self.picture.setFixedSize(QSize(240, 135))
        layout.addWidget(self.picture)
