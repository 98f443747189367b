"""The circle tool: the ellipse inscribed in the dragged box (Shift: round, Alt: from the centre)."""

from __future__ import annotations

from typing import ClassVar

from ...ink import Tool
from .base import register
from .shape import ShapeTool


@register
class CircleTool(ShapeTool):
    name: ClassVar[str] = Tool.CIRCLE.value
    shape: ClassVar[Tool] = Tool.CIRCLE


__all__ = ["CircleTool"]
