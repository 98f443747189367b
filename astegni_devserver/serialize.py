"""Rows → response bodies. The one place that knows each object's JSON shape (CONTRACT.md §2–§7)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .config import ServerConfig
from .models import (
    EnrolledCourse,
    Lesson,
    Package,
    ParentProfile,
    Schedule,
    SessionRequest,
    Stroke,
    StudentProfile,
    TutorProfile,
    User,
    WhiteboardChat,
    WhiteboardPage,
    WhiteboardSession,
)
from .timeutil import hms, iso

DEFAULT_AVATAR = "https://astegni.com/uploads/system_images/default-avatar.png"


def role_ids(db: Session, user: User) -> dict[str, int | None]:
    """Profile id per role the user holds (only student/tutor/parent have profiles)."""
    ids: dict[str, int | None] = {}
    for role, model in (("student", StudentProfile), ("tutor", TutorProfile), ("parent", ParentProfile)):
        if role in user.roles:
            ids[role] = db.scalar(select(model.id).where(model.user_id == user.id))
    return ids


def user_body(db: Session, user: User, *, full: bool) -> dict[str, Any]:
    """The `User` object; login leaves name, last_name and digital_id_no empty, /api/me fills them."""
    return {
        "id": user.id,
        "first_name": user.first_name,
        "father_name": user.father_name,
        "grandfather_name": user.grandfather_name,
        "last_name": user.last_name if full else None,
        "naming_system": "ethiopian",
        "name": user.full_name if full else None,
        "username": user.email.split("@")[0],
        "email": user.email,
        "phone": user.phone,
        "date_of_birth": iso(user.date_of_birth),
        "gender": user.gender,
        "digital_id_no": user.digital_id_no if full else None,
        "profile_complete": True,
        "is_verified": user.is_verified,
        "kyc_verified": user.is_verified,
        "is_active": user.is_active,
        "email_verified": user.email_verified,
        "roles": list(user.roles),
        "active_role": user.active_role,
        "role_ids": role_ids(db, user),
        "profile_picture": user.profile_picture,
        "created_at": iso(user.created_at),
        "account_balance": user.account_balance,
        "location": user.location,
        "country_code": user.country_code,
        "currency": "ETB",
        "social_links": {},
    }


def student_user(db: Session, student_profile_id: int | None) -> tuple[StudentProfile | None, User | None]:
    if student_profile_id is None:
        return None, None
    profile = db.get(StudentProfile, student_profile_id)
    return profile, (db.get(User, profile.user_id) if profile else None)


def request_body(db: Session, req: SessionRequest, cfg: ServerConfig) -> dict[str, Any]:
    package = db.get(Package, req.package_id) if req.package_id else None
    _, learner_user = student_user(db, req.requested_to_id)
    learner_profile = db.get(StudentProfile, req.requested_to_id) if req.requested_to_id else None
    if cfg.deployed("D4"):
        # All six "describe" fields come from the student profile whose id equals requester_id (a user id).
        who_profile, who_user = student_user(db, req.requester_id)
        requester_name = who_user.display_name if who_user else None
        picture = who_user.profile_picture if who_user else None
        phone = who_user.phone if who_user else None
        email = who_user.email if who_user else None
        student_name = requester_name
        student_grade = who_profile.grade_level if who_profile else None
    else:
        requester = db.get(User, req.requester_id)
        requester_name = requester.display_name if requester else None
        picture = requester.profile_picture if requester else None
        phone = requester.phone if requester else None
        email = requester.email if requester else None
        student_name = learner_user.display_name if learner_user else None
        student_grade = learner_profile.grade_level if learner_profile else None
    return {
        "id": req.id,
        "tutor_id": req.tutor_id,
        "requester_id": req.requester_id,
        "requester_type": req.requester_type,
        "requester_name": requester_name,
        "requester_profile_picture": picture,
        "requested_to_id": req.requested_to_id,
        "requested_to_name": learner_user.display_name if learner_user else None,
        "student_name": student_name,
        "student_grade": student_grade,
        "contact_phone": phone,
        "contact_email": email,
        "package_id": req.package_id,
        "package_name": package.name if package else None,
        "status": req.status,
        "message": req.message,
        "preferred_schedule": req.preferred_schedule,
        "schedule_type": req.schedule_type,
        "year_range": req.year_range,
        "months": req.months,
        "days": req.days,
        "specific_dates": req.specific_dates,
        "start_time": hms(req.start_time),
        "end_time": hms(req.end_time),
        "counter_offer_price": req.counter_offer_price,
        "num_students": req.num_students,
        "created_at": iso(req.created_at),
        "updated_at": iso(req.updated_at),
        "responded_at": iso(req.responded_at),
        "rejected_at": iso(req.rejected_at),
        "rejected_reason": req.rejected_reason,
    }


def schedule_body(s: Schedule) -> dict[str, Any]:
    return {
        "id": s.id,
        "scheduler_id": s.scheduler_id,
        "scheduler_role": s.scheduler_role,
        "title": s.title,
        "description": s.description,
        "year": s.year,
        "schedule_type": s.schedule_type,
        "months": list(s.months or []),
        "days": list(s.days or []),
        "specific_dates": list(s.specific_dates or []),
        "start_time": hms(s.start_time),
        "end_time": hms(s.end_time),
        "notes": s.notes,
        "priority_level": s.priority_level,
        "status": s.status,
        "alarm_enabled": s.alarm_enabled,
        "alarm_before_minutes": s.alarm_before_minutes,
        "notification_browser": s.notification_browser,
        "notification_sound": s.notification_sound,
        "created_at": iso(s.created_at),
        "updated_at": iso(s.updated_at),
    }


def course_context(db: Session, course: EnrolledCourse) -> dict[str, Any]:
    """Names a lesson shows: the package, the tutor, the course's first student."""
    package = db.get(Package, course.package_id) if course.package_id else None
    tutor = db.get(TutorProfile, course.tutor_id)
    tutor_user = db.get(User, tutor.user_id) if tutor else None
    first_profile, first_user = student_user(db, course.students_id[0] if course.students_id else None)
    return {
        "package": package,
        "tutor_name": tutor_user.display_name if tutor_user else None,
        "student_name": first_user.display_name if first_user else None,
        "parent_id": first_profile.parent_id if first_profile else None,
    }


