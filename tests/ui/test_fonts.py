"""The bundled Ge'ez font: Amharic is drawn legibly with no Ethiopic font installed (this test image has
none, like Windows and macOS), and the board's PDF export embeds it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter

from astegni_desktop import fonts
from astegni_desktop.canvas.export import export_pdf
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.store import Store

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _bundled_font(qapp) -> None:
    fonts.install(qapp)


def drawn(text: str, font: QFont) -> QImage:
    image = QImage(48, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(4, 24), text)
    painter.end()
    return image


def inked(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).lightness() < 128 for x in range(image.width()) for y in range(image.height())
    )


@pytest.mark.parametrize("pixels", [11, 13])
def test_te_and_pe_stay_distinct_at_small_sizes_in_the_ui_font(qapp, pixels: int) -> None:
    font = QFont(qapp.font())
    font.setPixelSize(pixels)
    assert fonts.ETHIOPIC in font.families()
    te, pe, unknown = drawn("ጥ", font), drawn("ፕ", font), drawn("\ue000", font)
    assert te != pe
    assert inked(te) > 4 and inked(pe) > 4
    assert unknown not in (te, pe)  # real glyphs, not the box of a missing one


def test_the_board_text_font_falls_back_to_the_ge_ez_font(qapp) -> None:
    from astegni_desktop.canvas.render import text_font
    from astegni_desktop.ink import Stroke, Tool, new_id
    from astegni_desktop.ink.stroke import TextStyle, make_points

    stroke = Stroke(
        client_id=new_id(),
        tool=Tool.TEXT,
        color="#000000",
        width=1.0,
        points=make_points([(0, 0, 1, 0)]),
        text="ሰላም",
        text_style=TextStyle(font_family="Noto Sans", font_size=24),
        has_pressure=False,
    )
    font = text_font(stroke)
    assert font.families() == ["Noto Sans", fonts.ETHIOPIC]
    alone = QFont(fonts.ETHIOPIC)
    assert QFontInfo(alone).family() == fonts.ETHIOPIC


def test_a_pdf_of_a_page_with_selam_temari_embeds_the_ge_ez_font(tmp_path: Path, qtbot) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    board = store.boards.create("ሰላም")
    view = CanvasView(store.boards)
    qtbot.addWidget(view)
    view.set_page(board.pages[0])
    view.add_text("ሰላም ተማሪ", 80, 120)
    loaded = store.boards.load(board.board_id)
    assert loaded is not None
    pdf = export_pdf(loaded, tmp_path / "lesson.pdf")
    store.close()
    data = pdf.read_bytes()
    assert b"NotoSansEthiopic" in data and b"/FontFile2" in data
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed: checked the PDF's bytes only")
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    [row] = [line for line in listing.splitlines() if "NotoSansEthiopic" in line]
    assert row.split()[-5] == "yes"  # the "emb" column: the glyphs travel with the PDF
