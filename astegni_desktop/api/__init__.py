"""Typed access to the Astegni tutor API (CONTRACT.md). No Qt here."""

from .client import AstegniApi, TokenPair
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
