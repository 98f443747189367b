"""Picture and worksheet backgrounds: a file too large, lying about its size or damaged is refused with a
reason; any PDF page renders within a pixel budget; the raster cache stays within its bytes."""

from __future__ import annotations

import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, QTimer
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QMessageBox

from astegni_desktop.canvas import backgrounds
from astegni_desktop.canvas.backgrounds import (
    CACHE,
    CACHE_BYTES,
    MAX_RASTER_PIXELS,
    BackgroundError,
    check,
    raster,
)
from astegni_desktop.ink import Background
from astegni_desktop.panels.whiteboard import WhiteboardPanel
from astegni_desktop.store import Store

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    CACHE.clear()
    yield
    CACHE.clear()


def png(width: int, height: int, raw: bytes) -> bytes:
    """A 1-bit greyscale PNG whose header says width × height, with `raw` (filtered rows) as its data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def white_png(path: Path, width: int, height: int) -> Path:
    row = b"\0" + b"\xff" * ((width + 7) // 8)
    path.write_bytes(png(width, height, row * height))
    return path


def pdf(path: Path, width_pt: float, height_pt: float) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 200, 200, QColor("#3949ab"))
    painter.end()
    return path


def picture(path: Path) -> Background:
    return Background(kind="image", source=str(path))


def test_a_picture_too_large_to_hold_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    big = white_png(tmp_path / "scan.png", 9000, 6000)  # 54 megapixels: 216 MB decoded
    with pytest.raises(BackgroundError, match=r"9,000 × 6,000 pixels"):
        check(picture(big))


def test_a_header_claiming_60000_pixels_square_is_refused(tmp_path: Path) -> None:
    liar = tmp_path / "liar.png"
    liar.write_bytes(png(60000, 60000, b"\0" * 16))
    started = time.perf_counter()
    with pytest.raises(BackgroundError, match="60,000 × 60,000"):
        check(picture(liar))
    assert time.perf_counter() - started < 0.5


def test_a_truncated_picture_is_refused_not_shown_blank(tmp_path: Path) -> None:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    for y in range(600):  # noise-like rows, so the file is not all in its first bytes
        image.setPixelColor(y % 800, y, QColor((y * 37) % 256, (y * 91) % 256, (y * 13) % 256))
    whole = tmp_path / "whole.png"
    assert image.save(str(whole))
    data = whole.read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackgroundError, match="could not be read"):
        check(picture(cut))
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("not a picture")
    with pytest.raises(BackgroundError, match="not a picture"):
        check(picture(not_a_picture))


def test_a_large_picture_within_the_limit_is_kept_at_a_bounded_size(tmp_path: Path) -> None:
    photo = white_png(tmp_path / "photo.png", 6000, 4000)  # 24 MP: accepted, held at 16 MP
    check(picture(photo))
    image = raster(picture(photo), 4.0)
    assert image is not None and not image.isNull()
    assert image.width() * image.height() <= MAX_RASTER_PIXELS
    assert abs(image.width() / image.height() - 1.5) < 0.01


def test_a_huge_pdf_page_renders_within_the_pixel_budget(tmp_path: Path) -> None:
    poster = pdf(tmp_path / "poster.pdf", 14400, 14400)
    started = time.perf_counter()
    image = raster(Background(kind="pdf", source=str(poster)), 1.0)
    elapsed = time.perf_counter() - started
    assert image is not None
    assert image.width() * image.height() <= MAX_RASTER_PIXELS
    assert elapsed < 1.0, f"{elapsed:.2f} s"


def test_zooming_an_a4_worksheet_keeps_the_cache_within_its_bytes(tmp_path: Path) -> None:
    sheet = pdf(tmp_path / "sheet.pdf", 595, 842)
    for page in range(4):
        for scale in (1.0, 2.0, 4.0, 8.0):
            bg = Background(kind="pdf", source=str(sheet), color=f"#FFFFF{page}")
            image = raster(bg, scale)
            assert image is not None and image.width() * image.height() <= MAX_RASTER_PIXELS
    assert 0 < CACHE.bytes <= CACHE_BYTES
    assert CACHE.bytes == sum(i.sizeInBytes() for i in CACHE.items.values() if i is not None)


def test_the_whiteboard_refuses_a_bad_picture_with_the_reason(tmp_path: Path, qtbot, monkeypatch) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.new_board("Worksheets")
    editor = panel.editor
    liar = tmp_path / "liar.png"
    liar.write_bytes(png(60000, 60000, b"\0" * 16))
    monkeypatch.setattr(
        "astegni_desktop.panels.whiteboard.QFileDialog.getOpenFileName", lambda *a, **k: (str(liar), "")
    )
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(box.text())
        box.close()

    QTimer.singleShot(0, answer)
    editor._choose_image()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "60,000 × 60,000 pixels" in said[0]
    page = editor.current_page()
    assert page is not None and page.background.kind == "plain"
    fine = white_png(tmp_path / "fine.png", 400, 300)
    monkeypatch.setattr(
        "astegni_desktop.panels.whiteboard.QFileDialog.getOpenFileName", lambda *a, **k: (str(fine), "")
    )
    editor._choose_image()
    qtbot.waitUntil(lambda: not editor.checking_background, timeout=5000)
    assert page.background == picture(fine)
    store.close()


def test_a_slow_picture_is_checked_while_the_window_stays_responsive(
    tmp_path: Path, qtbot, monkeypatch
) -> None:
    """Decoding a 40-megapixel photo takes a second or two: it happens off the GUI thread, and the picture
    lands on the page it was chosen for even if the tutor moved to another page meanwhile."""
    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.new_board("Photos")
    editor = panel.editor
    editor.add_page()
    editor.pages.setCurrentRow(0)
    chosen = editor.current_page()
    photo = white_png(tmp_path / "photo.png", 6000, 4000)
    gate = threading.Event()
    real_check = backgrounds.check

    def slow_check(bg: Background) -> None:
        gate.wait(5)
        real_check(bg)

    monkeypatch.setattr(backgrounds, "check", slow_check)
    monkeypatch.setattr(
        "astegni_desktop.panels.whiteboard.QFileDialog.getOpenFileName", lambda *a, **k: (str(photo), "")
    )
    started = time.perf_counter()
    editor._choose_image()
    assert time.perf_counter() - started < 0.5 and editor.checking_background
    editor.pages.setCurrentRow(1)  # the tutor goes on working
    gate.set()
    qtbot.waitUntil(lambda: not editor.checking_background, timeout=10_000)
    assert chosen is not None and editor.board is not None
    assert editor.board.pages[0].page_id == chosen.page_id
    assert editor.board.pages[0].background == picture(photo)
    assert editor.current_page() is not chosen and editor.current_page().background.kind == "plain"  # type: ignore[union-attr]
    store.close()


def test_pdf_page_count_is_where_backgrounds_are(tmp_path: Path) -> None:
    assert backgrounds.pdf_page_count(str(pdf(tmp_path / "one.pdf", 595, 842))) == 1
