"""Pull, push and connectivity (DESIGN.md §3). No QtWidgets here."""

from .engine import Connectivity, EngineTiming, SyncEngine, SyncListener, SyncStatus
from .retry import RetryPolicy

__all__ = ["Connectivity", "EngineTiming", "RetryPolicy", "SyncEngine", "SyncListener", "SyncStatus"]
