"""Painting ink and page backgrounds with QPainter. Shared by the canvas tiles, thumbnails and export."""

from __future__ import annotations

import ctypes
import logging
import math
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from .. import fonts
from ..ink import Page, PageImage, Stroke, Tool
from ..ink.geometry import (
    PressureCurve,
    arrow_head,
    decimate_many,
    outline,
    outlines_many,
    shape_path,
    widths,
)
from . import backgrounds, pasted_image

log = logging.getLogger(__name__)
CURVE = PressureCurve()
PAPER = "#FFFFFF"  # a page's picture (export, snapshot) starts on white paper, in both themes
RULE_SPACING = 32.0
GRID_SPACING = 24.0


@lru_cache(maxsize=256)
def _color(name: str, opacity: float) -> QColor:
    color = QColor(name)
    if not color.isValid():
        color = QColor("#000000")
    color.setAlphaF(max(0.05, min(1.0, opacity)))
    return color


def qcolor(stroke: Stroke) -> QColor:
    return _color(stroke.color, stroke.opacity)


class OutlineCache:
    """Outlines of pressure strokes in page units, built once per stroke (strokes never change): as numpy
    polygons (closed), built many strokes at a time in one numpy pass (`prepare`), and as the QPainterPaths
    they are drawn with (drawPath of a cached path measured 32 µs against 102 µs for drawPolygon of the same
    outline; a path of many outlines, or one polygon joining them, fills slower than each on its own).

    Bounded: 60,000 polygons at ~1 kB (float32) and 15,000 paths at ~2 kB stay near 90 MB however large
    the board.
    """

    def __init__(
        self, limit: int = 15_000, spacing: float = 0.8, cap_steps: int = 4, xy_limit: int = 60_000
    ) -> None:
        self.limit = limit
        self.xy_limit = xy_limit
        self.spacing = spacing
        self.cap_steps = cap_steps
        self._paths: OrderedDict[str, QPainterPath] = OrderedDict()
        self._xy: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, s: Stroke) -> QPainterPath:
        path = self._paths.get(s.client_id)
        if path is not None:
            self._paths.move_to_end(s.client_id)
            return path
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        xy = self._xy.get(s.client_id)
        if xy is None:
            pts = decimate(s.points, self.spacing)
            xy = outline(pts, widths(pts, s.width, CURVE, True), cap_steps=self.cap_steps)
        path.addPolygon(polygon(xy))
        self._paths[s.client_id] = path
        if len(self._paths) > self.limit:
            self._paths.popitem(last=False)
        return path

    def prepare(self, strokes: Sequence[Stroke]) -> None:
        """Build the outlines of the pressure strokes among these not drawn before, together in one pass."""
        found, paths = self._xy, self._paths
        missing = [s for s in strokes if s.client_id not in found and s.client_id not in paths]
        if missing:
            self._build(missing)

    def _build(self, strokes: list[Stroke]) -> None:
        rows, starts = decimate_many([s.points for s in strokes], self.spacing)
        n = np.diff(starts)
        spread = np.zeros(len(strokes))
        if len(rows):
            begin = np.minimum(starts[:-1], len(rows) - 1)
            for axis in (0, 1):
                span = np.maximum.reduceat(rows[:, axis], begin) - np.minimum.reduceat(rows[:, axis], begin)
                spread = np.maximum(spread, span)
        good = (n >= 2) & (spread >= 1e-6)
        fine = np.nonzero(good)[0]
        if len(fine):
            take = np.concatenate([np.arange(starts[i], starts[i + 1]) for i in fine])
            sub_starts = np.zeros(len(fine) + 1, dtype=np.int64)
            np.cumsum(n[fine], out=sub_starts[1:])
            base = np.array([strokes[i].width for i in fine], dtype=np.float64)
            flat, out_starts = outlines_many(rows[take], sub_starts, base, CURVE, self.cap_steps)
            flat32 = flat.astype(np.float32)
            paths = self._paths
            for j, i in enumerate(fine):
                key = strokes[i].client_id
                self._xy[key] = flat32[out_starts[j] : out_starts[j + 1]]
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.WindingFill)
                path.addPolygon(polygon(flat[out_starts[j] : out_starts[j + 1]]))
                paths[key] = path
            while len(paths) > self.limit:
                paths.popitem(last=False)
        for i in np.nonzero(~good)[0]:  # a dot: its round outline
            s = strokes[i]
            pts = decimate(s.points, self.spacing)
            self._xy[s.client_id] = _closed(
                outline(pts, widths(pts, s.width, CURVE, True), cap_steps=self.cap_steps)
            ).astype(np.float32)
        while len(self._xy) > self.xy_limit:
            self._xy.popitem(last=False)

    def clear(self) -> None:
        self._paths.clear()
        self._xy.clear()

    def __len__(self) -> int:
        return len(self._paths)


