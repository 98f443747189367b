"""The student's visible area: what part of a tutor's page the Astegni web student sees, drawn as a guide.

The web canvas has no fixed logical size: it takes the size of its container in CSS pixels, and strokes are
drawn at their raw coordinates (CONTRACT.md §7.6, §13). Our page is 1280×800, so in a 1600×1000 browser window
(a canvas of about 1122×563) the right and bottom of the page are off the student's screen. The guide shades
that part; `fitted` moves or scales strokes into the visible area. Replay and PDF export never use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..ink import Stroke, new_id

Area = tuple[float, float]  # (width, height) of the student's canvas, from the page's top left

LAPTOP = (1122.0, 563.0)  # a 1600×1000 browser window (measured, §13)
PRESETS: tuple[tuple[str, Area], ...] = (
    ("Laptop browser (1122 × 563)", LAPTOP),
    ("Large browser window (1500 × 760)", (1500.0, 760.0)),
    ("Small window or tablet (900 × 450)", (900.0, 450.0)),
    ("Browser before it resizes (400 × 300)", (400.0, 300.0)),
)
MARGIN = 8.0  # page units kept free inside the area when fitting


def outside(box: tuple[float, float, float, float], area: Area) -> bool:
    """Whether a bounding box reaches beyond the student's canvas (or above/left of it)."""
    x0, y0, x1, y1 = box
    return x0 < 0 or y0 < 0 or x1 > area[0] or y1 > area[1]


def union(boxes: Iterable[tuple[float, float, float, float]]) -> tuple[float, float, float, float] | None:
    listed = list(boxes)
    if not listed:
        return None
    return (
        min(b[0] for b in listed),
        min(b[1] for b in listed),
        max(b[2] for b in listed),
        max(b[3] for b in listed),
    )


def fit_transform(box: tuple[float, float, float, float], area: Area) -> tuple[float, float, float]:
    """(scale, dx, dy) that puts `box` inside the area: moved only when it fits, else scaled down too.
    A point p becomes (p - box origin) * scale + box origin + (dx, dy)."""
    x0, y0, x1, y1 = box
    w, h = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    room_w, room_h = area[0] - 2 * MARGIN, area[1] - 2 * MARGIN
    k = min(1.0, room_w / w, room_h / h)
    nx = min(max(x0, MARGIN), area[0] - MARGIN - w * k)
    ny = min(max(y0, MARGIN), area[1] - MARGIN - h * k)
    return k, nx - x0, ny - y0


def fitted(strokes: list[Stroke], area: Area) -> list[Stroke]:
    """New strokes (new ids) moved, and scaled if need be, into the student's visible area together."""
    box = union(s.bbox for s in strokes)
    if box is None or not outside(box, area):
        return []
    k, dx, dy = fit_transform(box, area)
    out = []
    for s in strokes:
        pts = np.array(s.points, copy=True)
        pts[:, 0] = (pts[:, 0] - box[0]) * k + box[0] + dx
        pts[:, 1] = (pts[:, 1] - box[1]) * k + box[1] + dy
        style = s.text_style
        if style is not None:
            style = replace(style, font_size=max(6.0, style.font_size * k))
        out.append(
            replace(
                s,
                client_id=new_id(),
                points=pts,
                width=max(0.5, s.width * k),
                text_style=style,
                server_id=None,
                server_order=None,
            )
        )
    return out


def paint(p: QPainter, area: Area, page_size: tuple[float, float], zoom: float, label: str) -> None:
    """Shade the page beyond the student's canvas and mark its edges (painter in page coordinates)."""
    w, h = min(area[0], page_size[0]), min(area[1], page_size[1])
    pw, ph = page_size
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(96, 125, 139, 28))
    if w < pw:
        p.drawRect(QRectF(w, 0, pw - w, ph))
    if h < ph:
        p.drawRect(QRectF(0, h, w, ph - h))
    p.setPen(QPen(QColor(239, 108, 0, 150), 1.2 / zoom, Qt.PenStyle.DashLine))
    if w < pw:
        p.drawLine(QPointF(w, 0), QPointF(w, h))
    if h < ph:
        p.drawLine(QPointF(0, h), QPointF(w, h))
    font = p.font()
    font.setPointSizeF(max(1.0, 8.5 / zoom))
    p.setFont(font)
    p.setPen(QColor(239, 108, 0, 190))
    p.drawText(QPointF(min(w, pw) - 6 / zoom - p.fontMetrics().horizontalAdvance(label), h - 5 / zoom), label)
    p.restore()
