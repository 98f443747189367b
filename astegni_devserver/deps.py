"""FastAPI dependencies: the unit-of-work session, the caller's token claims and account."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.orm import Session

from .config import ServerConfig
from .models import User
from .security import Claims, TokenError, TokenIssuer


# The light dependencies are `async def` on purpose: FastAPI runs a sync dependency in the thread pool, and
# those hops cost more than the work (measured: 4.3 → see bench/devserver_strokes.py).
async def get_db(request: Request) -> AsyncIterator[Session]:
    """One session per request (lazy: no connection until first used); endpoints commit explicitly."""
    session = request.app.state.db.new_session()
    try:
        yield session
    finally:
        session.close()


async def get_config(request: Request) -> ServerConfig:
    cfg: ServerConfig = request.app.state.config
    return cfg


async def get_issuer(request: Request) -> TokenIssuer:
    issuer: TokenIssuer = request.app.state.tokens
    return issuer


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


async def get_claims(request: Request) -> Claims:
    token = bearer_token(request)
    try:
        issuer: TokenIssuer = request.app.state.tokens
        return issuer.claims(token)
    except TokenError as exc:
        raise HTTPException(401, exc.detail, headers={"WWW-Authenticate": "Bearer"}) from exc


def get_user(claims: Annotated[Claims, Depends(get_claims)], db: Annotated[Session, Depends(get_db)]) -> User:
    user = db.get(User, claims.user_id)
    if user is None or not user.is_active:
        raise HTTPException(401, "User not found", headers={"WWW-Authenticate": "Bearer"})
    return user


DB = Annotated[Session, Depends(get_db)]
Config = Annotated[ServerConfig, Depends(get_config)]
Issuer = Annotated[TokenIssuer, Depends(get_issuer)]
TokenClaims = Annotated[Claims, Depends(get_claims)]
CurrentUser = Annotated[User, Depends(get_user)]


def validation_error(
    loc: tuple[str | int, ...], msg: str, value: Any, kind: str = "value_error"
) -> Exception:
    """A 422 in FastAPI's own shape, for checks the pydantic schema cannot express."""
    return RequestValidationError([{"type": kind, "loc": loc, "msg": msg, "input": value}])