def _closed(xy: np.ndarray) -> np.ndarray:
    return np.vstack([xy, xy[:1]]) if len(xy) else xy


OUTLINES = OutlineCache()


def decimate(points: np.ndarray, spacing: float = 0.8) -> np.ndarray:
    """Keep about one point per `spacing` page units travelled (the ends always stay)."""
    if len(points) < 4:
        return points
    delta = points[1:, :2] - points[:-1, :2]
    bucket = np.floor(np.cumsum(np.sqrt(delta[:, 0] * delta[:, 0] + delta[:, 1] * delta[:, 1])) / spacing)
    keep = np.empty(len(points), dtype=bool)
    keep[0] = True
    keep[1] = bucket[0] > 0
    keep[2:] = bucket[1:] > bucket[:-1]
    keep[-1] = True
    return points[keep]


def polygon(xy: np.ndarray) -> QPolygonF:
    """A QPolygonF filled straight from a numpy array (QPointF is two doubles): ~25× faster than a list of
    QPointF, which dominated tile rendering."""
    pts = np.ascontiguousarray(xy, dtype=np.float64)
    poly = QPolygonF()
    if len(pts) == 0:
        return poly
    poly.resize(len(pts))
    address = shiboken6.getCppPointer(poly.data())[0]
    ctypes.memmove(address, pts.ctypes.data, pts.nbytes)
    return poly


def draw_stroke(p: QPainter, s: Stroke, outlines: OutlineCache = OUTLINES) -> None:
    """Draw one finished stroke in page coordinates."""
    if s.tool is Tool.TEXT:
        draw_text(p, s)
        return
    if len(s.points) == 0:
        return
    color = qcolor(s)
    if s.tool.is_shape:
        start, end = s.ends()
        pen = QPen(color, s.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if s.tool is Tool.ELLIPSE:  # a true curve at every zoom and in PDF, not the wire's polyline
            p.drawEllipse(QRectF(QPointF(*start), QPointF(*end)).normalized())
            return
        if s.tool is Tool.CIRCLE:
            r = math.hypot(end[0] - start[0], end[1] - start[1])
            p.drawEllipse(QPointF(*start), r, r)
            return
        p.drawPolyline(polygon(shape_path(s.tool.value, start, end)))
        if s.tool is Tool.ARROW:
            p.drawPolyline(polygon(arrow_head(start, end, s.width)))
        return
    if s.tool is Tool.HIGHLIGHTER or not s.has_pressure:
        pen = QPen(color, s.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        if s.tool is Tool.HIGHLIGHTER:
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        xy = s.points[:, :2]
        if len(xy) == 1:
            p.drawPoint(QPointF(float(xy[0, 0]), float(xy[0, 1])))
        else:
            p.drawPolyline(polygon(xy))
        return
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(color))
    p.drawPath(outlines.get(s))


def fills_as_outline(s: Stroke) -> bool:
    """Drawn as a filled pressure outline (what `draw_strokes` batches)."""
    return (
        s.tool is not Tool.TEXT
        and not s.tool.is_shape
        and s.tool is not Tool.HIGHLIGHTER
        and s.has_pressure
        and len(s.points) > 0
    )


def draw_strokes(p: QPainter, strokes: Sequence[Stroke], outlines: OutlineCache = OUTLINES) -> None:
    """Draw strokes in order, as `draw_stroke` does, with the outlines of those not drawn before built all
    together in one numpy pass first (8× faster than one by one, measured on 3,000 handwriting strokes),
    and the painter's brush set only when the colour changes."""
    filled = [fills_as_outline(s) for s in strokes]
    outlines.prepare([s for s, f in zip(strokes, filled, strict=True) if f])
    brush: QColor | None = None
    for s, f in zip(strokes, filled, strict=True):
        if not f:
            draw_stroke(p, s, outlines)
            brush = None
            continue
        color = qcolor(s)
        if color is not brush:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(color))
            brush = color
        p.drawPath(outlines.get(s))


