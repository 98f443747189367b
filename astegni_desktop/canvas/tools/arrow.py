"""The arrow tool: a line with a head where the drag ends."""

from __future__ import annotations

from typing import ClassVar

from ...ink import Tool
from .base import register
from .shape import ShapeTool


@register
class ArrowTool(ShapeTool):
    name: ClassVar[str] = Tool.ARROW.value
    shape: ClassVar[Tool] = Tool.ARROW


__all__ = ["ArrowTool"]
