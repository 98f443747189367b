"""Session requests: student/parent create; tutor list, detail, accept, reject; my-students (§3, §4.1)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..config import ServerConfig
from ..deps import DB, Config, CurrentUser, TokenClaims
from ..models import (
    ChatMessage,
    Conversation,
    EnrolledCourse,
    Enrollment,
    Lesson,
    Package,
    ParentProfile,
    SessionRequest,
    StudentProfile,
    TutorProfile,
    User,
    utcnow,
)
from ..security import Claims
from ..serialize import DEFAULT_AVATAR, request_body, student_user
from ..timeutil import MONTHS, WEEKDAYS, minutes_between, parse_date, parse_time

router = APIRouter(prefix="/api/session-requests", tags=["session requests"])


class SharedStudent(BaseModel):
    student_profile_id: int
    date_of_birth: str | None = None
    otp_code: str | None = None


class RequestCreate(BaseModel):
    tutor_id: int
    package_id: int | None = None
    message: str | None = None
    preferred_schedule: str | None = None
    requested_to_id: int | None = None
    schedule_type: str | None = None
    year_range: list[int] | None = None
    months: list[str] | None = None
    days: list[str] | None = None
    specific_dates: list[str] | None = None
    start_time: str | None = None
    end_time: str | None = None
    counter_offer_price: float | None = None
    num_students: int = Field(default=1, ge=1, le=4)
    shared_students: list[SharedStudent] | None = None


class Respond(BaseModel):
    status: Literal["accepted", "rejected"]
    rejected_reason: str | None = None


def _split_days(package_days: str | None, cfg: ServerConfig) -> list[str]:
    if not package_days:
        return []
    parts = package_days.split(",")
    return [p for p in parts if p.strip()] if cfg.deployed("D6") else [p.strip() for p in parts if p.strip()]


def _conversation(db: Session, a: int, b: int) -> Conversation:
    conv = db.scalar(
        select(Conversation).where(
            or_(
                (Conversation.user_a == a) & (Conversation.user_b == b),
                (Conversation.user_a == b) & (Conversation.user_b == a),
            )
        )
    )
    if conv is None:
        conv = Conversation(user_a=a, user_b=b)
        db.add(conv)
        db.flush()
    return conv


@router.post("")
def create_request(db: DB, cfg: Config, user: CurrentUser, body: RequestCreate) -> dict[str, Any]:
    role = user.active_role
    if role not in ("student", "parent"):
        raise HTTPException(403, "Only students and parents can request tutoring sessions")
    tutor = db.get(TutorProfile, body.tutor_id)
    if tutor is None:
        raise HTTPException(404, "Tutor not found")
    package = db.get(Package, body.package_id) if body.package_id is not None else None
    if body.package_id is not None and (package is None or package.tutor_id != tutor.id):
        raise HTTPException(404, "Package not found")
    if role == "student":
        own = db.scalar(select(StudentProfile).where(StudentProfile.user_id == user.id))
        requested_to = body.requested_to_id or (own.id if own else None)
    else:
        parent = db.scalar(select(ParentProfile).where(ParentProfile.user_id == user.id))
        if body.requested_to_id is None or parent is None or body.requested_to_id not in parent.children_ids:
            raise HTTPException(400, "Parents must choose one of their children (requested_to_id)")
        requested_to = body.requested_to_id
    if body.package_id is not None:
        dup = db.scalar(
            select(SessionRequest).where(
                SessionRequest.tutor_id == tutor.id,
                SessionRequest.requester_id == user.id,
                SessionRequest.package_id == body.package_id,
                SessionRequest.status.in_(("pending", "accepted")),
            )
        )
        if dup is not None:
            mark = "⚠️PENDING⚠️" if dup.status == "pending" else "✅ACCEPTED✅"
            raise HTTPException(409, f"{mark} You already have a {dup.status} request for this package")
    for label, value in (("start_time", body.start_time), ("end_time", body.end_time)):
        if value is not None and parse_time(value) is None:
            raise HTTPException(422, f"{label} must be HH:MM")
    schedule_type = body.schedule_type or (package.schedule_type if package else None)
    days = (
        body.days if body.days is not None else _split_days(package.schedule_days if package else None, cfg)
    )
    now = utcnow()
    shared = len(body.shared_students or [])
    req = SessionRequest(
        tutor_id=tutor.id,
        requester_id=user.id,
        requester_type=role,
        requested_to_id=requested_to,
        package_id=body.package_id,
        message=body.message,
        preferred_schedule=body.preferred_schedule,
        schedule_type=schedule_type,
        year_range=body.year_range or [now.year],
        months=body.months or [],
        days=days,
        specific_dates=body.specific_dates or [],
        start_time=body.start_time or (package.start_time if package else None),
        end_time=body.end_time or (package.end_time if package else None),
        counter_offer_price=body.counter_offer_price,
        num_students=min(4, 1 + shared),
        created_at=now,
        updated_at=now,
    )
    db.add(req)
    tutor_user_id = tutor.user_id
    conv = _conversation(db, user.id, tutor_user_id)
    msg = ChatMessage(
        conversation_id=conv.id,
        sender_id=user.id,
        message_type="session_request",
        content=body.message or "New session request",
        created_at=now,
    )
    db.add(msg)
    db.flush()
    result = {
        "success": True,
        "message": "Session request sent successfully",
        "request_id": req.id,
        "conversation_id": conv.id,
        "message_id": msg.id,
        "created_at": now.isoformat(),
    }
    db.commit()
    return result


def _tutor_profile_id(claims: Claims, user: User) -> int | None:
    if "tutor" not in user.roles:
        raise HTTPException(403, "Only tutors can manage session requests")
    return claims.profile_id("tutor")


@router.get("/tutor")
def list_requests(
    db: DB, cfg: Config, claims: TokenClaims, user: CurrentUser, status: Annotated[str | None, Query()] = None
) -> list[dict[str, Any]]:
    tutor_id = _tutor_profile_id(claims, user)
    if tutor_id is None:
        raise HTTPException(500, "Failed to fetch session requests: tutor profile not found in token")
    q = select(SessionRequest).where(SessionRequest.tutor_id == tutor_id)
    if status is not None:
        q = q.where(SessionRequest.status == status)
    rows = db.scalars(q.order_by(SessionRequest.created_at.desc(), SessionRequest.id.desc())).all()
    return [request_body(db, r, cfg) for r in rows]


@router.get("/tutor/my-students")
def my_students(db: DB, claims: TokenClaims, user: CurrentUser) -> list[dict[str, Any]]:
    tutor_id = _tutor_profile_id(claims, user)
    if tutor_id is None:
        raise HTTPException(500, "Failed to fetch students: tutor profile not found in token")
    out = []
    enrollments = db.scalars(
        select(Enrollment)
        .where(Enrollment.tutor_id == tutor_id)
        .order_by(Enrollment.enrolled_at.desc(), Enrollment.id.desc())
    ).all()
    for e in enrollments:
        profile, su = student_user(db, e.student_id)
        package = db.get(Package, e.package_id) if e.package_id else None
        out.append(
            {
                "id": e.id,
                "student_id": e.student_id,
                "student_user_id": su.id if su else None,
                "student_name": su.display_name if su else None,
                "student_grade": (profile.grade_level if profile else None) or "N/A",
                "profile_picture": (su.profile_picture if su else None) or DEFAULT_AVATAR,
                "package_name": package.name if package else None,
                "course_names": list(package.course_names) if package else [],
                "contact_phone": su.phone if su else None,
                "contact_email": su.email if su else None,
                "accepted_at": e.enrolled_at.isoformat(),
                "requester_type": "student",
            }
        )
    return out


@router.get("/tutor/{request_id}")
def get_request(
    db: DB, cfg: Config, claims: TokenClaims, user: CurrentUser, request_id: int
) -> dict[str, Any]:
    tutor_id = _tutor_profile_id(claims, user)
    req = db.get(SessionRequest, request_id)
    if req is None or req.tutor_id != tutor_id:
        raise HTTPException(404, "Session request not found")
    return request_body(db, req, cfg)


def lesson_dates(req: SessionRequest, cfg: ServerConfig, today: date) -> list[date]:
    """The dates accept generates lessons on (CONTRACT.md §3.3 and D6)."""
    if req.schedule_type == "specific_dates":
        return sorted({d for d in (parse_date(x) for x in (req.specific_dates or [])) if d is not None})
    if req.schedule_type != "recurring" or not req.days or not req.start_time or not req.end_time:
        return []
    window = [today + timedelta(days=i) for i in range(56)]
    if cfg.deployed("D6"):
        wanted = set(req.days)
        return [d for d in window if WEEKDAYS[d.weekday()] in wanted]
    wanted_l = {d.strip().lower() for d in req.days}
    months_l = {m.strip().lower() for m in (req.months or [])}
    # Years a calendar can hold, from this one on, and not past the next few: a request's `year_range` comes
    # from a student's form ([10000] once made accept fail with a 500).
    years = {y for y in req.year_range or [] if isinstance(y, int) and today.year <= y <= today.year + 5}
    if months_l and years:
        end = date(max(years), 12, 31)
        span = [today + timedelta(days=i) for i in range((end - today).days + 1)] if end >= today else []
        candidates = [d for d in span if d.year in years and MONTHS[d.month - 1].lower() in months_l]
    else:
        candidates = window
    return [d for d in candidates if WEEKDAYS[d.weekday()].lower() in wanted_l]


def _accept(db: Session, cfg: ServerConfig, req: SessionRequest) -> dict[str, Any]:
    if req.package_id is None and cfg.deployed("D5"):
        db.rollback()
        raise HTTPException(500, 'Failed to update session request: null value in column "package_id"')
    learner_id = req.requested_to_id
    if learner_id is None:
        if req.requester_type == "parent":
            raise HTTPException(400, "Parent request has no student (requested_to_id)")
        if cfg.deployed("D7"):
            learner_id = req.requester_id
        else:
            own = db.scalar(select(StudentProfile.id).where(StudentProfile.user_id == req.requester_id))
            learner_id = own
    if learner_id is None or db.get(StudentProfile, learner_id) is None:
        raise HTTPException(500, f"Failed to update session request: student profile {learner_id} not found")
    package = db.get(Package, req.package_id) if req.package_id else None
    price = (
        req.counter_offer_price
        if req.counter_offer_price is not None
        else (package.hourly_rate if package else None)
    )
    now = utcnow()
    today = now.date()
    enrollment = db.scalar(
        select(Enrollment).where(Enrollment.tutor_id == req.tutor_id, Enrollment.student_id == learner_id)
    )
    if enrollment is None:
        enrollment = Enrollment(
            tutor_id=req.tutor_id,
            student_id=learner_id,
            enrolled_at=now,
            total_sessions=1,
            requester_type=req.requester_type,
        )
        db.add(enrollment)
    enrollment.package_id = req.package_id
    enrollment.agreed_price = price
    enrollment.status = "active"
    enrollment.payment_status = "pending"
    enrollment.payment_due_date = today + timedelta(days=7)
    course = db.scalar(
        select(EnrolledCourse).where(
            EnrolledCourse.tutor_id == req.tutor_id,
            EnrolledCourse.package_id.is_(None)
            if req.package_id is None
            else EnrolledCourse.package_id == req.package_id,
        )
    )
    if course is None:
        course = EnrolledCourse(
            tutor_id=req.tutor_id,
            package_id=req.package_id,
            students_id=[],
            course_ids=list(package.course_ids) if package else [],
            year_range=req.year_range,
            status="active",
            created_at=now,
        )
        db.add(course)
    if learner_id not in course.students_id:
        course.students_id = [*course.students_id, learner_id]
    db.flush()
    start, end = parse_time(req.start_time or ""), parse_time(req.end_time or "")
    created = 0
    if start and end:
        for d in lesson_dates(req, cfg, today):
            db.add(
                Lesson(
                    enrolled_courses_id=course.id,
                    session_date=d,
                    start_time=start,
                    end_time=end,
                    duration=minutes_between(start, end),
                    session_mode="online",
                    status="scheduled",
                    priority_level="medium",
                    topics=[req.message] if req.message else [],
                    created_at=now,
                    updated_at=now,
                )
            )
            created += 1
    req.status = "accepted"
    req.responded_at = now
    req.updated_at = now
    db.commit()
    return {
        "success": True,
        "message": "Session request accepted",
        "request_id": req.id,
        "status": "accepted",
        "responded_at": now.isoformat(),
        "agreed_price": price,
        "sessions_created": created,
        "enrolled_course_id": course.id,
    }


@router.patch("/tutor/{request_id}")
def respond(
    db: DB, cfg: Config, claims: TokenClaims, user: CurrentUser, request_id: int, body: Respond
) -> dict[str, Any]:
    tutor_id = _tutor_profile_id(claims, user)
    if tutor_id is None:
        raise HTTPException(400, "Tutor profile not found")
    req = db.get(SessionRequest, request_id)
    if req is None or req.tutor_id != tutor_id or req.status != "pending":
        raise HTTPException(404, "Session request not found or already responded to")
    if body.status == "accepted":
        return _accept(db, cfg, req)
    now = utcnow()
    req.status = "rejected"
    req.responded_at = now
    req.updated_at = now
    req.rejected_at = now
    req.rejected_reason = body.rejected_reason
    db.commit()
    return {
        "success": True,
        "message": "Session request rejected",
        "request_id": req.id,
        "status": "rejected",
        "responded_at": now.isoformat(),
    }
