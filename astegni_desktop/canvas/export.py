"""Export: a page as PNG, a board as a vector PDF (QPdfWriter), backgrounds included."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..ink import Board, Page, Stroke, Tool
from . import render


def export_png(page: Page, path: Path, scale: float = 2.0) -> Path:
    image = render.render_page(page, scale, fine=True)  # curves smooth at the export's resolution
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


_PRINT_PEN = QPen(
    QColor("#000000"), 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
)


def draw_for_print(p: QPainter, s: Stroke) -> None:
    """Pressure ink as stroked runs of equal width (widths in steps of 0.3 × the nominal width) instead
    of filled outlines: half the path data, so half the time QPdfWriter spends compressing each page, and at
    print size the steps do not show. Everything else draws as on screen."""
    if s.tool is not Tool.PEN or not s.has_pressure or len(s.points) < 3:
        render.draw_stroke(p, s)
        return
    pts = s.points
    # the width at each segment's middle, as a whole number of steps (at least one)
    step = max(s.width * 0.3, 0.25)
    curve = render.CURVE  # width = nominal × (minimum + (1 − minimum) × pressure^gamma), in whole steps
    pressure = np.clip(pts[1:, 2], 0.0, 1.0)
    level = np.rint(
        (s.width / step) * (curve.minimum + (1.0 - curve.minimum) * np.power(pressure, curve.gamma))
    )
    np.maximum(level, 1, out=level)
    cuts = np.flatnonzero(level[1:] != level[:-1]) + 1
    pen = _PRINT_PEN
    pen.setColor(render.qcolor(s))
    whole = render.polygon(pts[:, :2])  # one copy into Qt; runs are slices of it
    if len(cuts) == 0:
        pen.setWidthF(float(level[0]) * step)
        p.setPen(pen)
        p.drawPolyline(whole)
        return
    start = 0
    for end in (*cuts.tolist(), len(level)):
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
