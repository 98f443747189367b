"""New-user trial: the sort arrow on the Requests table's "Requested" header sat on the word. Every sortable
column of Requests and My Students leaves the arrow its own room beside the header's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTableView

from astegni_desktop.theme import apply_theme
from tests.ui.conftest import TutorApp

pytestmark = pytest.mark.gui


def section_image(table: QTableView, column: int, sorted_by: int) -> QImage:
    table.sortByColumn(sorted_by, Qt.SortOrder.DescendingOrder)
    header = table.horizontalHeader()
    QApplication.processEvents()
    x = header.sectionViewportPosition(column)
    return header.grab().toImage().copy(x, 0, header.sectionSize(column), header.height())


def ink_columns(image: QImage, against: QImage | None = None) -> set[int]:
    """The x of every pixel that is not the section's background (or, `against`: that differs from it)."""
    background = image.pixelColor(1, 1)
    return {
        x
        for x in range(image.width())
        for y in range(2, image.height() - 2)
        if (
            image.pixelColor(x, y) != against.pixelColor(x, y)
            if against
            else image.pixelColor(x, y) != background
        )
    }


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_sort_arrow_does_not_cover_a_header_word(
    tutor_app: TutorApp, qapp: QApplication, qtbot, theme: str
) -> None:
    apply_theme(qapp, theme)
    try:
        tutor_app.window.resize(1400, 800)
        for page, table in enumerate((tutor_app.window.requests.table, tutor_app.window.students.table)):
            tutor_app.window.nav.setCurrentRow(page)
            qtbot.waitUntil(table.isVisible, timeout=2_000)
            model = table.model()
            for column in range(model.columnCount()):
                name = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                if not name or table.isColumnHidden(column):
                    continue
                other = next(
                    c for c in range(model.columnCount()) if c != column and not table.isColumnHidden(c)
                )
                plain = section_image(table, column, other)
                marked = section_image(table, column, column)
                words = ink_columns(plain)
                arrow = ink_columns(marked, plain)
                assert words and arrow, name
                assert max(words) < min(arrow) - 1 or max(arrow) < min(words) - 1, (name, words, arrow)
    finally:
        apply_theme(qapp, "light")
