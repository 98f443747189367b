"""What the sync engine says about itself, apart from the engine (which brings the HTTP stack and the cache's
SQLAlchemy): the status bar paints it from the cache before those are imported. No Qt here."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Connectivity(enum.Enum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"
    SIGNED_OUT = "signed_out"


@dataclass(frozen=True)
class SyncStatus:
    connectivity: Connectivity
    syncing: bool
    pending: int
    failed: int
    last_sync: datetime | None
    errors: tuple[str, ...] = ()
