"""A recorded lesson's video export in a worker process, with progress and Cancel (as the PDF export in
canvas/export_job.py): encoding holds the GIL for long stretches, so another interpreter does it. The
worker reads the cache read-only and the recording's files itself, writes `<file>.part` and renames it when
complete, so a cancelled or failed export leaves no half-written video."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from sqlalchemy import create_engine

from .files import read_manifest
from .timeline import load_lesson
from .video import MP4, WEBM, decode_audio, render_video

POLL_MS = 100


def export(database: str, folder: str, path: str, container: str, messages: Any) -> None:
    """In the worker process (or, for a test or benchmark, any thread): report progress, then done/error."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    part = Path(path + ".part")
    try:
        _app = QGuiApplication.instance() or QGuiApplication([])
        info = read_manifest(Path(folder))
        if info is None:
            messages.put(("error", "This recording is no longer on this computer."))
            return
        engine = create_engine(f"sqlite:///file:{database}?mode=ro&uri=true")
        lesson = load_lesson(engine, info)
        audio = decode_audio(info.audio)
        fmt = MP4 if container == "mp4" else WEBM

        def progress(done: float, total: float) -> bool:
            messages.put(("progress", done, total))
            return True

        render_video(lesson.timeline, lesson.pages, lesson.strokes, audio, part, fmt, progress)
        os.replace(part, path)
        messages.put(("done", path))
    except Exception as exc:  # said to the tutor by the window; the worker only reports
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        messages.put(("error", f"The video could not be written ({exc})."))


class VideoExportJob(QObject):
    """One export running in a worker process; the window hears `progress`, then `finished` or `failed`."""

    progress = Signal(float, float)  # seconds done, seconds in all
    finished = Signal(str)  # the video's path
    failed = Signal(str)  # why, for the tutor

    def __init__(self, database: str, folder: Path, path: Path, container: str) -> None:
        super().__init__()
        self.path = path
        context = multiprocessing.get_context("spawn")  # no fork of a process holding Qt and sockets
        self._messages = context.Queue()
        self._process = context.Process(
            target=export, args=(database, str(folder), str(path), container, self._messages), daemon=True
        )
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.done = False

    def start(self) -> None:
        self._process.start()
        self._timer.start()

    @property
    def running(self) -> bool:
        return not self.done

    def cancel(self) -> None:
        """Stop the worker now; no file is left behind."""
        if self.done:
            return
        self._finish()
        self._process.terminate()
        self._process.join(2)
        with contextlib.suppress(OSError):
            Path(str(self.path) + ".part").unlink(missing_ok=True)

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()

    def _poll(self) -> None:
        while True:
            try:
                message = self._messages.get_nowait()
            except queue.Empty:
                break
            if message[0] == "progress":
                self.progress.emit(float(message[1]), float(message[2]))
            elif message[0] == "done":
                self._finish()
                self._process.join(2)
                self.finished.emit(message[1])
                return
            else:
                self._finish()
                self.failed.emit(message[1])
                return
        if not self._process.is_alive() and not self.done:  # died without a word (killed, out of memory)
            self._finish()
            self.failed.emit(self.tr("The video export stopped unexpectedly."))
