"""Passwords and JWTs exactly as the Astegni backend issues them (CONTRACT.md §2.2)."""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from .models import utcnow

ACCESS_LIFETIME = timedelta(days=7)
REFRESH_JWT_LIFETIME = timedelta(days=365)
REFRESH_RECORD_LIFETIME = timedelta(days=7)
PROFILE_ROLES = ("student", "tutor", "parent")
_ITERATIONS = 20_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS)
    return f"pbkdf2${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64)
    except ValueError:
        return False
    expected = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS)
    return hmac.compare_digest(base64.b64encode(expected).decode(), digest_b64)


@dataclass(frozen=True)
class Claims:
    """A decoded access token: identity as the token states it, string role ids included."""

    sub: str
    role: str | None
    role_ids: dict[str, str | None]

    @property
    def user_id(self) -> int:
        return int(self.sub)

    def profile_id(self, role: str) -> int | None:
        raw = self.role_ids.get(role)
        try:
            return int(raw) if raw is not None else None
        except (TypeError, ValueError):
            return None


class TokenError(Exception):
    """A token could not be used; `detail` is the server's message."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class TokenIssuer:
    def __init__(self, secret: str) -> None:
        self.secret = secret

    def _encode(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.secret, algorithm="HS256")

    def issue(
        self, user_id: int, role: str, role_ids: dict[str, int | None], now: datetime | None = None
    ) -> tuple[str, str, str, datetime]:
        """Return (access token, refresh token, refresh jti, issue time)."""
        now = now or utcnow()
        ids = {r: (str(v) if v is not None else None) for r, v in role_ids.items() if r in PROFILE_ROLES}
        base = {"sub": str(user_id), "role": role, "role_ids": ids}
        access = self._encode({**base, "exp": _epoch(now + ACCESS_LIFETIME)})
        jti = uuid.uuid4().hex
        refresh = self._encode({**base, "jti": jti, "exp": _epoch(now + REFRESH_JWT_LIFETIME)})
        return access, refresh, jti, now

    def decode(self, token: str, *, expired_detail: str, invalid_detail: str) -> dict[str, Any]:
        try:
            payload: dict[str, Any] = jwt.decode(token, self.secret, algorithms=["HS256"])
        except jwt.ExpiredSignatureError as exc:
            raise TokenError(expired_detail) from exc
        except jwt.InvalidTokenError as exc:
            raise TokenError(invalid_detail) from exc
        return payload

    def claims(self, token: str) -> Claims:
        payload = self.decode(
            token, expired_detail="Token has expired", invalid_detail="Could not validate credentials"
        )
        sub = payload.get("sub")
        role_ids = payload.get("role_ids") or {}
        if not isinstance(sub, str) or not sub.isdigit() or not isinstance(role_ids, dict):
            raise TokenError("Could not validate credentials")
        role = payload.get("role")
        return Claims(sub=sub, role=role if isinstance(role, str) else None, role_ids=role_ids)


def _epoch(naive_utc: datetime) -> int:
    return calendar.timegm(naive_utc.timetuple())
