"""Application factory: database, seed, routers, the WebSocket hub and the fault injector."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import APIRouter, Body, FastAPI, HTTPException, Request
from sqlalchemy import func, select

from .config import ServerConfig, parse_defects
from .db import Database
from .faults import FaultInjector, FaultMiddleware, FaultPlan
from .models import Meta, User, create_schema
from .routers import auth, lessons, requests, schedules, students, whiteboard, ws
from .security import TokenIssuer
from .seed import seed_accounts, seed_demo_world

SeedName = Literal["demo", "empty", "none"]


def is_loopback(host: str) -> bool:
    """An address of this machine (127.0.0.0/8, ::1, IPv4-mapped loopback), or Starlette's test client."""
    if host == "testclient":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


@dataclass
class ServerOptions:
    db_url: str = "sqlite:///astegni-devserver.db"
    seed: SeedName = "demo"
    defects: frozenset[str] = field(default_factory=frozenset)
    faults: FaultPlan | None = None
    same_ids: bool = False  # the demo student's profile id is the demo tutor's user id (seed_accounts)


def _jwt_secret(db: Database) -> str:
    """Kept in the database, so tokens survive a restart of the same server (offline/restart tests)."""
    with db.session() as s:
        row = s.get(Meta, "jwt_secret")
        if row is None:
            row = Meta(key="jwt_secret", value=secrets.token_urlsafe(48))
            s.add(row)
        return row.value


def _seed(db: Database, seed: SeedName, same_ids: bool = False) -> bool:
    with db.session() as s:
        if seed == "none" or (s.scalar(select(func.count()).select_from(User)) or 0) > 0:
            return False
        if seed == "demo":
            seed_demo_world(s, same_ids=same_ids)
        else:
            seed_accounts(s, same_ids=same_ids)
    return True


def admin_router() -> APIRouter:
    """Loopback-only controls for tests: fault plan, defects, WebSocket drops."""
    router = APIRouter(prefix="/__devserver", tags=["dev-server admin"], include_in_schema=False)

    def loopback_only(request: Request) -> None:
        if not is_loopback(request.client.host if request.client else ""):
            raise HTTPException(403, "admin endpoints answer loopback clients only")

    @router.get("/faults")
    def get_faults(request: Request) -> dict[str, Any]:
        loopback_only(request)
        injector: FaultInjector = request.app.state.faults
        return injector.status()

    @router.put("/faults")
    def put_faults(request: Request, body: dict[str, Any] = Body()) -> dict[str, Any]:
        loopback_only(request)
        injector: FaultInjector = request.app.state.faults
        try:
            injector.configure(FaultPlan.from_json(body))
        except (TypeError, ValueError) as exc:
            raise HTTPException(422, str(exc)) from exc
        return injector.status()

    @router.get("/defects")
    def get_defects(request: Request) -> dict[str, Any]:
        loopback_only(request)
        return {"defects": sorted(request.app.state.config.defects)}

    @router.put("/defects")
    def put_defects(request: Request, body: dict[str, Any] = Body()) -> dict[str, Any]:
        loopback_only(request)
        spec = body.get("defects", "")
        try:
            chosen = parse_defects(",".join(spec) if isinstance(spec, list) else str(spec))
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        request.app.state.config.defects = chosen
        return {"defects": sorted(chosen)}

    @router.post("/ws/disconnect-all")
    async def drop_sockets(request: Request) -> dict[str, Any]:
        loopback_only(request)
        return {"closed": await request.app.state.hub.disconnect_all()}

    return router


def create_app(options: ServerOptions | None = None) -> FastAPI:
    options = options or ServerOptions()
    db = Database(options.db_url)
    create_schema(db.engine)
    seeded = _seed(db, options.seed, options.same_ids)
    app = FastAPI(title="Astegni dev server", version="1.0", docs_url="/docs", redoc_url=None)
    app.state.db = db
    app.state.config = ServerConfig(defects=options.defects)
    app.state.tokens = TokenIssuer(_jwt_secret(db))
    app.state.faults = FaultInjector(options.faults or FaultPlan())
    app.state.hub = ws.Hub()
    app.state.page_access = {}
    app.state.seeded = seeded

    @app.get("/health", tags=["health"])
    def health(request: Request) -> dict[str, Any]:
        return {"status": "ok", "defects": sorted(request.app.state.config.defects)}

    # Whiteboard first: routes are matched in order, and stroke POSTs are the hot path.
    for module in (whiteboard, auth, requests, students, schedules, lessons, ws):
        app.include_router(module.router)
    app.include_router(admin_router())
    app.add_middleware(FaultMiddleware, injector=app.state.faults)
    return app
