"""Synthetic pages for benchmarks: handwriting-like pressure strokes spread over the page, reproducibly."""

from __future__ import annotations

import math
import random

import numpy as np

from astegni_desktop.ink import PAGE_HEIGHT, PAGE_WIDTH, Page, Stroke, Tool, new_id
from astegni_desktop.ink.stroke import make_points


def handwriting(rng: random.Random, n_points: int = 40) -> np.ndarray:
    x0 = rng.uniform(20, PAGE_WIDTH - 140)
    y0 = rng.uniform(30, PAGE_HEIGHT - 30)
    w = rng.uniform(40, 110)
    u = np.linspace(0, 1, n_points)
    x = x0 + u * w + 5 * np.sin(u * w / 5)
    y = y0 - 9 * np.abs(np.sin(u * w / 7)) + 4 * np.cos(u * w / 5)
    p = 0.3 + 0.6 * np.sin(math.pi * u)
    t = u * n_points * 8
    return np.column_stack([x, y, p, t])


def strokes(n: int, seed: int = 7, n_points: int = 40) -> list[Stroke]:
    rng = random.Random(seed)
    return [
        Stroke(
            client_id=new_id(),
            tool=Tool.PEN,
            color="#1a237e",
            width=2.5,
            points=make_points(handwriting(rng, n_points)),
            t0=1.79e12 + i * 900,
        )
        for i in range(n)
    ]


def page_with(n: int, seed: int = 7) -> Page:
    page = Page()
    page.add_many(strokes(n, seed))
    return page
