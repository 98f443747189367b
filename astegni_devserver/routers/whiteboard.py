"""Whiteboard REST (CONTRACT.md §7): identity comes from the token alone, as on the real server."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, field_validator
from sqlalchemy import JSON, bindparam, func, select, text
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..config import ServerConfig
from ..deps import DB, Config, TokenClaims
from ..models import (
    Enrollment,
    Package,
    Recording,
    Stroke,
    StudentProfile,
    TutorProfile,
    User,
    WhiteboardChat,
    WhiteboardPage,
    WhiteboardSession,
    utcnow,
)
from ..security import Claims
from ..serialize import (
    DEFAULT_AVATAR,
    chat_body,
    page_body,
    profile_name,
    session_list_item,
    whiteboard_session_body,
)
from ..timeutil import iso

router = APIRouter(prefix="/api/whiteboard", tags=["whiteboard"])

DRAW_TYPES = {"pen", "line", "rectangle", "circle", "arrow"}
PERMISSION_FOR = {"text": "can_write", "eraser": "can_erase"}
NO_PERMISSIONS = {"can_draw": False, "can_write": False, "can_erase": False}


def is_host(ws: WhiteboardSession, claims: Claims) -> bool:
    role = claims.role
    return role is not None and ws.host_profile_type == role and claims.profile_id(role) == ws.host_profile_id


def is_participant(ws: WhiteboardSession, claims: Claims, *, match_type: bool = True) -> bool:
    role = claims.role
    if role is None:
        return False
    mine = claims.profile_id(role)
    return any(
        pid == mine and (ptype == role or not match_type)
        for pid, ptype in zip(ws.participant_profile_ids, ws.participant_profile_types, strict=False)
    )


def _session(db: Session, session_id: int) -> WhiteboardSession:
    ws = db.get(WhiteboardSession, session_id)
    if ws is None:
        raise HTTPException(404, "Session not found")
    return ws


def _member_or_403(ws: WhiteboardSession, claims: Claims, cfg: ServerConfig) -> None:
    """The D2 group: on deployed a string id is compared with an int, so nobody passes."""
    if cfg.deployed("D2") or not (is_host(ws, claims) or is_participant(ws, claims)):
        raise HTTPException(403, "Access denied")


class QuickCreate(BaseModel):
    participant_profile_id: int
    participant_profile_type: str
    session_title: str = "Whiteboard Session"
    host_profile_type: str | None = None
    session_description: str | None = None


@router.post("/sessions/quick-create")
def quick_create(db: DB, claims: TokenClaims, body: QuickCreate) -> dict[str, Any]:
    if body.participant_profile_type not in ("tutor", "student"):
        raise HTTPException(400, "participant_profile_type must be 'tutor' or 'student'")
    host_type = body.host_profile_type or claims.role or "tutor"
    host_id = claims.profile_id(host_type)
    if host_id is None:
        raise HTTPException(403, f"You need a {host_type} profile to host a whiteboard session")
    now = utcnow()
    ws = WhiteboardSession(
        host_profile_id=host_id,
        host_profile_type=host_type,
        participant_profile_ids=[body.participant_profile_id],
        participant_profile_types=[body.participant_profile_type],
        session_title=body.session_title,
        session_description=body.session_description,
        scheduled_start=now,
        scheduled_end=now + timedelta(hours=2),
        status="in-progress",
        student_permissions=dict(NO_PERMISSIONS),
        created_at=now,
        updated_at=now,
    )
    db.add(ws)
    db.flush()
    page = WhiteboardPage(session_id=ws.id, page_number=1, page_title="Page 1", is_active=True)
    db.add(page)
    db.flush()
    result = {"success": True, "session_id": ws.id, "page_id": page.id, "existing": False}
    db.commit()
    return result


@router.get("/sessions")
def list_sessions(
    db: DB,
    cfg: Config,
    claims: TokenClaims,
    student_id: Annotated[int | None, Query()] = None,
    status: Annotated[str | None, Query()] = None,
) -> dict[str, Any]:
    def keep(ws: WhiteboardSession) -> bool:
        return (student_id is None or student_id in ws.participant_profile_ids) and (
            status is None or ws.status == status
        )

    all_sessions = db.scalars(select(WhiteboardSession)).all()
    hosted = [ws for ws in all_sessions if is_host(ws, claims)]
    joined = [
        ws
        for ws in all_sessions
        if not is_host(ws, claims) and is_participant(ws, claims, match_type=not cfg.deployed("D3"))
    ]
    if cfg.deployed("D3"):
        chosen = hosted + [ws for ws in joined if keep(ws)]
    else:
        chosen = [ws for ws in hosted + joined if keep(ws)]
    chosen.sort(key=lambda ws: (ws.scheduled_start or ws.created_at, ws.id), reverse=True)
    with_recordings = set(db.scalars(select(Recording.session_id)))
    items = [session_list_item(ws, ws.id in with_recordings) for ws in chosen]
    hours = sum((i["duration_minutes"] or 0) for i in items if i["status"] == "completed") / 60
    return {
        "sessions": items,
        "stats": {
            "total": len(items),
            "completed": sum(i["status"] == "completed" for i in items),
            "scheduled": sum(i["status"] == "scheduled" for i in items),
            "in_progress": sum(i["status"] == "in-progress" for i in items),
            "total_hours": round(hours, 1),
        },
    }


@router.get("/sessions/{session_id}")
def get_session(db: DB, claims: TokenClaims, session_id: int) -> JSONResponse:
    ws = _session(db, session_id)
    if not (is_host(ws, claims) or is_participant(ws, claims)):
        raise HTTPException(403, "Access denied")
    # Served with the standard encoder, as stored: pydantic's serializer stops at 255 levels, and a stroke
    # that PostgreSQL's JSONB stored (anything within STROKE_DEPTH) must be served back as it was.
    return JSONResponse({"success": True, "session": whiteboard_session_body(db, ws)})


STROKE_DEPTH = 512  # deeper `stroke_data` is refused (JSONB parsing is bounded by the server's stack depth)


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


class StrokeIn(BaseModel):
    page_id: int
    stroke_type: str
    stroke_data: dict[str, Any]

    @field_validator("stroke_data")
    @classmethod
    def _not_too_deep(cls, value: dict[str, Any]) -> dict[str, Any]:
        if _depth(value) > STROKE_DEPTH:
            raise ValueError(f"stroke_data is nested deeper than {STROKE_DEPTH} levels")
        return value


_stroke_lock = threading.Lock()


@dataclass(frozen=True)
class _PageAccess:
    """What a stroke POST checks about its page. Host and participants never change after creation."""

    session_id: int
    host_type: str
    host_id: int
    participants: tuple[tuple[int, str], ...]


PageAccessCache = dict[int, _PageAccess]


def _access(db: Session, cache: PageAccessCache, page_id: int) -> _PageAccess:
    cached = cache.get(page_id)
    if cached is not None:
        return cached
    page = db.get(WhiteboardPage, page_id)
    if page is None:
        raise HTTPException(404, "Page not found")
    ws = _session(db, page.session_id)
    access = _PageAccess(
        ws.id,
        ws.host_profile_type,
        ws.host_profile_id,
        tuple(zip(ws.participant_profile_ids, ws.participant_profile_types, strict=False)),
    )
    cache[page_id] = access
    return access


def _check_stroke_access(db: Session, cache: PageAccessCache, claims: Claims, body: StrokeIn) -> int:
    """Membership by the token's role_ids converted to int, ignoring `role`; returns the session id."""
    access = _access(db, cache, body.page_id)
    host = claims.profile_id(access.host_type) == access.host_id
    if not host and not any(claims.profile_id(t) == pid for pid, t in access.participants):
        raise HTTPException(403, "Access denied - you are not part of this session")
    if not host:
        needed = "can_draw" if body.stroke_type in DRAW_TYPES else PERMISSION_FOR.get(body.stroke_type)
        perms = (
            db.scalar(
                select(WhiteboardSession.student_permissions).where(WhiteboardSession.id == access.session_id)
            )
            or {}
        )
        if needed and not perms.get(needed):
            raise HTTPException(403, "No drawing permission")
    return access.session_id


