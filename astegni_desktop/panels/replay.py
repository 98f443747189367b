"""Recorded lessons: the list of a board's recordings, a player for the voice with the ink in step, and the
video export with progress and Cancel."""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from .. import format as fmt
from ..canvas.view import CanvasView
from ..ink import Page
from ..recording.export_job import VideoExportJob
from ..recording.files import RecordingInfo, clock_text
from ..recording.timeline import InkState, load_lesson
from ..recording.video import available_formats, decode_audio
from ..ui_support import plain_label, warn

RATE = 48_000
TICK_MS = 33


class VoicePlayer:
    """Plays decoded mono PCM through PortAudio from a position that can be moved; without an audio device
    the position still advances with the clock, so the ink replays in time (silently)."""

    def __init__(self) -> None:
        self.pcm = np.zeros(0, dtype=np.int16)
        self.position = 0  # samples
        self.playing = False
        self.device_missing = False
        self._lock = threading.Lock()
        self._stream: Any = None
        self._clock_from: tuple[float, int] | None = None

    def load(self, pcm: np.ndarray) -> None:
        with self._lock:
            self.pcm = pcm

    def _open(self) -> bool:
        if self._stream is not None:
            return True
        if self.device_missing:
            return False
        try:
            import sounddevice as sd  # noqa: PLC0415

            self._stream = sd.OutputStream(samplerate=RATE, channels=1, dtype="int16", callback=self._pull)
            self._stream.start()
            return True
        except Exception:  # no PortAudio, no speaker: play silently on the clock
            self.device_missing = True
            return False

    def _pull(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        with self._lock:
            if not self.playing:
                out.fill(0)
                return
            piece = self.pcm[self.position : self.position + frames]
            out[: piece.size, 0] = piece
            out[piece.size :, 0] = 0
            self.position += frames

    def play(self) -> None:
        with self._lock:
            self.playing = True
            self._clock_from = (time.monotonic(), self.position)
        self._open()

    def pause(self) -> None:
        with self._lock:
            self.position = self._now()
            self.playing = False
            self._clock_from = None

    def seek(self, seconds: float) -> None:
        with self._lock:
            self.position = max(0, int(seconds * RATE))
            if self.playing:
                self._clock_from = (time.monotonic(), self.position)

    def _now(self) -> int:
        if self.playing and self._stream is None and self._clock_from is not None:
            since, start = self._clock_from
            return start + int((time.monotonic() - since) * RATE)
        return self.position

    def seconds(self) -> float:
        with self._lock:
            return self._now() / RATE

    def close(self) -> None:
        self.playing = False
        if self._stream is not None:
            with contextlib.suppress(Exception):
                self._stream.abort()
                self._stream.close()
            self._stream = None


class ReplayWindow(QDialog):
    """A recorded lesson: the voice, and the ink as it was at each moment; play/pause and a seek slider."""

    audioReady = Signal(object)  # np.ndarray, from the decoding thread

    def __init__(self, info: RecordingInfo, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.database = str(engine.url.database or "")
        self.setWindowTitle(self.tr("Recording: %1").replace("%1", fmt.one_line(info.title, 80)))
        self.resize(1000, 720)
        self.lesson = load_lesson(engine, info)
        self.timeline = self.lesson.timeline
        self.duration = max(info.duration, 0.0)
        self.pages = {
            pid: Page(page_id=pid, title=p.title, background=p.background)
            for pid, p in self.lesson.pages.items()
        }
        self.blank = Page()
        self.player = VoicePlayer()
        self.shown_steps = -1  # how many timeline steps the canvas shows
        self.state: InkState | None = None
        self.export_job: VideoExportJob | None = None
        layout = QVBoxLayout(self)
        self.canvas = CanvasView(None)
        self.canvas.setEnabled(False)  # watch only
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(self.duration * 1000))
        self.slider.sliderMoved.connect(lambda ms: self.seek(ms / 1000))
        self.slider.valueChanged.connect(self._slider_changed)
        self.time = plain_label()
        self.time.setMinimumWidth(110)
        self.note = plain_label()
        self.export_button = QPushButton(self.tr("Export video…"))
        self.export_button.clicked.connect(self._ask_export)
        for w in (self.play_button, self.slider, self.time, self.export_button):
            row.addWidget(w, 1 if w is self.slider else 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.audioReady.connect(self._audio_ready)
        self.audio_loaded = False
        self.play_button.setEnabled(False)
        self.note.setText(self.tr("Loading the voice…"))
        threading.Thread(target=lambda: self.audioReady.emit(decode_audio(info.audio)), daemon=True).start()
        self.show_at(0.0)

    # -- playing ----------------------------------------------------------------------------------------

    def _audio_ready(self, pcm: np.ndarray) -> None:
        self.player.load(pcm)
        self.audio_loaded = True
        self.duration = max(self.duration, pcm.size / RATE)
        self.slider.setRange(0, int(self.duration * 1000))
        self.play_button.setEnabled(True)
        self.note.setText(
            self.tr("Recovered after the app closed unexpectedly.") if self.info.recovered else ""
        )
        self._label(self.player.seconds())

    def toggle(self) -> None:
        if self.player.playing:
            self.player.pause()
            self.timer.stop()
            self.play_button.setText(self.tr("Play"))
            return
        if self.player.seconds() >= self.duration:
            self.seek(0.0)
        self.player.play()
        if self.player.device_missing:
            self.note.setText(self.tr("No speaker found: the ink replays without sound."))
        self.play_button.setText(self.tr("Pause"))
        self.timer.start()

    def _tick(self) -> None:
        t = self.player.seconds()
        if t >= self.duration:
            t = self.duration
            self.player.pause()
            self.timer.stop()
            self.play_button.setText(self.tr("Play"))
        self._follow(t)
        self.slider.blockSignals(True)
        self.slider.setValue(int(t * 1000))
        self.slider.blockSignals(False)
        self._label(t)

    def _slider_changed(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.seek(ms / 1000)

    def seek(self, seconds: float) -> None:
        seconds = min(max(0.0, seconds), self.duration)
        self.player.seek(seconds)
        self.show_at(seconds)
        self.slider.blockSignals(True)
        self.slider.setValue(int(seconds * 1000))
        self.slider.blockSignals(False)
        self._label(seconds)

    def _label(self, t: float) -> None:
        self.time.setText(f"{clock_text(t)} / {clock_text(self.duration)}")

    # -- ink --------------------------------------------------------------------------------------------

    def show_at(self, t: float) -> None:
        """Recompute the ink at `t` from the nearest checkpoint (a seek)."""
        state = self.timeline.state_at(t)
        self.state = state
        self.shown_steps = self.timeline.index_at(t)
        page = self.pages.get(state.page or "", self.blank)
        for s in list(page):
            page.remove(s.client_id)
        page.add_many(self._strokes(state.shown()))
        self.canvas.set_page(page)

    def _strokes(self, ids: set[str]) -> list[Any]:
        found = [self.lesson.strokes[i] for i in ids if i in self.lesson.strokes]
        return sorted(found, key=lambda s: (s.t0, s.client_id))

    def _follow(self, t: float) -> None:
        """Playing forward: new strokes are added to the canvas as their moment comes."""
        count = self.timeline.index_at(t)
        if self.state is None or count < self.shown_steps:
            self.show_at(t)
            return
        for step in self.timeline.steps[self.shown_steps : count]:
            if step.op == "add" and step.page == self.state.page:
                self.state.apply(step)
                page = self.canvas.page
                if page is not None:
                    self.canvas.change_strokes(page, [], self._strokes(set(step.ids)), save=False)
            else:
                self.show_at(step.t)
        self.shown_steps = count

    def shown_ids(self) -> set[str]:
        page = self.canvas.page
        return {s.client_id for s in page} if page is not None else set()

    # -- export -----------------------------------------------------------------------------------------

    def _ask_export(self) -> None:
        formats = available_formats()
        if not formats:
            warn(self, self.tr("Export video"), self.tr("This installation cannot write video files."))
            return
        filters = ";;".join(f"{f.label} (*{f.suffix})" for f in formats)
        name = fmt.one_line(self.info.title, 60).replace("/", "-") or "lesson"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export video"), f"{name}{formats[0].suffix}", filters
        )
        if path:
            fmt_ = next((f for f in formats if f.label in chosen), formats[0])
            if not path.endswith(fmt_.suffix):
                path += fmt_.suffix
            self.export_to(Path(path))

    def export_to(self, path: Path) -> VideoExportJob | None:
        if self.export_job is not None and self.export_job.running:
            return self.export_job
        container = "webm" if path.suffix.lower() == ".webm" else "mp4"
        job = VideoExportJob(self.database, self.info.folder, path, container)
        dialog = QProgressDialog(self.tr("Rendering the video…"), self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowTitle(self.tr("Export video"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog

        def progress(done: float, total: float) -> None:
            dialog.setValue(int(1000 * done / total) if total > 0 else 0)
            locale = QLocale()
            dialog.setLabelText(
                self.tr("Rendering the video… %1 of %2")
                .replace("%1", clock_text(done))
                .replace("%2", clock_text(total))
                + (f" ({locale.toString(int(100 * done / total))} %)" if total > 0 else "")
            )

        def finished(_path: str) -> None:
            dialog.close()
            self.note.setText(self.tr("Video written: %1").replace("%1", fmt.one_line(_path, 200)))

        def failed(message: str) -> None:
            dialog.close()
            warn(self, self.tr("Export video"), message)

        job.progress.connect(progress)
        job.finished.connect(finished)
        job.failed.connect(failed)
        dialog.canceled.connect(job.cancel)
        self.export_job = job
        job.start()
        dialog.show()
        return job

    def done(self, result: int) -> None:
        self.timer.stop()
        self.player.close()
        if self.export_job is not None and self.export_job.running:
            self.export_job.cancel()
        super().done(result)


class RecordingsDialog(QDialog):
    """A board's recordings, newest first: replay with voice (and export from there), or the ink alone."""

    inkOnlyRequested = Signal()

    def __init__(
        self, recordings: list[RecordingInfo], engine: Engine, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Recordings with voice"))
        self.resize(460, 360)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        locale = QLocale()
        for info in recordings:
            when = fmt.relative(info.started_at) if info.started_at else ""
            extra = self.tr(" · recovered after a crash") if info.recovered else ""
            item = QListWidgetItem(
                f"{fmt.one_line(info.title, 80)}\n{when} · {clock_text(info.duration)}{extra}"
            )
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(locale.toString(float(info.duration), "f", 1))
            self.list.addItem(item)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        replay = QPushButton(self.tr("Replay"))
        replay.setObjectName("Primary")
        replay.clicked.connect(lambda: self._open(self.list.currentItem()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        ink = QPushButton(self.tr("Ink only…"))
        ink.setToolTip(self.tr("Play the whole board back stroke by stroke, without voice"))
        ink.clicked.connect(self.inkOnlyRequested)
        buttons.addWidget(ink)
        buttons.addStretch(1)
        buttons.addWidget(replay)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.window_open: ReplayWindow | None = None

    def _open(self, item: QListWidgetItem | None) -> ReplayWindow | None:
        if item is None:
            return None
        info = item.data(Qt.ItemDataRole.UserRole)
        window = ReplayWindow(info, self.engine, self.parentWidget())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.window_open = window
        return window
