"""The rectangle tool: corner to corner; Shift makes a square, Alt draws from the centre."""

from __future__ import annotations

from typing import ClassVar

from ...ink import Tool
from .base import register
from .shape import ShapeTool


@register
class RectangleTool(ShapeTool):
    name: ClassVar[str] = Tool.RECTANGLE.value
    shape: ClassVar[Tool] = Tool.RECTANGLE


__all__ = ["RectangleTool"]
