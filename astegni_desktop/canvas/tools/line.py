"""The line tool: a straight line from press to release."""

from __future__ import annotations

from typing import ClassVar

from ...ink import Tool
from .base import register
from .shape import ShapeTool


@register
class LineTool(ShapeTool):
    name: ClassVar[str] = Tool.LINE.value
    shape: ClassVar[Tool] = Tool.LINE


__all__ = ["LineTool"]
