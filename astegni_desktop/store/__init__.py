"""The local cache and outbox (SQLAlchemy 2 + SQLite WAL + Alembic). No Qt here."""

from .db import CacheError, CacheReadOnly, DiskFull
from .repo import Op, RequestView, Store, StudentView

__all__ = ["CacheError", "CacheReadOnly", "DiskFull", "Op", "RequestView", "Store", "StudentView"]
