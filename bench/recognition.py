"""Shape recognition: time per stroke, accuracy on synthetic shapes, false changes on glyph handwriting.

Budget: p99 ≤ 5 ms a stroke; ≥ 95 % of shapes recognised as their kind; ≤ 2 % of handwriting strokes changed.
The sets come from bench/_recognition_sets.py (fixed seeds, the same the tests use). Wall-clock times on a
shared, loaded machine include preemption; `cpu_ms` (thread CPU time) is the recogniser's own cost.
Prints JSON. Usage: python bench/recognition.py [--shapes 560] [--handwriting 560] [--seed 17]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from astegni_desktop.teaching.shapes import recognize  # noqa: E402
from bench._recognition_sets import glyph_handwriting, synthetic_shapes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shapes", type=int, default=560)
    parser.add_argument("--handwriting", type=int, default=560)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    shapes = synthetic_shapes(args.shapes, seed=args.seed)
    writing = glyph_handwriting(args.handwriting, seed=args.seed + 12)
    for _label, pts in shapes[:20]:  # warm up numpy's code paths
        recognize(pts)
    wall: list[float] = []
    cpu: list[float] = []
    confusion: collections.Counter[str] = collections.Counter()

    def timed(pts: np.ndarray) -> str | None:
        c0, t0 = time.thread_time(), time.perf_counter()
        shape = recognize(pts)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        return shape.kind.value if shape else None

    correct = 0
    for label, pts in shapes:
        got = timed(pts)
        correct += got == label
        if got != label:
            confusion[f"{label}->{got}"] += 1
    changed: collections.Counter[str] = collections.Counter()
    for _name, pts in writing:
        got = timed(pts)
        if got is not None:
            changed[got] += 1
    ms = np.array(wall) * 1e3
    cpu_ms = np.array(cpu) * 1e3
    print(
        json.dumps(
            {
                "strokes": len(wall),
                "p50_ms": round(float(np.percentile(ms, 50)), 3),
                "p99_ms": round(float(np.percentile(ms, 99)), 3),
                "cpu_p50_ms": round(float(np.percentile(cpu_ms, 50)), 3),
                "cpu_p99_ms": round(float(np.percentile(cpu_ms, 99)), 3),
                "shapes": len(shapes),
                "accuracy": round(correct / len(shapes), 4),
                "mistakes": dict(confusion),
                "handwriting": len(writing),
                "false_change_rate": round(sum(changed.values()) / len(writing), 4),
                "false_changes": dict(changed),
                "load_average": os.getloadavg()[0],
                "budget": {"p99_ms": 5.0, "accuracy": 0.95, "false_change_rate": 0.02},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
