"""Deterministic fault injection for client tests: a seeded fraction of API requests misbehave.

Kinds:
- ``drop_before``: the connection is closed before the request is handled (nothing applied);
- ``drop_after``: the request is applied, then the connection is closed before the response is complete
  (the client cannot know the outcome: the case exactly-once delivery must survive);
- ``delay``: the request is received, waits ``delay_ms``, then is applied and answered (a client that
  timed out meanwhile does not know the outcome);
- ``500`` / ``503``: an error answer, nothing applied;
- ``401``: "Token has expired", nothing applied (exercises refresh mid-drain);
- ``malformed``: the request is applied and the answer is a 200 whose body is not valid JSON.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

KINDS = ("drop_before", "drop_after", "delay", "500", "503", "401", "malformed")


@dataclass
class FaultPlan:
    rate: float = 0.0
    kinds: tuple[str, ...] = KINDS
    seed: int = 0
    delay_ms: int = 2000
    path_prefix: str = "/api/"
    methods: tuple[str, ...] = ()
    limit: int | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        unknown = set(self.kinds) - set(KINDS)
        if unknown or not self.kinds:
            raise ValueError(f"kinds must be a non-empty subset of {', '.join(KINDS)}")
        self.kinds = tuple(self.kinds)
        self.methods = tuple(m.upper() for m in self.methods)

    @classmethod
    def parse(cls, spec: str) -> FaultPlan:
        """'rate=0.2,kinds=drop_after+500,seed=7,delay_ms=1500,path=/api/whiteboard,methods=POST+PATCH'."""
        values: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            name, sep, value = part.partition("=")
            if not sep:
                raise ValueError(f"expected name=value, got {part!r}")
            name = name.strip()
            if name == "rate":
                values["rate"] = float(value)
            elif name in ("seed", "delay_ms", "limit"):
                values[name] = int(value)
            elif name in ("kinds", "methods"):
                values[name] = tuple(v for v in value.split("+") if v)
            elif name in ("path", "path_prefix"):
                values["path_prefix"] = value
            else:
                raise ValueError(f"unknown fault setting {name!r}")
        return cls(**values)

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> FaultPlan:
        allowed = {f for f in cls.__dataclass_fields__}
        unknown = set(body) - allowed
        if unknown:
            raise ValueError(f"unknown fault setting(s): {', '.join(sorted(unknown))}")
        data = dict(body)
        for key in ("kinds", "methods"):
            if key in data:
                data[key] = tuple(data[key])
        return cls(**data)


@dataclass
class FaultInjector:
    """Holds the current plan and its seeded random stream; safe to reconfigure while serving."""

    plan: FaultPlan = field(default_factory=FaultPlan)
    injected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(self.plan.seed)
        self._used = 0

    def configure(self, plan: FaultPlan) -> None:
        with self._lock:
            self.plan = plan
            self._rng = random.Random(plan.seed)
            self._used = 0
            self.injected = Counter()

    def draw(self, method: str, path: str) -> str | None:
        with self._lock:
            plan = self.plan
            if plan.rate <= 0 or not path.startswith(plan.path_prefix):
                return None
            if plan.methods and method.upper() not in plan.methods:
                return None
            if plan.limit is not None and self._used >= plan.limit:
                return None
            if self._rng.random() >= plan.rate:
                return None
            kind = self._rng.choice(plan.kinds)
            self._used += 1
            self.injected[kind] += 1
            return kind

    def status(self) -> dict[str, Any]:
        with self._lock:
            plan = asdict(self.plan)
            plan["kinds"] = list(self.plan.kinds)
            plan["methods"] = list(self.plan.methods)
            return {"plan": plan, "injected": dict(self.injected), "total": sum(self.injected.values())}


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


async def _drop(send: Send) -> None:
    """Start a response that promises a body and never deliver it: uvicorn closes the connection."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        }
    )


async def _buffered(receive: Receive) -> Receive:
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body"):
            break
    pending = iter(messages)

    async def replay() -> Message:
        return next(pending, {"type": "http.disconnect"})

    return replay


class FaultMiddleware:
    """Pure ASGI, outermost: sees every HTTP request before FastAPI does."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        kind = self.injector.draw(scope["method"], scope["path"])
        if kind is None:
            await self.app(scope, receive, send)
        elif kind == "drop_before":
            await _drop(send)
        elif kind in ("500", "503"):
            detail = "Internal Server Error" if kind == "500" else "Service Unavailable"
            await _send_json(send, int(kind), {"detail": detail})
        elif kind == "401":
            await _send_json(send, 401, {"detail": "Token has expired"})
        elif kind == "delay":
            # Read the whole request first: the server has it, and applies it even if the client gives up.
            replay = await _buffered(receive)
            await asyncio.sleep(self.injector.plan.delay_ms / 1000)
            await self.app(scope, replay, send)
        else:
            await self._apply_then_break(kind, scope, receive, send)

    async def _apply_then_break(self, kind: str, scope: Scope, receive: Receive, send: Send) -> None:
        async def swallow(_message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)
        if kind == "drop_after":
            await _drop(send)
            return
        payload = b'{"success": true, "stroke_id": 12'
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
