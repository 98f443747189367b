"""The tile renderer: finished ink lives in TILE×TILE pixel images at the current zoom, rendered in short
slices between events (never inside paintEvent), visible tiles first; the page snapshot is rendered the same
way when nothing else is pending.

A finished stroke is painted onto the cached tiles it touches (no tile is re-rendered); a removed stroke
forgets the tiles under it, which render again when next painted.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from .. import theme
from ..ink import Page, Stroke
from . import render
from .snapshots import SnapshotStore

TILE = 256
SNAPSHOT_KEY = (-1, 0, 0)
CHUNK_MIN, CHUNK_MAX = 8, 2000  # strokes drawn (their outlines built) together in one step of a slice
Key = tuple[int, int, int]  # (zoom × 1000, column, row)
Box = tuple[float, float, float, float]


class TileHost(Protocol):
    """What the renderer needs of the widget that shows the tiles."""

    page: Page | None

    def zoom_key(self) -> int: ...

    def devicePixelRatioF(self) -> float: ...

    def visible_keys(self) -> set[Key]: ...

    def repaint_box(self, box: Box) -> None: ...


@dataclass
class TileJob:
    image: QImage
    rect: QRectF  # page units
    zoom: float
    pending: deque[Stroke] | None  # None until the job's first slice looks its strokes up
    group: TileJob | None = None  # rendered as part of this larger picture (the visible tiles together)


def tile_rect(key: Key) -> QRectF:
    size = TILE / (key[0] / 1000)
    return QRectF(key[1] * size, key[2] * size, size, size)


def _strokes_in(page: Page, rect: QRectF) -> list[Stroke]:
    """The page's strokes that may touch `rect`, in drawing order. All of them, without asking the index,
    when `rect` covers the page (the visible tiles of a page fitted to the window): sorting 50,000 strokes
    out of the index took 150 ms, a stall the pen would feel."""
    if rect.contains(QRectF(0, 0, page.width, page.height)):
        return list(page)
    return page.in_rect((rect.left(), rect.top(), rect.right(), rect.bottom()))


def tile_painter(page: Page, image: QImage, rect: QRectF, zoom: float) -> QPainter:
    """A painter on `image` showing the page area `rect` at `zoom`, clipped to the page."""
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(zoom, zoom)
    p.translate(-rect.left(), -rect.top())
    p.setClipRect(QRectF(0, 0, page.width, page.height).intersected(rect))
    return p


class TileRenderer:
    def __init__(self, host: TileHost, snapshots: SnapshotStore) -> None:
        self.host = host
        self.snapshots = snapshots
        self.tiles: dict[Key, QImage] = {}  # finished tiles
        self.jobs: dict[Key, TileJob] = {}  # tiles still rendering
        self.wanted: set[Key] = set()  # seen missing by the last paint
        self.last_zoom_key: int | None = None  # the last zoom painted complete: the fallback for the next
        self.stroke_cost = 50e-6  # s: what drawing one stroke took lately (how many fit in a slice)

    def reset(self) -> None:
        """Another page: nothing cached is of use."""
        self.tiles.clear()
        self.jobs.clear()
        self.wanted.clear()
        self.last_zoom_key = None

    def clear(self) -> None:
        """Render everything again (the page's ink arrived, the theme or the pixel density changed)."""
        self.tiles.clear()
        self.jobs.clear()

    def drop_other_zooms(self) -> None:
        """Keep the current zoom and the fallback zoom; drop unfinished work for any other."""
        keep = {self.host.zoom_key(), self.last_zoom_key}
        self.jobs = {k: v for k, v in self.jobs.items() if k[0] in keep}
        if len(self.tiles) > 300:
            self.tiles = {k: v for k, v in self.tiles.items() if k[0] in keep}

    def start_job(self, key: Key) -> TileJob:
        """A tile to render in slices: paper and background now, strokes as time allows."""
        page = self.host.page
        assert page is not None
        zoom = key[0] / 1000
        rect = tile_rect(key)
        dpr = self.host.devicePixelRatioF()
        image = QImage(round(TILE * dpr), round(TILE * dpr), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(QColor(theme.current().desk))
        on_page = rect.intersects(QRectF(0, 0, page.width, page.height))
        if on_page:
            p = tile_painter(page, image, rect, zoom)
            render.draw_background(p, page, rect, zoom)
            render.draw_images(p, page, rect)
            p.end()
        job = TileJob(image=image, rect=rect, zoom=zoom, pending=None if on_page else deque())
        self.jobs[key] = job
        return job

    def busy(self, key: Key) -> bool:
        """The tile is rendering (alone or with others)."""
        return key in self.jobs

    def _group_visible(self, current: int, visible: set[Key]) -> None:
        """Visible tiles that have not started rendering, when they make a block, render as one picture:
        each stroke is drawn once, not once per tile it crosses, and the picture is cut into tiles."""
        page = self.host.page
        assert page is not None
        fresh = {
            k
            for k in visible
            if k[0] == current
            and (job := self.jobs.get(k)) is not None
            and job.pending is None
            and job.group is None
        }
        if len(fresh) < 2:
            return
        cols = [k[1] for k in fresh]
        rows = [k[2] for k in fresh]
        x0, x1, y0, y1 = min(cols), max(cols), min(rows), max(rows)
        if len(fresh) != (x1 - x0 + 1) * (y1 - y0 + 1):
            return
        zoom = current / 1000
        size = TILE / zoom
        rect = QRectF(x0 * size, y0 * size, (x1 - x0 + 1) * size, (y1 - y0 + 1) * size)
        dpr = self.host.devicePixelRatioF()
        image = QImage(
            round((x1 - x0 + 1) * TILE * dpr),
            round((y1 - y0 + 1) * TILE * dpr),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(dpr)
        image.fill(QColor(theme.current().desk))
        p = tile_painter(page, image, rect, zoom)
        render.draw_background(p, page, rect, zoom)
        render.draw_images(p, page, rect)
        p.end()
        group = TileJob(image=image, rect=rect, zoom=zoom, pending=None)
        for k in fresh:
            self.jobs[k].group = group

    def _cut(self, group: TileJob, current: int) -> None:
        """A finished group: its picture cut into the tiles still waiting for it."""
        dpr = group.image.devicePixelRatio()
        size = TILE / group.zoom
        for key, job in list(self.jobs.items()):
            if job.group is not group:
                continue
            del self.jobs[key]
            x = round((key[1] * size - group.rect.left()) * group.zoom * dpr)
            y = round((key[2] * size - group.rect.top()) * group.zoom * dpr)
            tile = group.image.copy(x, y, round(TILE * dpr), round(TILE * dpr))
            tile.setDevicePixelRatio(dpr)
            self.tiles[key] = tile
            if key[0] == current:
                r = job.rect
                self.host.repaint_box((r.left(), r.top(), r.right(), r.bottom()))

    def render_pending(self, budget_s: float) -> bool:
        """Advance tile jobs, visible ones first, for about `budget_s`. True if work remains."""
        page = self.host.page
        if self.wanted and page is not None and page.loaded:
            current = self.host.zoom_key()
            for key in self.wanted:
                if key[0] == current and key not in self.jobs and key not in self.tiles:
                    self.start_job(key)
        self.wanted.clear()
        if not self.jobs:
            return self._start_snapshot_job()
        assert page is not None
        started = time.perf_counter()
        current = self.host.zoom_key()
        visible = self.host.visible_keys()
        self._group_visible(current, visible)
        order = sorted(self.jobs, key=lambda k: (k not in visible, k[0] != current))
        for key in order:
            found = self.jobs.get(key)
            if found is None:  # cut from its group's picture already
                continue
            job = found.group or found
            if job.pending is None:
                job.pending = deque(_strokes_in(page, job.rect))
            p = tile_painter(page, job.image, job.rect, job.zoom)
            while job.pending and (left := budget_s - (time.perf_counter() - started)) > 0:
                count = max(CHUNK_MIN, min(CHUNK_MAX, int(left / self.stroke_cost)))
                chunk = [job.pending.popleft() for _ in range(min(count, len(job.pending)))]
                t0 = time.perf_counter()
                render.draw_strokes(p, chunk)
                cost = (time.perf_counter() - t0) / len(chunk)
                self.stroke_cost = max(1e-6, 0.7 * self.stroke_cost + 0.3 * cost)
            p.end()
            if not job.pending:
                if job is not found:
                    self._cut(job, current)
                    continue
                del self.jobs[key]
                if key == SNAPSHOT_KEY:
                    self.snapshots.set(job.image)
                    continue
                self.tiles[key] = job.image
                if key[0] == current:
                    r = job.rect
                    self.host.repaint_box((r.left(), r.top(), r.right(), r.bottom()))
            if time.perf_counter() - started >= budget_s:
                break
        return bool(self.jobs) or self._start_snapshot_job()

    def _start_snapshot_job(self) -> bool:
        """When nothing else is pending, re-draw the page snapshot if it is missing (after an erase, say):
        from the tiles when they show the whole page at 1:1 or less (only a stand-in while ink loads),
        else stroke by stroke."""
        page = self.host.page
        if page is None or not self.snapshots.wanted():
            return False
        if self._compose_snapshot(page):
            return False
        image = QImage(round(page.width), round(page.height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(render.PAPER))
        rect = QRectF(0, 0, page.width, page.height)
        p = tile_painter(page, image, rect, 1.0)
        render.draw_background(p, page, rect, 1.0)
        render.draw_images(p, page, rect)
        p.end()
        self.jobs[SNAPSHOT_KEY] = TileJob(image=image, rect=rect, zoom=1.0, pending=None)
        return True

    def _compose_snapshot(self, page: Page) -> bool:
        key = self.host.zoom_key()
        zoom = key / 1000
        if zoom > 1.0:
            return False
        size = TILE / zoom
        cols, rows = math.ceil(page.width / size), math.ceil(page.height / size)
        found = [self.tiles.get((key, ix, iy)) for ix in range(cols) for iy in range(rows)]
        if any(tile is None for tile in found):
            return False
        image = QImage(round(page.width), round(page.height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(render.PAPER))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.setClipRect(QRectF(0, 0, page.width, page.height))
        for ix in range(cols):
            for iy in range(rows):
                tile = self.tiles[(key, ix, iy)]
                p.drawImage(QRectF(ix * size, iy * size, size, size), tile)
        p.end()
        self.snapshots.set(image)
        return True

    def draw_onto(self, strokes: list[Stroke]) -> None:
        """A finished stroke is painted onto the cached tiles it touches: no tile is re-rendered.
        Tiles still rendering get it queued after their other strokes, so drawing order holds."""
        page = self.host.page
        assert page is not None
        snapshot = self.snapshots.image
        if snapshot is not None:
            p = tile_painter(page, snapshot, QRectF(0, 0, page.width, page.height), 1.0)
            for s in strokes:
                render.draw_stroke(p, s)
            p.end()
            self.snapshots.changed()
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
                p = tile_painter(page, image, QRectF(key[1] * size, key[2] * size, size, size), zoom)
                render.draw_stroke(p, s)
                p.end()
            queued: set[int] = set()
            for found in self.jobs.values():
                job = found.group or found
                if id(job) in queued:
                    continue
                queued.add(id(job))
                r = job.rect
                if (
                    job.pending is not None
                    and r.left() <= x1
                    and r.right() >= x0
                    and r.top() <= y1
                    and r.bottom() >= y0
                ):
                    job.pending.append(s)  # (a job that has not looked yet will find it in the page)
            self.host.repaint_box(s.bbox)

    def invalidate(self, boxes: list[Box]) -> None:
        """Forget every cached tile (all zooms) under these boxes; they re-render when next painted."""
        if not boxes:
            return
        self.snapshots.forget()  # redrawn when the canvas is idle
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
            self.host.repaint_box(b)


__all__ = ["SNAPSHOT_KEY", "TILE", "Key", "TileHost", "TileJob", "TileRenderer", "tile_painter", "tile_rect"]
