"""The highlighter: the pen's live drawing, three times as wide, see-through, flat ends, no pressure."""

from __future__ import annotations

from typing import ClassVar

from ...ink import Tool
from .base import register
from .pen import PenTool


@register
class HighlighterTool(PenTool):
    name: ClassVar[str] = Tool.HIGHLIGHTER.value
    ink: ClassVar[Tool] = Tool.HIGHLIGHTER
    recognizes: ClassVar[bool] = False  # a highlighter marks what is there: no shapes


__all__ = ["HighlighterTool"]
