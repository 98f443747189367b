"""Export: a page as PNG, a board as a vector PDF (QPdfWriter), backgrounds included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..ink import Board, Page
from . import render


def export_png(page: Page, path: Path, scale: float = 2.0) -> Path:
    image = render.render_page(page, scale)
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


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
    # Print resolution needs fewer outline points than the screen: the PDF is smaller and faster to write
    # (QPdfWriter compresses every page's content stream).
    outlines = render.OutlineCache(limit=2_000, spacing=1.6, cap_steps=2)
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
            for stroke in page:
                render.draw_stroke(painter, stroke, outlines)
            painter.restore()
    finally:
        painter.end()
    return path
