"""A picture pasted or dropped onto a board, checked before it is decoded (issue 17, images on the board).

Clipboard and file bytes are hostile: the size is read from the header with `QImageReader.size()` before any
pixel is decoded (a 20000×20000 PNG header would ask for 1.6 GB), pictures over MAX_READ_PIXELS are refused
with words for the tutor, and what is kept is scaled down while decoding to at most MAX_KEPT_PIXELS (16 MB of
pixels), as canvas/backgrounds.py does for page backgrounds. The result is stored as PNG bytes.

Ctrl+V on the canvas (CanvasView.paste_image) reads the clipboard through here; the picture is kept as an
`ink.PageImage` in the cache's `board_images` table and never sent (the web student draws no pictures).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..i18n import translate

MAX_INPUT_BYTES = 64 * 1024 * 1024  # more than any 40-megapixel PNG or JPEG a tutor would paste
MAX_READ_PIXELS = 40_000_000  # 160 MB while decoding; 8000×5000 fits, a 20000×20000 scan does not
MAX_KEPT_PIXELS = 4_000_000  # what one pasted picture keeps: sharp across a page at about 2× zoom


class PastedImageError(Exception):
    """Why a pasted or dropped picture cannot go on the board, in words for the tutor (translated)."""


def kept_size(size: QSize) -> QSize:
    """`size` scaled down (aspect kept) to at most MAX_KEPT_PIXELS."""
    pixels = size.width() * size.height()
    if pixels <= MAX_KEPT_PIXELS:
        return QSize(size)
    ratio = math.sqrt(MAX_KEPT_PIXELS / pixels)
    return QSize(max(1, int(size.width() * ratio)), max(1, int(size.height() * ratio)))


def read_image(data: bytes) -> QImage:
    """Decode picture bytes (PNG, JPEG, BMP, GIF…) checked by their header first, scaled down to at most
    MAX_KEPT_PIXELS. Raises PastedImageError with a plain message for the tutor."""
    if not data:
        raise PastedImageError(translate("PastedImage", "The clipboard holds no picture."))
    if len(data) > MAX_INPUT_BYTES:
        raise PastedImageError(
            translate(
                "PastedImage", "This picture is larger than %1 MB: scale it down and paste it again."
            ).replace("%1", str(MAX_INPUT_BYTES // (1024 * 1024)))
        )
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise PastedImageError(
            translate(
                "PastedImage", "This is not a picture Astegni Desktop can open (PNG, JPEG, BMP or GIF)."
            )
        )
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        raise PastedImageError(
            translate(
                "PastedImage", "This picture does not say how large it is, so it cannot be opened safely."
            )
        )
    if size.width() * size.height() > MAX_READ_PIXELS:
        raise PastedImageError(
            translate(
                "PastedImage",
                "This picture is %1 × %2 pixels, more than %3 megapixels: scale it down and paste it again.",
            )
            .replace("%1", str(size.width()))
            .replace("%2", str(size.height()))
            .replace("%3", str(MAX_READ_PIXELS // 1_000_000))
        )
    target = kept_size(size)
    if target != size:
        reader.setScaledSize(target)
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise PastedImageError(
            translate("PastedImage", "This picture could not be read: it may be damaged or incomplete.")
        )
    return image


def fit(image: QImage) -> QImage:
    """An image the clipboard already decoded, scaled down (smoothly) to at most MAX_KEPT_PIXELS."""
    if image.isNull():
        raise PastedImageError(translate("PastedImage", "The clipboard holds no picture."))
    target = kept_size(image.size())
    if target == image.size():
        return image
    return image.scaled(
        target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def png_bytes(image: QImage) -> bytes:
    """The picture as PNG bytes: how the board keeps it."""
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes; PySide wants str
        raise PastedImageError(
            translate("PastedImage", "This picture could not be read: it may be damaged or incomplete.")
        )
    buffer.close()
    return bytes(raw.data())


__all__ = [
    "MAX_KEPT_PIXELS",
    "MAX_READ_PIXELS",
    "PastedImageError",
    "fit",
    "kept_size",
    "png_bytes",
    "read_image",
]
