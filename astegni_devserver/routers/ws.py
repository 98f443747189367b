"""The `/ws/{profile_id}/{role}` relay (CONTRACT.md §8): one socket per key, each message to one recipient."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from ..models import MissedCall, ParentProfile, StudentProfile, TutorProfile, User, utcnow

router = APIRouter(tags=["websocket"])
log = logging.getLogger("astegni_devserver.ws")

ROUTING_KEYS = (
    "to_user_id",
    "to_profile_id",
    "to_profile_type",
    "to_student_profile_id",
    "to_tutor_profile_id",
)
STROKE_KEYS = ("type", "session_id", "page_id", "stroke", "sender_id", "sender_role", "sender_name")
MAX_MESSAGE = 1_000_000
_IDS = ("from_student_profile_id", "from_tutor_profile_id")
# CONTRACT.md §12: the deployed server rebuilds each call message from these fields of the sender's message,
# in this order; anything else is dropped. Ids are copied as sent (a string id stays a string).
CALL_FIELDS: dict[str, tuple[str, ...]] = {
    "video_call_invitation": (
        *_IDS,
        "from_role",
        "caller_name",
        "session_id",
        "is_multi_party",
        "participant_count",
    ),
    "video_offer": ("offer", *_IDS, "from_role"),
    "video_answer": ("answer", "from_role", *_IDS, "is_multi_party"),
    "ice_candidate": ("candidate", "from_user_id", *_IDS, "is_multi_party"),
    "video_call_participant_left": (
        "session_id",
        "is_multi_party",
        "left_participant_id",
        "left_participant_role",
        "left_participant_name",
    ),
}
# Messages the server stamps with the sender's connection key instead of copying ids.
CALL_BY_KEY: dict[str, tuple[str, tuple[str, ...]]] = {
    "video_call_ended": ("ended_by", ("session_id",)),
    "video_call_declined": ("declined_by", ()),
    "video_call_cancelled": ("cancelled_by", ("session_id", "is_multi_party")),
}


class Hub:
    """Live sockets by key ("tutor_5"); process memory only, like the real server."""

    def __init__(self) -> None:
        self.sockets: dict[str, WebSocket] = {}
        # Messages for a socket whose "connected" is not sent yet (id(ws) → frames), sent right after it.
        self.unwelcomed: dict[int, list[str]] = {}
        self.lock = asyncio.Lock()
        self.relayed = 0

    async def add(self, key: str, ws: WebSocket) -> None:
        async with self.lock:
            old = self.sockets.get(key)
            self.sockets[key] = ws
            self.unwelcomed[id(ws)] = []
        if old is not None and old is not ws:
            await _quiet_close(old)

    async def remove(self, key: str, ws: WebSocket) -> bool:
        async with self.lock:
            self.unwelcomed.pop(id(ws), None)
            if self.sockets.get(key) is ws:
                del self.sockets[key]
                return True
        return False

    async def welcome(self, ws: WebSocket, hello: dict[str, Any]) -> None:
        """Send a socket its "connected" first, then what others sent it meanwhile."""
        await ws.send_text(json.dumps(hello))
        while waiting := self.unwelcomed.get(id(ws)):
            await ws.send_text(waiting.pop(0))
        self.unwelcomed.pop(id(ws), None)

    async def send(self, key: str, message: dict[str, Any]) -> bool:
        ws = self.sockets.get(key)
        if ws is None:
            return False
        text = json.dumps(message)
        held = self.unwelcomed.get(id(ws))
        if held is not None:  # a socket's first message is always its "connected"
            held.append(text)
            self.relayed += 1
            return True
        try:
            await ws.send_text(text)
        except Exception:  # the peer vanished mid-send: same as offline, dropped silently
            return False
        self.relayed += 1
        return True

    async def broadcast_except(self, key: str, message: dict[str, Any]) -> None:
        for other in list(self.sockets):
            if other != key:
                await self.send(other, message)

    async def disconnect_all(self) -> int:
        async with self.lock:
            sockets = list(self.sockets.values())
            self.sockets.clear()
        for ws in sockets:
            await _quiet_close(ws)
        return len(sockets)


async def _quiet_close(ws: WebSocket) -> None:
    try:
        await ws.close(code=1012)
    except Exception:
        log.debug("close of a dead socket ignored")


def recipient_key(msg: dict[str, Any]) -> str | None:
    """The first routing key present wins (CONTRACT.md §8.2)."""
    if msg.get("to_user_id") is not None:
        return f"user_{msg['to_user_id']}"
    if msg.get("to_profile_id") is not None and msg.get("to_profile_type"):
        return f"{msg['to_profile_type']}_{msg['to_profile_id']}"
    if msg.get("to_student_profile_id") is not None:
        return f"student_{msg['to_student_profile_id']}"
    if msg.get("to_tutor_profile_id") is not None:
        return f"tutor_{msg['to_tutor_profile_id']}"
    return None


def outbound(msg: dict[str, Any], role: str, profile_id: int) -> dict[str, Any]:
    """What the recipient gets: routing keys stripped, legacy sender ids and a server timestamp added."""
    legacy = {
        "from_student_profile_id": profile_id if role == "student" else None,
        "from_tutor_profile_id": profile_id if role == "tutor" else None,
        "timestamp": utcnow().isoformat(),
    }
    if msg.get("type") == "whiteboard_stroke":
        out = {k: msg.get(k) for k in STROKE_KEYS}
        raw_stroke = msg.get("stroke")
        stroke: dict[str, Any] = raw_stroke if isinstance(raw_stroke, dict) else {}
        out["stroke_type"] = stroke.get("stroke_type")
        out["stroke_data"] = stroke.get("stroke_data")
        out["user_id"] = msg.get("sender_id")
        return {**out, **legacy}
    out = {k: v for k, v in msg.items() if k not in ROUTING_KEYS}
    if msg.get("type") == "whiteboard_permission_granted":
        raw_perms = msg.get("permissions")
        given: dict[str, Any] = raw_perms if isinstance(raw_perms, dict) else {}
        out["permissions"] = {k: bool(given.get(k, True)) for k in ("can_draw", "can_write", "can_erase")}
    return {**out, **legacy}


def call_outbound(msg: dict[str, Any], sender_key: str) -> dict[str, Any]:
    """A call message as the recipient gets it: rebuilt from the fixed field list of its type (§12)."""
    kind = str(msg["type"])
    if kind in CALL_BY_KEY:
        stamp, fields = CALL_BY_KEY[kind]
        return {"type": kind, stamp: sender_key, **{k: msg.get(k) for k in fields}}
    out = {"type": kind, **{k: msg.get(k) for k in CALL_FIELDS[kind]}}
    if kind == "ice_candidate":
        out["from_user_id"] = None
    if kind == "video_call_invitation":
        out["timestamp"] = utcnow().isoformat()
    return out


def _profile_name(app: Any, key: str) -> tuple[str | None, str | None]:
    """The display name and avatar of the profile behind a connection key ("student_501")."""
    role, _, raw_id = key.partition("_")
    model = {"tutor": TutorProfile, "student": StudentProfile, "parent": ParentProfile}.get(role)
    if model is None or not raw_id.isdigit():
        return None, None
    with app.state.db.session() as s:
        profile = s.get(model, int(raw_id))
        user = s.get(User, profile.user_id) if profile is not None else None
        return (user.display_name, user.profile_picture) if user is not None else (None, None)


def _store_missed_call(app: Any, callee_key: str, caller_key: str, msg: dict[str, Any]) -> dict[str, Any]:
    """Store the missed call and build the `user_offline` answer for the caller."""
    name, avatar = _profile_name(app, callee_key)
    session_id = msg.get("session_id")
    with app.state.db.session() as s:
        row = MissedCall(
            callee_key=callee_key,
            caller_key=caller_key,
            caller_name=str(msg.get("caller_name") or "")[:255] or None,
            session_id=session_id if isinstance(session_id, int) else None,
        )
        s.add(row)
        s.flush()
        call_id = row.id
    role, _, raw_id = callee_key.partition("_")
    return {
        "type": "user_offline",
        "offline_user_profile_id": int(raw_id) if raw_id.isdigit() else raw_id,
        "offline_user_profile_type": role,
        "offline_user_name": name,
        "offline_user_avatar": avatar,
        "call_id": call_id,
        "original_message_type": "video_call_invitation",
        "timestamp": utcnow().isoformat(),
    }


def _take_missed_calls(app: Any, key: str) -> list[dict[str, Any]]:
    """The calls missed by `key` since it was last told, marked as told."""
    with app.state.db.session() as s:
        rows = list(
            s.query(MissedCall)
            .filter(MissedCall.callee_key == key, MissedCall.notified.is_(False))
            .order_by(MissedCall.id)
        )
        calls = []
        for row in rows:
            role, _, raw_id = row.caller_key.partition("_")
            calls.append(
                {
                    "call_id": row.id,
                    "caller_name": row.caller_name,
                    "caller_profile_id": int(raw_id) if raw_id.isdigit() else None,
                    "caller_profile_type": role,
                    "session_id": row.session_id,
                    "call_type": row.call_type,
                    "missed_at": row.created_at.isoformat(),
                }
            )
            row.notified = True
        return calls


async def _relay_call(app: Any, hub: Hub, msg: dict[str, Any], sender_key: str) -> None:
    """Route one call message to one recipient; an invitation to an absent callee becomes a missed call."""
    target = recipient_key(msg)
    if target is None:
        return
    if await hub.send(target, call_outbound(msg, sender_key)):
        return
    if msg["type"] == "video_call_invitation":
        answer = await run_in_threadpool(_store_missed_call, app, target, sender_key, msg)
        await hub.send(sender_key, answer)


def _set_presence(app: Any, role: str, profile_id: int, online: bool) -> None:
    model = {"tutor": TutorProfile, "student": StudentProfile}.get(role)
    if model is None:
        return
    with app.state.db.session() as s:
        row = s.get(model, profile_id)
        if row is not None:
            row.is_online = online
            row.last_seen = utcnow()


@router.websocket("/ws/{profile_id}/{role}")
async def relay(ws: WebSocket, profile_id: int, role: str) -> None:
    app = ws.app
    hub: Hub = app.state.hub
    key = f"{role}_{profile_id}"
    await ws.accept()
    await hub.add(key, ws)
    presence = {"profile_type": role, f"{role}_profile_id": profile_id}
    # Others hear of us before we hear "connected", so a peer that saw our welcome also saw our arrival.
    await hub.broadcast_except(key, {"type": "user_online", **presence, "timestamp": utcnow().isoformat()})
    await run_in_threadpool(_set_presence, app, role, profile_id, True)
    await hub.welcome(ws, {"type": "connection", "status": "connected", "connection_key": key})
    missed = await run_in_threadpool(_take_missed_calls, app, key)
    if missed:
        await ws.send_text(
            json.dumps({"type": "missed_calls_notification", "count": len(missed), "calls": missed})
        )
    try:
        while True:
            frame = await ws.receive()
            if frame["type"] == "websocket.disconnect":
                break
            raw = frame.get("text")
            if not isinstance(raw, str) or len(raw) > MAX_MESSAGE:
                continue
            try:
                msg = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if not isinstance(msg, dict):
                continue
            kind = msg.get("type")
            if kind == "ping":
                await ws.send_text(json.dumps({"type": "pong"}))
                continue
            if isinstance(kind, str) and (kind in CALL_FIELDS or kind in CALL_BY_KEY):
                await _relay_call(app, hub, msg, key)
                continue
            if not isinstance(kind, str) or not kind.startswith("whiteboard_"):
                continue
            if kind == "whiteboard_color_change" and app.state.config.deployed("D13"):
                continue
            target = recipient_key(msg)
            if target is not None:
                await hub.send(target, outbound(msg, role, profile_id))
    except WebSocketDisconnect:
        pass
    finally:
        if await hub.remove(key, ws):
            await run_in_threadpool(_set_presence, app, role, profile_id, False)
            await hub.broadcast_except(
                key, {"type": "user_offline", **presence, "timestamp": utcnow().isoformat()}
            )