# One statement takes the next order and writes the row, so orders are unique per page (intended behaviour).
_INSERT_NEXT = text(
    "INSERT INTO whiteboard_canvas_data"
    " (page_id, session_id, user_id, stroke_type, stroke_data, stroke_order) "
    "SELECT :page_id, :session_id, :user_id, :stroke_type, :stroke_data, COALESCE(MAX(stroke_order), 0) + 1 "
    "FROM whiteboard_canvas_data WHERE page_id = :page_id RETURNING id, stroke_order"
).bindparams(bindparam("stroke_data", type_=JSON))


def _store_stroke(db: Session, cache: PageAccessCache, claims: Claims, body: StrokeIn) -> dict[str, Any]:
    session_id = _check_stroke_access(db, cache, claims, body)
    params = {
        "page_id": body.page_id,
        "session_id": session_id,
        "user_id": claims.user_id,
        "stroke_type": body.stroke_type,
        "stroke_data": body.stroke_data,
    }
    with _stroke_lock:  # PostgreSQL's read-committed would otherwise let two writers see the same MAX
        stroke_id, order = db.execute(_INSERT_NEXT, params).one()
        db.commit()
    return {"success": True, "stroke_id": stroke_id, "stroke_order": order}


def _store_stroke_racy(db: Session, cache: PageAccessCache, claims: Claims, body: StrokeIn) -> dict[str, Any]:
    """D8: read the highest order, then insert; concurrent writers can get the same order."""
    session_id = _check_stroke_access(db, cache, claims, body)
    top = db.scalar(select(func.max(Stroke.stroke_order)).where(Stroke.page_id == body.page_id)) or 0
    time.sleep(0.003)  # widen the read-then-insert window the deployed server leaves open
    stroke = Stroke(
        page_id=body.page_id,
        session_id=session_id,
        user_id=claims.user_id,
        stroke_type=body.stroke_type,
        stroke_data=body.stroke_data,
        stroke_order=top + 1,
    )
    db.add(stroke)
    db.commit()
    return {"success": True, "stroke_id": stroke.id, "stroke_order": stroke.stroke_order}


