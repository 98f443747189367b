"""A picture pasted from the clipboard (Ctrl+V) goes on the page as an object under the ink: placed in the
view, exported, moved, deleted, undone, kept in the cache, never sent to the student; a hostile clipboard is
refused with words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from astegni_desktop.canvas.export import export_pdf, export_png
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.store import Store
from astegni_desktop.store.schema import outbox
from tests.canvas.test_pasted_image import _png_header
from tests.helpers.dialogs import answer_next_message_box
from tests.helpers.tablet import Pen

pytestmark = pytest.mark.gui

GREEN = QColor(20, 160, 60)


@pytest.fixture
def board_env(tmp_path: Path, qtbot):
    store = Store(tmp_path / "cache.sqlite3")
    board = store.boards.create("Cells")
    view = CanvasView(store.boards)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_page(board.pages[0])
    view.auto_fit = False
    view.zoom, view.offset = 1.0, QPointF(0, 0)
    yield store, board, view
    store.close()


def _picture(w: int = 200, h: int = 100) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(GREEN)
    return image


def _is_green(image: QImage, x: float, y: float) -> bool:
    c = QColor(image.pixel(round(x), round(y)))
    return c.green() > 130 and c.red() < 60 and c.blue() < 90


def _paste(view: CanvasView, qtbot) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _outbox_rows(store: Store) -> int:
    with store.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(outbox)).scalar_one())


def test_a_pasted_picture_is_placed_exported_moved_undone_deleted_and_kept(
    board_env, qtbot, tmp_path: Path
) -> None:
    store, board, view = board_env
    page = view.page
    assert page is not None
    QApplication.clipboard().setImage(_picture())
    _paste(view, qtbot)
    assert len(page.images) == 1
    (pic,) = page.images.values()
    centre = view.to_page(QPointF(view.width() / 2, view.height() / 2))
    assert (pic.x + pic.w / 2, pic.y + pic.h / 2) == pytest.approx((centre.x(), centre.y()), abs=1)
    assert (pic.w, pic.h) == (200, 100) and view.mode == CanvasView.SELECT
    # ink drawn over it stays on top, and the export shows both where they are
    view.set_mode("pen")
    view.settings.color = "#e53935"
    view.settings.width = 6
    Pen().stroke(view, [(pic.x + 20, pic.y + 50, 0.8), (pic.x + 180, pic.y + 50, 0.8)])
    png = QImage(str(export_png(page, tmp_path / "page.png", scale=1.0)))
    assert _is_green(png, pic.x + 100, pic.y + 20) and not _is_green(png, pic.x - 10, pic.y + 20)
    assert QColor(png.pixel(round(pic.x + 100), round(pic.y + 50))).red() > 180  # the ink, over it
    # the canvas tiles show it too
    view.set_page(None)
    view.set_page(page)
    view.repaint()
    qtbot.waitUntil(lambda: not view.jobs and not view.wanted and bool(view.tiles), timeout=5000)
    view.repaint()
    assert _is_green(view.grab().toImage(), pic.x + 100, pic.y + 80)
    # a click picks it, a drag moves it, undo and redo
    view.set_mode(CanvasView.SELECT)
    at = QPointF(pic.x + 100, pic.y + 85)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert view.tools[CanvasView.SELECT].images == [pic]
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at.toPoint())
    qtbot.mouseMove(view, (at + QPointF(-150, -120)).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=(at + QPointF(-150, -120)).toPoint())
    (moved,) = page.images.values()
    assert (moved.x, moved.y) == pytest.approx((pic.x - 150, pic.y - 120), abs=1)
    png = QImage(str(export_png(page, tmp_path / "moved.png", scale=1.0)))
    assert _is_green(png, moved.x + 100, moved.y + 20) and not _is_green(png, pic.x + 190, pic.y + 90)
    view.undo_stack.undo()
    assert (page.images[pic.client_id].x, page.images[pic.client_id].y) == (pic.x, pic.y)
    view.undo_stack.redo()
    assert page.images[pic.client_id].x == pytest.approx(moved.x)
    # kept in the cache: a reload finds it where it was left, and the PDF worker's load has it
    again = store.boards.load(board.board_id)
    assert again is not None
    (kept,) = again.pages[0].images.values()
    assert (kept.x, kept.y, kept.w, kept.h) == pytest.approx((moved.x, moved.y, 200, 100))
    assert QImage.fromData(kept.png).size() == _picture().size()
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(export_pdf(again, tmp_path / "board.pdf")))
    bitmap = doc[0].render(scale=1).to_numpy()  # BGR(A)
    greenish = (bitmap[..., 1] > 130) & (bitmap[..., 2] < 60) & (bitmap[..., 0] < 90)
    assert greenish.sum() > 1000
    doc.close()
    # Delete removes it (the ink stays), undo brings it back, redo deletes it again, in the cache too
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPointF(moved.x + 100, moved.y + 85).toPoint())
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert page.images == {} and len(page) == 1
    view.undo_stack.undo()
    assert list(page.images) == [pic.client_id]
    view.undo_stack.redo()
    assert page.images == {} and store.boards.page_images(page.page_id) == []


def test_a_picture_is_never_sent_to_the_student(board_env, qtbot) -> None:
    store, board, view = board_env
    store.lessons.bind(board.board_id, 7, "Hanna Tesfaye", "Cells")
    queued = _outbox_rows(store)
    sent: list[object] = []
    view.board_service.strokesChanged.connect(lambda *a: sent.append(a))
    QApplication.clipboard().setImage(_picture())
    _paste(view, qtbot)
    page = view.page
    assert page is not None and len(page.images) == 1
    view.delete_selection()
    view.undo_stack.undo()
    assert sent == [] and _outbox_rows(store) == queued
    view.set_mode("pen")
    Pen().stroke(view, [(100, 100, 0.5), (200, 100, 0.5)])  # ink is queued as before
    assert len(sent) == 1 and _outbox_rows(store) > queued


def test_a_huge_picture_header_on_the_clipboard_is_refused_with_its_size(board_env, qtbot) -> None:
    _store, _board, view = board_env
    data = QMimeData()
    data.setData("image/png", _png_header(20000, 20000))
    QApplication.clipboard().setMimeData(data)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    _paste(view, qtbot)
    page = view.page
    assert page is not None and page.images == {} and view.undo_stack.count() == 0
    assert seen and "20000 × 20000" in seen[0]


def test_the_lesson_bar_says_once_that_pictures_stay_on_the_tutors_board(tmp_path: Path, qtbot) -> None:
    from astegni_desktop.panels.whiteboard import WhiteboardPanel

    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards, store)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    board = panel.new_board("Cells")
    store.lessons.bind(board.board_id, 7, "Hanna Tesfaye", "Cells")
    assert panel.open_board(board.board_id)
    canvas = panel.editor.canvas
    activity = panel.editor.lesson_bar.activity
    QApplication.clipboard().setImage(_picture())
    _paste(canvas, qtbot)
    assert activity.text() == "Images stay on your board: Hanna does not see them"
    activity.setText("")
    _paste(canvas, qtbot)
    page = canvas.page
    assert page is not None and len(page.images) == 2 and activity.text() == ""  # said once
    store.close()


def test_a_lasso_round_a_picture_and_ink_moves_both_in_one_undo_step(board_env, qtbot) -> None:
    _store, _board, view = board_env
    QApplication.clipboard().setImage(_picture(100, 60))
    _paste(view, qtbot)
    page = view.page
    assert page is not None
    (pic,) = page.images.values()
    view.set_mode("pen")
    Pen().stroke(view, [(pic.x - 40, pic.y - 20, 0.5), (pic.x - 10, pic.y - 20, 0.5)])
    (ink,) = list(page)
    view.set_mode(CanvasView.SELECT)
    corners = [
        (pic.x - 60, pic.y - 40),
        (pic.x + 120, pic.y - 40),
        (pic.x + 120, pic.y + 80),
        (pic.x - 60, pic.y + 80),
    ]
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPointF(*corners[0]).toPoint())
    for x, y in corners[1:]:
        qtbot.mouseMove(view, QPointF(x, y).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPointF(*corners[-1]).toPoint())
    assert [s.client_id for s in view.selection] == [ink.client_id]
    at = QPointF(pic.x + 50, pic.y + 30)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at.toPoint())
    qtbot.mouseMove(view, (at + QPointF(200, 100)).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=(at + QPointF(200, 100)).toPoint())
    assert page.images[pic.client_id].x == pytest.approx(pic.x + 200, abs=1)
    (moved_ink,) = list(page)
    assert moved_ink.points[0, 0] == pytest.approx(pic.x - 40 + 200, abs=1)
    view.undo_stack.undo()
    (back,) = list(page)
    assert page.images[pic.client_id].x == pic.x and back.client_id == ink.client_id


def test_a_damaged_picture_in_the_cache_is_drawn_as_nothing(board_env, tmp_path: Path) -> None:
    from astegni_desktop.ink import PageImage

    store, board, _view = board_env
    page_id = board.pages[0].page_id
    store.boards.replace_images(page_id, [], [PageImage("bomb", _png_header(20000, 20000), 10, 10, 500, 300)])
    again = store.boards.load(board.board_id)
    assert again is not None and list(again.pages[0].images) == ["bomb"]
    png = QImage(str(export_png(again.pages[0], tmp_path / "page.png", scale=1.0)))
    assert QColor(png.pixel(200, 200)).lightness() > 240  # paper, and no 1.6 GB decode
