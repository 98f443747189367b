"""Undo/redo of everything a board changes. Each command applies through the board service (page model,
cache, and the canvas showing the page).

Commands are pushed after the change was already made and saved (the pen-up commit), so the first redo() that
QUndoStack.push() calls is skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..ink import Page, PageImage, Stroke

if TYPE_CHECKING:
    from .board_service import BoardService


class _Applied(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply()

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ReplaceStrokes(_Applied):
    """Strokes in and out: drawing (only in), erasing (only out), moving and area erasing (both)."""

    def __init__(
        self, service: BoardService, page: Page, removed: list[Stroke], added: list[Stroke], text: str
    ) -> None:
        super().__init__(text)
        self.service = service
        self.page = page
        self.removed = removed
        self.added = added

    def apply(self) -> None:
        self.service.change_strokes(self.page, remove=self.removed, add=self.added)

    def undo(self) -> None:
        self.service.change_strokes(self.page, remove=self.added, add=self.removed)


class ReplaceImages(_Applied):
    """Pictures in and out: pasting (only in), deleting (only out), moving (the same pictures, old places
    out and new places in)."""

    def __init__(
        self,
        service: BoardService,
        page: Page,
        removed: list[PageImage],
        added: list[PageImage],
        text: str,
    ) -> None:
        super().__init__(text)
        self.service = service
        self.page = page
        self.removed = removed
        self.added = added

    def apply(self) -> None:
        self.service.change_images(self.page, remove=self.removed, put=self.added)

    def undo(self) -> None:
        self.service.change_images(self.page, remove=self.added, put=self.removed)
