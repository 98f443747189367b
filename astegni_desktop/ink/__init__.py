"""The ink model: strokes, tools, smoothing, outlines, a spatial index, the server codec. No Qt here."""

from .page import Background, Board, Page, PageImage
from .stroke import PAGE_HEIGHT, PAGE_WIDTH, Stroke, Tool, new_id

__all__ = [
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "Background",
    "Board",
    "Page",
    "PageImage",
    "Stroke",
    "Tool",
    "new_id",
]
