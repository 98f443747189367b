"""Strokes for tests: distinct pen strokes whose order can be read back from the server."""

from __future__ import annotations

import time

from astegni_desktop.ink import Stroke, Tool, new_id
from astegni_desktop.ink.stroke import make_points

HANNA = 501  # the demo student's profile id (an active enrolment of the demo tutor)


def pen(i: int, color: str = "#1a237e") -> Stroke:
    """A short wavy stroke; `i` places it, so strokes differ."""
    x0, y0 = 40 + (i % 30) * 38, 60 + (i // 30 % 18) * 40
    rows = [(x0 + k * 4, y0 + (k % 3) * 5, 0.4 + k * 0.05, k * 8) for k in range(8)]
    return Stroke(
        client_id=new_id(),
        tool=Tool.PEN,
        color=color,
        width=3,
        points=make_points(rows),
        t0=time.time() * 1000,
    )