def fine_centreline(points: np.ndarray, tolerance: float) -> np.ndarray:
    """The stroke's centreline as a curve through its points (centripetal Catmull-Rom: no loops or
    overshoot where the pen slowed down), in pieces that stray at most about `tolerance` page units from
    it (more where it turns, none added where it runs straight); pressure and time are interpolated along.
    Pen events arrive every few pixels, so straight lines between them show as flat runs on a curve once a
    picture is larger than the screen."""
    pts = np.asarray(points, dtype=np.float64)
    if len(pts) > 1:  # repeated points have no direction
        step = np.hypot(*(pts[1:, :2] - pts[:-1, :2]).T)
        pts = pts[np.concatenate([[True], step > 1e-6])]
    n = len(pts)
    if n < 3:
        return pts
    xy = pts[:, :2]
    # one point more at each end, continuing the curve (a mirrored point would make the ends straight)
    ext = np.vstack([3 * xy[0] - 3 * xy[1] + xy[2], xy, 3 * xy[-1] - 3 * xy[-2] + xy[-3]])
    p0, p1, p2, p3 = ext[:-3], ext[1:-2], ext[2:-1], ext[3:]
    chord = np.hypot(*(p2 - p1).T)
    d0 = np.sqrt(np.maximum(np.hypot(*(p1 - p0).T), 1e-9))[:, None]
    d1 = np.sqrt(np.maximum(chord, 1e-9))[:, None]
    d2 = np.sqrt(np.maximum(np.hypot(*(p3 - p2).T), 1e-9))[:, None]
    m1 = ((p1 - p0) / d0 - (p2 - p0) / (d0 + d1) + (p2 - p1) / d1) * d1  # tangents, as a Hermite curve
    m2 = ((p2 - p1) / d1 - (p3 - p1) / (d1 + d2) + (p3 - p2) / d2) * d1
    # a chord c turning through θ strays about c·θ/8 from its arc: k pieces stray c·θ/(8k²)
    turn = np.abs(np.arctan2(m1[:, 0] * m2[:, 1] - m1[:, 1] * m2[:, 0], (m1 * m2).sum(axis=1)))
    counts = np.clip(np.ceil(np.sqrt(chord * turn / (8 * max(tolerance, 1e-4)))), 1, 128).astype(np.int64)
    seg = np.repeat(np.arange(n - 1), counts)
    u = (np.arange(len(seg)) - np.repeat(np.cumsum(counts) - counts, counts)) / counts[seg]
    u = u[:, None]
    u2, u3 = u * u, u * u * u
    curve = (
        (2 * u3 - 3 * u2 + 1) * p1[seg]
        + (u3 - 2 * u2 + u) * m1[seg]
        + (-2 * u3 + 3 * u2) * p2[seg]
        + (u3 - u2) * m2[seg]
    )
    rest = pts[seg, 2:] + (pts[seg + 1, 2:] - pts[seg, 2:]) * u
    return np.vstack([np.hstack([curve, rest]), pts[-1:]])


