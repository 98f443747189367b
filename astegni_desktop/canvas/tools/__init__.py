"""The canvas tools, one module each. To add a tool: a new module with a `@register`ed CanvasTool, and one
line importing it here (this order is the order their overlays are painted in)."""

from __future__ import annotations

# isort: off
from . import pen  # noqa: F401
from . import highlighter  # noqa: F401
from . import line  # noqa: F401
from . import rectangle  # noqa: F401
from . import circle  # noqa: F401
from . import arrow  # noqa: F401
from . import triangle  # noqa: F401
from . import text  # noqa: F401
from . import equation  # noqa: F401
from . import plot  # noqa: F401
from . import ruler  # noqa: F401
from . import protractor  # noqa: F401
from . import setsquare  # noqa: F401
from . import compass  # noqa: F401
from . import select  # noqa: F401
from . import laser  # noqa: F401
from . import eraser  # noqa: F401

# isort: on
from .base import REGISTRY, CanvasTool, Pointer, register

__all__ = ["REGISTRY", "CanvasTool", "Pointer", "register"]
