"""A pasted picture's bytes are hostile: the header is read before decoding, huge or junk input is refused
with a plain message, and what is kept is scaled down to at most 4 megapixels."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from astegni_desktop.canvas.pasted_image import (
    MAX_KEPT_PIXELS,
    PastedImageError,
    fit,
    png_bytes,
    read_image,
)


def _png_header(width: int, height: int) -> bytes:
    """A PNG signature and IHDR chunk claiming width × height, then a truncated IDAT: no pixels at all."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", 100) + b"IDAT" + b"\x00" * 10


def _encoded(image: QImage, fmt: str) -> bytes:
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)  # type: ignore[call-overload]
    return bytes(raw.data())


def test_a_20000_by_20000_header_is_refused_before_decoding_with_its_size_said() -> None:
    with pytest.raises(PastedImageError) as refused:
        read_image(_png_header(20000, 20000))
    assert "20000 × 20000" in str(refused.value) and "megapixels" in str(refused.value)


@pytest.mark.parametrize(
    "junk",
    [b"", b"\x00" * 4096, b"text from the clipboard", _png_header(40, 30), b"\x89PNG\r\n\x1a\n"],
)
def test_junk_bytes_are_refused_with_a_plain_message(junk: bytes) -> None:
    with pytest.raises(PastedImageError) as refused:
        read_image(junk)
    message = str(refused.value)
    assert message and "<" not in message and len(message) < 200


def test_a_large_photo_is_kept_scaled_down_to_four_megapixels_and_stored_as_png() -> None:
    photo = QImage(3000, 2000, QImage.Format.Format_RGB32)  # 6 MP
    photo.fill(QColor(30, 120, 200))
    image = read_image(_encoded(photo, "JPG"))
    assert image.width() * image.height() <= MAX_KEPT_PIXELS
    assert image.width() / image.height() == pytest.approx(1.5, abs=0.01)
    assert image.width() > 2000  # scaled down, not to a thumbnail
    again = read_image(png_bytes(image))
    assert again.size() == image.size()
    assert abs(QColor(again.pixel(100, 100)).blue() - 200) < 10
    small = QImage(400, 300, QImage.Format.Format_ARGB32)
    small.fill(QColor(0, 0, 0, 0))
    assert read_image(_encoded(small, "PNG")).size() == small.size()  # small pictures kept as they are
    decoded = fit(photo)  # what the clipboard already decoded
    assert decoded.width() * decoded.height() <= MAX_KEPT_PIXELS and decoded.width() > 2000
