"""One running copy per data folder: two sync engines on one cache would send the same strokes twice.

The first copy takes a `QLockFile` in the data folder and listens on a `QLocalServer` named after that
folder. A later launch on the same folder finds the lock taken, hands its command line to the running copy
over a `QLocalSocket` and exits; the running copy brings its window to the front. A lock left by a crashed
copy is stale (its process is gone) and is taken over. The idea follows qutebrowser's `misc/ipc.py`.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
MESSAGE_LIMIT = 64 * 1024
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """Short (a Unix socket path has ~100 characters), per user and per folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}|{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"astegni-desktop-{digest}"


class SingleInstance(QObject):
    """`acquire()` in the first copy; `hand_over()` in a later one. `activated` carries a later launch's
    arguments to the running copy."""

    activated = Signal(list)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self.lock: QLockFile | None = None
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this process now owns the folder (a stale lock from a dead process is taken over)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # never stale by age: a copy may run for weeks; a dead owner is detected
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise OSError(f"cannot create the lock file in {self.data_dir} ({lock.error().name})")
        self.lock = lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed owner
        if not server.listen(self.name):
            log.warning("cannot listen for later launches: %s", server.errorString())
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer and len(buffer) < MESSAGE_LIMIT:
                    return
                socket.readyRead.disconnect()
                line = bytes(buffer).split(b"\n", 1)[0][:MESSAGE_LIMIT]
                socket.write(ACK)
                socket.flush()
                socket.disconnectFromServer()
                self._received(line)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

    def _received(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
            argv = [str(a) for a in message.get("argv", [])][:50]
        except (ValueError, AttributeError, TypeError):
            log.warning("ignored an unreadable message from another launch")
            return
        log.info("another launch on this data folder: bringing this one to the front")
        self.activated.emit(argv)

    def hand_over(self, argv: list[str], timeout: float = 10.0) -> bool:
        """From a later launch: give the running copy our arguments; True once it has answered.
        Retries while the running copy is still starting (it locks first, then listens)."""
        payload = json.dumps({"argv": argv, "pid": os.getpid()}).encode() + b"\n"
        deadline = time.monotonic() + timeout
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(1000):
                socket.write(payload)
                socket.waitForBytesWritten(1000)
                answer = b""
                while ACK not in answer and socket.waitForReadyRead(
                    int(max(0.1, deadline - time.monotonic()) * 1000)
                ):
                    answer += bytes(socket.readAll().data())
                socket.abort()
                if ACK in answer:
                    return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
