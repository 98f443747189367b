"""A board's PDF export in a worker process, with progress and Cancel.

QPdfWriter keeps the GIL for the whole export (a 20-page board takes about 3 s here), so a thread would
still stall the window, the live lesson and sync; another interpreter does not (measured). The worker reads
the board from the cache itself (read-only), so nothing big is pickled on the GUI thread, and writes
`<file>.part`, renamed when complete: a cancelled or failed export leaves no half-written PDF behind."""

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

from ..store.boards import BoardStore
from .export import Paper, export_pdf

POLL_MS = 40  # how often the window reads the worker's progress


def _work(database: str, board_id: str, path: str, paper: Paper, messages: Any) -> None:
    """In the worker process: load the board read-only, export it, and report each page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        _app = QGuiApplication.instance() or QGuiApplication([])
        engine = create_engine(f"sqlite:///file:{database}?mode=ro&uri=true")
        board = BoardStore(engine).load(board_id, with_strokes=True)
        if board is None:
            messages.put(("error", "This board is no longer on this computer."))
            return
        part = Path(path + ".part")

        def progress(done: int, total: int) -> bool:
            messages.put(("progress", done, total))
            return True

        export_pdf(board, part, paper, progress)
        os.replace(part, path)
        messages.put(("done", path))
    except Exception as exc:  # said to the tutor by the window; the worker only reports
        messages.put(("error", f"The PDF could not be written ({exc})."))


class ExportJob(QObject):
    """One export running in a worker process; the window hears `progress`, then `finished` or `failed`."""

    progress = Signal(int, int)  # pages done, pages in all
    finished = Signal(str)  # the PDF's path
    failed = Signal(str)  # why, for the tutor

    def __init__(self, database: str, board_id: str, path: Path, paper: Paper) -> None:
        super().__init__()
        self.path = path
        context = multiprocessing.get_context("spawn")  # no fork of a process holding Qt and sockets
        self._messages = context.Queue()
        self._process = context.Process(
            target=_work, args=(database, board_id, str(path), paper, self._messages), daemon=True
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
                self.progress.emit(message[1], message[2])
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
            self.failed.emit("The PDF export stopped unexpectedly.")
