"""Typed access to the Astegni tutor API (CONTRACT.md). No Qt here.

The client (and httpx, ~0.2 s to import) loads on first use, so the window can paint from the cache first.
"""

from typing import TYPE_CHECKING, Any

from .errors import (
    ApiError,
    AuthExpired,
    BadResponse,
    Conflict,
    Forbidden,
    NotFound,
    Offline,
    ServerError,
    Unauthorized,
    ValidationFailed,
)

if TYPE_CHECKING:
    from .client import AstegniApi, TokenPair


def __getattr__(name: str) -> Any:
    if name in ("AstegniApi", "TokenPair"):
        from . import client  # noqa: PLC0415

        return getattr(client, name)
    raise AttributeError(name)


__all__ = [
    "ApiError",
    "AstegniApi",
    "AuthExpired",
    "BadResponse",
    "Conflict",
    "Forbidden",
    "NotFound",
    "Offline",
    "ServerError",
    "TokenPair",
    "Unauthorized",
    "ValidationFailed",
]
