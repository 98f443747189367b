"""Page snapshots: the whole page at 1:1 as one picture, kept in the cache, shown at once when a page opens
while its ink loads and its sharp tiles render (a scaled blurry page beats an empty one)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer
from PySide6.QtGui import QImage

from ..ink import Page
from ..store import CacheError
from ..store.boards import BoardStore

log = logging.getLogger(__name__)
SAVE_AFTER_MS = 1500  # a changed snapshot is written once the tutor pauses this long


class SnapshotStore(QObject):
    """The snapshot of the page on screen: loaded with it, drawn onto as ink is added, written when idle."""

    def __init__(self, store: BoardStore | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.page: Page | None = None
        self.image: QImage | None = None
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_AFTER_MS)
        self._save.timeout.connect(self.save)

    def open(self, page: Page | None) -> None:
        """Write the old page's pending snapshot, then show the new page's (if the cache has one)."""
        if self._save.isActive():
            self._save.stop()
            self.save()
        self.page = page
        self.image = None
        if page is not None and self.store is not None:
            png = self.store.snapshot(page.page_id)
            if png:
                image = QImage.fromData(png)
                self.image = None if image.isNull() else image

    def wanted(self) -> bool:
        """A snapshot should be drawn: the page is loaded, has ink, and has no current snapshot."""
        page = self.page
        return (
            page is not None
            and page.loaded
            and self.image is None
            and self.store is not None
            and bool(len(page))
        )

    def set(self, image: QImage) -> None:
        self.image = image
        self._save.start()

    def changed(self) -> None:
        """Ink was painted onto the snapshot: write it when the tutor pauses."""
        self._save.start()

    def forget(self) -> None:
        """Ink was removed: the snapshot is stale and is drawn again when the canvas is idle."""
        self.image = None

    def save(self) -> None:
        if self.image is None or self.page is None or self.store is None:
            return
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide wants str
        buffer.close()
        try:
            self.store.save_snapshot(self.page.page_id, bytes(data.data()))
        except CacheError:  # only a picture shown while ink loads: the strokes themselves matter
            log.warning("page snapshot not saved")


__all__ = ["SnapshotStore"]
