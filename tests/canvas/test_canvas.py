"""The canvas driven by synthesized pen input: pressure, the eraser end, tools, undo, export, persistence."""

from __future__ import annotations

import dataclasses
import itertools
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from astegni_desktop.canvas.export import export_pdf, export_png
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.ink import Background, Page, Tool
from astegni_desktop.store import Store
from tests.helpers.tablet import Pen

pytestmark = pytest.mark.gui


@pytest.fixture
def board_env(tmp_path: Path, qtbot):
    store = Store(tmp_path / "cache.sqlite3")
    board = store.boards.create("Quadratic equations")
    view = CanvasView(store.boards)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_page(board.pages[0])
    view.auto_fit = False
    view.zoom, view.offset = 1.0, QPointF(0, 0)
    view.settings.smoothing = 0.0
    yield store, board, view
    store.close()


def strokes(view: CanvasView) -> list:
    assert view.page is not None
    return list(view.page)


def test_pressure_reaches_the_width_and_the_store(board_env) -> None:
    store, board, view = board_env
    pen = Pen()
    pen.stroke(view, [(100, 100, 0.1), (140, 110, 0.5), (180, 120, 1.0), (220, 130, 1.0)])
    [s] = strokes(view)
    assert s.tool is Tool.PEN and s.has_pressure
    assert s.points[0, 2] == pytest.approx(0.1, abs=1e-3) and s.points[-2, 2] == pytest.approx(1.0)
    image = view.grab_page(1.0)

    # thin where light, thick where heavy: count inked pixels across the stroke at both ends
    def thickness(x: int, y: int) -> int:
        return sum(1 for dy in range(-8, 9) if QColor(image.pixel(x, y + dy)).lightness() < 200)

    assert thickness(105, 101) < thickness(200, 125)
    # durable at pen-up: a second store on the same file sees it
    again = Store(store.path)
    loaded = again.boards.load(board.board_id)
    assert loaded is not None and [x.client_id for x in loaded.pages[0]] == [s.client_id]
    assert np.allclose(loaded.pages[0].strokes[s.client_id].points, s.points)
    again.close()


def test_smoothing_keeps_the_end_points(board_env) -> None:
    _, _, view = board_env
    view.settings.smoothing = 1.0
    pen = Pen()
    zigzag = [(100 + i * 6, 200 + (8 if i % 2 else -8), 0.6) for i in range(30)]
    pen.stroke(view, zigzag)
    [s] = strokes(view)
    assert tuple(s.points[0, :2]) == (100.0, 192.0)
    assert tuple(s.points[-1, :2]) == pytest.approx((274.0, 208.0))
    assert np.abs(np.diff(s.points[1:-1, 1])).mean() < 16  # the zigzag is calmer


def test_the_eraser_end_erases_then_the_pen_draws_again(board_env) -> None:
    store, board, view = board_env
    pen = Pen()
    pen.stroke(view, [(100, 300, 0.5), (300, 300, 0.5)])
    pen.stroke(view, [(100, 400, 0.5), (300, 400, 0.5)])
    assert len(strokes(view)) == 2
    pen.stroke(view, [(200, 290, 0.5), (200, 310, 0.5)], eraser=True)
    assert len(strokes(view)) == 1 and view.mode == Tool.PEN.value
    pen.stroke(view, [(100, 500, 0.5), (300, 500, 0.5)])
    assert len(strokes(view)) == 2 and all(s.tool is Tool.PEN for s in strokes(view))
    view.undo_stack.undo()  # the new stroke
    view.undo_stack.undo()  # the erase
    assert len(strokes(view)) == 2
    loaded = store.boards.load(board.board_id)
    assert loaded is not None and len(loaded.pages[0]) == 2


def test_undo_redo_of_every_tool(board_env, qtbot) -> None:
    _, _, view = board_env
    pen = Pen()
    for tool in (Tool.LINE, Tool.RECTANGLE, Tool.CIRCLE, Tool.ARROW):
        view.set_mode(tool.value)
        pen.stroke(view, [(50, 50, 0.5), (150, 120, 0.5)])
    view.set_mode(Tool.HIGHLIGHTER.value)
    pen.stroke(view, [(50, 200, 0.5), (250, 200, 0.5)])
    view.add_text("x² − 5x + 6 = 0", 60, 300)
    kinds = [s.tool for s in strokes(view)]
    # the circle tool draws the ellipse inscribed in the dragged box
    assert kinds == [Tool.LINE, Tool.RECTANGLE, Tool.ELLIPSE, Tool.ARROW, Tool.HIGHLIGHTER, Tool.TEXT]
    assert strokes(view)[4].opacity < 1
    for _ in range(6):
        view.undo_stack.undo()
    assert strokes(view) == []
    for _ in range(6):
        view.undo_stack.redo()
    assert [s.tool for s in strokes(view)] == kinds


