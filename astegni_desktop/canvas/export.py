"""Export: a page as PNG, a board as a vector PDF (QPdfWriter), backgrounds included."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..ink import Board, Page, Stroke, Tool
from ..ink.geometry import widths
from . import render


def export_png(page: Page, path: Path, scale: float = 2.0) -> Path:
    image = render.render_page(page, scale)
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def draw_for_print(p: QPainter, s: Stroke) -> None:
    """Pressure ink as stroked runs of equal width (widths in steps of 0.3 × the nominal width) instead
    of filled outlines: half the path data, so half the time QPdfWriter spends compressing each page, and at
    print size the steps do not show. Everything else draws as on screen."""
    if s.tool is not Tool.PEN or not s.has_pressure or len(s.points) < 3:
        render.draw_stroke(p, s)
        return
    pts = render.decimate(s.points, 1.2)
    w = widths(pts, s.width, render.CURVE, True)
    seg = (w[:-1] + w[1:]) / 2
    step = max(s.width * 0.3, 0.25)
    level = np.maximum(1, np.round(seg / step))
    cuts = np.flatnonzero(np.diff(level)) + 1
    pen = QPen(
        render.qcolor(s), 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    whole = render.polygon(pts[:, :2])  # one copy into Qt; runs are slices of it
    start = 0
    for end in [*cuts.tolist(), len(seg)]:
        pen.setWidthF(float(level[start]) * step)
        p.setPen(pen)
        p.drawPolyline(whole.mid(start, end - start + 1))
        start = end


def export_pdf(board: Board, path: Path) -> Path:
    """One PDF page per board page; ink stays vector (paths), worksheets are embedded images."""
    writer = QPdfWriter(str(path))
    writer.setTitle(board.title)
    writer.setCreator("Astegni Desktop")
    writer.setResolution(96)
    first = board.pages[0] if board.pages else Page()
    size = QPageSize(
        QSizeF(first.width, first.height), QPageSize.Unit.Point, "Board", QPageSize.SizeMatchPolicy.ExactMatch
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write {path}")
    try:
        for i, page in enumerate(board.pages):
            if i:
                writer.newPage()
            painter.save()
            target = painter.viewport()
            scale = min(target.width() / page.width, target.height() / page.height)
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            render.draw_background(painter, page, QRectF(0, 0, page.width, page.height), 2.0)
            painter.setClipRect(QRectF(0, 0, page.width, page.height))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for stroke in page:
                draw_for_print(painter, stroke)
            painter.restore()
    finally:
        painter.end()
    return path