@router.post("/canvas/stroke")
async def post_stroke(
    request: Request, db: DB, cfg: Config, claims: TokenClaims, body: StrokeIn
) -> dict[str, Any]:
    """The hot path of every lesson: run inline (about 1 ms of SQLite work) rather than hop to a thread,
    except when reproducing D8, whose race needs concurrent writers."""
    if cfg.deployed("D8"):
        return await run_in_threadpool(_store_stroke_racy, db, request.app.state.page_access, claims, body)
    return _store_stroke(db, request.app.state.page_access, claims, body)


@router.post("/pages/create")
def create_page(
    db: DB, cfg: Config, claims: TokenClaims, session_id: int, page_title: str | None = None
) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    top = (
        db.scalar(select(func.max(WhiteboardPage.page_number)).where(WhiteboardPage.session_id == ws.id)) or 0
    )
    page = WhiteboardPage(
        session_id=ws.id, page_number=top + 1, page_title=page_title or f"Page {top + 1}", is_active=False
    )
    db.add(page)
    db.flush()
    result = {"success": True, "page": page_body(page, None)}
    db.commit()
    return result


@router.patch("/pages/{page_id}/activate")
def activate_page(db: DB, cfg: Config, claims: TokenClaims, page_id: int) -> dict[str, Any]:
    page = db.get(WhiteboardPage, page_id)
    if page is None:
        raise HTTPException(404, "Page not found")
    ws = _session(db, page.session_id)
    if not cfg.deployed("D11") and not (is_host(ws, claims) or is_participant(ws, claims)):
        raise HTTPException(403, "Access denied")
    for other in db.scalars(select(WhiteboardPage).where(WhiteboardPage.session_id == ws.id)):
        other.is_active = other.id == page.id
    db.commit()
    return {"success": True}


@router.patch("/sessions/{session_id}/start")
def start_session(db: DB, cfg: Config, claims: TokenClaims, session_id: int) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    ws.status = "in-progress"
    ws.actual_start = ws.actual_start or utcnow()
    ws.updated_at = utcnow()
    db.commit()
    return {"success": True, "status": "in-progress"}


@router.patch("/sessions/{session_id}/end")
def end_session(
    db: DB, cfg: Config, claims: TokenClaims, session_id: int, notes: str | None = None
) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    ws.status = "completed"
    ws.actual_end = utcnow()
    ws.session_notes = notes
    ws.updated_at = utcnow()
    db.commit()
    return {"success": True, "status": "completed"}


class Permissions(BaseModel):
    can_draw: bool = False
    can_write: bool = False
    can_erase: bool = False


@router.patch("/sessions/{session_id}/permissions")
def set_permissions(
    db: DB, cfg: Config, claims: TokenClaims, session_id: int, body: Permissions
) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    ws.student_permissions = body.model_dump()
    ws.updated_at = utcnow()
    db.commit()
    return {"success": True, "permissions": body.model_dump()}


