"""The main window as it first paints, from a quick read of the cache before the Store is open: it shows what
the Store shows, ignores clicks and keys until the Store is attached, then works as any window does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from astegni_desktop.cache_peek import peek
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.sync.qtbridge import SyncBridge

from .conftest import TutorApp


def click_section(window: MainWindow, qtbot, row: int) -> None:
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown(window: MainWindow) -> list[tuple[str, ...]]:
    model = window.requests.table.model()
    return [
        tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_first_paint_shows_the_stores_rows_and_waits_for_it(tutor_app: TutorApp, qtbot) -> None:
    cached = peek(tutor_app.store.path)
    assert cached is not None
    window = MainWindow(
        tutor_app.window.account, None, None, None, tutor_app.settings, lambda: None, cached=cached
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert shown(window) == shown(tutor_app.window)  # rows, names, prices, pills: as the Store reads them
    assert window.status.last_sync == tutor_app.engine.last_sync
    # before the Store is attached, a click on a request or a key does nothing (and breaks nothing)
    table = window.requests.table
    first = table.visualRect(table.model().index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    click_section(window, qtbot, 3)  # the Whiteboard
    assert window.requests.shown_id() is None and window.nav.currentRow() == 0
    window.attach(tutor_app.store, tutor_app.engine, SyncBridge())
    assert shown(window) == shown(tutor_app.window)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert window.requests.shown_id() == table.model().index(0, 1).data(Qt.ItemDataRole.UserRole + 1)
    click_section(window, qtbot, 1)  # My Students
    assert window.stack.currentWidget() is window.students
    window.quit()
