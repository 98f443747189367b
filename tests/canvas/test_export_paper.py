"""PDF export on paper: A4 or Letter, landscape or portrait, each board page fitted whole and kept vector."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from astegni_desktop.canvas.export import MARGIN_PT, Paper, export_pdf
from astegni_desktop.ink import Board, Page, Stroke, Tool, new_id
from astegni_desktop.ink.stroke import make_points


def red(rows: list[tuple[float, float, float]]) -> Stroke:
    return Stroke(client_id=new_id(), tool=Tool.PEN, color="#c62828", width=4, points=make_points(rows))


def corner_board() -> Board:
    page = Page(title="Corners")
    page.add(red([(4, 4, 0.5), (20, 30, 0.6), (40, 40, 0.5)]))
    page.add(red([(1240, 760, 0.5), (1260, 780, 0.6), (1276, 796, 0.5)]))
    return Board(title="Corners", pages=[page, Page(title="Empty")])


@pytest.mark.parametrize(
    ("paper", "size"),
    [
        (Paper("A4", landscape=True), (842, 595)),
        (Paper("A4", landscape=False), (595, 842)),
        (Paper("Letter", landscape=True), (792, 612)),
        (Paper("Letter", landscape=False), (612, 792)),
    ],
)
def test_each_page_is_on_the_chosen_paper_fitted_whole_and_vector(
    qapp, tmp_path: Path, paper: Paper, size: tuple[int, int]
) -> None:
    pdf = export_pdf(corner_board(), tmp_path / "board.pdf", paper)
    doc = pdfium.PdfDocument(str(pdf))
    try:
        assert len(doc) == 2
        page = doc[0]
        w, h = page.get_size()
        assert (round(w), round(h)) == size
        kinds = {obj.type for obj in page.get_objects()}
        assert pdfium_c.FPDF_PAGEOBJ_PATH in kinds and pdfium_c.FPDF_PAGEOBJ_IMAGE not in kinds  # vector
        ink = page.render(scale=1).to_numpy()
        red = (ink[..., 0] > 150) & (ink[..., 1] < 120) & (ink[..., 2] < 120)  # BGR(A) or RGB: both ends red
        red |= (ink[..., 2] > 150) & (ink[..., 1] < 120) & (ink[..., 0] < 120)
        ys, xs = red.nonzero()
        assert len(xs) > 0
        margin = MARGIN_PT - 2
        assert xs.min() >= margin and ys.min() >= margin  # both corner strokes inside the margins
        assert xs.max() <= w - margin and ys.max() <= h - margin
        assert xs.max() - xs.min() > 0.5 * (w - 2 * MARGIN_PT) or ys.max() - ys.min() > 0.5 * (
            h - 2 * MARGIN_PT
        )
    finally:
        doc.close()


def test_board_size_keeps_the_boards_own_page(qapp, tmp_path: Path) -> None:
    pdf = export_pdf(corner_board(), tmp_path / "board.pdf", Paper("Board"))
    doc = pdfium.PdfDocument(str(pdf))
    try:
        assert tuple(round(v) for v in doc[0].get_size()) == (1280, 800)
    finally:
        doc.close()
