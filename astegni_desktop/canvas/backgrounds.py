"""Worksheet and picture backgrounds: checked before use, rasterised within a size, cached within a budget.

A picture's size is read from its header before anything is decoded: a 20000×20000 PNG needs 1.6 GB, and a
header may claim 60000×60000. A PDF page is rendered at most MAX_RASTER_PIXELS whatever its size or the zoom
(a 14400 pt page took 1 GB; A4 at 8× zoom made 148-megapixel rasters). The cache holds rasters up to
CACHE_BYTES in all, the least recently used going first (16 full-size pages reached 1.33 GB)."""

from __future__ import annotations

import logging
import math
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from ..ink import Background

log = logging.getLogger(__name__)

MAX_PICTURE_PIXELS = 40_000_000  # 160 MB while decoding; 8000×5000 fits, a 20000×20000 scan does not
MAX_RASTER_PIXELS = 16_000_000  # 64 MB: what one background keeps, sharp up to about 3× zoom on A4
CACHE_BYTES = 192 * 1024 * 1024
PDF_BASE_WIDTH = 1280.0  # pixels across a PDF page at scale 1


class BackgroundError(Exception):
    """Why a file cannot be a page background, in words for the tutor."""


class RasterCache:
    """Rasters by (background, scale), bounded in bytes. A failure is remembered too (as None), so a broken
    file is not read again at every paint. Used from the GUI thread and the picture checker's thread."""

    def __init__(self, limit: int = CACHE_BYTES) -> None:
        self.limit = limit
        self.bytes = 0
        self.items: OrderedDict[tuple[Background, float], QImage | None] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[Background, float]) -> tuple[bool, QImage | None]:
        with self.lock:
            if key not in self.items:
                return False, None
            self.items.move_to_end(key)
            return True, self.items[key]

    def put(self, key: tuple[Background, float], image: QImage | None) -> None:
        with self.lock:
            self.bytes -= _cost(self.items.pop(key, None))
            self.items[key] = image
            self.bytes += _cost(image)
            while self.bytes > self.limit and len(self.items) > 1:
                _old, dropped = self.items.popitem(last=False)
                self.bytes -= _cost(dropped)

    def forget(self, key: tuple[Background, float]) -> None:
        with self.lock:
            self.bytes -= _cost(self.items.pop(key, None))

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.bytes = 0


def _cost(image: QImage | None) -> int:
    return image.sizeInBytes() if image is not None else 0


CACHE = RasterCache()
_CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="background-check")


def raster(bg: Background, scale: float) -> QImage | None:
    """The background as an image for `scale` (a picture ignores it), or None if it cannot be shown."""
    key = (bg, scale if bg.kind == "pdf" else 1.0)
    known, image = CACHE.get(key)
    if not known:
        try:
            image = read_picture(bg.source or "") if bg.kind == "image" else render_pdf(bg, scale)
        except BackgroundError as exc:
            log.warning("background %s not shown: %s", bg.kind, exc)
            image = None
        CACHE.put(key, image)
    return image


def check_later(bg: Background) -> Future[None]:
    """`check(bg)`, for a picture on a worker thread: decoding a 40-megapixel photo takes one or two seconds,
    which the window must not freeze for. pdfium is not thread-safe, so a PDF page (bounded to ~0.4 s by
    MAX_RASTER_PIXELS) is checked at once on the calling thread, which also paints worksheets."""
    if bg.kind == "image":
        return _CHECKER.submit(check, bg)
    done: Future[None] = Future()
    try:
        check(bg)
        done.set_result(None)
    except BackgroundError as exc:
        done.set_exception(exc)
    return done


def check(bg: Background) -> None:
    """Raise BackgroundError if `bg` cannot be shown; the tutor is told before the page changes."""
    if bg.kind not in ("image", "pdf"):
        return
    if bg.kind == "image":
        picture_size(bg.source or "")
    if raster(bg, 1.0) is None:
        CACHE.forget((bg, 1.0))  # the file may be fixed and chosen again
        raise BackgroundError(
            "This file could not be read: it may be damaged or incomplete."
            if bg.kind == "image"
            else "This page of the PDF could not be drawn."
        )


def picture_size(path: str) -> QSize:
    """The picture's size from its header, refused if it is not a picture or too large to hold."""
    reader = QImageReader(path)
    if not reader.canRead():
        raise BackgroundError("This file is not a picture Astegni Desktop can open (PNG, JPEG, BMP or GIF).")
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        raise BackgroundError("This picture does not say how large it is, so it cannot be opened safely.")
    if size.width() * size.height() > MAX_PICTURE_PIXELS:
        raise BackgroundError(
            f"This picture is {size.width():,} × {size.height():,} pixels. A page background can have up to "
            f"{MAX_PICTURE_PIXELS // 1_000_000} megapixels: scale the picture down and choose it again."
        )
    return size


def read_picture(path: str) -> QImage:
    """Decode a picture checked by its header, scaled down to MAX_RASTER_PIXELS if larger."""
    size = picture_size(path)
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    pixels = size.width() * size.height()
    if pixels > MAX_RASTER_PIXELS:
        ratio = math.sqrt(MAX_RASTER_PIXELS / pixels)
        reader.setScaledSize(QSize(max(1, int(size.width() * ratio)), max(1, int(size.height() * ratio))))
    image = reader.read()
    if image.isNull():
        raise BackgroundError(f"This picture could not be read ({reader.errorString()}).")
    return image


def render_pdf(bg: Background, scale: float) -> QImage:
    """One PDF page (pypdfium2), at most MAX_RASTER_PIXELS whatever the page's size or the zoom."""
    import pypdfium2 as pdfium  # noqa: PLC0415 (loaded with the first worksheet: ~40 ms of start-up)

    try:
        pdf = pdfium.PdfDocument(bg.source or "")
    except Exception as exc:  # pypdfium2 raises its own PdfiumError, and OSError for a missing file
        raise BackgroundError(f"This PDF could not be opened ({exc}).") from exc
    try:
        if not 0 <= bg.page_index < len(pdf):
            raise BackgroundError("This PDF no longer has that page.")
        page = pdf[bg.page_index]
        width, height = page.get_size()
        width, height = max(width, 1.0), max(height, 1.0)
        wanted = max(1.0, PDF_BASE_WIDTH / width) * scale
        render_scale = min(wanted, 0.99 * math.sqrt(MAX_RASTER_PIXELS / (width * height)))  # pdfium rounds up
        bitmap = page.render(scale=render_scale, force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA)
        pixels = np.ascontiguousarray(bitmap.to_numpy())
        h, w = pixels.shape[:2]
        # BGRA bytes are Format_ARGB32 on little-endian machines (every platform we ship for).
        return QImage(pixels.data, w, h, w * 4, QImage.Format.Format_ARGB32).copy()
    except BackgroundError:
        raise
    except Exception as exc:  # a broken worksheet must never break the board
        raise BackgroundError(f"This page of the PDF could not be drawn ({exc}).") from exc
    finally:
        pdf.close()


def pdf_page_count(path: str) -> int:
    import pypdfium2 as pdfium  # noqa: PLC0415

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()
