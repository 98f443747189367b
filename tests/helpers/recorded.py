"""Recorded lessons for tests and benchmarks: a real cache with a board, and a recording written through the
app's own recorder on a clock the test drives (a 440 Hz tone from the "student", strokes over time)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from astegni_desktop.ink import Page
from astegni_desktop.recording import files
from astegni_desktop.recording.files import RecordingInfo
from astegni_desktop.recording.writer import FRAME, RATE, LessonRecorder
from astegni_desktop.store.repo import Store
from bench._ink import strokes

TONE_HZ = 440.0
INK = "#c62828"  # the strokes' colour, looked for in exported frames


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def tone(start: int, count: int, hz: float = TONE_HZ, level: float = 0.3) -> np.ndarray:
    t = (np.arange(count) + start) / RATE
    return (np.sin(2 * np.pi * hz * t) * level * 32767).astype(np.int16)


def record_lesson(
    store: Store, root: Path, seconds: float, every: float = 2.0, title: str = "Fractions"
) -> tuple[RecordingInfo, list[tuple[float, str]]]:
    """A board with two pages; a recording of `seconds` with a stroke every `every` seconds (the page changes
    half way). Returns the recording and (time, client id) of each stroke added."""
    board = store.boards.create(title)
    first = board.pages[0]
    second = Page(title="Page 2")
    store.boards.add_page(board.board_id, second, 1)
    clock = ManualClock()
    recorder = LessonRecorder(
        files.new_folder(root, board.board_id), board.board_id, title, first.page_id, clock=clock
    )
    ink = strokes(int(seconds / every) + 1, seed=3)
    added: list[tuple[float, str]] = []
    page = first.page_id
    next_stroke, n = every / 2, 0
    chunks = int(seconds * RATE / FRAME)
    for i in range(chunks):
        clock.advance(FRAME / RATE)
        now = (i + 1) * FRAME / RATE
        recorder.audio("remote", tone(i * FRAME, FRAME))
        if now >= seconds / 2 and page == first.page_id:
            page = second.page_id
            recorder.event("page", page)
        if now >= next_stroke and n < len(ink):
            s = ink[n]
            s = replace(s, color=INK, width=6.0)
            store.boards.add_stroke(page, s)
            recorder.event("add", page, [s.client_id])
            added.append((now, s.client_id))
            n += 1
            next_stroke += every
        if i % 200 == 0:
            while recorder._queue.qsize() > 100:  # the writer keeps up; the test must not outrun it
                time.sleep(0.005)
    return recorder.stop(), added
