"""Lesson sessions inside enrolled courses, and the enrolled-course status (CONTRACT.md §6)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import DB, Config, CurrentUser, validation_error
from ..models import EnrolledCourse, Lesson, TutorProfile, User, utcnow
from ..serialize import course_context, lesson_body
from ..timeutil import minutes_between, parse_date, parse_time

router = APIRouter(prefix="/api/tutor", tags=["lessons"])


def _tutor_id(db: Session, user: User) -> int | None:
    return db.scalar(select(TutorProfile.id).where(TutorProfile.user_id == user.id))


def _my_course_ids(db: Session, tutor_id: int | None) -> list[int]:
    if tutor_id is None:
        return []
    return list(db.scalars(select(EnrolledCourse.id).where(EnrolledCourse.tutor_id == tutor_id)))


def _my_lesson(db: Session, user: User, lesson_id: int) -> Lesson:
    lesson = db.get(Lesson, lesson_id)
    if lesson is None or lesson.enrolled_courses_id not in _my_course_ids(db, _tutor_id(db, user)):
        raise HTTPException(404, "Session not found")
    return lesson


def _bodies(db: Session, lessons: list[Lesson]) -> list[dict[str, Any]]:
    contexts: dict[int, dict[str, Any]] = {}
    out = []
    for lesson in lessons:
        ctx = contexts.get(lesson.enrolled_courses_id)
        if ctx is None:
            course = db.get(EnrolledCourse, lesson.enrolled_courses_id)
            ctx = contexts[lesson.enrolled_courses_id] = (
                course_context(db, course)
                if course
                else {"package": None, "tutor_name": None, "student_name": None, "parent_id": None}
            )
        out.append(lesson_body(lesson, ctx))
    return out


@router.get("/sessions")
def list_lessons(
    db: DB,
    cfg: Config,
    user: CurrentUser,
    status_filter: Annotated[str | None, Query()] = None,
    date_from: Annotated[str | None, Query()] = None,
    date_to: Annotated[str | None, Query()] = None,
) -> list[dict[str, Any]]:
    bounds: dict[str, date] = {}
    for name, raw in (("date_from", date_from), ("date_to", date_to)):
        if raw is None:
            continue
        parsed = parse_date(raw)
        if parsed is None:
            if cfg.deployed("D9"):
                raise HTTPException(
                    500, f'Failed to fetch sessions: invalid input syntax for type date: "{raw}"'
                )
            raise validation_error(
                ("query", name),
                "Input should be a valid date (YYYY-MM-DD)",
                raw,
                kind="date_from_datetime_parsing",
            )
        bounds[name] = parsed
    q = select(Lesson).where(Lesson.enrolled_courses_id.in_(_my_course_ids(db, _tutor_id(db, user))))
    if status_filter:
        q = q.where(Lesson.status == status_filter)
    if "date_from" in bounds:
        q = q.where(Lesson.session_date >= bounds["date_from"])
    if "date_to" in bounds:
        q = q.where(Lesson.session_date <= bounds["date_to"])
    return _bodies(db, list(db.scalars(q.order_by(Lesson.id))))


@router.get("/sessions/stats/summary")
def lesson_stats(db: DB, user: CurrentUser) -> dict[str, Any]:
    lessons = list(
        db.scalars(
            select(Lesson).where(Lesson.enrolled_courses_id.in_(_my_course_ids(db, _tutor_id(db, user))))
        )
    )
    return {
        "total_sessions": len(lessons),
        "completed_sessions": sum(ls.status == "completed" for ls in lessons),
        "scheduled_sessions": sum(ls.status == "scheduled" for ls in lessons),
        "cancelled_sessions": sum(ls.status == "cancelled" for ls in lessons),
        "in_progress_sessions": sum(ls.status == "in-progress" for ls in lessons),
        "total_hours": round(sum(ls.duration or 0 for ls in lessons) / 60, 1),
    }


@router.get("/sessions/{lesson_id}")
def get_lesson(db: DB, user: CurrentUser, lesson_id: int) -> dict[str, Any]:
    return _bodies(db, [_my_lesson(db, user, lesson_id)])[0]


class LessonCreate(BaseModel):
    enrolled_courses_id: int
    session_date: str
    start_time: str
    end_time: str
    topics: list[str] = []
    session_mode: str = "online"
    location: str | None = None
    priority_level: str = "medium"
    notification_enabled: bool = False
    alarm_enabled: bool = False
    alarm_before_minutes: int = 15


def _checked(kind: str, name: str, raw: Any) -> Any:
    parsed = parse_date(raw) if kind == "date" else parse_time(raw)
    if parsed is None:
        raise validation_error(("body", name), f"Input should be a valid {kind}", raw, kind=f"{kind}_parsing")
    return parsed


@router.post("/sessions")
def create_lesson(db: DB, user: CurrentUser, body: LessonCreate) -> dict[str, Any]:
    course = db.get(EnrolledCourse, body.enrolled_courses_id)
    if course is None:
        raise HTTPException(404, "Enrolled course not found")
    if course.tutor_id != _tutor_id(db, user):
        raise HTTPException(403, "You can only create sessions for your own courses")
    day = _checked("date", "session_date", body.session_date)
    start = _checked("time", "start_time", body.start_time)
    end = _checked("time", "end_time", body.end_time)
    now = utcnow()
    lesson = Lesson(
        enrolled_courses_id=course.id,
        session_date=day,
        start_time=start,
        end_time=end,
        duration=minutes_between(start, end),
        topics=body.topics,
        session_mode=body.session_mode,
        location=body.location,
        priority_level=body.priority_level,
        notification_enabled=body.notification_enabled,
        alarm_enabled=body.alarm_enabled,
        alarm_before_minutes=body.alarm_before_minutes,
        status="scheduled",
        created_at=now,
        updated_at=now,
    )
    db.add(lesson)
    db.flush()
    result = {
        "success": True,
        "message": "Session created successfully",
        "session_id": lesson.id,
        "enrolled_courses_id": course.id,
        "session_date": day.isoformat(),
        "duration": lesson.duration,
    }
    db.commit()
    return result


class LessonUpdate(BaseModel):
    session_date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    topics: list[str] | None = None
    topics_covered: list[str] | None = None
    session_mode: str | None = None
    location: str | None = None
    status: str | None = None
    tutor_attendance_status: str | None = None
    student_attendance_status: str | None = None
    priority_level: str | None = None


@router.put("/sessions/{lesson_id}")
def update_lesson(db: DB, user: CurrentUser, lesson_id: int, body: LessonUpdate) -> dict[str, Any]:
    lesson = _my_lesson(db, user, lesson_id)
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    if not changes:
        return {"success": True, "message": "No fields to update"}
    for name, raw in changes.items():
        if name == "session_date":
            setattr(lesson, name, _checked("date", name, raw))
        elif name in ("start_time", "end_time"):
            setattr(lesson, name, _checked("time", name, raw))
        else:
            setattr(lesson, name, raw)
    lesson.duration = minutes_between(lesson.start_time, lesson.end_time)
    lesson.updated_at = utcnow()
    db.commit()
    return {
        "success": True,
        "message": "Session updated successfully",
        "session_id": lesson.id,
        "status": lesson.status,
    }


@router.delete("/sessions/{lesson_id}")
def delete_lesson(db: DB, user: CurrentUser, lesson_id: int) -> dict[str, Any]:
    lesson = _my_lesson(db, user, lesson_id)
    if lesson.status == "completed":
        raise HTTPException(400, "Cannot delete completed sessions")
    db.delete(lesson)
    db.commit()
    return {"success": True, "message": "Session deleted successfully", "session_id": lesson_id}


def _toggle(db: Session, user: User, lesson_id: int, field: str, value: bool) -> dict[str, Any]:
    lesson = _my_lesson(db, user, lesson_id)
    setattr(lesson, field, value)
    lesson.updated_at = utcnow()
    db.commit()
    return {"message": f"{field} updated", "session_id": lesson.id, field: value}


class LessonNotificationToggle(BaseModel):
    notification_enabled: bool


class LessonAlarmToggle(BaseModel):
    alarm_enabled: bool


class LessonFeaturedToggle(BaseModel):
    is_featured: bool


@router.patch("/sessions/{lesson_id}/toggle-notification")
def toggle_notification(
    db: DB, user: CurrentUser, lesson_id: int, body: LessonNotificationToggle
) -> dict[str, Any]:
    return _toggle(db, user, lesson_id, "notification_enabled", body.notification_enabled)


@router.patch("/sessions/{lesson_id}/toggle-alarm")
def toggle_alarm(db: DB, user: CurrentUser, lesson_id: int, body: LessonAlarmToggle) -> dict[str, Any]:
    return _toggle(db, user, lesson_id, "alarm_enabled", body.alarm_enabled)


@router.patch("/sessions/{lesson_id}/toggle-featured")
def toggle_featured(db: DB, user: CurrentUser, lesson_id: int, body: LessonFeaturedToggle) -> dict[str, Any]:
    return _toggle(db, user, lesson_id, "is_featured", body.is_featured)


COURSE_STATUSES = ("active", "completed", "paused", "cancelled")


class CourseStatus(BaseModel):
    status: str


@router.patch("/enrolled-courses/{course_id}/status")
def course_status(db: DB, user: CurrentUser, course_id: int, body: CourseStatus) -> dict[str, Any]:
    if body.status not in COURSE_STATUSES:
        raise HTTPException(400, f"Invalid status. Must be one of: {', '.join(COURSE_STATUSES)}")
    course = db.get(EnrolledCourse, course_id)
    if course is None or course.tutor_id != _tutor_id(db, user):
        raise HTTPException(404, "Enrolled course not found")
    course.status = body.status
    db.commit()
    return {
        "message": f"Course status updated to {body.status}",
        "course_id": course.id,
        "status": body.status,
    }


@router.post("/enrolled-courses/auto-complete")
def auto_complete(db: DB, user: CurrentUser) -> dict[str, Any]:
    this_year = utcnow().year
    done = 0
    for course in db.scalars(
        select(EnrolledCourse).where(
            EnrolledCourse.tutor_id == _tutor_id(db, user), EnrolledCourse.status == "active"
        )
    ):
        if course.year_range and max(course.year_range) < this_year:
            course.status = "completed"
            done += 1
    db.commit()
    return {"message": f"{done} course(s) marked completed", "completed": done}
