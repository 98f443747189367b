"""The first screen's rows, read from the cache with the standard library alone, before SQLAlchemy, pydantic
and the HTTP stack are imported (~0.8 s): the main window paints the tutor's requests at once, and the Store
takes over the same widgets when it is open (`MainWindow.attach`).

Read-only and best effort: a missing, damaged, locked or differently shaped cache gives `None` (the window
then paints its panels empty and the Store fills them a moment later); a row it cannot read is left out, as
`store.mapping.readable` leaves it out. What it returns follows `Store.requests()` and `SyncEngine.status()`
row for row, so nothing moves when the Store takes over. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)
_MAX_INT = 2**63 - 1


class RequestFields(Protocol):
    """What a request row shows: `api.models.SessionRequest` has these, and so has `CachedRequest`."""

    @property
    def id(self) -> int: ...
    @property
    def requested_to_name(self) -> str | None: ...
    @property
    def package_id(self) -> int | None: ...
    @property
    def package_name(self) -> str | None: ...
    @property
    def counter_offer_price(self) -> float | None: ...
    @property
    def created_at(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def preferred_schedule(self) -> str | None: ...


class RequestRow(Protocol):
    """A row of the requests list: `store.RequestView`, or `CachedRequestView` before the Store is open."""

    @property
    def id(self) -> int: ...
    @property
    def model(self) -> RequestFields: ...
    @property
    def status(self) -> str: ...
    @property
    def sync_state(self) -> str: ...
    @property
    def seen(self) -> bool: ...


@dataclass(frozen=True)
class CachedRequest:
    id: int
    requested_to_name: str | None
    package_id: int | None
    package_name: str | None
    counter_offer_price: float | None
    created_at: str | None
    message: str | None
    preferred_schedule: str | None


@dataclass(frozen=True)
class CachedRequestView:
    model: CachedRequest
    status: str
    sync_state: str
    seen: bool

    @property
    def id(self) -> int:
        return self.model.id


@dataclass(frozen=True)
class Peek:
    requests: list[CachedRequestView]
    package_rates: dict[int, float | None]
    last_sync: datetime | None
    pending: int
    failed: int


def peek(path: Path) -> Peek | None:
    """The cached requests (newest first), package rates and sync state of the cache at `path`."""
    if not path.is_file():
        return None
    try:
        with _read_only(path) as c:
            rows = c.execute(
                "SELECT id, status, local_status, payload, sync_state, seen_at FROM session_requests "
                "ORDER BY created_at DESC"
            ).fetchall()
            meta = dict(c.execute("SELECT key, value FROM meta WHERE key IN ('packages', 'last_sync')"))
            parked = "stream IN (SELECT stream FROM outbox WHERE parked)"
            pending = c.execute(f"SELECT count(*) FROM outbox WHERE state = 'pending' AND NOT {parked}")
            pending_count = int(pending.fetchone()[0])
            failed_count = int(c.execute("SELECT count(*) FROM outbox WHERE state = 'failed'").fetchone()[0])
    except (sqlite3.Error, OSError, ValueError, TypeError) as exc:  # the Store repairs or reports it
        log.info("no quick look at the cache (%s): the window fills once the cache is open", exc)
        return None
    views = [v for v in map(_request_view, rows) if v is not None]
    if len(views) < len(rows):
        log.warning("%d cached row(s) could not be read and were left out", len(rows) - len(views))
    return Peek(
        views,
        _package_rates(meta.get("packages")),
        _stamp(meta.get("last_sync")),
        pending_count,
        failed_count,
    )


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """Reads without creating a file: the Store tells a run that died with its WAL lost by the WAL's absence
    (`Store._recover_sending`), and even a read-only connection would create an empty one."""
    if path.with_name(path.name + "-journal").exists():
        raise sqlite3.OperationalError("a rollback journal is pending")  # the Store rolls it back
    # A WAL: a run still open, or one that died, read through. None: closed cleanly (or its WAL lost), the
    # file alone is the whole cache.
    query = "mode=ro" if path.with_name(path.name + "-wal").exists() else "immutable=1"
    c = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=0.2)
    try:
        yield c
    finally:
        c.close()


def _request_view(row: tuple[Any, ...]) -> CachedRequestView | None:
    request_id, status, local_status, payload, sync_state, seen_at = row
    try:
        data = json.loads(payload)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    model = CachedRequest(
        _int(data.get("id")),  # type: ignore[arg-type]  # checked just below
        _text(data, "requested_to_name"),
        _int(data.get("package_id")),
        _text(data, "package_name"),
        _number(data.get("counter_offer_price")),
        _text(data, "created_at"),
        _text(data, "message"),
        _text(data, "preferred_schedule"),
    )
    if model.id is None or model.id != request_id or not isinstance(data.get("status"), str):
        return None
    if "package_id" in data and data["package_id"] is not None and model.package_id is None:
        return None  # the Store's model would refuse it too
    shown = local_status or status
    if not isinstance(shown, str) or not isinstance(sync_state, str):
        return None
    return CachedRequestView(model, shown, sync_state, seen_at is not None)


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > _MAX_INT:
        return None
    return value


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _package_rates(stored: str | None) -> dict[int, float | None]:
    try:
        packages = json.loads(stored) if stored else []
    except ValueError:
        return {}
    rates: dict[int, float | None] = {}
    for p in packages if isinstance(packages, list) else []:
        if isinstance(p, dict) and _int(p.get("id")) is not None:
            rates[p["id"]] = _number(p.get("hourly_rate"))
    return rates


def _stamp(stored: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(stored) if stored else None
    except ValueError:
        return None
