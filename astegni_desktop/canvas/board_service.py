"""BoardService: every change to a board's pages goes through here (QtCore only, no widgets).

It applies a change to the page model, writes it to the cache (durable before it returns, or kept in memory
behind any change still waiting when the cache refuses it: a stroke never vanishes at pen-up because the disk
is full), and tells whoever shows the page (`strokesChanged`). The student's live ink (batched) and strokes a
reload merged in come in the same way, so the canvas widget only routes input and schedules paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..ink import Board, Page, PageImage, Stroke
from ..ink.codec import BadStroke, content_key, decode
from ..store import CacheError

if TYPE_CHECKING:
    from ..store import Store
    from ..store.boards import BoardStore

log = logging.getLogger(__name__)
RETRY_MS = 3000  # a refused change is written again this often
LIVE_FLUSH_MS = 60  # the student's live strokes are stored and painted in batches this often
LIVE_BATCH = 400  # at most this many wait for one flush (the relay lets through 40 a second)


class BoardService(QObject):
    changed = Signal()  # after every saved change (thumbnails, sync state)
    saveFailed = Signal(str)  # the cache refused a change (a full disk): it is kept here and retried
    saved = Signal()  # every change kept here is written now
    strokesChanged = Signal(object, list, list)  # page, removed strokes, added strokes (applied already)
    studentStrokes = Signal(object)  # {page id: [Stroke]}: the student's live strokes, once stored
    liveInked = Signal(int, int)  # the student's live strokes: added, refused (the live store is full)
    imagesChanged = Signal(object, list)  # page, boxes of the pictures changed (never sent live or uploaded)

    def __init__(self, boards: BoardStore | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.boards = boards
        self.unsaved: list[tuple[Page, list[Stroke], list[Stroke]]] = []  # in order, written when possible
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_saves)
        self.lessons: Store | None = None  # the store whose live ink table takes the student's strokes
        self.board: Callable[[], Board | None] = lambda: None  # the board on screen (ink lands on its pages)
        self._live_in: list[tuple[int | str, Stroke]] = []  # the student's strokes waiting for the next flush
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_FLUSH_MS)
        self._live_timer.timeout.connect(self.flush_live)

    # -- changes ------------------------------------------------------------------------------------------

    def change_strokes(self, page: Page, remove: list[Stroke], add: list[Stroke], save: bool = True) -> None:
        """Strokes out and in, on the page model and (when `save`) in the cache."""
        if save and self.boards is not None:
            self._save(page, remove, add)
        for s in remove:
            page.remove(s.client_id)
        for s in add:
            page.add(s)
        self.strokesChanged.emit(page, remove, add)
        if save:
            self.changed.emit()

    def change_images(self, page: Page, remove: list[PageImage], put: list[PageImage]) -> None:
        """Pictures out and in (a move puts the same picture at a new place), on the page and in the cache.
        A cache that refuses it (a full disk) is said; the page keeps the change until the board closes."""
        if self.boards is not None:
            try:
                self.boards.replace_images(page.page_id, [i.client_id for i in remove], put)
            except CacheError as exc:
                log.warning("picture change not saved: %s", exc.message)
                self.saveFailed.emit(exc.message)
        for image in remove:
            page.images.pop(image.client_id, None)
        for image in put:
            page.images[image.client_id] = image
        self.imagesChanged.emit(page, [i.bbox for i in remove] + [i.bbox for i in put])
        self.changed.emit()

    def mark_deleted(self, page: Page, removed: list[Stroke]) -> None:
        """Strokes already taken off the page (the eraser, as it passes) are deleted in the cache too."""
        if removed and self.boards is not None:
            self.boards.set_deleted(page.page_id, [s.client_id for s in removed], True)
        self.changed.emit()

    def _save(self, page: Page, remove: list[Stroke], add: list[Stroke]) -> None:
        if not self.unsaved:
            try:
                self._write(page, remove, add)
                return
            except CacheError as exc:
                log.warning("change kept in memory: %s", exc.message)
                self._retry.start()
                self.saveFailed.emit(exc.message)
        self.unsaved.append((page, remove, add))

    def _write(self, page: Page, remove: list[Stroke], add: list[Stroke]) -> None:
        assert self.boards is not None
        if remove and not add:
            self.boards.set_deleted(page.page_id, [s.client_id for s in remove], True)
        elif len(add) == 1 and not remove:
            self.boards.add_stroke(page.page_id, add[0])
        else:
            self.boards.replace_strokes(page.page_id, [s.client_id for s in remove], add)

    def _retry_saves(self) -> None:
        while self.unsaved:
            try:
                self._write(*self.unsaved[0])
            except CacheError:
                return
            self.unsaved.pop(0)
        self._retry.stop()
        self.saved.emit()
        self.changed.emit()

    # -- ink from elsewhere -------------------------------------------------------------------------------

    def take_live(self, page_id: int | str | None, stroke_type: Any, stroke_data: Any) -> bool:
        """A stroke from the student: decoded now, stored and painted with the others of its batch (a flood
        costs one transaction and one repaint per LIVE_FLUSH_MS, whatever the rate). False: not drawable,
        or the batch is full (the relay is flooding us), and nothing of it is drawn."""
        try:
            stroke = decode(
                stroke_type, stroke_data, author="student", fallback_id=content_key(stroke_type, stroke_data)
            )
        except (BadStroke, ValueError, TypeError):
            return False
        if page_id is None or len(self._live_in) >= LIVE_BATCH:
            return False
        self._live_in.append((page_id, stroke))
        if not self._live_timer.isActive():
            self._live_timer.start()
        return True

    def flush_live(self) -> None:
        items, self._live_in = self._live_in, []
        board = self.board()
        if board is None or self.lessons is None or not items:
            return
        added, refused = self.lessons.lessons.add_live_strokes(board.board_id, items)
        by_page: dict[str, list[Any]] = {}
        for page_id, stroke in added:
            by_page.setdefault(page_id, []).append(stroke)
        self.merge(by_page)
        if by_page:
            self.studentStrokes.emit(by_page)
        self.liveInked.emit(len(added), refused)

    def merge(self, by_page: dict[str, list[Stroke]]) -> None:
        """Strokes already in the cache (live ink, a reload merged in) onto the loaded pages of the board."""
        board = self.board()
        for page in board.pages if board is not None else []:
            if page.page_id in by_page and page.loaded:
                self.change_strokes(page, [], by_page[page.page_id], save=False)

    def merge_added(self, added: Iterable[tuple[str, Stroke]]) -> None:
        by_page: dict[str, list[Stroke]] = {}
        for page_id, stroke in added:
            by_page.setdefault(page_id, []).append(stroke)
        self.merge(by_page)


__all__ = ["LIVE_BATCH", "BoardService"]