class ChatIn(BaseModel):
    session_id: int
    message_text: str
    message_type: str = "text"


@router.post("/chat/send")
def chat_send(db: DB, cfg: Config, claims: TokenClaims, body: ChatIn) -> dict[str, Any]:
    ws = _session(db, body.session_id)
    _member_or_403(ws, claims, cfg)
    msg = WhiteboardChat(
        session_id=ws.id,
        sender_id=claims.user_id,
        message_text=body.message_text,
        message_type=body.message_type,
        created_at=utcnow(),
    )
    db.add(msg)
    db.flush()
    result = {"success": True, "message": chat_body(msg)}
    db.commit()
    return result


@router.get("/chat/{session_id}")
def chat_list(db: DB, cfg: Config, claims: TokenClaims, session_id: int, limit: int = 50) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    latest = db.scalars(
        select(WhiteboardChat)
        .where(WhiteboardChat.session_id == ws.id)
        .order_by(WhiteboardChat.id.desc())
        .limit(max(1, min(limit, 500)))
    ).all()
    return {"success": True, "messages": [chat_body(m) for m in reversed(latest)]}


@router.post("/recordings/start")
def recording_start(db: DB, cfg: Config, claims: TokenClaims, session_id: int) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    ws.is_recording = True
    db.commit()
    return {"success": True}


@router.post("/recordings/stop")
def recording_stop(db: DB, cfg: Config, claims: TokenClaims, session_id: int) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    ws.is_recording = False
    db.commit()
    return {"success": True}


class RecordingIn(BaseModel):
    session_id: int
    recording_title: str
    recording_type: str = "video"
    file_url: str | None = None
    duration_seconds: int | None = None
    board_snapshot: dict[str, Any] | None = None


@router.post("/recordings")
def recording_create(db: DB, cfg: Config, claims: TokenClaims, body: RecordingIn) -> dict[str, Any]:
    ws = _session(db, body.session_id)
    _member_or_403(ws, claims, cfg)
    snapshot = body.board_snapshot
    if snapshot is None:
        full = whiteboard_session_body(db, ws)
        snapshot = {
            "pages": [
                {
                    "page_id": p["id"],
                    "page_number": p["page_number"],
                    "page_title": p["page_title"],
                    "background_color": p["background_color"],
                    "strokes": [
                        {k: s[k] for k in ("stroke_type", "stroke_data", "stroke_order")}
                        for s in p["strokes"]
                    ],
                }
                for p in full["pages"]
            ]
        }
    rec = Recording(
        session_id=ws.id,
        student_id=list(ws.participant_profile_ids),
        recording_title=body.recording_title,
        recording_type=body.recording_type,
        file_url=body.file_url,
        duration_seconds=body.duration_seconds,
        board_snapshot=snapshot,
        recording_metadata={},
    )
    db.add(rec)
    db.flush()
    result = {"success": True, "recording_id": rec.id}
    db.commit()
    return result


@router.get("/recordings/session/{session_id}")
def recording_list(db: DB, cfg: Config, claims: TokenClaims, session_id: int) -> dict[str, Any]:
    ws = _session(db, session_id)
    _member_or_403(ws, claims, cfg)
    recs = db.scalars(select(Recording).where(Recording.session_id == ws.id).order_by(Recording.id)).all()
    return {
        "success": True,
        "recordings": [
            {
                "id": r.id,
                "session_id": r.session_id,
                "student_id": list(r.student_id),
                "recording_title": r.recording_title,
                "recording_type": r.recording_type,
                "file_url": r.file_url,
                "file_size_bytes": r.file_size_bytes,
                "duration_seconds": r.duration_seconds,
                "thumbnail_url": r.thumbnail_url,
                "board_snapshot": r.board_snapshot,
                "recording_metadata": r.recording_metadata,
                "recording_date": iso(r.recording_date),
                "is_processing": r.is_processing,
                "is_available": r.is_available,
                "created_at": iso(r.created_at),
                "updated_at": iso(r.updated_at),
            }
            for r in recs
        ],
    }


@router.delete("/recordings/{recording_id}")
def recording_delete(db: DB, cfg: Config, claims: TokenClaims, recording_id: int) -> dict[str, Any]:
    rec = db.get(Recording, recording_id)
    if rec is None:
        raise HTTPException(404, "Recording not found")
    _member_or_403(_session(db, rec.session_id), claims, cfg)
    db.delete(rec)
    db.commit()
    return {"success": True}


