"""CanvasView: pen-tablet-first drawing on a tiled, cached page.

The widget routes input (tablet, mouse, touch gestures, the pen's eraser end, pressure) to the chosen tool
(`canvas/tools/`), and schedules paint: finished strokes live in tile images (`canvas/tiles.py`) rendered
between events, the page snapshot (`canvas/snapshots.py`) stands in while they render, and each tool paints
its overlay on top, repainting only the rectangle it changed, so the cost of a pen event does not grow with
the number of strokes on the page. Every change goes through the board service (`canvas/board_service.py`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QWidget

from .. import theme, ui_support
from ..ink import Page, PageImage, Stroke, Tool, new_id
from ..ink.geometry import PressureCurve
from ..store.boards import BoardStore
from ..teaching.instruments import Protractor, Ruler, SetSquare
from . import guide, pasted_image, render
from .board_service import BoardService
from .snapshots import SnapshotStore
from .tiles import TILE, Box, Key, TileJob, TileRenderer
from .tools import REGISTRY, CanvasTool, Pointer
from .tools.compass import Compass, CompassTool
from .tools.eraser import EraserTool
from .tools.protractor import ProtractorTool
from .tools.ruler import RulerTool
from .tools.select import SelectTool
from .tools.setsquare import SetSquareTool
from .tools.shape import ShapeTool
from .tools.text import TextTool, undo_text

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
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
    recognize_shapes: bool = True  # the pen held still at the end of a stroke makes it a clean shape
    snap_to_grid: bool = False  # shapes, lines and recognised shapes put their corners on the grid


class CanvasView(QWidget):
    """One page of a board at a time. Emits `changed` after every saved change (thumbnails, sync state)."""

    changed = Signal()
    saveFailed = Signal(str)  # the cache refused a change (a full disk): it is kept here and retried
    saved = Signal()  # every change kept here is written now
    zoomChanged = Signal(float)
    toolChanged = Signal(str)
    imagePasted = Signal()  # a picture went on the page (kept here only: the student never sees it)
    SELECT = SelectTool.name
    LASER = "laser"

    def __init__(
        self,
        store: BoardStore | None = None,
        parent: QWidget | None = None,
        service: BoardService | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.board_service = service if service is not None else BoardService(store, self)
        self.board_service.strokesChanged.connect(self._strokes_changed)
        self.board_service.imagesChanged.connect(self._images_changed)
        self.board_service.changed.connect(self.changed)
        self.board_service.saveFailed.connect(self.saveFailed)
        self.board_service.saved.connect(self.saved)
        self.page: Page | None = None
        self.settings = ToolSettings()
        self.mode: str = Tool.PEN.value  # a registered tool's name
        self.undo_stack = QUndoStack(self)
        self.curve = PressureCurve()
        self.zoom = 1.0
        self.offset = QPointF(24, 24)
        self.snapshots = SnapshotStore(store, self)
        self.renderer = TileRenderer(self, self.snapshots)
        theme.notifier().changed.connect(
            self.page_loaded
        )  # render again: the desk around the page is the theme's
        self._pump_timer = QTimer(self)  # owned: a pump never outlives the canvas
        self._pump_timer.setSingleShot(True)
        self._pump_timer.timeout.connect(self._pump)
        self.tools: dict[str, CanvasTool] = {name: cls(self) for name, cls in REGISTRY.items()}
        self.pressed: CanvasTool | None = None  # the tool that took the last press, until its release
        self.pan_from: QPointF | None = None
        self.space_down = False
        self.pen_is_eraser = False
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

    # -- what tests, benchmarks and the panel read ----------------------------------------------------------

    @property
    def tiles(self) -> dict[Key, QImage]:
        return self.renderer.tiles

    @property
    def jobs(self) -> dict[Key, TileJob]:
        return self.renderer.jobs

    @property
    def wanted(self) -> set[Key]:
        return self.renderer.wanted

    @property
    def snapshot(self) -> QImage | None:
        return self.snapshots.image

    @property
    def unsaved(self) -> list[tuple[Page, list[Stroke], list[Stroke]]]:
        return self.board_service.unsaved

    @property
    def selection(self) -> list[Stroke]:
        tool = self.tools[self.SELECT]
        assert isinstance(tool, SelectTool)
        return tool.selection

    @selection.setter
    def selection(self, strokes: list[Stroke]) -> None:
        tool = self.tools[self.SELECT]
        assert isinstance(tool, SelectTool)
        tool.selection = strokes

    @property
    def editor(self) -> QLineEdit | None:
        """The text tool's editor, while the tutor types on the page."""
        return self._text_tool().editor

    def _text_tool(self) -> TextTool:
        tool = self.tools[Tool.TEXT.value]
        assert isinstance(tool, TextTool)
        return tool

    def tool(self) -> CanvasTool:
        """The chosen tool."""
        return self.tools[self.mode]

    # -- page and view ------------------------------------------------------------------------------------

    def set_page(self, page: Page | None) -> None:
        self._text_tool().finish()
        self.snapshots.open(page)
        self.page = page
        self.selection = []
        self.tools[self.SELECT].leave()
        self.renderer.reset()
        if self.auto_fit:
            self.fit_page()
        self.update()

    def to_page(self, pos: QPointF) -> QPointF:
        return QPointF((pos.x() - self.offset.x()) / self.zoom, (pos.y() - self.offset.y()) / self.zoom)

    def to_view(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.zoom + self.offset.x(), y * self.zoom + self.offset.y())

    def view_rect(self, box: Box) -> QRect:
        a = self.to_view(box[0], box[1])
        b = self.to_view(box[2], box[3])
        return QRectF(a, b).normalized().toAlignedRect().adjusted(-2, -2, 2, 2)

    def repaint_box(self, box: Box) -> None:
        """Schedule a repaint of this page area."""
        self.update(self.view_rect(box))

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        self.auto_fit = False
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        at = self.to_page(anchor)
        self.zoom = zoom
        self.offset = QPointF(anchor.x() - at.x() * zoom, anchor.y() - at.y() * zoom)
        self.renderer.drop_other_zooms()
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
        self.renderer.drop_other_zooms()
        self.zoomChanged.emit(self.zoom)
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        self.auto_fit = False
        self.offset += QPointF(dx, dy)
        self.update()

    def zoom_key(self) -> int:
        return round(self.zoom * 1000)

    def set_mode(self, mode: str) -> None:
        self._text_tool().finish()
        for name, tool in self.tools.items():
            if name != mode:
                tool.leave()
        self.mode = mode
        self.setCursor(self.tools[mode].cursor)
        self.toolChanged.emit(mode)
        self.update()

    # -- tiles --------------------------------------------------------------------------------------------

    def page_loaded(self) -> None:
        """The page's strokes arrived (it was shown from its snapshot meanwhile): render it for real."""
        self.renderer.clear()
        self.update()

    def render_pending(self, budget_s: float) -> bool:
        """Advance tile jobs, visible ones first, for about `budget_s`. True if work remains."""
        return self.renderer.render_pending(budget_s)

    def _pump(self) -> None:
        """Renders tiles between events. Paused while the pen is down: the tutor's ink comes first."""
        if self.pressed is not None and self.pressed.busy():
            self._schedule_pump(16)
            return
        if self.render_pending(TILE_SLICE_S):
            self._schedule_pump(0)

    def _schedule_pump(self, delay_ms: int = 0) -> None:
        if not self._pump_timer.isActive():
            self._pump_timer.start(delay_ms)

    def _save_snapshot(self) -> None:
        self.snapshots.save()

    def visible_keys(self) -> set[Key]:
        if self.page is None:
            return set()
        size = TILE / self.zoom
        a, b = self.to_page(QPointF(0, 0)), self.to_page(QPointF(self.width(), self.height()))
        key = self.zoom_key()
        cols, rows = math.ceil(self.page.width / size), math.ceil(self.page.height / size)
        return {
            (key, ix, iy)
            for ix in range(max(0, math.floor(a.x() / size)), min(cols - 1, math.floor(b.x() / size)) + 1)
            for iy in range(max(0, math.floor(a.y() / size)), min(rows - 1, math.floor(b.y() / size)) + 1)
        }

    _visible_keys = visible_keys

    def _tile_target(self, ix: int, iy: int) -> QRectF:
        return QRectF(self.offset.x() + ix * TILE, self.offset.y() + iy * TILE, TILE, TILE)

    def _tile_page_rect(self, ix: int, iy: int) -> QRectF:
        size = TILE / self.zoom
        return QRectF(ix * size, iy * size, size, size)

    def _strokes_changed(self, page: Page, remove: list[Stroke], add: list[Stroke]) -> None:
        """The board service changed a page: if it is this one, update the tiles (no full re-render)."""
        if page is not self.page:
            return
        if remove:
            self.renderer.invalidate([s.bbox for s in remove] + [s.bbox for s in add])
        else:
            self.renderer.draw_onto(add)

    def _images_changed(self, page: Page, boxes: list[Box]) -> None:
        if page is self.page:
            self.renderer.invalidate(boxes)

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
        key = self.zoom_key()
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
                image = None if loading else self.renderer.tiles.get((key, ix, iy))
                if image is None:
                    missing = not loading
                    if not loading and (key, ix, iy) not in self.renderer.jobs:
                        self.renderer.wanted.add((key, ix, iy))  # the pump starts it: paint only blits
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
        elif key != self.renderer.last_zoom_key:
            self.renderer.last_zoom_key = key  # a complete view: the fallback for the next zoom

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
        old = self.renderer.last_zoom_key
        if old is None or old == self.zoom_key():
            return
        want = self._tile_page_rect(ix, iy)
        size = TILE / (old / 1000)
        p.save()
        p.setClipRect(target)
        for ox in range(math.floor(want.left() / size), math.floor(want.right() / size) + 1):
            for oy in range(math.floor(want.top() / size), math.floor(want.bottom() / size) + 1):
                image = self.renderer.tiles.get((old, ox, oy))
                if image is not None:
                    a = self.to_view(ox * size, oy * size)
                    b = self.to_view((ox + 1) * size, (oy + 1) * size)
                    p.drawImage(QRectF(a, b), image)
        p.restore()

    def _paint_overlays(self, p: QPainter, clip: QRectF) -> None:
        if self.student_area is not None and self.page is not None:
            label = self.tr("{name}'s screen ends here").format(name=self.remote_name)
            guide.paint(p, self.student_area, (self.page.width, self.page.height), self.zoom, label)
        for tool in self.tools.values():
            if not tool.above_remote:
                tool.paint(p, clip)
        self._paint_remote(p)
        for tool in self.tools.values():
            if tool.above_remote:
                tool.paint(p, clip)

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

    # -- input: tablet first --------------------------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        pos = event.position()
        kind = event.type()
        mods = event.modifiers()
        eraser_end = event.pointerType() == QPointingDevice.PointerType.Eraser
        if kind == QEvent.Type.TabletPress:
            self.pen_is_eraser = eraser_end
            self._press(pos, event.pressure(), True, mods)
        elif kind == QEvent.Type.TabletMove:
            if event.buttons() != Qt.MouseButton.NoButton or (
                self.pressed is not None and self.pressed.busy()
            ):
                self._move(pos, event.pressure(), True, mods)
        elif kind == QEvent.Type.TabletRelease:
            self._release(pos, event.pressure(), True, mods)
            self.pen_is_eraser = False
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or self.space_down:
            self.pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position(), 0.5, False, event.modifiers())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.pan_from is not None:
            d = event.position() - self.pan_from
            self.pan_from = event.position()
            self.pan(d.x(), d.y())
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move(event.position(), 0.5, False, event.modifiers())
        elif self.page is not None:
            pos = event.position()
            self._point_instruments(self.to_page(pos))
            self.tool().hover(Pointer(self.to_page(pos), pos, 0.5, False, event.modifiers()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.pan_from is not None:
            self.pan_from = None
            self.setCursor(self.tool().cursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position(), 0.5, False, event.modifiers())

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
            self.renderer.clear()
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

    def _key_tool(self) -> CanvasTool:
        return self.pressed if self.pressed is not None else self.tool()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._key_tool().key(event):
            return
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste_image():
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_down = True
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif self.tools[self.SELECT].key(event):  # a selection made by "fit to the student's view", say
            return
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self._key_tool().key(event):
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_down = False
            self.setCursor(self.tool().cursor)
        else:
            super().keyReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_page()

    # -- gestures → tools ----------------------------------------------------------------------------------

    def hold_presses(self, ms: int) -> None:
        """Draw nothing for a press in the next `ms`: a board opened by the first click of a double-click
        would otherwise take the second click as a dot, sent live to the student."""
        self.presses_from = time.monotonic() + ms / 1000

    def _press(self, pos: QPointF, pressure: float, tablet: bool, mods: Qt.KeyboardModifier) -> None:
        if self.page is None or time.monotonic() < self.presses_from:
            return
        self.setFocus()
        instrument = self._instrument_at(self.to_page(pos))
        if instrument is not None:  # an instrument is moved or turned, whatever the tool
            tool: CanvasTool = instrument
        else:
            tool = self.tools[Tool.ERASER.value] if self.pen_is_eraser else self.tool()
        self.pressed = tool
        tool.press(Pointer(self.to_page(pos), pos, pressure, tablet, mods))
        self.update()

    def _move(self, pos: QPointF, pressure: float, tablet: bool, mods: Qt.KeyboardModifier) -> None:
        if self.page is None:
            return
        at = self.to_page(pos)
        if self.on_pointer is not None:
            self.on_pointer(at.x(), at.y())
        if self.pressed is not None and not isinstance(self.pressed, ProtractorTool):
            self._point_instruments(at)
        if self.pressed is not None:
            self.pressed.move(Pointer(at, pos, pressure, tablet, mods))

    def _release(self, pos: QPointF, pressure: float, tablet: bool, mods: Qt.KeyboardModifier) -> None:
        tool, self.pressed = self.pressed, None
        if self.page is None or tool is None:
            return
        tool.release(Pointer(self.to_page(pos), pos, pressure, tablet, mods))

    def _instrument_at(self, at: QPointF) -> CanvasTool | None:
        for name in (CompassTool.name, RulerTool.name, SetSquareTool.name, ProtractorTool.name):
            tool = self.tools[name]
            assert isinstance(tool, CompassTool | RulerTool | SetSquareTool | ProtractorTool)
            if tool.grabs(at):
                return tool
        return None

    def _point_instruments(self, at: QPointF) -> None:
        protractor = self.tools[ProtractorTool.name]
        if isinstance(protractor, ProtractorTool) and protractor.protractor is not None:
            protractor.point_at(at.x(), at.y())

    def show_protractor(self, on: bool) -> None:
        """The protractor over the page, its centre in the middle of the view."""
        tool = self.tools[ProtractorTool.name]
        assert isinstance(tool, ProtractorTool)
        if on and tool.protractor is None:
            centre = self.to_page(QPointF(self.width() / 2, self.height() / 2))
            tool.protractor = Protractor((centre.x(), centre.y()), 0.0, 160.0)
        elif not on:
            tool.protractor = None
            tool.pointer = None
        self.update()

    def show_ruler(self, on: bool) -> None:
        """The ruler over the page (it is an instrument, not a stroke), in the middle of the view."""
        tool = self.tools[RulerTool.name]
        assert isinstance(tool, RulerTool)
        if on and tool.ruler is None:
            centre = self.to_page(QPointF(self.width() / 2, self.height() / 2))
            length = min(600.0, self.width() * 0.6 / self.zoom)
            tool.ruler = Ruler((centre.x() - length / 2, centre.y()), 0.0, length, 70.0)
        elif not on:
            tool.ruler = None
        self.update()

    def show_set_square(self, on: bool) -> None:
        """The set square over the page (an instrument, not a stroke), its right angle left of the middle."""
        tool = self.tools[SetSquareTool.name]
        assert isinstance(tool, SetSquareTool)
        if on and tool.square is None:
            centre = self.to_page(QPointF(self.width() / 2, self.height() / 2))
            size = min(300.0, self.width() * 0.4 / self.zoom)
            tool.square = SetSquare((centre.x() - size / 2, centre.y() + size / 3), 0.0, size, "45")
        elif not on:
            tool.square = None
        self.update()

    def show_compass(self, on: bool) -> None:
        """The compass over the page (an instrument, not a stroke), its needle in the middle of the view."""
        tool = self.tools[CompassTool.name]
        assert isinstance(tool, CompassTool)
        if on and tool.compass is None:
            centre = self.to_page(QPointF(self.width() / 2, self.height() / 2))
            radius = min(120.0, self.width() * 0.2 / self.zoom)
            tool.compass = Compass((centre.x(), centre.y()), radius, 0.0)
        elif not on:
            tool.leave()
            tool.compass = None
        self.update()

    def shape_stroke(self) -> Stroke | None:
        """The shape being dragged, as it will be kept (None: no shape is being drawn)."""
        tool = self.tool()
        return tool.stroke() if isinstance(tool, ShapeTool) else None

    def eraser_radius(self) -> float:
        """The eraser is sized on screen; in page units it shrinks as the tutor zooms in."""
        tool = self.tools[Tool.ERASER.value]
        assert isinstance(tool, EraserTool)
        return tool.radius()

    def delete_selection(self) -> None:
        tool = self.tools[self.SELECT]
        assert isinstance(tool, SelectTool)
        tool.delete_selection()

    def add_text(self, text: str, x: float, y: float) -> Stroke:
        s = self._text_tool().text_stroke(text, x, y)
        self.commit([s], [], undo_text())
        return s

    # -- changes: the one path every edit takes -----------------------------------------------------------

    def commit(self, add: list[Stroke], remove: list[Stroke], text: str) -> None:
        """Apply, save (durable before returning), and make it undoable."""
        self.tool().commit(add, remove, text)

    def change_strokes(self, page: Page, remove: list[Stroke], add: list[Stroke], save: bool = True) -> None:
        self.board_service.change_strokes(page, remove=remove, add=add, save=save)

    def paste_image(self) -> bool:
        """Ctrl+V: the clipboard's picture onto the page, centred in the view, scaled to fit the page; one
        undo step. PNG bytes are read checked by their header first; a picture the clipboard decoded already
        is scaled down. False when the clipboard holds no picture (nothing happens)."""
        data = QGuiApplication.clipboard().mimeData()
        if self.page is None or data is None:
            return False
        try:
            if data.hasFormat("image/png"):
                image = pasted_image.read_image(bytes(data.data("image/png").data()))
            elif data.hasImage():
                raw = data.imageData()
                if isinstance(raw, QPixmap):
                    raw = raw.toImage()
                if not isinstance(raw, QImage):
                    return False
                image = pasted_image.fit(raw)
            else:
                return False
            png = pasted_image.png_bytes(image)
        except pasted_image.PastedImageError as exc:
            ui_support.warn(self, self.tr("Paste a picture"), str(exc))
            return True
        page = self.page
        w, h = float(image.width()), float(image.height())
        ratio = min(1.0, page.width / w, page.height / h)
        w, h = w * ratio, h * ratio
        centre = self.to_page(QPointF(self.width() / 2, self.height() / 2))
        x = min(max(0.0, centre.x() - w / 2), page.width - w)
        y = min(max(0.0, centre.y() - h / 2), page.height - h)
        placed = PageImage(new_id(), png, x, y, w, h)
        self.set_mode(self.SELECT)
        tool = self.tools[self.SELECT]
        assert isinstance(tool, SelectTool)
        tool.change_images([], [placed], self.tr("Paste picture"))
        tool.selection = []
        tool.images = [placed]
        self.imagePasted.emit()
        self.update()
        return True

    # -- export helpers -------------------------------------------------------------------------------------

    def grab_page(self, scale: float = 1.0) -> QImage:
        assert self.page is not None
        return render.render_page(self.page, scale)


def _xy(p: QPointF) -> tuple[float, float]:
    return p.x(), p.y()


def _wh(pair: tuple[QPointF, QPointF]) -> tuple[float, float]:
    return pair[1].x() - pair[0].x(), pair[1].y() - pair[0].y()


__all__ = ["CanvasView", "ToolSettings"]
