"""Child of bench/startup.py: the app's real start (`astegni-desktop --data-dir DIR`) for a tutor whose
session the keyring holds and whose cache is warm, as on any working day.

Prints JSON: `painted_at`, when the main window's requests list first painted with cached rows in it (what
the tutor sees first); `ready_at`, when the window's panels had the opened Store and the sync engine
(everything imported: the window works); `imported_at`, when this child's own imports were done. Then it
ends at once, as a crash would (the next run gets a fresh data folder)."""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from PySide6.QtWidgets import QWidget

from astegni_desktop import app
from bench._first_paint import FirstPaint

imported = time.time()


def main() -> None:
    painted_at: list[float] = []
    watches: list[FirstPaint] = []
    real_paint_first, real_open = app.paint_first, app.DesktopApp.open_account

    def paint_first(widget: QWidget, wait: float = 1.0) -> None:
        window = widget.window()
        rows = window.requests.model.rowCount  # type: ignore[attr-defined]
        watch = FirstPaint(imported, counts=lambda: rows() > 0, then=painted_at.append)
        widget.installEventFilter(watch)
        watches.append(watch)
        real_paint_first(widget, wait)

    async def open_account(self: app.DesktopApp, account: Any) -> None:
        await real_open(self, account)
        assert painted_at, "the window did not paint from the cache before the Store was opened"
        result = {"painted_at": painted_at[0], "ready_at": time.time(), "imported_at": imported}
        result |= {"cpu_at_paint": watches[0].cpu_at_paint, "cpu_at_ready": time.process_time()}
        print(json.dumps(result), flush=True)
        os._exit(0)

    app.paint_first = paint_first
    app.DesktopApp.open_account = open_account  # type: ignore[method-assign]
    app.main(["--data-dir", sys.argv[1]])
    raise SystemExit("the app ended before its window was ready")


if __name__ == "__main__":
    main()
