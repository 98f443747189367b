"""A user-space link between two network namespaces: one TAP device in each, frames carried between them by
this process with netem's model applied each way (a fixed delay, random loss, a rate with a FIFO queue of
at most 1000 packets, like netem's default limit). Used where the kernel has no `sch_netem` (containers):
`ip netns` and TAP devices are enough. ARP is never dropped (so a lost ARP reply cannot add its own
1-second stalls); every IP packet (UDP media, the lesson's TCP socket, HTTP) is shaped alike."""

from __future__ import annotations

import collections
import fcntl
import os
import random
import select
import struct
import threading
import time
from dataclasses import dataclass

TUNSETIFF = 0x400454CA
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000
QUEUE_LIMIT = 1000


def open_tap(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
    return fd


@dataclass
class Shape:
    delay_s: float = 0.150
    loss: float = 0.03
    rate_bps: float = 1_000_000


class Link:
    """Carries frames both ways between two TAP fds; `shape` None: a clean wire."""

    def __init__(self, a: int, b: int, seed: int = 15) -> None:
        self.shape: Shape | None = None
        self.dropped = 0
        self.carried = 0
        self._random = random.Random(seed)
        self._stop = threading.Event()
        self._threads = []
        for src, dst in ((a, b), (b, a)):
            queue: collections.deque[tuple[float, bytes]] = collections.deque()
            ready = threading.Condition()
            self._threads += [
                threading.Thread(target=self._read, args=(src, queue, ready), daemon=True),
                threading.Thread(target=self._write, args=(dst, queue, ready), daemon=True),
            ]
        for thread in self._threads:
            thread.start()

    def _read(
        self, fd: int, queue: collections.deque[tuple[float, bytes]], ready: threading.Condition
    ) -> None:
        free_at = 0.0  # when the shaped link has sent what is queued
        while not self._stop.is_set():
            if not select.select([fd], [], [], 0.2)[0]:
                continue
            frame = os.read(fd, 65536)
            now, shape = time.monotonic(), self.shape
            if shape is None:
                due = now
                free_at = now
            else:
                if frame[12:14] != b"\x08\x06" and self._random.random() < shape.loss:
                    self.dropped += 1
                    continue
                if len(queue) >= QUEUE_LIMIT:
                    self.dropped += 1
                    continue
                free_at = max(now, free_at) + len(frame) * 8 / shape.rate_bps
                due = free_at + shape.delay_s
            with ready:
                queue.append((due, frame))
                ready.notify()

    def _write(
        self, fd: int, queue: collections.deque[tuple[float, bytes]], ready: threading.Condition
    ) -> None:
        while not self._stop.is_set():
            with ready:
                while not queue and not self._stop.is_set():
                    ready.wait(0.2)
                if not queue:
                    continue
                due, frame = queue[0]
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            with ready:
                queue.popleft()
            try:
                os.write(fd, frame)
                self.carried += 1
            except OSError:
                pass

    def stop(self) -> None:
        self._stop.set()
