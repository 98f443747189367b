"""A board's PDF export in a worker process, with progress and Cancel.

QPdfWriter keeps the GIL for the whole export (a 20-page board takes about 3 s here), so a thread would
still stall the window, the live lesson and sync; another interpreter does not (measured). The worker reads
the board from the cache itself (read-only), so nothing big is pickled on the GUI thread, and writes
`<file>.part`, renamed when complete: a cancelled or failed export leaves no half-written PDF behind."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from sqlalchemy import create_engine

from ..store.boards import BoardStore
from ..worker_job import WorkerJob
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


class ExportJob(WorkerJob):
    """One export running in a worker process; the window hears `progress`, then `finished` or `failed`."""

    progress = Signal(int, int)  # pages done, pages in all

    def __init__(self, database: str, board_id: str, path: Path, paper: Paper) -> None:
        super().__init__(_work, (database, board_id, str(path), paper), path, POLL_MS)

    def _progress(self, done: Any, total: Any) -> None:
        self.progress.emit(done, total)

    def _died(self) -> str:
        return "The PDF export stopped unexpectedly."
