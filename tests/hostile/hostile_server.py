"""A hostile HTTP server on loopback: it forwards to a real dev server, except where a rule answers.

A rule sees the request and can fetch the real answer first, so an attack can be aimed at one path (the
request list, one canvas) while the rest of the API behaves. Answers are written as raw bytes, so a rule can
send what no well-behaved server would: junk, a drip, a redirect, a lie about the length, an endless body.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import threading
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes


Upstream = Callable[[], Awaitable[httpx.Response]]
# A rule answers a request (writing to the stream itself), or returns False to let it through.
Rule = Callable[[Request, Upstream, asyncio.StreamWriter], Awaitable[bool]]


def head(
    status: int, content_type: str = "application/json", length: int | None = None, **extra: str
) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", "Connection: close"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in extra.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(status: int, body: bytes, content_type: str = "application/json", **extra: str) -> Rule:
    async def rule(_req: Request, _up: Upstream, out: asyncio.StreamWriter) -> bool:
        out.write(head(status, content_type, len(body), **extra) + body)
        return True

    return rule


def json_answer(payload: Any, status: int = 200) -> Rule:
    return answer(status, json.dumps(payload).encode())


def changed(edit: Callable[[Any], Any]) -> Rule:
    """The real answer, edited (one bad item among good ones), sent as JSON text of the rule's making."""

    async def rule(_req: Request, up: Upstream, out: asyncio.StreamWriter) -> bool:
        real = await up()
        edited = edit(real.json())
        body = edited if isinstance(edited, bytes) else json.dumps(edited).encode()
        out.write(head(real.status_code, "application/json", len(body)) + body)
        return True

    return rule


def drip(every: float = 1.0) -> Rule:
    """A valid start, then one byte per `every` seconds, for ever."""

    async def rule(_req: Request, _up: Upstream, out: asyncio.StreamWriter) -> bool:
        out.write(head(200, "application/json") + b"[")  # no length: the body ends when the server says
        while True:
            await out.drain()
            await asyncio.sleep(every)
            out.write(b" ")

    return rule


async def hang(_req: Request, _up: Upstream, _out: asyncio.StreamWriter) -> bool:
    await asyncio.sleep(3600)
    return True


@functools.cache
def _bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # gzip framing
    parts = [packer.compress(b"[")]
    parts += [packer.compress(b" " * 1024 * 1024) for _ in range(megabytes)]
    return b"".join([*parts, packer.compress(b"]"), packer.flush()])


def gzip_bomb(megabytes: int) -> Rule:
    """A small answer that unpacks to `megabytes` MB (made now, a piece at a time: not while serving)."""
    body = _bomb(megabytes)

    async def rule(_req: Request, _up: Upstream, out: asyncio.StreamWriter) -> bool:
        out.write(head(200, "application/json", len(body), Content_Encoding="gzip") + body)
        return True

    return rule


def big(
    prefix: bytes, megabytes: int, suffix: bytes, status: int = 200, content_type: str = "application/json"
) -> Rule:
    """A body of `megabytes` MB of "x" between `prefix` and `suffix`, written a megabyte at a time."""

    async def rule(_req: Request, _up: Upstream, out: asyncio.StreamWriter) -> bool:
        size = len(prefix) + megabytes * 1024 * 1024 + len(suffix)
        out.write(head(status, content_type, size) + prefix)
        chunk = b"x" * 1024 * 1024
        for _ in range(megabytes):
            out.write(chunk)
            await out.drain()
        out.write(suffix)
        return True

    return rule


def short_body(_claimed: int = 5000) -> Rule:
    """Claims more than it sends, then closes: the connection breaks in the middle of the answer."""

    async def rule(_req: Request, _up: Upstream, out: asyncio.StreamWriter) -> bool:
        out.write(head(200, "application/json", _claimed) + b'[{"id": 1, "sta')
        return True

    return rule


class HostileServer:
    """Runs on its own thread and loop. `rules` maps a path prefix ("/api/x", "GET /api/x", or "/api/x$" for
    exactly that path) to a rule."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.rules: dict[str, Rule] = {}
        self.hits: dict[str, int] = {}
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="hostile-server")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HostileServer:
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._client = httpx.AsyncClient(base_url=self.upstream, timeout=30)
        server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            for task in asyncio.all_tasks(self._loop):
                task.cancel()
            with contextlib.suppress(Exception):
                self._loop.run_until_complete(asyncio.sleep(0))
            self._loop.close()

    def _rule_for(self, req: Request) -> Rule | None:
        for key, rule in self.rules.items():
            method, _, prefix = key.rpartition(" ")
            path = req.path.split("?")[0]
            hit = path == prefix[:-1] if prefix.endswith("$") else path.startswith(prefix)
            if (not method or method == req.method) and hit:
                self.hits[key] = self.hits.get(key, 0) + 1
                return rule
        return None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            req = await _read_request(reader)
            if req is None:
                return

            async def upstream() -> httpx.Response:
                headers = {
                    k: v for k, v in req.headers.items() if k not in ("host", "content-length", "connection")
                }
                return await self._client.request(req.method, req.path, headers=headers, content=req.body)

            rule = self._rule_for(req)
            if rule is None or not await rule(req, upstream, writer):
                real = await upstream()
                body = real.content
                content_type = real.headers.get("content-type", "application/json")
                writer.write(head(real.status_code, content_type, len(body)) + body)
            await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        raw = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = raw.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Request(method, path, headers, body)
