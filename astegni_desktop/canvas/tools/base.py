"""The protocol every canvas tool follows, and the registry the canvas builds its tools from.

A tool gets the pointer in page coordinates (press, move, release, hover), keys, paints its overlay (what it
shows over the page while it works: a live stroke, a preview, a lasso), names its cursor, and produces the
undo command of what it changed. Adding a tool is one new module under `canvas/tools/` whose class is
decorated with `@register`, and one line importing it in `canvas/tools/__init__.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QUndoCommand

from ...ink import Stroke
from ..commands import ReplaceStrokes

if TYPE_CHECKING:
    from ..view import CanvasView


@dataclass(frozen=True)
class Pointer:
    """One pointer event as a tool sees it."""

    at: QPointF  # page units
    pos: QPointF  # widget pixels
    pressure: float  # 0.5 for a mouse or touch
    tablet: bool
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier


class CanvasTool:
    """A tool of the canvas. The defaults do nothing, so a tool overrides only what it uses."""

    name: ClassVar[str]
    cursor: ClassVar[Qt.CursorShape] = Qt.CursorShape.CrossCursor
    above_remote: ClassVar[bool] = False  # its overlay is painted over the student's pointer

    def __init__(self, view: CanvasView) -> None:
        self.view = view

    def press(self, e: Pointer) -> None:
        """The pen or button went down on the page."""

    def move(self, e: Pointer) -> None:
        """The pen moved while down (after this tool's press)."""

    def release(self, e: Pointer) -> None:
        """The pen or button came up (after this tool's press)."""

    def hover(self, e: Pointer) -> None:
        """The mouse moved with no button down while this tool is chosen."""

    def key(self, event: QKeyEvent) -> bool:
        """A key pressed or released while this tool is chosen. True: the tool took it."""
        return False

    def paint(self, p: QPainter, clip: QRectF) -> None:
        """The tool's overlay, in page coordinates (`clip`: the page area being repainted)."""

    def busy(self) -> bool:
        """A gesture is under way that tile rendering must not slow down (the pen is drawing)."""
        return False

    def leave(self) -> None:
        """Another tool was chosen: drop any state that belongs to this one."""

    def command(self, add: list[Stroke], remove: list[Stroke], text: str) -> QUndoCommand:
        """The undo command for a change this tool made (already applied and saved)."""
        assert self.view.page is not None
        return ReplaceStrokes(self.view.board_service, self.view.page, remove, add, text)

    def commit(self, add: list[Stroke], remove: list[Stroke], text: str) -> None:
        """Apply, save (durable before returning), and make it undoable."""
        page = self.view.page
        assert page is not None
        self.view.board_service.change_strokes(page, remove=remove, add=add)
        self.view.undo_stack.push(self.command(add, remove, text))


REGISTRY: dict[str, type[CanvasTool]] = {}
T = TypeVar("T", bound=type[CanvasTool])


def register(cls: T) -> T:
    """Class decorator: the canvas offers this tool under `cls.name`."""
    REGISTRY[cls.name] = cls
    return cls


__all__ = ["REGISTRY", "CanvasTool", "Pointer", "register"]