def lesson_body(lesson: Lesson, ctx: dict[str, Any]) -> dict[str, Any]:
    package: Package | None = ctx["package"]
    return {
        "id": lesson.id,
        "enrolled_courses_id": lesson.enrolled_courses_id,
        "student_name": ctx["student_name"],
        "tutor_name": ctx["tutor_name"],
        "course_name": package.name if package else None,
        "parent_id": ctx["parent_id"],
        "topics": list(lesson.topics or []),
        "topics_covered": list(lesson.topics_covered or []),
        "session_date": iso(lesson.session_date),
        "start_time": hms(lesson.start_time),
        "end_time": hms(lesson.end_time),
        "duration": lesson.duration,
        "session_mode": lesson.session_mode,
        "location": lesson.location,
        "whiteboard_id": None,
        "student_review_id": lesson.student_review_id,
        "tutor_review_id": lesson.tutor_review_id,
        "parent_review_id": lesson.parent_review_id,
        "tutor_attendance_status": lesson.tutor_attendance_status,
        "student_attendance_status": lesson.student_attendance_status,
        "priority_level": lesson.priority_level,
        "notification_enabled": lesson.notification_enabled,
        "alarm_enabled": lesson.alarm_enabled,
        "alarm_before_minutes": lesson.alarm_before_minutes,
        "is_featured": lesson.is_featured,
        "status": lesson.status,
        "created_at": iso(lesson.created_at),
        "updated_at": iso(lesson.updated_at),
    }


def student_lesson_body(lesson: Lesson, ctx: dict[str, Any], course: EnrolledCourse) -> dict[str, Any]:
    """The student-sessions item: attendance fields are named differently from §6 (CONTRACT.md §4.3)."""
    package: Package | None = ctx["package"]
    return {
        "id": lesson.id,
        "session_date": iso(lesson.session_date),
        "start_time": hms(lesson.start_time),
        "end_time": hms(lesson.end_time),
        "duration": lesson.duration,
        "session_mode": lesson.session_mode,
        "location": lesson.location,
        "status": lesson.status,
        "topics": list(lesson.topics or []),
        "topics_covered": list(lesson.topics_covered or []),
        "tutor_attendance": lesson.tutor_attendance_status,
        "student_attendance": lesson.student_attendance_status,
        "priority_level": lesson.priority_level,
        "notification_enabled": lesson.notification_enabled,
        "alarm_enabled": lesson.alarm_enabled,
        "is_featured": lesson.is_featured,
        "whiteboard_id": None,
        "created_at": iso(lesson.created_at),
        "enrolled_course_id": course.id,
        "course_names": list(package.course_names) if package else [],
        "package_id": course.package_id,
        "package_name": package.name if package else None,
    }


