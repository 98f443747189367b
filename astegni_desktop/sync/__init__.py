"""Pull, push and connectivity (DESIGN.md §3). No QtWidgets here."""

from ..sync_status import Connectivity, SyncStatus
from .engine import EngineTiming, SyncEngine, SyncListener
from .retry import RetryPolicy

__all__ = ["Connectivity", "EngineTiming", "RetryPolicy", "SyncEngine", "SyncListener", "SyncStatus"]
