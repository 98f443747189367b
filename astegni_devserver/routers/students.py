"""A tutor's view of one enrolled student: details and lessons (CONTRACT.md §4.2, §4.3)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import DB, Config, TokenClaims
from ..models import (
    EnrolledCourse,
    Enrollment,
    Lesson,
    Package,
    ParentProfile,
    StudentProfile,
    User,
    WhiteboardSession,
)
from ..serialize import DEFAULT_AVATAR, course_context, student_lesson_body
from ..timeutil import iso

router = APIRouter(prefix="/api/tutor", tags=["students"])


def _tutor_id(claims: Any) -> int:
    tutor_id: int | None = claims.profile_id("tutor")
    if tutor_id is None:
        raise HTTPException(403, "Tutor profile required: switch to the tutor role")
    return tutor_id


def _courses_with(db: Session, tutor_id: int, student_id: int) -> list[EnrolledCourse]:
    return [
        c
        for c in db.scalars(select(EnrolledCourse).where(EnrolledCourse.tutor_id == tutor_id))
        if student_id in (c.students_id or [])
    ]


@router.get("/student-details/{student_profile_id}")
def student_details(db: DB, cfg: Config, claims: TokenClaims, student_profile_id: int) -> dict[str, Any]:
    tutor_id = _tutor_id(claims)
    enrollment = db.scalar(
        select(Enrollment).where(Enrollment.tutor_id == tutor_id, Enrollment.student_id == student_profile_id)
    )
    profile = db.get(StudentProfile, student_profile_id)
    su = db.get(User, profile.user_id) if profile else None
    if enrollment is None or profile is None or su is None:
        raise HTTPException(
            404, f"Student not found in your enrolled students (student_id: {student_profile_id})"
        )
    package = db.get(Package, enrollment.package_id) if enrollment.package_id else None
    lessons = [
        ls
        for c in _courses_with(db, tutor_id, student_profile_id)
        for ls in db.scalars(select(Lesson).where(Lesson.enrolled_courses_id == c.id))
    ]
    done = [ls for ls in lessons if ls.status == "completed"]
    attended = [ls for ls in done if ls.student_attendance_status in ("present", "late")]
    if cfg.deployed("D10"):
        wb = {"total": 0, "completed": 0, "scheduled": 0, "cancelled": 0, "minutes": 0}
    else:
        hosted = [
            w
            for w in db.scalars(
                select(WhiteboardSession).where(
                    WhiteboardSession.host_profile_type == "tutor",
                    WhiteboardSession.host_profile_id == tutor_id,
                )
            )
            if student_profile_id in w.participant_profile_ids
        ]
        minutes = 0
        for w in hosted:
            began, ended = w.actual_start or w.scheduled_start, w.actual_end or w.scheduled_end
            if began and ended:
                minutes += int((ended - began).total_seconds() // 60)
        wb = {
            "total": len(hosted),
            "completed": sum(w.status == "completed" for w in hosted),
            "scheduled": sum(w.status == "scheduled" for w in hosted),
            "cancelled": sum(w.status == "cancelled" for w in hosted),
            "minutes": minutes,
        }
    parent = db.get(ParentProfile, profile.parent_id) if profile.parent_id else None
    parent_user = db.get(User, parent.user_id) if parent else None
    return {
        "id": enrollment.id,
        "tutor_id": tutor_id,
        "student_profile_id": profile.id,
        "user_id": su.id,
        "enrollment_status": enrollment.status,
        "enrolled_at": iso(enrollment.enrolled_at),
        "student_name": su.display_name,
        "full_name": su.full_name,
        "first_name": su.first_name,
        "father_name": su.father_name,
        "grandfather_name": su.grandfather_name,
        "email": su.email,
        "phone": su.phone,
        "profile_picture": su.profile_picture or DEFAULT_AVATAR,
        "cover_image": profile.cover_image,
        "student_grade": profile.grade_level,
        "grade_level": profile.grade_level,
        "career_aspirations": profile.career_aspirations,
        "location": profile.location,
        "hero_title": profile.hero_title,
        "hero_subtitle": profile.hero_subtitle,
        "interested_in": list(profile.interested_in),
        "hobbies": list(profile.hobbies),
        "languages": list(profile.languages),
        "learning_method": profile.learning_method,
        "studying_at": profile.studying_at,
        "about": profile.about,
        "quote": profile.quote,
        "gender": su.gender,
        "date_of_birth": iso(su.date_of_birth),
        "package_id": enrollment.package_id,
        "package_name": package.name if package else None,
        "package_description": package.description if package else None,
        "package_grade_level": package.grade_level if package else None,
        "hourly_rate": package.hourly_rate if package else None,
        "days_per_week": package.days_per_week if package else None,
        "hours_per_day": package.hours_per_day if package else None,
        "payment_frequency": package.payment_frequency if package else None,
        "session_format": package.session_format if package else None,
        "schedule_type": package.schedule_type if package else None,
        "schedule_days": package.schedule_days if package else None,
        "start_time": package.start_time if package else None,
        "end_time": package.end_time if package else None,
        "session_duration": package.session_duration if package else None,
        "course_names": list(package.course_names) if package else [],
        "total_sessions": wb["total"],
        "completed_sessions": wb["completed"],
        "attended_sessions": wb["completed"],
        "scheduled_sessions": wb["scheduled"],
        "cancelled_sessions": wb["cancelled"],
        "total_session_minutes": wb["minutes"],
        "total_session_hours": round(wb["minutes"] / 60, 1),
        "total_assignments": 0,
        "completed_assignments": 0,
        "pending_assignments": 0,
        "average_grade": None,
        "grade_letter": None,
        "overall_progress": round(100 * len(done) / len(lessons)) if lessons else 0,
        "attendance_rate": round(100 * len(attended) / len(done)) if done else 0,
        "improvement_rate": 0,
        "parent_name": parent_user.display_name if parent_user else None,
        "parent_phone": parent_user.phone if parent_user else None,
        "parent_email": parent_user.email if parent_user else None,
        "parent_relationship": parent.relationship if parent else None,
        "parent_id": parent.id if parent else None,
        "monthly_tuition": 0,
        "outstanding_balance": 0,
        "next_payment_due": None,
        "last_session_at": None,
        "last_updated": None,
    }


@router.get("/student-sessions/{student_profile_id}")
def student_sessions(
    db: DB, claims: TokenClaims, student_profile_id: int, status: Annotated[str | None, Query()] = None
) -> dict[str, Any]:
    tutor_id = _tutor_id(claims)
    items: list[tuple[Lesson, dict[str, Any]]] = []
    for course in _courses_with(db, tutor_id, student_profile_id):
        ctx = course_context(db, course)
        q = select(Lesson).where(Lesson.enrolled_courses_id == course.id)
        if status and status != "all":
            q = q.where(Lesson.status == status)
        items.extend((ls, student_lesson_body(ls, ctx, course)) for ls in db.scalars(q))
    items.sort(key=lambda it: (it[0].session_date, it[0].start_time), reverse=True)
    lessons = [ls for ls, _ in items]
    return {
        "sessions": [body for _, body in items],
        "stats": {
            "total": len(lessons),
            "completed": sum(ls.status == "completed" for ls in lessons),
            "scheduled": sum(ls.status == "scheduled" for ls in lessons),
            "in_progress": sum(ls.status == "in-progress" for ls in lessons),
            "cancelled": sum(ls.status == "cancelled" for ls in lessons),
            "total_hours": round(sum((ls.duration or 0) for ls in lessons) / 60, 1),
        },
    }
