"""Schedule panel with the demo world (≈600 schedules, ≈230 lessons) from a warm cache. Prints JSON.

- month_paint_ms: one full repaint of the month view at 1280×800 (budget ≤ 16 ms);
- month_switch_ms: "next month" to the new month painted, with recurrence expansion of a month never shown
  before (cold: the expansion caches cleared first; budget ≤ 50 ms), and going back to a shown month (warm);
- week_switch_ms, agenda_ms: the same for the week and agenda views;
- reload_ms: reading the cache into the calendar model (after a sync or a local change).
Usage: python bench/schedule_views.py [--runs 12]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from astegni_desktop.calendar import recurrence  # noqa: E402
from astegni_desktop.panels.schedule import SchedulePanel  # noqa: E402
from astegni_desktop.store import Store  # noqa: E402
from astegni_desktop.ui_support import apply_theme  # noqa: E402
from bench._server import devserver_process, warm_cache  # noqa: E402


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": ms(statistics.median(values)), "max": ms(max(values))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as tmp, devserver_process() as url:
        cache = Path(tmp) / "cache.sqlite3"
        counts = asyncio.run(warm_cache(url, cache))
        store = Store(cache)
        panel = SchedulePanel(store)
        panel.resize(1280, 800)
        panel.show()
        app.processEvents()
        reloads = []
        for _ in range(5):
            t = time.perf_counter()
            panel.reload()
            reloads.append(time.perf_counter() - t)
        panel.set_view("month")
        app.processEvents()
        view = panel.month
        paints = []
        for _ in range(args.runs * 4):
            t = time.perf_counter()
            view.repaint()
            paints.append(time.perf_counter() - t)

        def switch(direction: int, widget_repaint: object) -> float:
            t = time.perf_counter()
            panel.step(direction)
            widget_repaint()  # type: ignore[operator]
            return time.perf_counter() - t

        cold, warm = [], []
        today = panel.anchor
        for _ in range(args.runs):
            panel.go_to(today)
            recurrence._recurring_dates.cache_clear()
            recurrence._specific_dates.cache_clear()
            panel.reload()  # a new calendar model: no month computed yet
            cold.append(switch(1, view.repaint))  # next month: expanded now
            warm.append(switch(-1, view.repaint))  # back: computed already
        entries = sum(len(c.chips) + c.more for c in view.cells)
        panel.set_view("week")
        week_cold, week_warm = [], []
        for _ in range(args.runs):
            panel.go_to(today)
            recurrence._recurring_dates.cache_clear()
            panel.reload()
            week_cold.append(switch(1, panel.week.grid.repaint))  # a new calendar model: built on demand
            week_warm.append(switch(-1, panel.week.grid.repaint))
        panel.set_view("agenda")
        agenda = []
        for _ in range(args.runs):
            panel.go_to(today)
            agenda.append(switch(1, panel.agenda.repaint))
        result = {
            "cache": counts,
            "month_entries": entries,
            "reload_ms": summary(reloads),
            "month_paint_ms": summary(paints),
            "month_switch_ms": {"cold": summary(cold), "warm": summary(warm)},
            "week_switch_ms": {"cold": summary(week_cold), "warm": summary(week_warm)},
            "agenda_switch_ms": summary(agenda),
            "budgets_ms": {"month_paint": 16, "month_switch": 50},
        }
        print(json.dumps(result))
        store.close()


if __name__ == "__main__":
    main()
