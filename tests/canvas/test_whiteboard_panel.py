"""The Whiteboard panel as a tutor uses it: boards, pages, backgrounds, a restart that shows all as left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont

from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.ink import Background
from astegni_desktop.panels.whiteboard import WhiteboardPanel
from astegni_desktop.store import Store
from tests.helpers.tablet import Pen

pytestmark = pytest.mark.gui


def test_boards_pages_and_a_restart(tmp_path: Path, qtbot) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    assert panel.stack.currentIndex() == 0  # an empty state, not a blank canvas
    board = panel.new_board("Quadratic equations")
    editor = panel.editor
    assert panel.stack.currentIndex() == 1 and editor.board is not None
    assert editor.board.board_id == board.board_id
    canvas = editor.canvas
    pen = Pen()
    pen.stroke(canvas, [(300, 300, 0.4), (420, 330, 0.8), (520, 360, 0.6)])
    editor.font_size.setValue(40)
    editor.font_box.setCurrentFont(QFont("DejaVu Serif"))
    text = canvas.add_text("ሰላም, Hanna!", 300, 500)
    assert text.text_style is not None and text.text_style.font_size == 40
    assert text.text_style.font_family == editor.font_box.currentFont().family()
    canvas.undo_stack.undo()
    editor.add_page()
    assert editor.pages.count() == 2 and editor.pages.currentRow() == 1
    editor.set_background(Background(kind="graph"))
    pen.stroke(canvas, [(200, 200, 0.5), (260, 260, 0.5)])
    pen.stroke(canvas, [(200, 300, 0.5), (260, 360, 0.5)])
    assert "2 pages · 3 strokes" in panel.board_items()[0].text()
    editor.pages.setCurrentRow(0)
    assert len(canvas.page or []) == 1
    # a restart: a new store on the same file shows the board exactly as left
    store.close()
    again = Store(tmp_path / "cache.sqlite3")
    panel2 = WhiteboardPanel(again.boards)
    qtbot.addWidget(panel2)
    assert len(panel2.board_items()) == 1
    assert panel2.open_board(board.board_id)
    loaded = panel2.editor.board
    assert loaded is not None and [len(p) for p in loaded.pages] == [1, 2]
    assert loaded.pages[1].background.kind == "graph"
    panel2.editor.pages.setCurrentRow(1)
    panel2.delete_board(confirm=False)
    assert not panel2.board_items() and panel2.stack.currentIndex() == 0
    again.close()


def test_a_page_opens_from_its_snapshot_before_its_ink_loads(tmp_path: Path, qtbot) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    board = panel.new_board("Snapshot")
    canvas = panel.editor.canvas
    canvas.settings.color = "#000000"
    canvas.settings.width = 12
    a, b = canvas.to_view(200, 200), canvas.to_view(900, 200)
    Pen().stroke(canvas, [(a.x(), a.y(), 1.0), (b.x(), b.y(), 1.0)])
    qtbot.waitUntil(lambda: canvas.snapshot is not None and not canvas.jobs, timeout=5000)
    canvas._save_snapshot()
    assert canvas.page is not None and store.boards.snapshot(canvas.page.page_id)
    store.close()
    again = Store(tmp_path / "cache.sqlite3")
    panel2 = WhiteboardPanel(again.boards)
    qtbot.addWidget(panel2)
    panel2.resize(1200, 760)
    panel2.show()
    assert panel2.open_board(board.board_id)
    canvas2 = panel2.editor.canvas
    assert canvas2.page is not None and not canvas2.page.loaded and canvas2.snapshot is not None
    mid = canvas2.to_view(550, 200)
    image = canvas2.grab().toImage()
    from PySide6.QtGui import QColor

    assert (
        QColor(image.pixel(round(mid.x()), round(mid.y()))).lightness() < 120
    )  # ink, before any stroke loaded

    def ink_loaded() -> bool:
        page = canvas2.page
        return page is not None and page.loaded and len(page) == 1

    qtbot.waitUntil(ink_loaded, timeout=5000)
    again.close()


def test_the_teaching_menu_shows_the_set_square_and_the_compass_whose_arc_is_kept(
    tmp_path: Path, qtbot
) -> None:
    import math

    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    board = panel.new_board("Circles")
    editor = panel.editor
    canvas = editor.canvas
    menu = editor.teaching_button.menu()
    assert menu is not None
    entries = {a.text().split(":")[0]: a for a in menu.actions() if a.text()}
    assert {"Set square", "Compass"} <= set(entries)
    entries["Set square"].trigger()
    assert _held(canvas, "set_square", "square") is not None
    entries["Set square"].trigger()
    assert _held(canvas, "set_square", "square") is None
    entries["Compass"].trigger()
    compass = _held(canvas, "compass", "compass")
    assert compass is not None
    px, py = canvas.to_view(*compass.pencil).x(), canvas.to_view(*compass.pencil).y()
    cx, cy = canvas.to_view(*compass.center).x(), canvas.to_view(*compass.center).y()
    r = math.hypot(px - cx, py - cy)
    Pen().stroke(canvas, [(cx + r * math.cos(a / 10), cy - r * math.sin(a / 10), 0.7) for a in range(0, 32)])
    page = board.pages[0]
    page.loaded = False
    store.boards.load_page(page)
    [arc] = list(page)
    assert arc.has_pressure and len(arc.points) > 20
    entries["Compass"].trigger()
    assert _held(canvas, "compass", "compass") is None
    store.close()


def _held(canvas: CanvasView, tool: str, attr: str) -> Any:
    """The instrument a tool holds now (None: hidden)."""
    return getattr(canvas.tools[tool], attr)
