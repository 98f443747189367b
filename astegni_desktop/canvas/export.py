"""Export: a page as PNG, a board as a vector PDF (QPdfWriter), backgrounds included."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
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


PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_PT = 18.0  # a printer's unprintable edge: the board is fitted inside it


@dataclass(frozen=True)
class Paper:
    """The PDF's page: a paper size ("A4", "Letter") in either orientation, or "Board" (the board's own
    size, no margin). Each board page is fitted to it whole, centred, keeping its proportions."""

    size: str = "A4"
    landscape: bool = True


def page_layout(paper: Paper, first: Page) -> QPageLayout:
    if paper.size not in PAPERS:
        size = QPageSize(
            QSizeF(first.width, first.height), QPageSize.Unit.Point, "Board",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )  # fmt: skip
        return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    orientation = QPageLayout.Orientation.Landscape if paper.landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT)
    return QPageLayout(QPageSize(PAPERS[paper.size]), orientation, margins, QPageLayout.Unit.Point)


def fit(width: float, height: float, target: QRectF) -> tuple[float, QPointF]:
    """The scale and offset that fit a `width` × `height` page whole into `target`, centred."""
    scale = min(target.width() / width, target.height() / height)
    offset = QPointF(
        target.x() + (target.width() - width * scale) / 2, target.y() + (target.height() - height * scale) / 2
    )
    return scale, offset


def export_pdf(
    board: Board,
    path: Path,
    paper: Paper | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """One PDF page per board page, fitted to `paper` (A4 landscape unless told); ink stays vector
    (paths), worksheets are embedded images. `progress(done, total)` is told after each page; if it answers
    False the export stops (the file is then incomplete: the caller removes it)."""
    paper = paper or Paper()
    writer = QPdfWriter(str(path))
    writer.setTitle(board.title)
    writer.setCreator("Astegni Desktop")
    writer.setResolution(96)
    first = board.pages[0] if board.pages else Page()
    writer.setPageLayout(page_layout(paper, first))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write {path}")
    try:
        for i, page in enumerate(board.pages):
            if i:
                writer.newPage()
            painter.save()
            scale, offset = fit(page.width, page.height, QRectF(painter.viewport()))
            painter.translate(offset)
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            render.draw_background(painter, page, QRectF(0, 0, page.width, page.height), 2.0)
            painter.setClipRect(QRectF(0, 0, page.width, page.height))
            render.draw_images(painter, page, QRectF(0, 0, page.width, page.height))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for stroke in page:
                draw_for_print(painter, stroke)
            painter.restore()
            if progress is not None and not progress(i + 1, len(board.pages)):
                break
    finally:
        painter.end()
    return path
