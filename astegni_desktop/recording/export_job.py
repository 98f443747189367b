"""A recorded lesson's video export in a worker process, with progress and Cancel (as the PDF export in
canvas/export_job.py): encoding holds the GIL for long stretches, so another interpreter does it. The
worker reads the cache read-only and the recording's files itself, writes `<file>.part` and renames it when
complete, so a cancelled or failed export leaves no half-written video."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from sqlalchemy import create_engine

from ..worker_job import WorkerJob
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


class VideoExportJob(WorkerJob):
    """One export running in a worker process; the window hears `progress`, then `finished` or `failed`."""

    progress = Signal(float, float)  # seconds done, seconds in all

    def __init__(self, database: str, folder: Path, path: Path, container: str) -> None:
        super().__init__(export, (database, str(folder), str(path), container), path, POLL_MS)

    def _progress(self, done: Any, total: Any) -> None:
        self.progress.emit(float(done), float(total))

    def _died(self) -> str:
        return self.tr("The video export stopped unexpectedly.")
