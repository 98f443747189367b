"""The local cache and outbox (SQLAlchemy 2 + SQLite WAL + Alembic). No Qt here."""

from .repo import Op, RequestView, Store, StudentView

__all__ = ["Op", "RequestView", "Store", "StudentView"]