def test_select_with_a_lasso_move_and_delete(board_env, qtbot) -> None:
    _, _, view = board_env
    pen = Pen()
    pen.stroke(view, [(100, 100, 0.5), (150, 100, 0.5)])
    pen.stroke(view, [(400, 400, 0.5), (450, 400, 0.5)])
    keep, moving = strokes(view)
    view.set_mode(CanvasView.SELECT)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPointF(380, 380).toPoint())
    for x, y in ((480, 380), (480, 420), (380, 420)):
        qtbot.mouseMove(view, QPointF(x, y).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPointF(380, 420).toPoint())
    assert [s.client_id for s in view.selection] == [moving.client_id]
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPointF(420, 400).toPoint())
    qtbot.mouseMove(view, QPointF(470, 450).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPointF(470, 450).toPoint())
    moved = [s for s in strokes(view) if s.client_id != keep.client_id]
    assert len(moved) == 1 and moved[0].points[0, 0] == pytest.approx(450, abs=1)
    view.undo_stack.undo()
    assert {s.client_id for s in strokes(view)} == {keep.client_id, moving.client_id}
    view.undo_stack.redo()
    view.delete_selection()
    assert [s.client_id for s in strokes(view)] == [keep.client_id]


def test_area_eraser_cuts_a_stroke_in_two(board_env) -> None:
    _, _, view = board_env
    pen = Pen()
    pen.stroke(view, [(100 + i * 10, 300, 0.5) for i in range(31)])
    view.settings.area_eraser = True
    pen.stroke(view, [(250, 280, 0.5), (250, 320, 0.5)], eraser=True)
    parts = strokes(view)
    assert len(parts) == 2
    assert max(parts[0].points[:, 0]) < 250 < min(parts[1].points[:, 0])


def test_zoom_and_pan_keep_the_point_under_the_cursor(board_env) -> None:
    _, _, view = board_env
    anchor = QPointF(300, 200)
    before = view.to_page(anchor)
    view.set_zoom(2.0, anchor)
    after = view.to_page(anchor)
    assert (after.x(), after.y()) == pytest.approx((before.x(), before.y()))
    view.pan(50, 0)
    assert view.to_page(anchor).x() == pytest.approx(before.x() - 25)
    view.fit_page()
    assert 0.5 < view.zoom < 1.0


