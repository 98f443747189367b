"""The recording as the window sees it: start, stop, elapsed time, and what to tell the student. QtCore only.

The pen's path only puts an event on the recorder's queue; stopping (which waits for the writer to close the
files) happens on a short-lived thread, and `stopped` arrives queued on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from . import files
from .files import RecordingInfo

AudioTap = Callable[[str, np.ndarray, float], None]  # source, pcm, seconds since it arrived


class RecordingService(QObject):
    started = Signal(object)  # RecordingInfo
    stopped = Signal(object)  # RecordingInfo, finished
    failed = Signal(str)
    _done = Signal(object)

    def __init__(self, root: Path, set_tap: Callable[[AudioTap | None], None] | None = None) -> None:
        super().__init__()
        self.root = root
        self._set_tap = set_tap
        self.recorder: Any = None  # a writer.LessonRecorder while recording
        self.recovered = files.recover(root)  # recordings a crash interrupted, playable again
        self._done.connect(self._finished)

    @property
    def recording(self) -> bool:
        return self.recorder is not None

    def elapsed(self) -> float:
        return self.recorder.elapsed() if self.recorder is not None else 0.0

    def start(
        self, board_id: str, title: str, page_id: str | None, visible: Iterable[tuple[str, str]]
    ) -> bool:
        if self.recorder is not None:
            return True
        from .writer import LessonRecorder  # noqa: PLC0415  (PyAV loads with the first recording)

        try:
            folder = files.new_folder(self.root, board_id)
            self.recorder = LessonRecorder(folder, board_id, title, page_id, visible)
        except OSError as exc:
            self.failed.emit(self.tr("The recording could not start: %1").replace("%1", str(exc)[:200]))
            return False
        if self._set_tap is not None:
            self._set_tap(self.recorder.audio)
        self.started.emit(self.recorder.info)
        return True

    def stop(self) -> None:
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return
        if self._set_tap is not None:
            self._set_tap(None)
        threading.Thread(
            target=lambda: self._done.emit(recorder.stop()), name="astegni-recording-stop"
        ).start()

    def finish_now(self) -> None:
        """The app quits: close the files before the process ends (waits for the writer, under a second)."""
        recorder, self.recorder = self.recorder, None
        if recorder is not None:
            recorder.stop()

    @Slot(object)
    def _finished(self, info: RecordingInfo) -> None:
        self.stopped.emit(info)

    # -- what happens on the board ----------------------------------------------------------------------

    def strokes_added(self, page_id: str, client_ids: list[str]) -> None:
        if self.recorder is not None:
            self.recorder.event("add", page_id, client_ids)

    def strokes_erased(self, page_id: str, client_ids: list[str]) -> None:
        if self.recorder is not None:
            self.recorder.event("erase", page_id, client_ids)

    def page_shown(self, page_id: str) -> None:
        if self.recorder is not None:
            self.recorder.event("page", page_id)

    def listing(self, board_id: str | None = None) -> list[RecordingInfo]:
        active = {self.recorder.info.folder} if self.recorder is not None else set()
        return [i for i in files.listing(self.root, board_id) if i.folder not in active]
