"""CanvasView: pen-tablet-first drawing on a tiled, cached page.

Finished strokes live in tile images at the current zoom, re-rendered only for the viewport; the live
stroke is drawn on top and only its new segment's rectangle is repainted per pen event, so the cost of a pen
event does not grow with the number of strokes on the page.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QWidget

from .. import geez_input, theme
from ..ink import Page, Stroke, Tool, new_id
from ..ink.geometry import PressureCurve, Stabilizer, distance_to_polyline, drag_box, shape_path, smooth
from ..ink.stroke import TextStyle, make_points
from ..store import CacheError
from ..store.boards import BoardStore
from . import guide, render
from .commands import ReplaceStrokes

log = logging.getLogger(__name__)
TILE = 256
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
SNAPSHOT_KEY = (-1, 0, 0)
TILE_SLICE_S = 0.006  # tile rendering runs in slices this long between events, never inside paintEvent


@dataclass
class ToolSettings:
    tool: Tool = Tool.PEN
    color: str = "#1a237e"
    width: float = 3.0
    smoothing: float = 0.3
    font_size: float = 24.0
    font_family: str = "Noto Sans"
    eraser_radius: float = 10.0
    area_eraser: bool = False
    highlighter_opacity: float = 0.35


@dataclass
class TileJob:
    image: QImage
    rect: QRectF  # page units
    zoom: float
    pending: deque[Stroke] | None  # None until the job's first slice looks its strokes up


@dataclass
class LiveStroke:
    tool: Tool
    color: str
    width: float
    opacity: float
    has_pressure: bool
    t0: float
    rows: list[tuple[float, float, float, float]] = field(default_factory=list)
    stabilizer: Stabilizer | None = None


class CanvasView(QWidget):
    """One page of a board at a time. Emits `changed` after every saved change (thumbnails, sync state)."""

    changed = Signal()
    saveFailed = Signal(str)  # the cache refused a change (a full disk): it is kept here and retried
    saved = Signal()  # every change kept here is written now
    zoomChanged = Signal(float)
    toolChanged = Signal(str)
    SELECT = "select"
    LASER = "laser"

    def __init__(self, store: BoardStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.page: Page | None = None
        self.settings = ToolSettings()
        self.mode: str = Tool.PEN.value  # a Tool value, "select" or "laser"
        self.undo_stack = QUndoStack(self)
        self.curve = PressureCurve()
        self.zoom = 1.0
        self.offset = QPointF(24, 24)
        self.tiles: dict[tuple[int, int, int], QImage] = {}  # (zoom key, ix, iy) → finished tile
        theme.notifier().changed.connect(
            self.page_loaded
        )  # render again: the desk around the page is the theme's
        self.jobs: dict[tuple[int, int, int], TileJob] = {}  # tiles still rendering
        self.wanted: set[tuple[int, int, int]] = set()  # seen missing by the last paint
        self.last_zoom_key: int | None = None
        self._pump_scheduled = False
        self.snapshot: QImage | None = None  # the whole page at 1:1, shown while tiles or ink load
        self._snapshot_save = QTimer(self)
        self._snapshot_save.setSingleShot(True)
        self._snapshot_save.setInterval(1500)
        self._snapshot_save.timeout.connect(self._save_snapshot)
        self.live: LiveStroke | None = None
        self.shape_start: QPointF | None = None
        self.shape_end: QPointF | None = None
        self.shape_mods = Qt.KeyboardModifier.NoModifier  # Shift: a square or circle; Alt: from the centre
        self.shape_rect = QRect()  # where the shape's preview was last painted (view pixels)
        self.lasso: list[tuple[float, float]] = []
        self.selection: list[Stroke] = []
        self.drag_from: QPointF | None = None
        self.drag_delta = QPointF(0, 0)
        self.erased: dict[str, Stroke] = {}
        self.eraser_path: list[tuple[float, float]] = []
        self.eraser_ring = QRect()  # where the eraser's ring was last painted (view pixels)
        self.laser: list[tuple[float, float, float]] = []
        self.pan_from: QPointF | None = None
        self.space_down = False
        self.pen_is_eraser = False
        self.editor: QLineEdit | None = None
        self.on_text_typing: Callable[[str, float, float], None] | None = None
        self.on_pointer: Callable[[float, float], None] | None = None  # page coordinates (live cursor)
        self.remote_name = "Student"
        self.remote_cursor: tuple[float, float] | None = None  # the student's pointer, live
        self.remote_typing: tuple[str, float, float] | None = None  # what the student is typing, live
        self.student_area: guide.Area | None = None  # the student's visible canvas: a guide in lessons
        self.auto_fit = True  # follow the window's size until the tutor zooms or pans
        self.presses_from = 0.0  # time.monotonic() before which a press draws nothing (see hold_presses)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(320, 240))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._laser_timer = QTimer(self)
        self._laser_timer.timeout.connect(self._fade_laser)
        self._laser_timer.setInterval(33)
        self.unsaved: list[tuple[Page, list[Stroke], list[Stroke]]] = []  # in order, written when possible
        self._save_retry = QTimer(self)
        self._save_retry.setInterval(3000)
        self._save_retry.timeout.connect(self._retry_saves)

    # -- page and view ------------------------------------------------------------------------------------

    def set_page(self, page: Page | None) -> None:
        self._finish_text()
        if self._snapshot_save.isActive():
            self._snapshot_save.stop()
            self._save_snapshot()
        self.page = page
        self.selection = []
        self.tiles.clear()
        self.jobs.clear()
        self.wanted.clear()
        self.last_zoom_key = None
        self.snapshot = None
        if page is not None and self.store is not None:
            png = self.store.snapshot(page.page_id)
            if png:
                image = QImage.fromData(png)
                self.snapshot = None if image.isNull() else image
        if self.auto_fit:
            self.fit_page()
        self.update()

    def to_page(self, pos: QPointF) -> QPointF:
        return QPointF((pos.x() - self.offset.x()) / self.zoom, (pos.y() - self.offset.y()) / self.zoom)

    def to_view(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.zoom + self.offset.x(), y * self.zoom + self.offset.y())

    def view_rect(self, box: tuple[float, float, float, float]) -> QRect:
        a = self.to_view(box[0], box[1])
        b = self.to_view(box[2], box[3])
        return QRectF(a, b).normalized().toAlignedRect().adjusted(-2, -2, 2, 2)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        self.auto_fit = False
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        at = self.to_page(anchor)
        self.zoom = zoom
        self.offset = QPointF(anchor.x() - at.x() * zoom, anchor.y() - at.y() * zoom)
        self._drop_other_zoom_tiles()
        self.zoomChanged.emit(zoom)
        self.update()

    def fit_page(self) -> None:
        self.auto_fit = True
        if self.page is None or self.width() < 10:
            return
        margin = 24
        zoom = min(
            (self.width() - 2 * margin) / self.page.width, (self.height() - 2 * margin) / self.page.height
        )
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.offset = QPointF(
            (self.width() - self.page.width * self.zoom) / 2,
            (self.height() - self.page.height * self.zoom) / 2,
        )
        self._drop_other_zoom_tiles()
        self.zoomChanged.emit(self.zoom)
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        self.auto_fit = False
        self.offset += QPointF(dx, dy)
        self.update()

    def _zoom_key(self) -> int:
        return round(self.zoom * 1000)

    def _drop_other_zoom_tiles(self) -> None:
        """Keep the current zoom and the fallback zoom; drop unfinished work for any other."""
        keep = {self._zoom_key(), self.last_zoom_key}
        self.jobs = {k: v for k, v in self.jobs.items() if k[0] in keep}
        if len(self.tiles) > 300:
            self.tiles = {k: v for k, v in self.tiles.items() if k[0] in keep}

    def set_mode(self, mode: str) -> None:
        self._finish_text()
        self.mode = mode
        self.selection = [] if mode != self.SELECT else self.selection
        self.setCursor(Qt.CursorShape.ArrowCursor if mode == self.SELECT else Qt.CursorShape.CrossCursor)
        self.toolChanged.emit(mode)
        self.update()

    # -- tiles --------------------------------------------------------------------------------------------

    def _tile_page_rect(self, ix: int, iy: int) -> QRectF:
        size = TILE / self.zoom
        return QRectF(ix * size, iy * size, size, size)

    def _start_job(self, key: tuple[int, int, int]) -> TileJob:
        """A tile to render in slices: paper and background now, strokes as time allows."""
        assert self.page is not None
        zoom = key[0] / 1000
        size = TILE / zoom
        rect = QRectF(key[1] * size, key[2] * size, size, size)
        dpr = self.devicePixelRatioF()
        image = QImage(round(TILE * dpr), round(TILE * dpr), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(QColor(theme.current().desk))
        page_rect = QRectF(0, 0, self.page.width, self.page.height)
        on_page = rect.intersects(page_rect)
        if on_page:
            p = self._tile_painter(image, rect, zoom)
            render.draw_background(p, self.page, rect, zoom)
            p.end()
        job = TileJob(image=image, rect=rect, zoom=zoom, pending=None if on_page else deque())
        self.jobs[key] = job
        return job

    def _tile_painter(self, image: QImage, rect: QRectF, zoom: float) -> QPainter:
        assert self.page is not None
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(zoom, zoom)
        p.translate(-rect.left(), -rect.top())
        p.setClipRect(QRectF(0, 0, self.page.width, self.page.height).intersected(rect))
        return p

    def page_loaded(self) -> None:
        """The page's strokes arrived (it was shown from its snapshot meanwhile): render it for real."""
        self.tiles.clear()
        self.jobs.clear()
        self.update()

    def render_pending(self, budget_s: float) -> bool:
        """Advance tile jobs, visible ones first, for about `budget_s`. True if work remains."""
        if self.wanted and self.page is not None and self.page.loaded:
            current = self._zoom_key()
            for key in self.wanted:
                if key[0] == current and key not in self.jobs and key not in self.tiles:
                    self._start_job(key)
        self.wanted.clear()
        if not self.jobs:
            return self._start_snapshot_job()
        started = time.perf_counter()
        current = self._zoom_key()
        visible = self._visible_keys()
        order = sorted(self.jobs, key=lambda k: (k not in visible, k[0] != current))
        for key in order:
            job = self.jobs[key]
            if job.pending is None:
                assert self.page is not None
                r = job.rect
                job.pending = deque(self.page.in_rect((r.left(), r.top(), r.right(), r.bottom())))
            p = self._tile_painter(job.image, job.rect, job.zoom)
            while job.pending and time.perf_counter() - started < budget_s:
                render.draw_stroke(p, job.pending.popleft())
            p.end()
            if not job.pending:
                del self.jobs[key]
                if key == SNAPSHOT_KEY:
                    self.snapshot = job.image
                    self._snapshot_save.start()
                    continue
                self.tiles[key] = job.image
                if key[0] == current:
                    self.update(self._tile_target(key[1], key[2]).toAlignedRect())
            if time.perf_counter() - started >= budget_s:
                break
        return bool(self.jobs) or self._start_snapshot_job()

    def _pump(self) -> None:
        """Renders tiles between events. Paused while the pen is down: the tutor's ink comes first."""
        self._pump_scheduled = False
        if self.live is not None or self.shape_start is not None:
            self._schedule_pump(16)
            return
        if self.render_pending(TILE_SLICE_S):
            self._schedule_pump(0)

    def _schedule_pump(self, delay_ms: int = 0) -> None:
        if not self._pump_scheduled:
            self._pump_scheduled = True
            QTimer.singleShot(delay_ms, self._pump)

    def _start_snapshot_job(self) -> bool:
        """When nothing else is pending, re-draw the page snapshot if it is missing (after an erase, say)."""
        page = self.page
        if (
            page is None
            or not page.loaded
            or self.snapshot is not None
            or self.store is None
            or not len(page)
        ):
            return False
        image = QImage(round(page.width), round(page.height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#FFFFFF"))
        rect = QRectF(0, 0, page.width, page.height)
        p = self._tile_painter(image, rect, 1.0)
        render.draw_background(p, page, rect, 1.0)
        p.end()
        self.jobs[SNAPSHOT_KEY] = TileJob(image=image, rect=rect, zoom=1.0, pending=None)
        return True

    def _save_snapshot(self) -> None:
        if self.snapshot is None or self.page is None or self.store is None:
            return
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.snapshot.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide wants str
        buffer.close()
        try:
            self.store.save_snapshot(self.page.page_id, bytes(data.data()))
        except CacheError:  # only a picture shown while ink loads: the strokes themselves matter
            log.warning("page snapshot not saved")

    def _visible_keys(self) -> set[tuple[int, int, int]]:
        if self.page is None:
            return set()
        size = TILE / self.zoom
        a, b = self.to_page(QPointF(0, 0)), self.to_page(QPointF(self.width(), self.height()))
        key = self._zoom_key()
        cols, rows = math.ceil(self.page.width / size), math.ceil(self.page.height / size)
        return {
            (key, ix, iy)
            for ix in range(max(0, math.floor(a.x() / size)), min(cols - 1, math.floor(b.x() / size)) + 1)
            for iy in range(max(0, math.floor(a.y() / size)), min(rows - 1, math.floor(b.y() / size)) + 1)
        }

    def _tile_target(self, ix: int, iy: int) -> QRectF:
        return QRectF(self.offset.x() + ix * TILE, self.offset.y() + iy * TILE, TILE, TILE)

    def _draw_onto_tiles(self, strokes: list[Stroke]) -> None:
        """A finished stroke is painted onto the cached tiles it touches: no tile is re-rendered.
        Tiles still rendering get it queued after their other strokes, so drawing order holds."""
        assert self.page is not None
        if self.snapshot is not None:
            p = self._tile_painter(self.snapshot, QRectF(0, 0, self.page.width, self.page.height), 1.0)
            for s in strokes:
                render.draw_stroke(p, s)
            p.end()
            self._snapshot_save.start()
        for s in strokes:
            x0, y0, x1, y1 = s.bbox
            for key, image in list(self.tiles.items()):
                zoom = key[0] / 1000
                size = TILE / zoom
                if not (
                    key[1] * size <= x1
                    and (key[1] + 1) * size >= x0
                    and key[2] * size <= y1
                    and (key[2] + 1) * size >= y0
                ):
                    continue
                p = self._tile_painter(image, QRectF(key[1] * size, key[2] * size, size, size), zoom)
                render.draw_stroke(p, s)
                p.end()
            for job in self.jobs.values():
                r = job.rect
                if (
                    job.pending is not None
                    and r.left() <= x1
                    and r.right() >= x0
                    and r.top() <= y1
                    and r.bottom() >= y0
                ):
                    job.pending.append(s)  # (a job that has not looked yet will find it in the page)
            self.update(self.view_rect(s.bbox))

    def _invalidate(self, boxes: list[tuple[float, float, float, float]]) -> None:
        """Forget every cached tile (all zooms) under these boxes; they re-render when next painted."""
        if not boxes:
            return
        self.snapshot = None  # redrawn when the canvas is idle
        self.jobs.pop(SNAPSHOT_KEY, None)
        for store in (self.tiles, self.jobs):
            doomed = []
            for key in store:
                size = TILE / (key[0] / 1000)
                tile = (key[1] * size, key[2] * size, (key[1] + 1) * size, (key[2] + 1) * size)
                if any(
                    not (b[2] < tile[0] or b[0] > tile[2] or b[3] < tile[1] or b[1] > tile[3]) for b in boxes
                ):
                    doomed.append(key)
            for key in doomed:
                del store[key]
        for b in boxes:
            self.update(self.view_rect(b))

    # -- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Only blits: missing tiles show a scaled copy from another zoom (or paper) and render later."""
        p = QPainter(self)
        dirty = QRectF(event.rect())
        p.fillRect(dirty, QColor(theme.current().desk))
        if self.page is None:
            p.end()
            return
        size = TILE / self.zoom
        view_to_page = self.to_page(dirty.topLeft()), self.to_page(dirty.bottomRight())
        page_tiles = (math.ceil(self.page.width / size), math.ceil(self.page.height / size))
        key = self._zoom_key()
        missing = False
        loading = not self.page.loaded
        for ix in range(
            max(0, math.floor(view_to_page[0].x() / size)),
            min(page_tiles[0] - 1, math.floor(view_to_page[1].x() / size)) + 1,
        ):
            for iy in range(
                max(0, math.floor(view_to_page[0].y() / size)),
                min(page_tiles[1] - 1, math.floor(view_to_page[1].y() / size)) + 1,
            ):
                image = None if loading else self.tiles.get((key, ix, iy))
                if image is None:
                    missing = not loading
                    if not loading and (key, ix, iy) not in self.jobs:
                        self.wanted.add((key, ix, iy))  # the pump starts it: paint only blits
                    self._draw_fallback(p, ix, iy)
                    continue
                p.drawImage(self._tile_target(ix, iy), image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(theme.current().page_edge), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(
            QRectF(
                self.offset.x() - 0.5,
                self.offset.y() - 0.5,
                self.page.width * self.zoom + 1,
                self.page.height * self.zoom + 1,
            )
        )
        p.translate(self.offset)
        p.scale(self.zoom, self.zoom)
        self._paint_overlays(p, QRectF(*_xy(view_to_page[0]), *_wh(view_to_page)))
        p.end()
        if missing:
            self._schedule_pump(0)
        elif key != self.last_zoom_key:
            self.last_zoom_key = key  # a complete view: the fallback for the next zoom

    def _draw_fallback(self, p: QPainter, ix: int, iy: int) -> None:
        """While a tile renders, show the area from the last complete zoom (scaled), else paper."""
        target = self._tile_target(ix, iy)
        p.fillRect(target, QColor(self.page.background.color if self.page else "#FFFFFF"))
        if self.snapshot is not None and self.page is not None:
            p.save()
            p.setClipRect(target)
            p.drawImage(
                QRectF(
                    self.offset.x(),
                    self.offset.y(),
                    self.page.width * self.zoom,
                    self.page.height * self.zoom,
                ),
                self.snapshot,
            )
            p.restore()
        old = self.last_zoom_key
        if old is None or old == self._zoom_key():
            return
        want = self._tile_page_rect(ix, iy)
        size = TILE / (old / 1000)
        p.save()
        p.setClipRect(target)
        for ox in range(math.floor(want.left() / size), math.floor(want.right() / size) + 1):
            for oy in range(math.floor(want.top() / size), math.floor(want.bottom() / size) + 1):
                image = self.tiles.get((old, ox, oy))
                if image is not None:
                    a = self.to_view(ox * size, oy * size)
                    b = self.to_view((ox + 1) * size, (oy + 1) * size)
                    p.drawImage(QRectF(a, b), image)
        p.restore()

    def _paint_overlays(self, p: QPainter, clip: QRectF) -> None:
        if self.student_area is not None and self.page is not None:
            label = f"{self.remote_name}'s screen ends here"
            guide.paint(p, self.student_area, (self.page.width, self.page.height), self.zoom, label)
        live = self.live
        if live is not None and live.rows:
            self._paint_live(p, live, clip)
        preview = self.shape_stroke()
        if preview is not None:
            render.draw_stroke(p, preview)
        if self.lasso:
            marquee = QColor(theme.current().marquee)
            p.setPen(QPen(marquee, 1.2 / self.zoom, Qt.PenStyle.DashLine))
            marquee.setAlpha(20)
            p.setBrush(marquee)
            p.drawPolygon(render.polygon(np.asarray(self.lasso)))
        if self.selection:
            box = _union([s.bbox for s in self.selection])
            d = self.drag_delta
            p.setPen(QPen(QColor(theme.current().marquee), 1.5 / self.zoom, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(box[0] + d.x(), box[1] + d.y(), box[2] - box[0], box[3] - box[1]))
            if not d.isNull():
                p.save()
                p.translate(d)
                p.setOpacity(0.6)
                for s in self.selection:
                    render.draw_stroke(p, s)
                p.restore()
        if self.laser:
            now = time.monotonic()
            for i in range(1, len(self.laser)):
                (x0, y0, t0), (x1, y1, _t1) = self.laser[i - 1], self.laser[i]
                alpha = max(0.0, 1.0 - (now - t0) / 1.0)
                laser = QColor(theme.current().laser)
                laser.setAlpha(int(220 * alpha))
                p.setPen(
                    QPen(
                        laser,
                        5 / self.zoom,
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                    )
                )
                p.drawLine(QPointF(x0, y0), QPointF(x1, y1))
        self._paint_remote(p)
        if self.mode == Tool.ERASER.value and self.eraser_path:
            x, y = self.eraser_path[-1]
            p.setPen(QPen(QColor(theme.current().snap_guide), 1 / self.zoom))
            p.setBrush(Qt.BrushStyle.NoBrush)
            r = self.eraser_radius()
            p.drawEllipse(QPointF(x, y), r, r)

    def _paint_remote(self, p: QPainter) -> None:
        """The student's pointer and live typing, drawn over the page (never stored)."""
        if self.remote_cursor is not None:
            x, y = self.remote_cursor
            pointer = QColor(theme.current().remote_pointer)
            p.setPen(QPen(QColor(theme.current().on_primary), 2 / self.zoom))
            p.setBrush(pointer)
            p.drawEllipse(QPointF(x, y), 6 / self.zoom, 6 / self.zoom)
            font = p.font()
            font.setPointSizeF(max(1.0, 9 / self.zoom))
            p.setFont(font)
            p.setPen(pointer)
            p.drawText(QPointF(x + 9 / self.zoom, y - 8 / self.zoom), self.remote_name)
        if self.remote_typing is not None:
            text, x, y = self.remote_typing
            font = p.font()
            font.setPointSizeF(max(1.0, 18.0))
            p.setFont(font)
            typing = QColor(theme.current().remote_pointer)
            typing.setAlpha(170)
            p.setPen(typing)
            p.drawText(QPointF(x, y), text + "▏")

    def set_student_area(self, area: guide.Area | None) -> None:
        self.student_area = area
        self.update()

    def show_remote(
        self, cursor: tuple[float, float] | None = None, typing: tuple[str, float, float] | None = None
    ) -> None:
        if cursor is not None:
            self.remote_cursor = cursor
        if typing is not None:
            self.remote_typing = typing if typing[0] else None
        self.update()

    def _paint_live(self, p: QPainter, live: LiveStroke, clip: QRectF) -> None:
        """Only the live stroke's segments inside the repainted rectangle are drawn."""
        rows = np.asarray(live.rows, dtype=np.float64)
        color = QColor(live.color)
        color.setAlphaF(live.opacity)
        if len(rows) == 1:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            r = live.width * (self.curve.factors(rows[:1, 2])[0] if live.has_pressure else 1) / 2
            p.drawEllipse(QPointF(rows[0, 0], rows[0, 1]), r, r)
            return
        a, b = rows[:-1], rows[1:]
        pad = live.width
        inside = ~(
            (np.maximum(a[:, 0], b[:, 0]) + pad < clip.left())
            | (np.minimum(a[:, 0], b[:, 0]) - pad > clip.right())
            | (np.maximum(a[:, 1], b[:, 1]) + pad < clip.top())
            | (np.minimum(a[:, 1], b[:, 1]) - pad > clip.bottom())
        )
        factors = self.curve.factors(b[:, 2]) if live.has_pressure else np.ones(len(b))
        cap = Qt.PenCapStyle.FlatCap if live.tool is Tool.HIGHLIGHTER else Qt.PenCapStyle.RoundCap
        pen = QPen(color, live.width, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin)
        for i in np.nonzero(inside)[0]:
            pen.setWidthF(max(0.5, live.width * float(factors[i])))
            p.setPen(pen)
            p.drawLine(QPointF(a[i, 0], a[i, 1]), QPointF(b[i, 0], b[i, 1]))

    # -- input: tablet first --------------------------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        self.shape_mods = event.modifiers()
        pos = event.position()
        kind = event.type()
        eraser_end = event.pointerType() == QPointingDevice.PointerType.Eraser
        if kind == QEvent.Type.TabletPress:
            self.pen_is_eraser = eraser_end
            self._press(pos, event.pressure(), True, event.button())
        elif kind == QEvent.Type.TabletMove:
            if event.buttons() != Qt.MouseButton.NoButton or self.live is not None:
                self._move(pos, event.pressure(), True)
        elif kind == QEvent.Type.TabletRelease:
            self._release(pos, event.pressure(), True)
            self.pen_is_eraser = False
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.shape_mods = event.modifiers()
        if event.button() == Qt.MouseButton.MiddleButton or self.space_down:
            self.pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position(), 0.5, False, event.button())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.shape_mods = event.modifiers()
        if self.pan_from is not None:
            d = event.position() - self.pan_from
            self.pan_from = event.position()
            self.pan(d.x(), d.y())
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move(event.position(), 0.5, False)
        elif self.mode == self.LASER:
            self._laser_point(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.shape_mods = event.modifiers()
        if self.pan_from is not None:
            self.pan_from = None
            self.setCursor(Qt.CursorShape.CrossCursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position(), 0.5, False)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * math.pow(1.0015, event.angleDelta().y()), event.position())
        else:
            d = event.pixelDelta() if not event.pixelDelta().isNull() else event.angleDelta() / 2
            self.pan(d.x(), d.y())
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        # Moved to a screen with another pixel density: tiles were rendered for the old one.
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self.tiles.clear()
            self.jobs.clear()
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom * (1 + event.value()), event.position())
            return True
        return super().event(event)

    def _shape_keys(self, event: QKeyEvent) -> bool:
        """Shift or Alt pressed or let go mid-drag reshapes the preview at once, as drawing apps do."""
        flag = {
            Qt.Key.Key_Shift: Qt.KeyboardModifier.ShiftModifier,
            Qt.Key.Key_Alt: Qt.KeyboardModifier.AltModifier,
        }
        key = Qt.Key(event.key())
        if self.shape_start is None or key not in flag:
            return False
        # platforms differ on whether a modifier's own event already counts it: go by the key
        mods = event.modifiers()
        pressed = event.type() == QEvent.Type.KeyPress
        self.shape_mods = mods | flag[key] if pressed else mods & ~flag[key]
        self._update_shape_preview()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._shape_keys(event):
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_down = True
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selection:
            self.delete_selection()
        elif event.key() == Qt.Key.Key_Escape:
            self.selection = []
            self.update()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self._shape_keys(event):
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_down = False
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            super().keyReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_page()

    # -- gestures → tools ----------------------------------------------------------------------------------

    def _effective_tool(self) -> str:
        return Tool.ERASER.value if self.pen_is_eraser else self.mode

    def hold_presses(self, ms: int) -> None:
        """Draw nothing for a press in the next `ms`: a board opened by the first click of a double-click
        would otherwise take the second click as a dot, sent live to the student."""
        self.presses_from = time.monotonic() + ms / 1000

    def _press(self, pos: QPointF, pressure: float, tablet: bool, _button: Qt.MouseButton) -> None:
        if self.page is None or time.monotonic() < self.presses_from:
            return
        self.setFocus()
        at = self.to_page(pos)
        mode = self._effective_tool()
        if mode in (Tool.PEN.value, Tool.HIGHLIGHTER.value):
            tool = Tool(mode)
            s = self.settings
            width = s.width * (3 if tool is Tool.HIGHLIGHTER else 1)
            self.live = LiveStroke(
                tool=tool,
                color=s.color,
                width=width,
                opacity=s.highlighter_opacity if tool is Tool.HIGHLIGHTER else 1.0,
                has_pressure=tablet and tool is Tool.PEN,
                t0=time.time() * 1000,
                stabilizer=Stabilizer(s.smoothing) if s.smoothing > 0 else None,
            )
            self._add_live_point(at, pressure)
        elif mode == Tool.ERASER.value:
            self.erased = {}
            self.eraser_path = [(at.x(), at.y())]
            self._erase_at(at)
        elif mode == Tool.TEXT.value:
            self._start_text(at)
        elif mode == self.SELECT:
            box = _union([s.bbox for s in self.selection]) if self.selection else None
            if box and box[0] <= at.x() <= box[2] and box[1] <= at.y() <= box[3]:
                self.drag_from = at
                self.drag_delta = QPointF(0, 0)
            else:
                self.selection = []
                self.lasso = [(at.x(), at.y())]
        elif mode == self.LASER:
            self._laser_point(pos)
        else:  # shapes
            self.shape_start = at
            self.shape_end = at
        self.update()

    def _move(self, pos: QPointF, pressure: float, _tablet: bool) -> None:
        if self.page is None:
            return
        at = self.to_page(pos)
        if self.on_pointer is not None:
            self.on_pointer(at.x(), at.y())
        mode = self._effective_tool()
        if self.live is not None:
            self._add_live_point(at, pressure)
        elif mode == Tool.ERASER.value and self.eraser_path:
            self.eraser_path.append((at.x(), at.y()))
            self._erase_at(at)
        elif self.shape_start is not None:
            self.shape_end = at
            self._update_shape_preview()
        elif self.drag_from is not None:
            self.drag_delta = at - self.drag_from
            self.update()
        elif self.lasso:
            self.lasso.append((at.x(), at.y()))
            self.update()
        elif mode == self.LASER:
            self._laser_point(pos)

    def _release(self, pos: QPointF, pressure: float, tablet: bool) -> None:
        if self.page is None:
            return
        at = self.to_page(pos)
        mode = self._effective_tool()
        if self.live is not None:
            self._add_live_point(at, pressure if tablet else 0.5, final=True)
            self._finish_live()
        elif mode == Tool.ERASER.value and self.eraser_path:
            self._finish_erase()
        elif self.shape_start is not None:
            self.shape_end = at
            s = self.shape_stroke()
            self.shape_start = self.shape_end = None
            self._update_shape_preview()
            if s is not None and math.hypot(*np.subtract(*s.ends())) > 2:
                self.commit([s], [], f"Draw {s.tool.value}")
        elif self.drag_from is not None:
            d = self.drag_delta
            self.drag_from = None
            self.drag_delta = QPointF(0, 0)
            if abs(d.x()) + abs(d.y()) > 0.5:
                moved = [s.translated(d.x(), d.y()) for s in self.selection]
                self.commit(moved, list(self.selection), "Move")
                self.selection = moved
            self.update()
        elif self.lasso:
            self.selection = (
                self.page.in_lasso(self.lasso) if len(self.lasso) > 2 else self.page.hit(at.x(), at.y(), 4)
            )
            self.lasso = []
            self.update()

    def shape_stroke(self) -> Stroke | None:
        """The shape being dragged, as it will be kept. Rectangles and circles go corner to corner (the
        circle is the ellipse inscribed in the box, so it stays where the tutor dragged); Shift makes a
        square or a circle, Alt draws from the centre, as drawing apps do."""
        start, end = self.shape_start, self.shape_end
        if start is None or end is None or self.mode not in {t.value for t in Tool}:
            return None
        tool = Tool(self.mode)
        a, b = _xy(start), _xy(end)
        if tool in (Tool.RECTANGLE, Tool.CIRCLE):
            tool = Tool.ELLIPSE if tool is Tool.CIRCLE else tool
            mods = self.shape_mods
            a, b = drag_box(
                a,
                b,
                square=bool(mods & Qt.KeyboardModifier.ShiftModifier),
                centred=bool(mods & Qt.KeyboardModifier.AltModifier),
            )
        return Stroke(
            client_id=new_id(),
            tool=tool,
            color=self.settings.color,
            width=self.settings.width,
            points=make_points([(a[0], a[1], 1, 0), (b[0], b[1], 1, 0)]),
            t0=time.time() * 1000,
            has_pressure=False,
        )

    def _update_shape_preview(self) -> None:
        """Repaint where the preview was and where it is now (nothing once the shape is done)."""
        s = self.shape_stroke()
        rect = self.view_rect(s.bbox).adjusted(-4, -4, 4, 4) if s is not None else QRect()
        self.update(self.shape_rect.united(rect))
        self.shape_rect = rect

    def _add_live_point(self, at: QPointF, pressure: float, final: bool = False) -> None:
        live = self.live
        assert live is not None
        x, y = at.x(), at.y()
        if live.stabilizer is not None and not final:
            x, y = live.stabilizer.feed(x, y)
        t = time.time() * 1000 - live.t0
        if live.rows and final:
            px, py = live.rows[-1][0], live.rows[-1][1]
            if abs(px - x) < 0.05 and abs(py - y) < 0.05:
                return
        p = max(0.0, min(1.0, pressure if live.has_pressure else 0.5))
        if final and live.has_pressure and live.rows:
            p = live.rows[-1][2]  # the release reports zero pressure: keep the last real one
        live.rows.append((x, y, p, t))
        n = len(live.rows)
        a = live.rows[max(0, n - 2)]
        pad = live.width + 2
        self.update(
            self.view_rect((min(a[0], x) - pad, min(a[1], y) - pad, max(a[0], x) + pad, max(a[1], y) + pad))
        )

    def _finish_live(self) -> None:
        live = self.live
        self.live = None
        assert live is not None
        points = make_points(live.rows)
        if live.tool is Tool.PEN:
            points = smooth(points, self.settings.smoothing)
        s = Stroke(
            client_id=new_id(),
            tool=live.tool,
            color=live.color,
            width=live.width,
            points=points,
            t0=live.t0,
            opacity=live.opacity,
            has_pressure=live.has_pressure,
        )
        self.commit([s], [], "Draw")

    def eraser_radius(self) -> float:
        """The eraser is sized on screen; in page units it shrinks as the tutor zooms in."""
        return self.settings.eraser_radius / max(self.zoom, 0.1)

    def _erase_at(self, at: QPointF) -> None:
        assert self.page is not None
        r = self.eraser_radius()
        if not self.settings.area_eraser:
            hit = [s for s in self.page.hit(at.x(), at.y(), r) if s.client_id not in self.erased]
            if hit:
                for s in hit:
                    self.erased[s.client_id] = s
                self.change_strokes(self.page, remove=hit, add=[], save=False)
        self._move_eraser_ring(
            self.view_rect((at.x() - r - 4, at.y() - r - 4, at.x() + r + 4, at.y() + r + 4))
        )

    def _move_eraser_ring(self, ring: QRect) -> None:
        """Repaint where the ring was and where it is now (an empty rect: it is gone): a quick eraser
        leaves no ghost circles behind."""
        self.update(self.eraser_ring.united(ring))
        self.eraser_ring = ring

    def _finish_erase(self) -> None:
        assert self.page is not None
        path = self.eraser_path
        self.eraser_path = []
        self._move_eraser_ring(QRect())
        if self.settings.area_eraser:
            self._area_erase(path)
            return
        removed = list(self.erased.values())
        self.erased = {}
        if removed:
            if self.store is not None:
                self.store.set_deleted(self.page.page_id, [s.client_id for s in removed], True)
            self.undo_stack.push(ReplaceStrokes(self, self.page, removed, [], "Erase"))
            self.changed.emit()

    def _area_erase(self, path: list[tuple[float, float]]) -> None:
        """Cut the parts of strokes under the eraser's path; what remains becomes new strokes."""
        assert self.page is not None
        r = self.eraser_radius()
        xy = np.asarray(path, dtype=np.float64)
        box = (
            float(xy[:, 0].min()) - r,
            float(xy[:, 1].min()) - r,
            float(xy[:, 0].max()) + r,
            float(xy[:, 1].max()) + r,
        )
        removed, added = [], []
        for s in self.page.in_rect(box):
            if s.tool not in (Tool.PEN, Tool.HIGHLIGHTER, Tool.ERASER):
                outline = shape_path(s.tool.value, *s.ends()) if s.tool.is_shape else s.points[:, :2]
                if any(distance_to_polyline(float(x), float(y), outline) <= r for x, y in path):
                    removed.append(s)
                continue
            pts = s.points
            keep = np.array(
                [distance_to_polyline(float(x), float(y), xy) > r + s.width / 2 for x, y in pts[:, :2]]
            )
            if keep.all():
                continue
            removed.append(s)
            runs = np.split(np.arange(len(pts)), np.nonzero(np.diff(keep.astype(int)))[0] + 1)
            for run in runs:
                if len(run) >= 2 and keep[run[0]]:
                    added.append(
                        Stroke(
                            client_id=new_id(),
                            tool=s.tool,
                            color=s.color,
                            width=s.width,
                            points=pts[run].copy(),
                            t0=s.t0,
                            opacity=s.opacity,
                            has_pressure=s.has_pressure,
                        )
                    )
        if removed:
            self.commit(added, removed, "Erase area")
        self.update()

    def delete_selection(self) -> None:
        if self.selection and self.page is not None:
            self.commit([], list(self.selection), "Delete")
            self.selection = []

    # -- text -----------------------------------------------------------------------------------------------

    def _start_text(self, at: QPointF) -> None:
        self._finish_text()
        editor = QLineEdit(self)
        editor.setPlaceholderText("Type, then Enter")
        editor.setFrame(False)
        size = max(10, round(self.settings.font_size * self.zoom))
        editor.setStyleSheet(
            f"QLineEdit {{ background: rgba(255,255,255,200); color: {self.settings.color}; "
            f"font-size: {size}px; border: 1px dashed {theme.current().marquee}; }}"
        )
        pos = self.to_view(at.x(), at.y())
        editor.move(round(pos.x()), round(pos.y() - size * 1.1))
        editor.resize(max(200, round(400 * self.zoom)), round(size * 1.6))
        editor.setProperty("page_pos", at)
        geez_input.install(editor)
        editor.returnPressed.connect(self._finish_text)
        editor.textEdited.connect(
            lambda text: self.on_text_typing and self.on_text_typing(text, at.x(), at.y())
        )
        editor.show()
        editor.setFocus()
        self.editor = editor

    def _finish_text(self) -> None:
        editor = self.editor
        if editor is None:
            return
        self.editor = None
        geez_input.commit(editor)
        text = editor.text().strip()
        at = editor.property("page_pos")
        editor.hide()
        editor.deleteLater()
        if text and self.page is not None and isinstance(at, QPointF):
            s = Stroke(
                client_id=new_id(),
                tool=Tool.TEXT,
                color=self.settings.color,
                width=1.0,
                points=make_points([(at.x(), at.y(), 1, 0)]),
                text=text,
                t0=time.time() * 1000,
                text_style=TextStyle(
                    font_family=self.settings.font_family, font_size=self.settings.font_size
                ),
                has_pressure=False,
            )
            self.commit([s], [], "Text")

    def add_text(self, text: str, x: float, y: float) -> Stroke:
        s = Stroke(
            client_id=new_id(),
            tool=Tool.TEXT,
            color=self.settings.color,
            width=1.0,
            points=make_points([(x, y, 1, 0)]),
            text=text,
            t0=time.time() * 1000,
            text_style=TextStyle(font_family=self.settings.font_family, font_size=self.settings.font_size),
            has_pressure=False,
        )
        self.commit([s], [], "Text")
        return s

    # -- laser ----------------------------------------------------------------------------------------------

    def _laser_point(self, pos: QPointF) -> None:
        at = self.to_page(pos)
        self.laser.append((at.x(), at.y(), time.monotonic()))
        self.laser = self.laser[-120:]
        if not self._laser_timer.isActive():
            self._laser_timer.start()
        self.update()

    def _fade_laser(self) -> None:
        now = time.monotonic()
        self.laser = [pt for pt in self.laser if now - pt[2] < 1.0]
        if not self.laser:
            self._laser_timer.stop()
        self.update()

    # -- changes: the one path every edit takes -----------------------------------------------------------

    def commit(self, add: list[Stroke], remove: list[Stroke], text: str) -> None:
        """Apply, save (durable before returning), and make it undoable."""
        assert self.page is not None
        self.change_strokes(self.page, remove=remove, add=add)
        self.undo_stack.push(ReplaceStrokes(self, self.page, remove, add, text))

    def change_strokes(self, page: Page, remove: list[Stroke], add: list[Stroke], save: bool = True) -> None:
        if save and self.store is not None:
            self._save(page, remove, add)
        for s in remove:
            page.remove(s.client_id)
        for s in add:
            page.add(s)
        if page is not self.page:
            return
        if remove:
            self._invalidate([s.bbox for s in remove] + [s.bbox for s in add])
        else:
            self._draw_onto_tiles(add)
        if save:
            self.changed.emit()

    def _save(self, page: Page, remove: list[Stroke], add: list[Stroke]) -> None:
        """Write a change, or keep it (behind any change still waiting) if the cache refuses it: a stroke
        never vanishes at pen-up because the disk is full."""
        if not self.unsaved:
            try:
                self._write(page, remove, add)
                return
            except CacheError as exc:
                log.warning("change kept in memory: %s", exc.message)
                self._save_retry.start()
                self.saveFailed.emit(exc.message)
        self.unsaved.append((page, remove, add))

    def _write(self, page: Page, remove: list[Stroke], add: list[Stroke]) -> None:
        assert self.store is not None
        if remove and not add:
            self.store.set_deleted(page.page_id, [s.client_id for s in remove], True)
        elif len(add) == 1 and not remove:
            self.store.add_stroke(page.page_id, add[0])
        else:
            self.store.replace_strokes(page.page_id, [s.client_id for s in remove], add)

    def _retry_saves(self) -> None:
        while self.unsaved:
            try:
                self._write(*self.unsaved[0])
            except CacheError:
                return
            self.unsaved.pop(0)
        self._save_retry.stop()
        self.saved.emit()
        self.changed.emit()

    # -- export helpers -------------------------------------------------------------------------------------

    def grab_page(self, scale: float = 1.0) -> QImage:
        assert self.page is not None
        return render.render_page(self.page, scale)


def _xy(p: QPointF) -> tuple[float, float]:
    return p.x(), p.y()


def _wh(pair: tuple[QPointF, QPointF]) -> tuple[float, float]:
    return pair[1].x() - pair[0].x(), pair[1].y() - pair[0].y()


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


__all__ = ["CanvasView", "ToolSettings"]