def stroke_body(s: Stroke) -> dict[str, Any]:
    return {
        "id": s.id,
        "user_id": s.user_id,
        "stroke_type": s.stroke_type,
        "stroke_data": s.stroke_data,
        "stroke_order": s.stroke_order,
    }


def page_body(p: WhiteboardPage, strokes: list[Stroke] | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": p.id,
        "page_number": p.page_number,
        "page_title": p.page_title,
        "background_color": p.background_color,
        "is_active": p.is_active,
    }
    if strokes is not None:
        body["strokes"] = [stroke_body(s) for s in strokes]
    return body


def profile_name(db: Session, profile_type: str, profile_id: int | None) -> str | None:
    if profile_id is None:
        return None
    profile: TutorProfile | StudentProfile | ParentProfile | None
    if profile_type == "tutor":
        profile = db.get(TutorProfile, profile_id)
    elif profile_type == "student":
        profile = db.get(StudentProfile, profile_id)
    elif profile_type == "parent":
        profile = db.get(ParentProfile, profile_id)
    else:
        return None
    user = db.get(User, profile.user_id) if profile else None
    return user.display_name if user else None


def whiteboard_session_body(db: Session, ws: WhiteboardSession) -> dict[str, Any]:
    pages = db.scalars(
        select(WhiteboardPage).where(WhiteboardPage.session_id == ws.id).order_by(WhiteboardPage.page_number)
    ).all()
    strokes_by_page: dict[int, list[Stroke]] = {p.id: [] for p in pages}
    for s in db.scalars(
        select(Stroke).where(Stroke.session_id == ws.id).order_by(Stroke.stroke_order, Stroke.id)
    ):
        strokes_by_page.setdefault(s.page_id, []).append(s)
    host_name = profile_name(db, ws.host_profile_type, ws.host_profile_id)
    first_pid = ws.participant_profile_ids[0] if ws.participant_profile_ids else None
    first_ptype = ws.participant_profile_types[0] if ws.participant_profile_types else "student"
    participant_name = profile_name(db, first_ptype, first_pid)
    tutor_host = ws.host_profile_type == "tutor"
    return {
        "id": ws.id,
        "booking_id": ws.booking_id,
        "host_profile_id": ws.host_profile_id,
        "host_profile_type": ws.host_profile_type,
        "participant_profile_ids": list(ws.participant_profile_ids),
        "participant_profile_types": list(ws.participant_profile_types),
        "session_title": ws.session_title,
        "session_description": ws.session_description,
        "scheduled_start": iso(ws.scheduled_start),
        "scheduled_end": iso(ws.scheduled_end),
        "actual_start": iso(ws.actual_start),
        "actual_end": iso(ws.actual_end),
        "status": ws.status,
        "student_permissions": dict(ws.student_permissions),
        "session_notes": ws.session_notes,
        "host_name": host_name,
        "participant_name": participant_name,
        "tutor_id": ws.host_profile_id if tutor_host else first_pid,
        "student_id": first_pid if tutor_host else ws.host_profile_id,
        "tutor_name": host_name if tutor_host else participant_name,
        "student_name": participant_name if tutor_host else host_name,
        "pages": [page_body(p, strokes_by_page.get(p.id, [])) for p in pages],
    }


def session_list_item(ws: WhiteboardSession, has_recordings: bool) -> dict[str, Any]:
    duration = None
    if ws.actual_start and ws.actual_end:
        duration = int((ws.actual_end - ws.actual_start).total_seconds() // 60)
    elif ws.scheduled_start and ws.scheduled_end:
        duration = int((ws.scheduled_end - ws.scheduled_start).total_seconds() // 60)
    return {
        "id": ws.id,
        "session_title": ws.session_title,
        "session_description": ws.session_description,
        "scheduled_start": iso(ws.scheduled_start),
        "scheduled_end": iso(ws.scheduled_end),
        "actual_start": iso(ws.actual_start),
        "actual_end": iso(ws.actual_end),
        "status": ws.status,
        "student_permissions": dict(ws.student_permissions),
        "is_recording": ws.is_recording,
        "has_recordings": has_recordings,
        "created_at": iso(ws.created_at),
        "booking_id": ws.booking_id,
        "participant_ids": list(ws.participant_profile_ids),
        "duration_minutes": duration,
    }


def chat_body(m: WhiteboardChat) -> dict[str, Any]:
    return {
        "id": m.id,
        "session_id": m.session_id,
        "sender_id": m.sender_id,
        "message_text": m.message_text,
        "message_type": m.message_type,
        "file_url": m.file_url,
        "is_read": m.is_read,
        "created_at": iso(m.created_at),
    }
