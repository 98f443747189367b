"""Run the dev server on a background thread, for `astegni-desktop --demo`, client tests and benchmarks."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import uvicorn
from fastapi import FastAPI

from .app import ServerOptions, create_app
from .faults import FaultInjector, FaultPlan


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind now so a busy port is reported at once, and port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY on accepted sockets only then, and without it Nagle and
    # delayed ACKs add ~40 ms to every response on a keep-alive connection.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


class DevServer:
    """A live dev server on loopback. `stop()` then `start()` restarts it on the same port and database."""

    def __init__(self, options: ServerOptions, host: str = "127.0.0.1", port: int = 0) -> None:
        self.options = options
        self.host = host
        self.port = port
        self.app: FastAPI | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://", 1)

    @property
    def state(self) -> Any:
        """The running app's state (db, config, tokens, hub, faults)."""
        assert self.app is not None, "server not started"
        return self.app.state

    def deployed(self, defect_id: str) -> bool:
        return bool(self.state.config.deployed(defect_id))

    @property
    def faults(self) -> FaultInjector:
        assert self.app is not None, "server not started"
        injector: FaultInjector = self.app.state.faults
        return injector

    def set_faults(self, spec: str | FaultPlan) -> None:
        self.faults.configure(FaultPlan.parse(spec) if isinstance(spec, str) else spec)

    def set_defects(self, defects: frozenset[str]) -> None:
        assert self.app is not None
        self.app.state.config.defects = frozenset(defects)
        self.options.defects = frozenset(defects)

    def start(self, timeout: float = 20.0) -> DevServer:
        sock = bind_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        self.app = create_app(self.options)
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            loop="asyncio",
            http="httptools",
            ws="websockets-sansio",
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        self._server = server

        def run() -> None:
            asyncio.run(server.serve(sockets=[sock]))
            sock.close()

        self._thread = threading.Thread(target=run, name=f"astegni-devserver:{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the dev server thread exited during start-up")
            if time.monotonic() > deadline:
                raise TimeoutError("the dev server did not start in time")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self.app is not None:
            self.app.state.db.engine.dispose()
        self._server = None
        self._thread = None

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
