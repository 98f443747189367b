"""The triangle tool: an isosceles triangle in the dragged box."""

from __future__ import annotations

from typing import ClassVar

from ...ink import Tool
from .base import register
from .shape import ShapeTool


@register
class TriangleTool(ShapeTool):
    name: ClassVar[str] = Tool.TRIANGLE.value
    shape: ClassVar[Tool] = Tool.TRIANGLE


__all__ = ["TriangleTool"]