def draw_stroke_fine(p: QPainter, s: Stroke, scale: float) -> None:
    """One stroke for a picture `scale` pixels per page unit (an export): ink is rebuilt from its smoothed
    centreline at that resolution instead of the screen's cached outline."""
    if s.tool is Tool.TEXT or s.tool.is_shape or len(s.points) < 3:
        draw_stroke(p, s)
        return
    pts = fine_centreline(s.points, 0.1 / max(scale, 0.01))  # within a tenth of a pixel of the curve
    color = qcolor(s)
    if s.tool is Tool.HIGHLIGHTER or not s.has_pressure:
        cap = Qt.PenCapStyle.FlatCap if s.tool is Tool.HIGHLIGHTER else Qt.PenCapStyle.RoundCap
        p.setPen(QPen(color, s.width, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(polygon(pts[:, :2]))
        return
    caps = int(min(48, max(6, s.width * scale)))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addPolygon(polygon(outline(pts, widths(pts, s.width, CURVE, True), cap_steps=caps)))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(color))
    p.drawPath(path)


def text_font(s: Stroke) -> QFont:
    style = s.text_style
    font = fonts.with_ethiopic(QFont(style.font_family if style else "Noto Sans"))
    font.setPixelSize(max(6, round(style.font_size if style else 24)))
    if style:
        font.setBold(style.bold)
        font.setItalic(style.italic)
        font.setUnderline(style.underline)
    return font


def draw_text(p: QPainter, s: Stroke) -> None:
    if not s.text or len(s.points) == 0:
        return
    p.setFont(text_font(s))
    p.setPen(QPen(qcolor(s)))
    x, y = float(s.points[0, 0]), float(s.points[0, 1])
    line_height = (s.text_style.font_size if s.text_style else 24) * 1.25
    for i, line in enumerate(s.text.split("\n")):
        p.drawText(QPointF(x, y + i * line_height), line)


def draw_background(p: QPainter, page: Page, clip: QRectF, scale: float = 1.0) -> None:
    """Paint the page background inside `clip` (page coordinates). `scale` picks raster resolution."""
    bg = page.background
    paper = QColor(bg.color) if QColor(bg.color).isValid() else QColor("#FFFFFF")
    full = QRectF(0, 0, page.width, page.height)
    area = clip.intersected(full)
    p.fillRect(area, paper)
    if bg.kind == "ruled":
        p.setPen(QPen(QColor("#c5d5ea"), 1.0))
        y = RULE_SPACING * 2
        while y < page.height:
            if area.top() - 1 <= y <= area.bottom() + 1:
                p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            y += RULE_SPACING
        if area.left() <= 80 <= area.right():
            p.setPen(QPen(QColor("#f2b8b5"), 1.2))
            p.drawLine(QPointF(80, area.top()), QPointF(80, area.bottom()))
    elif bg.kind == "graph":
        minor, major = QPen(QColor("#e3e8f0"), 0.8), QPen(QColor("#c9d2e0"), 1.0)
        start = int(area.left() // GRID_SPACING)
        for i in range(start, int(area.right() // GRID_SPACING) + 2):
            x = i * GRID_SPACING
            p.setPen(major if i % 5 == 0 else minor)
            p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        start = int(area.top() // GRID_SPACING)
        for i in range(start, int(area.bottom() // GRID_SPACING) + 2):
            y = i * GRID_SPACING
            p.setPen(major if i % 5 == 0 else minor)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    elif bg.kind in ("pdf", "image") and bg.source:
        image = backgrounds.raster(bg, max(1, round(scale * 2)) / 2)
        if image is not None and not image.isNull():
            target = fit_rect(image.width(), image.height(), page.width, page.height)
            p.drawImage(target, image)


_PICTURES: OrderedDict[int, tuple[bytes, QImage]] = OrderedDict()  # id(png) → (png kept alive, decoded)
PICTURES_KEPT = 24


def picture(image: PageImage) -> QImage:
    """A pasted picture decoded once, through the same header check as a paste (a damaged cache is no
    safer than the clipboard); one that does not read is drawn as nothing."""
    key = id(image.png)
    found = _PICTURES.get(key)
    if found is not None and found[0] is image.png:
        _PICTURES.move_to_end(key)
        return found[1]
    try:
        decoded = pasted_image.read_image(image.png)
    except pasted_image.PastedImageError:
        decoded = QImage()
    _PICTURES[key] = (image.png, decoded)
    while len(_PICTURES) > PICTURES_KEPT:
        _PICTURES.popitem(last=False)
    return decoded


def draw_images(p: QPainter, page: Page, clip: QRectF) -> None:
    """The page's pasted pictures touching `clip` (page coordinates), bottom first: under the ink."""
    if not page.images:
        return
    p.save()
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for image in page.images.values():
        target = QRectF(image.x, image.y, image.w, image.h)
        if target.intersects(clip):
            p.drawImage(target, picture(image))
    p.restore()


def fit_rect(w: float, h: float, page_w: float, page_h: float) -> QRectF:
    ratio = min(page_w / w, page_h / h)
    tw, th = w * ratio, h * ratio
    return QRectF((page_w - tw) / 2, (page_h - th) / 2, tw, th)


def render_page(page: Page, scale: float, strokes: list[Stroke] | None = None, fine: bool = False) -> QImage:
    """The whole page as an image (export, thumbnails). `fine` (an export) draws each stroke from its
    smoothed centreline at this scale; thumbnails use the cached outlines."""
    image = QImage(
        max(1, round(page.width * scale)),
        max(1, round(page.height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(scale, scale)
    draw_background(p, page, QRectF(0, 0, page.width, page.height), scale)
    draw_images(p, page, QRectF(0, 0, page.width, page.height))
    for s in strokes if strokes is not None else page:
        if fine:
            draw_stroke_fine(p, s, scale)
        else:
            draw_stroke(p, s)
    p.end()
    return image
