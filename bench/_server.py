"""Start a dev server in its own process for benchmarks, so client and server do not share one GIL."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def devserver_process(seed: str = "demo", extra: tuple[str, ...] = ()) -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="astegni-bench-") as tmp:
        port = free_port()
        db = Path(tmp) / "bench.db"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "astegni_devserver",
                "--port",
                str(port),
                "--db",
                f"sqlite:///{db}",
                "--seed",
                seed,
                "--log-level",
                "warning",
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{url}/health", timeout=1)
                    break
                except httpx.TransportError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("dev server did not start") from None
                    time.sleep(0.05)
            yield url
        finally:
            proc.terminate()
            proc.wait(10)


async def warm_cache(url: str, cache: Path) -> dict[str, int]:
    """Sign in as the demo tutor and fill a client cache with one real sync. Returns the row counts."""
    from astegni_desktop.api import AstegniApi
    from astegni_desktop.store import Store
    from astegni_desktop.sync import SyncEngine

    api = AstegniApi(url)
    await api.login("tutor@demo.astegni.et", "demo-tutor")
    store = Store(cache)
    await SyncEngine(api, store).sync_now()
    counts = store.counts()
    store.close()
    await api.aclose()
    return counts