def test_export_png_and_pdf_with_backgrounds(board_env, tmp_path: Path) -> None:
    _store, board, view = board_env
    view.settings.color = "#e53935"
    view.settings.width = 8
    Pen().stroke(view, [(100, 100, 1.0), (500, 100, 1.0)])
    page = view.page
    assert page is not None
    png = export_png(page, tmp_path / "page.png", scale=1.0)
    image = QImage(str(png))
    assert image.width() == 1280 and QColor(image.pixel(300, 100)).red() > 200
    assert QColor(image.pixel(300, 100)).green() < 100 and QColor(image.pixel(300, 300)).lightness() > 240
    ruled = Page(title="Ruled", background=Background(kind="ruled"))
    board.pages.append(ruled)
    pdf = export_pdf(board, tmp_path / "board.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    assert len(doc) == 2
    bitmap = doc[0].render(scale=1).to_numpy()
    assert (bitmap[..., 2] > 200).any()  # the red ink is in the PDF
    doc.close()


def test_a_pdf_worksheet_becomes_a_page_background(board_env, tmp_path: Path) -> None:
    store, board, view = board_env
    sheet = Page(title="Sheet")
    sheet.strokes  # noqa: B018
    board.pages.append(sheet)
    pdf = export_pdf(board, tmp_path / "worksheet.pdf")  # any PDF will do as a worksheet
    page = view.page
    assert page is not None
    page.background = Background(kind="pdf", source=str(pdf), page_index=0)
    store.boards.set_background(page.page_id, page.background)
    loaded = store.boards.load(board.board_id)
    assert loaded is not None and loaded.pages[0].background.kind == "pdf"
    image = view.grab_page(0.5)
    assert not image.isNull()


def test_tiles_render_progressively_and_zoom_shows_the_old_tiles_at_once(board_env, qtbot) -> None:
    _, board, view = board_env
    view.settings.color = "#000000"
    view.settings.width = 10
    Pen().stroke(view, [(100, 100, 1.0), (400, 100, 1.0)])
    view.set_page(None)
    view.set_page(board.pages[0])
    view.repaint()  # nothing cached yet: paper now, tiles later
    assert view.wanted or view.jobs  # queued for the pump, not rendered inside paint
    qtbot.waitUntil(lambda: not view.jobs and not view.wanted and bool(view.tiles), timeout=5000)
    view.repaint()

    def ink_at(x: float, y: float) -> bool:
        return QColor(view.grab().toImage().pixel(round(x), round(y))).lightness() < 100

    assert ink_at(250, 100)
    view.set_zoom(2.0, QPointF(250, 100))
    view.repaint()  # at once, from the 100 % tiles scaled up
    assert ink_at(250, 100)
    qtbot.waitUntil(lambda: not view.jobs and not view.wanted and bool(view.tiles), timeout=5000)
    assert ink_at(250, 100)


def test_a_page_opened_renders_the_same_tiles_together_as_one_by_one(board_env, qtbot) -> None:
    """Visible tiles render as one picture cut into tiles; a tile rendered alone (after an erase, say)
    shows the same pixels, and ink crossing tile borders joins up."""
    from bench._ink import strokes as handwriting

    store, board, view = board_env
    page = board.pages[0]
    store.boards.replace_strokes(page.page_id, [], handwriting(400))
    view.set_page(None)
    page.loaded = False
    store.boards.load_page(page)
    view.set_page(page)
    view.repaint()
    while view.render_pending(1.0):
        pass
    together = {k: QImage(v) for k, v in view.tiles.items()}
    assert len(together) >= 6
    alone = {}
    for key in together:  # one at a time: a lone tile is never grouped
        view.renderer.clear()
        view.renderer.start_job(key)
        while view.render_pending(1.0):
            pass
        alone[key] = view.tiles[key]
    for key, image in together.items():
        a = np.frombuffer(image.constBits(), dtype=np.uint8).astype(int)
        b = np.frombuffer(alone[key].constBits(), dtype=np.uint8).astype(int)
        assert np.abs(a - b).max() <= 2, key


def _triangle(n: int = 60) -> list[tuple[float, float]]:
    corners = [(200.0, 400.0), (500.0, 400.0), (350.0, 150.0), (200.0, 400.0)]
    out = []
    rng = np.random.default_rng(5)
    for (x0, y0), (x1, y1) in itertools.pairwise(corners):
        for t in np.linspace(0, 1, n // 3, endpoint=False):
            out.append((x0 + (x1 - x0) * t + rng.normal(0, 1.2), y0 + (y1 - y0) * t + rng.normal(0, 1.2)))
    out.append(corners[-1])
    return out


def _draw_and_hold(view: CanvasView, qtbot, points: list[tuple[float, float]], hold_ms: int) -> None:
    pen = Pen()
    pen.press(view, *points[0], 0.6)
    for x, y in points[1:]:
        pen.move(view, x, y, 0.6)
    qtbot.wait(hold_ms)  # the pen rests at the end of the stroke
    pen.release(view, *points[-1])


def test_holding_the_pen_still_makes_a_freehand_triangle_a_clean_one_and_undo_gives_it_back(
    board_env, qtbot
) -> None:
    store, board, view = board_env
    wobbly = _triangle()
    _draw_and_hold(view, qtbot, wobbly, 700)
    [clean] = strokes(view)
    assert clean.tool is Tool.PEN
    xy = clean.points[:, :2]
    for corner in [(200, 400), (500, 400), (350, 150)]:  # each corner is on the clean stroke
        assert np.hypot(*(xy - corner).T).min() < 6
    bottom = xy[(np.abs(xy[:, 1] - 400) < 10) & (xy[:, 0] > 240) & (xy[:, 0] < 460)]
    assert len(bottom) > 5 and np.ptp(bottom[:, 1]) < 1.0  # the bottom side is straight: no wobble left
    assert [s.client_id for s in store.boards.page_strokes(board.pages[0].page_id)] == [clean.client_id]
    view.undo_stack.undo()  # the freehand stroke again
    [freehand] = strokes(view)
    assert len(freehand.points) >= len(wobbly) - 2 and freehand.client_id != clean.client_id
    assert [s.client_id for s in store.boards.page_strokes(board.pages[0].page_id)] == [freehand.client_id]
    view.undo_stack.undo()
    assert strokes(view) == []
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert [s.client_id for s in strokes(view)] == [clean.client_id]
    view.settings.recognize_shapes = False  # switched off: a held stroke stays as drawn
    _draw_and_hold(view, qtbot, [(x + 500, y) for x, y in wobbly], 700)
    assert len(strokes(view)) == 2 and len(strokes(view)[-1].points) >= len(wobbly) - 2


def test_a_stroke_without_a_rest_stays_freehand(board_env, qtbot) -> None:
    _, _, view = board_env
    wobbly = _triangle()
    _draw_and_hold(view, qtbot, wobbly, 0)
    [s] = strokes(view)
    assert len(s.points) >= len(wobbly) - 2


def _editor(tool: Any) -> Any:
    return tool.editor  # (read again: mypy would keep what an earlier assert narrowed it to)


def test_an_equation_is_typeset_kept_edited_undone_exported_and_sent_with_its_source(
    board_env, qtbot, tmp_path: Path
) -> None:
    from astegni_desktop.canvas.tools.equation import EquationTool, equation_id
    from astegni_desktop.ink.codec import decode, encode

    store, board, view = board_env
    page = board.pages[0]
    view.set_mode("equation")
    Pen().stroke(view, [(100, 300, 0.5)])
    tool = view.tools["equation"]
    assert isinstance(tool, EquationTool) and tool.editor is not None
    qtbot.keyClicks(tool.editor.line, r"x^2 - 5x + \frac{1}{2")  # a brace left open
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    assert strokes(view) == [] and tool.editor is not None and tool.editor.error.isVisibleTo(tool.editor)
    tool.editor.line.setText(r"x^2 - 5x + 6 = 0")
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    glyphs = strokes(view)
    assert len(glyphs) > 8 and _editor(tool) is None
    assert len({equation_id(s) for s in glyphs}) == 1 and all(s.tool is Tool.PEN for s in glyphs)
    # kept in the cache with its source, and in what the server and the web get
    page.loaded = False
    store.boards.load_page(page)
    kept = list(page)
    assert [s.extra == g.extra for s, g in zip(kept, glyphs, strict=True)] == [True] * len(glyphs)
    kind, data = encode(glyphs[0])
    assert kind == "pen" and data["equation"]["latex"] == r"x^2 - 5x + 6 = 0"
    assert decode(kind, data).extra == glyphs[0].extra
    view.set_page(page)
    # exported as ink
    png = QImage(str(export_png(page, tmp_path / "eq.png", scale=1.0)))
    box = (min(s.bbox[0] for s in kept), min(s.bbox[1] for s in kept))
    dark = sum(
        QColor(png.pixel(x, y)).lightness() < 128
        for x in range(int(box[0]), int(box[0]) + 200)
        for y in range(int(box[1]), int(box[1]) + 40)
    )
    assert dark > 100
    assert export_pdf(board, tmp_path / "eq.pdf").stat().st_size > 1000
    # a click on it opens it again; Enter replaces it in one undo step
    Pen().stroke(view, [(kept[0].bbox[0] + 2, kept[0].points[0, 1], 0.5)])
    assert tool.editor is not None and tool.editor.line.text() == r"x^2 - 5x + 6 = 0"
    tool.editor.line.setText(r"x^2 - 5x + 6 = (x-2)(x-3)")
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    edited = strokes(view)
    assert {s.extra["equation"]["latex"] for s in edited if s.extra} == {r"x^2 - 5x + 6 = (x-2)(x-3)"}
    assert abs(min(s.bbox[0] for s in edited) - box[0]) < 1  # where it was
    view.undo_stack.undo()
    assert {s.client_id for s in strokes(view)} == {s.client_id for s in kept}
    view.undo_stack.undo()
    assert strokes(view) == []
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert {s.client_id for s in strokes(view)} == {s.client_id for s in edited}


def test_a_symbol_picked_from_the_palette_does_not_swallow_the_letter_typed_after_it(
    board_env, qtbot
) -> None:
    from astegni_desktop.canvas.tools.equation import EquationTool

    _, _, view = board_env
    view.set_mode("equation")
    Pen().stroke(view, [(100, 300, 0.5)])
    tool = view.tools["equation"]
    assert isinstance(tool, EquationTool) and tool.editor is not None
    qtbot.keyClicks(tool.editor.line, "a ")
    tool.editor.insert(r"\pm")  # what the Σ palette's "±" does
    qtbot.keyClicks(tool.editor.line, "x ")
    tool.editor.insert(r"\frac{a}{b}")  # a template ends with its brace: nothing added
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    assert _editor(tool) is None and len(strokes(view)) > 4  # typeset, no "unknown command \pmx"


def test_a_selected_equation_moves_whole_and_scales_sharp_with_its_source_kept(
    board_env, qtbot, tmp_path: Path
) -> None:
    from astegni_desktop.canvas.tools.equation import equation_id
    from astegni_desktop.ink.codec import decode, encode

    store, board, view = board_env
    page = board.pages[0]
    view.set_mode("equation")
    Pen().stroke(view, [(100, 300, 0.5)])
    tool: Any = view.tools["equation"]
    tool.editor.line.setText(r"x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}")
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    glyphs = strokes(view)
    [eid] = {equation_id(s) for s in glyphs}
    sent: list[tuple[list[Any], list[Any]]] = []  # what the live relay and the sync see
    view.board_service.strokesChanged.connect(lambda _p, rm, add: sent.append((list(rm), list(add))))
    # a click on one glyph selects the whole equation; a drag moves it all, its source's place with it
    view.set_mode(CanvasView.SELECT)
    first = glyphs[0]
    at = QPointF(first.points[0, 0], first.points[0, 1]).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert {s.client_id for s in view.selection} == {s.client_id for s in glyphs}
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(view, at + QPointF(60, -100).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at + QPointF(60, -100).toPoint())
    moved = strokes(view)
    x0, y0 = min(s.bbox[0] for s in moved), min(s.bbox[1] for s in moved)
    assert x0 == pytest.approx(min(s.bbox[0] for s in glyphs) + 60, abs=1)
    assert {equation_id(s) for s in moved} == {eid}
    meta = moved[0].extra["equation"]
    assert (meta["x"], meta["y"]) == pytest.approx((glyphs[0].extra["equation"]["x"] + 60, 200), abs=1)
    # + typesets it again larger: new outline strokes, same source, same top-left, not a blown-up copy
    width0 = max(s.bbox[2] for s in moved) - x0
    size0 = meta["size"]
    sent.clear()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    big = strokes(view)
    assert {s.extra["equation"]["latex"] for s in big} == {r"x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}"}
    assert {equation_id(s) for s in big} == {eid} and big[0].extra["equation"]["size"] == pytest.approx(
        size0 * 1.25, abs=0.01
    )
    assert not ({s.client_id for s in big} & {s.client_id for s in moved})
    assert (min(s.bbox[0] for s in big), min(s.bbox[1] for s in big)) == pytest.approx((x0, y0), abs=0.5)
    assert max(s.bbox[2] for s in big) - x0 == pytest.approx(width0 * 1.25, rel=0.06)
    assert {s.client_id for s in view.selection} == {s.client_id for s in big}  # still selected
    [(removed, added)] = sent  # the web gets the old outlines removed and the new ones added
    assert {s.client_id for s in removed} == {s.client_id for s in moved}
    assert [decode(*encode(s)).extra for s in added] == [s.extra for s in big]
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    small = strokes(view)
    assert small[0].extra["equation"]["size"] == pytest.approx(size0 / 1.25, abs=0.02)
    # kept in the cache as it is now
    page.loaded = False
    store.boards.load_page(page)
    assert sorted(str(s.extra) for s in page) == sorted(str(s.extra) for s in small)
    view.set_page(page)
    # exported as ink where it now is
    png = QImage(str(export_png(page, tmp_path / "eq.png", scale=1.0)))
    bx, by = int(min(s.bbox[0] for s in small)), int(min(s.bbox[1] for s in small))
    dark = sum(
        QColor(png.pixel(x, y)).lightness() < 128 for x in range(bx, bx + 150) for y in range(by, by + 40)
    )
    assert dark > 50
    assert export_pdf(board, tmp_path / "eq.pdf").stat().st_size > 1000
    # each resize is one undo step
    for _ in range(2):
        view.undo_stack.undo()
    assert {s.client_id for s in strokes(view)} == {s.client_id for s in big}
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert {s.client_id for s in strokes(view)} == {s.client_id for s in glyphs}
    for _ in range(4):
        view.undo_stack.redo()
    assert {s.client_id for s in strokes(view)} == {s.client_id for s in small}


def test_a_function_plot_is_drawn_as_ink_edited_undone_exported_and_sent_with_its_source(
    board_env, qtbot, tmp_path: Path
) -> None:
    from astegni_desktop.canvas.tools.plot import PlotTool, plot_source
    from astegni_desktop.ink.codec import decode, encode

    store, board, view = board_env
    page = board.pages[0]
    view.settings.color = "#1565c0"
    view.set_mode("plot")
    Pen().stroke(view, [(100, 100, 0.5), (400, 250, 0.5), (700, 500, 0.5)])  # the plot's box
    tool = view.tools["plot"]
    assert isinstance(tool, PlotTool) and tool.editor is not None
    qtbot.keyClicks(tool.editor.line, "y = x^2 - 5x + ")
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    assert strokes(view) == [] and "5" in _editor(tool).error.text()  # says where: at the end
    tool.editor.line.setText("y = x^2 - 5x + 6")
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    ink = strokes(view)
    assert len(ink) > 10 and _editor(tool) is None
    assert {Tool.PEN, Tool.TEXT} == {s.tool for s in ink}  # axes, ticks and curve; labels
    for s in ink:
        x0, y0, x1, y1 = s.bbox
        assert x0 >= 100 - 30 and x1 <= 700 + 30 and y0 >= 100 - 30 and y1 <= 500 + 30
    assert all((plot_source(s) or {}).get("source") == "y = x^2 - 5x + 6" for s in ink)
    kind, data = encode(ink[-1])
    assert decode(kind, data).extra == ink[-1].extra
    page.loaded = False
    store.boards.load_page(page)
    assert [s.extra for s in page] == [s.extra for s in ink]
    view.set_page(page)
    assert QImage(str(export_png(page, tmp_path / "plot.png", scale=1.0))).width() == 1280
    assert export_pdf(board, tmp_path / "plot.pdf").stat().st_size > 1000
    Pen().stroke(view, [(ink[0].points[0, 0], ink[0].points[0, 1], 0.5)])  # a click on the plot edits it
    assert _editor(tool) is not None and tool.editor.line.text() == "y = x^2 - 5x + 6"
    tool.editor.line.setText("y = x^2 - 5x + 6; y = 2x - 4")
    qtbot.keyClick(tool.editor.line, Qt.Key.Key_Return)
    both = strokes(view)
    assert len(both) > len(ink) and not ({s.client_id for s in both} & {s.client_id for s in ink})
    view.undo_stack.undo()
    assert [s.client_id for s in strokes(view)] == [s.client_id for s in ink]
    view.undo_stack.undo()
    assert strokes(view) == []
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert {s.client_id for s in strokes(view)} == {s.client_id for s in both}


def _ruler(tool: Any) -> Any:
    return tool.ruler  # (read again: mypy would keep what an earlier assert narrowed it to)


def test_the_ruler_moves_turns_reads_its_angle_and_the_pen_follows_its_edge(board_env, qtbot) -> None:
    from astegni_desktop.canvas.tools.ruler import RulerTool

    _, _, view = board_env
    view.show_ruler(True)
    tool = view.tools["ruler"]
    assert isinstance(tool, RulerTool) and tool.ruler is not None
    ruler = tool.ruler
    ox, oy = ruler.origin
    Pen().stroke(view, [(ox + 100, oy + 40, 0.5), (ox + 150, oy + 60, 0.5)])  # drag the body
    assert strokes(view) == []  # moving the ruler draws nothing
    assert tool.ruler is not None and tool.ruler.origin == pytest.approx((ox + 50, oy + 20))
    ox, oy = tool.ruler.origin
    # a wobbly stroke begun on the edge is laid along it
    Pen().stroke(view, [(ox + 20, oy - 4, 0.5), (ox + 80, oy + 3, 0.6), (ox + 200, oy - 5, 0.5)])
    [line] = strokes(view)
    assert np.allclose(line.points[:, 1], oy, atol=0.01) and line.points[-1, 0] == pytest.approx(
        ox + 200, abs=1
    )
    # turn it by its end: the readout follows (counter-clockwise on screen)
    length = tool.ruler.length
    end = (ox + length - 10, oy + 35)
    target = (
        ox + (length - 10) * math.cos(math.radians(30)),
        oy - (length - 10) * math.sin(math.radians(30)),
    )
    Pen().stroke(view, [(end[0], end[1], 0.5), (target[0], target[1], 0.5)])
    assert tool.ruler is not None and 20 < tool.ruler.readout() < 35 and tool.readout().endswith("°")
    view.show_ruler(False)
    assert _ruler(tool) is None
    Pen().stroke(view, [(ox + 20, oy - 4, 0.5), (ox + 80, oy + 3, 0.6), (ox + 200, oy - 5, 0.5)])
    assert not np.allclose(strokes(view)[-1].points[:, 1], oy, atol=0.5)  # no ruler: freehand


def test_grid_snapping_puts_the_corners_of_shapes_and_recognised_shapes_on_the_grid(board_env, qtbot) -> None:
    from astegni_desktop.canvas.render import GRID_SPACING

    _, _, view = board_env
    view.settings.snap_to_grid = True
    view.set_mode(Tool.RECTANGLE.value)
    Pen().stroke(view, [(101, 98, 0.5), (250, 180, 0.5), (389, 262, 0.5)])
    [box] = strokes(view)
    assert np.allclose(box.points[:, :2] % GRID_SPACING, 0)
    view.set_mode(Tool.PEN.value)
    _draw_and_hold(view, qtbot, [(x + 7, y + 5) for x, y in _triangle()], 700)
    triangle = strokes(view)[-1]
    xy = triangle.points[:, :2]
    for corner in [(207, 405), (507, 405), (357, 155)]:  # each corner moved to the nearest crossing
        snapped = (
            round(corner[0] / GRID_SPACING) * GRID_SPACING,
            round(corner[1] / GRID_SPACING) * GRID_SPACING,
        )
        assert np.hypot(*(xy - snapped).T).min() < 0.5
    view.undo_stack.undo()
    view.undo_stack.undo()
    view.settings.snap_to_grid = False
    view.set_mode(Tool.LINE.value)
    Pen().stroke(view, [(101, 98, 0.5), (389, 262, 0.5)])
    assert strokes(view)[-1].points[0, 0] == pytest.approx(101)


def test_the_protractor_reads_the_angle_of_a_ray_drawn_from_its_centre_and_moves_and_turns(
    board_env, qtbot
) -> None:
    from astegni_desktop.canvas.tools.protractor import ProtractorTool

    _, _, view = board_env
    view.show_protractor(True)
    tool = view.tools["protractor"]
    assert isinstance(tool, ProtractorTool) and tool.protractor is not None
    cx, cy = tool.protractor.center
    Pen().stroke(view, [(cx - 90, cy - 20, 0.5), (cx - 40, cy - 60, 0.5)])  # drag the body
    assert strokes(view) == [] and tool.protractor.center == pytest.approx((cx + 50, cy - 40))
    cx, cy = tool.protractor.center
    ray = [
        (cx + t * math.cos(math.radians(60)), cy - t * math.sin(math.radians(60)), 0.5)
        for t in range(0, 200, 20)
    ]
    Pen().stroke(view, ray)  # a ray drawn from the centre: drawn, and its angle read out
    assert len(strokes(view)) == 1
    reading = tool.reading()
    assert reading is not None and abs(reading - 60) < 1.5
    rim = (cx + 150, cy - 10)  # turn it by its rim, 30° counter-clockwise
    to = (cx + 150 * math.cos(math.radians(33.8)), cy - 150 * math.sin(math.radians(33.8)))
    Pen().stroke(view, [(rim[0], rim[1], 0.5), (to[0], to[1], 0.5)])
    assert _protractor(tool).angle == pytest.approx(-math.radians(30), abs=0.02)
    view.show_protractor(False)
    assert _protractor(tool) is None and tool.reading() is None


def _protractor(tool: Any) -> Any:
    return tool.protractor


def _square(tool: Any) -> Any:
    return tool.square


def test_the_set_square_moves_turns_reads_its_edges_and_the_pen_follows_each_edge(
    board_env, qtbot, tmp_path: Path
) -> None:
    from astegni_desktop.canvas.tools.setsquare import SetSquareTool
    from astegni_desktop.ink.codec import decode, encode

    store, board, view = board_env
    view.show_set_square(True)
    tool = view.tools["set_square"]
    assert isinstance(tool, SetSquareTool) and tool.square is not None
    ox, oy = tool.square.origin  # the right angle; the legs run right and up
    Pen().stroke(view, [(ox + 60, oy - 60, 0.5), (ox + 100, oy - 30, 0.5)])  # drag the body
    assert strokes(view) == [] and _square(tool).origin == pytest.approx((ox + 40, oy + 30))
    ox, oy = _square(tool).origin
    size = _square(tool).size
    assert sorted(round(a) for a in [float(t[:-1]) for t in tool.readouts()]) == [0, 90, 135]
    # a wobbly stroke begun on the hypotenuse is laid along it (the 45° edge)
    hyp = [(ox + size * 0.8 + 3, oy - size * 0.2 - 2, 0.5), (ox + size * 0.5 - 4, oy - size * 0.5, 0.7)]
    hyp.append((ox + size * 0.25, oy - size * 0.75 + 5, 0.5))
    Pen().stroke(view, hyp)
    [edge] = strokes(view)
    xy = edge.points[:, :2].astype(np.float64)
    assert np.allclose(xy[:, 0] - ox - (xy[:, 1] - oy), size, atol=0.05)  # on the hypotenuse
    assert edge.points[1, 2] == pytest.approx(0.7, abs=0.01)  # pressure kept
    # a stroke begun on the upright leg is laid on it
    Pen().stroke(view, [(ox - 5, oy - 20, 0.5), (ox + 6, oy - 120, 0.5)])
    assert np.allclose(strokes(view)[-1].points[:, 0], ox, atol=0.05)
    # turn it by its sharp corner 30° counter-clockwise about the right angle
    corner = (ox + size - 50, oy - 15)  # inside, away from the edges (there the pen would draw)
    r = math.hypot(size - 50, 15)
    a0 = math.atan2(15, size - 50)
    to = (ox + r * math.cos(a0 + math.radians(30)), oy - r * math.sin(a0 + math.radians(30)))
    Pen().stroke(view, [(corner[0], corner[1], 0.5), (to[0], to[1], 0.5)])
    assert len(strokes(view)) == 2 and _square(tool).angle == pytest.approx(-math.radians(30), abs=0.01)
    assert sorted(round(float(t[:-1])) for t in tool.readouts()) == [30, 120, 165]
    # undo, redo; the laid strokes are ordinary ink: kept, encoded, exported
    view.undo_stack.undo()
    assert strokes(view) == [edge]
    view.undo_stack.redo()
    kept = strokes(view)
    page = board.pages[0]
    page.loaded = False
    store.boards.load_page(page)
    assert [s.client_id for s in page] == [s.client_id for s in kept]
    kind, data = encode(kept[0])
    assert np.allclose(
        decode(kind, data).points[:, :2], kept[0].points[:, :2], atol=0.06
    )  # (0.1 on the wire)
    view.set_page(page)
    image = QImage(str(export_png(page, tmp_path / "square.png", scale=1.0)))
    mid = (int(ox + size * 0.5), int(oy - size * 0.5))
    assert QColor(image.pixel(*mid)).lightness() < 200  # the hypotenuse's ink, not the instrument
    view.show_set_square(False)
    assert _square(tool) is None
    Pen().stroke(view, [(ox - 5, oy - 20, 0.5), (ox + 6, oy - 120, 0.5)])
    assert strokes(view)[-1].points[-1, 0] == pytest.approx(ox + 6, abs=0.5)  # no set square: freehand


def _compass(tool: Any) -> Any:
    return tool.compass


def test_the_compass_opens_by_dragging_then_its_pencil_draws_an_arc_in_pressure_ink(
    board_env, qtbot, tmp_path: Path
) -> None:
    from astegni_desktop.canvas.tools.compass import CompassTool
    from astegni_desktop.ink.codec import decode, encode

    store, board, view = board_env
    view.settings.color = "#e53935"
    view.settings.width = 4
    view.show_compass(True)
    tool = view.tools["compass"]
    assert isinstance(tool, CompassTool) and tool.compass is not None
    cx, cy = tool.compass.center
    Pen().stroke(view, [(cx, cy, 0.5), (cx - 100, cy + 50, 0.5)])  # drag the needle: it moves
    assert strokes(view) == [] and _compass(tool).center == pytest.approx((cx - 100, cy + 50))
    cx, cy = _compass(tool).center
    px, py = _compass(tool).pencil
    mid = ((cx + px) / 2, (cy + py) / 2)
    Pen().stroke(view, [(mid[0], mid[1], 0.5), (cx + 100, cy, 0.5), (cx + 150, cy, 0.5)])  # open it
    assert strokes(view) == [] and _compass(tool).radius == pytest.approx(150)
    assert tool.readout() == "r = 150"
    # the pencil point swept a quarter turn counter-clockwise on screen, pressed hard
    sweep = [
        (cx + 150 * math.cos(math.radians(d)), cy - 150 * math.sin(math.radians(d)), 0.9)
        for d in range(0, 91, 5)
    ]
    Pen().stroke(view, sweep)
    [arc] = strokes(view)
    xy = arc.points[:, :2].astype(np.float64)
    assert np.allclose(np.hypot(xy[:, 0] - cx, xy[:, 1] - cy), 150, atol=0.05)
    assert arc.tool is Tool.PEN and arc.has_pressure and arc.color == "#e53935"
    assert xy[-1] == pytest.approx((cx, cy - 150), abs=0.5)  # it ends straight above the needle
    assert arc.points[len(arc.points) // 2, 2] == pytest.approx(0.9, abs=0.02)  # the pen's pressure
    assert arc.points[0, 2] < arc.points[len(arc.points) // 2, 2]  # eased in like a pencil leg
    assert _compass(tool).center == pytest.approx((cx, cy))  # the needle stayed put
    view.undo_stack.undo()
    assert strokes(view) == []
    view.undo_stack.redo()
    assert [s.client_id for s in strokes(view)] == [arc.client_id]
    kind, data = encode(arc)
    assert np.allclose(decode(kind, data).points[:, :2], arc.points[:, :2], atol=0.06)  # (0.1 on the wire)
    page = board.pages[0]
    page.loaded = False
    store.boards.load_page(page)
    assert [s.client_id for s in page] == [arc.client_id]
    view.set_page(page)
    image = QImage(str(export_png(page, tmp_path / "arc.png", scale=1.0)))
    on = (int(cx + 150 * math.cos(math.radians(45))), int(cy - 150 * math.sin(math.radians(45))))
    assert QColor(image.pixel(*on)).red() > 200 and QColor(image.pixel(*on)).green() < 120
    assert QColor(image.pixel(int(cx - 150), int(cy))).lightness() > 240  # only the quarter swept
    pdf = export_pdf(board, tmp_path / "arc.pdf")
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    bitmap = doc[0].render(scale=1).to_numpy()
    assert ((bitmap[..., 2] > 200) & (bitmap[..., 1] < 120)).any()  # the red arc is in the PDF
    doc.close()
    view.show_compass(False)
    assert _compass(tool) is None
    Pen().stroke(view, [(cx + 150, cy, 0.5), (cx + 150, cy - 60, 0.5)])  # no compass: the pen draws
    assert len(strokes(view)) == 2


def test_instruments_are_painted_over_the_page_at_any_zoom_and_leave_with_their_toggle(
    board_env, qtbot
) -> None:
    _, _, view = board_env
    paper = QColor(view.grab().toImage().pixel(450, 330))
    view.show_ruler(True)
    inside = view.to_view(view.tools["ruler"].ruler.origin[0] + 100, view.tools["ruler"].ruler.origin[1] + 35)
    view.show_ruler(False)
    tool = view.tools["ruler"]
    for zoom in (1.0, 8.0):  # a 1000-long ruler at 8x is larger than a sprite may be: drawn directly
        view.set_zoom(zoom, inside)
        view.show_ruler(True)
        tool.ruler = dataclasses.replace(tool.ruler, length=1000.0)
        tint = QColor(view.grab().toImage().pixel(int(inside.x()), int(inside.y())))
        assert tint != paper and tint.lightness() < paper.lightness()
        assert (tool.sprite.pixmap is None) == (zoom == 8.0)
        view.show_ruler(False)
        assert QColor(view.grab().toImage().pixel(int(inside.x()), int(inside.y()))) == paper
        assert tool.sprite.pixmap is None
