"""Client-side test helpers: a signed-in AstegniApi against a live dev server, a real cache, a sync engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from astegni_desktop.api import AstegniApi, TokenPair
from astegni_desktop.store import Store
from astegni_desktop.sync import EngineTiming, RetryPolicy, SyncEngine, SyncStatus
from astegni_devserver.seed import DEMO_TUTOR

FAST = EngineTiming(pull_interval=3600, op_retry=RetryPolicy(base=0.01, cap=0.05),
                    probe=RetryPolicy(base=0.01, cap=0.05), settle=1.5)  # fmt: skip


@dataclass
class RecordingListener:
    statuses: list[SyncStatus] = field(default_factory=list)
    changes: list[frozenset[str]] = field(default_factory=list)
    new: list[list[int]] = field(default_factory=list)
    expired: int = 0

    def status_changed(self, status: SyncStatus) -> None:
        self.statuses.append(status)

    def data_changed(self, what: frozenset[str]) -> None:
        self.changes.append(what)

    def new_requests(self, request_ids: list[int]) -> None:
        self.new.append(request_ids)

    def auth_expired(self) -> None:
        self.expired += 1


async def signed_in(url: str, timeout: float = 5.0) -> AstegniApi:
    seen: list[TokenPair | None] = []
    api = AstegniApi(url, timeout=timeout, on_tokens=seen.append)
    await api.login(*DEMO_TUTOR)
    return api


def engine_for(
    api: AstegniApi, tmp_path: Path, name: str = "cache"
) -> tuple[SyncEngine, Store, RecordingListener]:
    store = Store(tmp_path / f"{name}.sqlite3")
    listener = RecordingListener()
    return SyncEngine(api, store, listener, FAST), store, listener


async def drain_until_empty(engine: SyncEngine, timeout: float = 120.0) -> int:
    """Sync until nothing is queued (faults may need many rounds). Returns the rounds used."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        await engine.sync_now()
        if engine.store.pending_count() == 0:
            return rounds
        await asyncio.sleep(0.01)
    raise AssertionError(f"outbox still holds {engine.store.pending_count()} ops")