def _fail(error: str) -> dict[str, Any]:
    return {"success": False, "error": error}


@router.get("/context/tutor-info")
def tutor_info(db: DB, claims: TokenClaims) -> dict[str, Any]:
    tutor = db.get(TutorProfile, claims.profile_id("tutor") or -1)
    user = db.get(User, tutor.user_id) if tutor else None
    if tutor is None or user is None:
        return _fail("Tutor profile not found")
    return {
        "success": True,
        "tutor": {
            "tutor_profile_id": tutor.id,
            "user_id": user.id,
            "name": user.display_name,
            "email": user.email,
            "profile_picture": user.profile_picture or DEFAULT_AVATAR,
            "bio": tutor.bio,
            "location": tutor.location,
            "expertise_badge": tutor.expertise_badge,
            "is_verified": tutor.is_verified,
            "hero_subtitle": tutor.hero_subtitle,
        },
    }


@router.get("/context/enrolled-students")
def enrolled_students(db: DB, claims: TokenClaims, student_id: int | None = None) -> dict[str, Any]:
    tutor_id = claims.profile_id("tutor")
    if tutor_id is None:
        return _fail("Tutor profile not found")
    q = select(Enrollment).where(Enrollment.tutor_id == tutor_id, Enrollment.status == "active")
    if student_id is not None:
        q = q.where(Enrollment.student_id == student_id)
    students = []
    for e in db.scalars(q.order_by(Enrollment.enrolled_at.desc())):
        profile = db.get(StudentProfile, e.student_id)
        user = db.get(User, profile.user_id) if profile else None
        if profile is None or user is None:
            continue
        package = db.get(Package, e.package_id) if e.package_id else None
        students.append(
            {
                "enrollment_id": e.id,
                "student_profile_id": profile.id,
                "student_user_id": user.id,
                "name": user.display_name,
                "email": user.email,
                "profile_picture": user.profile_picture or DEFAULT_AVATAR,
                "grade_level": profile.grade_level,
                "location": profile.location,
                "school": profile.studying_at,
                "enrollment_status": e.status,
                "enrolled_at": iso(e.enrolled_at),
                "package_name": package.name if package else None,
                "package_grade": package.grade_level if package else None,
                "courses": list(package.course_names) if package else [],
                "agreed_price": e.agreed_price,
            }
        )
    return {"success": True, "students": students, "count": len(students), "context": "tutor"}


@router.get("/context/session-participants/{session_id}")
def session_participants(db: DB, cfg: Config, claims: TokenClaims, session_id: int) -> dict[str, Any]:
    ws = db.get(WhiteboardSession, session_id)
    if ws is None:
        return _fail("Session not found")
    if not cfg.deployed("D11") and not (is_host(ws, claims) or is_participant(ws, claims)):
        raise HTTPException(403, "Access denied")

    def person(ptype: str, pid: int) -> dict[str, Any]:
        return {
            "profile_id": pid,
            "profile_type": ptype,
            "name": profile_name(db, ptype, pid),
            "is_online": _online(db, ptype, pid),
        }

    participants = [
        person(t, p) for p, t in zip(ws.participant_profile_ids, ws.participant_profile_types, strict=False)
    ]
    return {
        "success": True,
        "session_id": ws.id,
        "session_status": ws.status,
        "host": person(ws.host_profile_type, ws.host_profile_id),
        "participants": participants,
        "participant_count": len(participants),
    }


def _profile_model(profile_type: str) -> Any:
    return {"tutor": TutorProfile, "student": StudentProfile}.get(profile_type)


def _online(db: Session, profile_type: str, profile_id: int) -> bool:
    model = _profile_model(profile_type)
    row = db.get(model, profile_id) if model else None
    return bool(row and row.is_online)


@router.get("/online-status/{profile_type}/{profile_id}")
def online_status(db: DB, claims: TokenClaims, profile_type: str, profile_id: int) -> dict[str, Any]:
    model = _profile_model(profile_type)
    row = db.get(model, profile_id) if model else None
    if row is None:
        return _fail("Profile not found")
    return {
        "success": True,
        "profile_type": profile_type,
        "profile_id": profile_id,
        "is_online": row.is_online,
        "last_seen": iso(row.last_seen),
    }
