"""Long work in a worker process, heard by the window: progress, then finished or failed; Cancel at any time.

Used by the PDF export (canvas/export_job.py) and the video export (recording/export_job.py): both hold the
GIL for seconds, so another interpreter does them (a thread would still stall the window, the live lesson and
sync). The worker writes `<file>.part` and renames it when complete; Cancel kills it and removes the part, so
a cancelled or failed job leaves no half-written file. The worker reports through a queue:
`("progress", done, total)`, then `("done", path)` or `("error", text for the tutor)`."""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class WorkerJob(QObject):
    """One job in a worker process. Subclasses declare their own `progress` signal and say it in
    `_progress`, and say in `_died` what the tutor is told when the worker vanished without a word."""

    finished = Signal(str)  # the written file's path
    failed = Signal(str)  # why, for the tutor

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], path: Path, poll_ms: int) -> None:
        super().__init__()
        self.path = path
        context = multiprocessing.get_context("spawn")  # no fork of a process holding Qt and sockets
        self._messages = context.Queue()
        self._process = context.Process(target=target, args=(*args, self._messages), daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
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

    def _progress(self, done: Any, total: Any) -> None:
        raise NotImplementedError

    def _died(self) -> str:
        raise NotImplementedError

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
                self._progress(message[1], message[2])
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
            self.failed.emit(self._died())
