"""Recording with voice: the cost of recording, and the speed of the video export.

* Recording: two voices (the microphone and the student, 20 ms frames each, in real time) and a stroke
  event every half second go into the app's `LessonRecorder` for `--record` seconds. Reported: the CPU the
  recording adds (writer thread: mixing, Opus, Ogg, timeline, fsync), in % of one core, against the same
  paced loop without a recorder; and what a pen-up pays to log a stroke (`event()`, p99 in µs).
* Export: a synthetic lesson of `--seconds` (a tone and a stroke every 2 s over two pages, in a real cache)
  is rendered by the same worker process the window starts, to MP4 (H.264/AAC) and WebM (VP8/Opus).
  Budget: at least 2× real time (a 10-minute lesson in 5 minutes or less).
Prints JSON. Usage: python bench/record_export.py [--seconds 120] [--record 20] [--formats mp4,webm]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from astegni_desktop.recording import files  # noqa: E402
from astegni_desktop.recording.export_job import export  # noqa: E402
from astegni_desktop.recording.writer import FRAME, RATE, LessonRecorder  # noqa: E402
from astegni_desktop.store.repo import Store  # noqa: E402
from tests.helpers.recorded import record_lesson, tone  # noqa: E402


def paced(seconds: float, recorder: LessonRecorder | None) -> tuple[float, list[float]]:
    """CPU seconds of this process over `seconds` of real-time paced voices and strokes."""
    frames = int(seconds * RATE / FRAME)
    mic, student = tone(0, FRAME, 440), tone(0, FRAME, 660)
    costs: list[float] = []
    cpu0, start = time.process_time(), time.monotonic()
    for i in range(frames):
        if recorder is not None:
            recorder.audio("mic", mic)
            recorder.audio("remote", student)
            if i % 25 == 0:
                t = time.perf_counter()
                recorder.event("add", "page", [f"stroke-{i}"])
                costs.append(time.perf_counter() - t)
        time.sleep(max(0.0, start + (i + 1) * FRAME / RATE - time.monotonic()))
    return time.process_time() - cpu0, costs


def recording_cost(seconds: float, folder: Path) -> dict[str, float]:
    base_cpu, _ = paced(seconds, None)
    recorder = LessonRecorder(files.new_folder(folder, "bench"), "bench", "bench", "page")
    cpu, costs = paced(seconds, recorder)
    t = time.process_time()
    info = recorder.stop()
    cpu += time.process_time() - t
    return {
        "recorded_seconds": round(info.duration, 2),
        "recording_cpu_percent_of_one_core": round(100 * (cpu - base_cpu) / seconds, 2),
        "stroke_event_p99_us": round(float(np.percentile(costs, 99)) * 1e6, 1),
        "audio_kbytes_per_minute": round(info.audio.stat().st_size / 1024 / (info.duration / 60), 1),
    }


def export_speed(store: Store, folder: Path, container: str, out: Path) -> dict[str, float | str]:
    info = files.listing(folder)[0]
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    process = context.Process(
        target=export, args=(str(store.path), str(info.folder), str(out), container, messages)
    )
    start = time.perf_counter()
    process.start()
    while True:
        message = messages.get(timeout=900)
        if message[0] != "progress":
            break
    elapsed = time.perf_counter() - start
    process.join()
    if message[0] != "done":
        return {"container": container, "error": str(message[1])}
    return {
        "container": container,
        "lesson_seconds": round(info.duration, 1),
        "export_seconds": round(elapsed, 1),
        "speed_x_real_time": round(info.duration / elapsed, 2),
        "file_mbytes": round(out.stat().st_size / 1e6, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--record", type=float, default=20.0)
    parser.add_argument("--formats", default="mp4,webm")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp)
        result: dict[str, object] = {"load_average_1min": round(os.getloadavg()[0], 2)}
        result["recording"] = recording_cost(args.record, here / "paced")
        store = Store(here / "cache.sqlite3")
        record_lesson(store, here / "recordings", args.seconds, every=2.0)
        result["export"] = [
            export_speed(store, here / "recordings", c, here / f"out.{c}") for c in args.formats.split(",")
        ]
        result["budget_speed_x_real_time"] = 2.0
        store.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
