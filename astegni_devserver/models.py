"""The dev server's tables: a trimmed copy of the Astegni schema, with the id spaces kept apart.

Each table starts its ids at its own base (users 1, tutor profiles 100, student profiles 500, ...) so that a
client mixing up id spaces (CONTRACT.md §1.2) fails its tests instead of passing by luck.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    Text,
    Time,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .db import Base


def utcnow() -> datetime:
    """Naive UTC, as the server emits it (CONTRACT.md §1.3)."""
    return datetime.now(UTC).replace(tzinfo=None)


ID_BASES: dict[str, int] = {}


def _pk(table: str, base: int) -> Mapped[int]:
    ID_BASES[table] = base
    return mapped_column(Integer, Identity(start=base), primary_key=True)


_AUTO = {"sqlite_autoincrement": True}


class Meta(Base):
    __tablename__ = "devserver_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("users", 1)
    email: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    first_name: Mapped[str | None] = mapped_column(String(100))
    father_name: Mapped[str | None] = mapped_column(String(100))
    grandfather_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    gender: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    digital_id_no: Mapped[str | None] = mapped_column(String(50))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    active_role: Mapped[str] = mapped_column(String(30))
    profile_picture: Mapped[str | None] = mapped_column(String(500))
    location: Mapped[str | None] = mapped_column(String(255))
    country_code: Mapped[str | None] = mapped_column(String(5))
    is_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    email_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    account_balance: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_login: Mapped[datetime | None] = mapped_column(DateTime)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.father_name, self.grandfather_name) if p)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.father_name) if p)


class TutorProfile(Base):
    __tablename__ = "tutor_profiles"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("tutor_profiles", 100)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    bio: Mapped[str | None] = mapped_column(Text)
    subjects: Mapped[list[str]] = mapped_column(JSON, default=list)
    rating: Mapped[float] = mapped_column(Float, default=0.0)
    hero_subtitle: Mapped[str | None] = mapped_column(String(255))
    expertise_badge: Mapped[str | None] = mapped_column(String(50))
    is_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    location: Mapped[str | None] = mapped_column(String(255))
    is_online: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)


class StudentProfile(Base):
    __tablename__ = "student_profiles"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("student_profiles", 500)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    grade_level: Mapped[str | None] = mapped_column(String(50))
    studying_at: Mapped[str | None] = mapped_column(String(255))
    career_aspirations: Mapped[str | None] = mapped_column(String(255))
    interested_in: Mapped[list[str]] = mapped_column(JSON, default=list)
    hobbies: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    learning_method: Mapped[str | None] = mapped_column(String(100))
    about: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(255))
    hero_title: Mapped[str | None] = mapped_column(String(255))
    hero_subtitle: Mapped[str | None] = mapped_column(String(255))
    cover_image: Mapped[str | None] = mapped_column(String(500))
    parent_id: Mapped[int | None] = mapped_column(Integer)
    is_online: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)


class ParentProfile(Base):
    __tablename__ = "parent_profiles"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("parent_profiles", 300)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    relationship: Mapped[str | None] = mapped_column(String(30))
    children_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    is_online: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)


class Package(Base):
    __tablename__ = "tutor_packages"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("tutor_packages", 800)
    tutor_id: Mapped[int] = mapped_column(ForeignKey("tutor_profiles.id"))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    grade_level: Mapped[str | None] = mapped_column(String(50))
    hourly_rate: Mapped[float] = mapped_column(Float)
    days_per_week: Mapped[int | None] = mapped_column(Integer)
    hours_per_day: Mapped[float | None] = mapped_column(Float)
    payment_frequency: Mapped[str | None] = mapped_column(String(30))
    session_format: Mapped[str | None] = mapped_column(String(30))
    schedule_type: Mapped[str | None] = mapped_column(String(30))
    schedule_days: Mapped[str | None] = mapped_column(String(255))
    start_time: Mapped[str | None] = mapped_column(String(8))
    end_time: Mapped[str | None] = mapped_column(String(8))
    session_duration: Mapped[int | None] = mapped_column(Integer)
    course_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    course_names: Mapped[list[str]] = mapped_column(JSON, default=list)


class SessionRequest(Base):
    __tablename__ = "session_requests"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("session_requests", 1000)
    tutor_id: Mapped[int] = mapped_column(Integer, index=True)
    requester_id: Mapped[int] = mapped_column(Integer)
    requester_type: Mapped[str] = mapped_column(String(20))
    requested_to_id: Mapped[int | None] = mapped_column(Integer)
    package_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    message: Mapped[str | None] = mapped_column(Text)
    preferred_schedule: Mapped[str | None] = mapped_column(Text)
    schedule_type: Mapped[str | None] = mapped_column(String(30))
    year_range: Mapped[list[int] | None] = mapped_column(JSON)
    months: Mapped[list[str] | None] = mapped_column(JSON)
    days: Mapped[list[str] | None] = mapped_column(JSON)
    specific_dates: Mapped[list[str] | None] = mapped_column(JSON)
    start_time: Mapped[str | None] = mapped_column(String(8))
    end_time: Mapped[str | None] = mapped_column(String(8))
    counter_offer_price: Mapped[float | None] = mapped_column(Float)
    num_students: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    responded_at: Mapped[datetime | None] = mapped_column(DateTime)
    rejected_at: Mapped[datetime | None] = mapped_column(DateTime)
    rejected_reason: Mapped[str | None] = mapped_column(Text)


class Enrollment(Base):
    """enrolled_students: one per (tutor, learner)."""

    __tablename__ = "enrolled_students"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("enrolled_students", 3000)
    tutor_id: Mapped[int] = mapped_column(Integer, index=True)
    student_id: Mapped[int] = mapped_column(Integer)
    package_id: Mapped[int | None] = mapped_column(Integer)
    agreed_price: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="active")
    payment_status: Mapped[str] = mapped_column(String(20), default="pending")
    payment_due_date: Mapped[date | None] = mapped_column(Date)
    total_sessions: Mapped[int] = mapped_column(Integer, default=1)
    requester_type: Mapped[str] = mapped_column(String(20), default="student")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EnrolledCourse(Base):
    """enrolled_courses: one per (tutor, package), shared by every learner of that package."""

    __tablename__ = "enrolled_courses"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("enrolled_courses", 4000)
    tutor_id: Mapped[int] = mapped_column(Integer, index=True)
    package_id: Mapped[int | None] = mapped_column(Integer)
    students_id: Mapped[list[int]] = mapped_column(JSON, default=list)
    course_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    year_range: Mapped[list[int] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Lesson(Base):
    """The `sessions` table: calendar lessons inside an enrolled course."""

    __tablename__ = "sessions"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("sessions", 10000)
    enrolled_courses_id: Mapped[int] = mapped_column(ForeignKey("enrolled_courses.id", ondelete="CASCADE"))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    topics_covered: Mapped[list[str]] = mapped_column(JSON, default=list)
    session_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[Any] = mapped_column(Time)
    end_time: Mapped[Any] = mapped_column(Time)
    duration: Mapped[int | None] = mapped_column(Integer)
    session_mode: Mapped[str] = mapped_column(String(50), default="online")
    location: Mapped[str | None] = mapped_column(String(255))
    whiteboard_id: Mapped[int | None] = mapped_column(Integer)
    student_review_id: Mapped[int | None] = mapped_column(Integer)
    tutor_review_id: Mapped[int | None] = mapped_column(Integer)
    parent_review_id: Mapped[int | None] = mapped_column(Integer)
    tutor_attendance_status: Mapped[str] = mapped_column(String(20), default="present")
    student_attendance_status: Mapped[str] = mapped_column(String(20), default="present")
    priority_level: Mapped[str] = mapped_column(String(20), default="medium")
    notification_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    alarm_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    alarm_before_minutes: Mapped[int | None] = mapped_column(Integer, default=15)
    is_featured: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Schedule(Base):
    __tablename__ = "schedules"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("schedules", 20000)
    scheduler_id: Mapped[int] = mapped_column(Integer, index=True)
    scheduler_role: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int] = mapped_column(Integer)
    schedule_type: Mapped[str] = mapped_column(String(30))
    months: Mapped[list[str]] = mapped_column(JSON, default=list)
    days: Mapped[list[str]] = mapped_column(JSON, default=list)
    specific_dates: Mapped[list[str]] = mapped_column(JSON, default=list)
    start_time: Mapped[Any] = mapped_column(Time)
    end_time: Mapped[Any] = mapped_column(Time)
    notes: Mapped[str | None] = mapped_column(Text)
    priority_level: Mapped[str] = mapped_column(String(20), default="medium")
    status: Mapped[str] = mapped_column(String(20), default="active")
    is_featured: Mapped[bool] = mapped_column(Boolean, default=False)
    alarm_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    alarm_before_minutes: Mapped[int | None] = mapped_column(Integer)
    notification_browser: Mapped[bool] = mapped_column(Boolean, default=False)
    notification_sound: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("refresh_tokens", 1)
    user_id: Mapped[int] = mapped_column(Integer, index=True)
    jti: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("conversations", 1)
    user_a: Mapped[int] = mapped_column(Integer)
    user_b: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ChatMessage(Base):
    __tablename__ = "chat_messages"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("chat_messages", 1)
    conversation_id: Mapped[int] = mapped_column(Integer, index=True)
    sender_id: Mapped[int] = mapped_column(Integer)
    message_type: Mapped[str] = mapped_column(String(30))
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WhiteboardSession(Base):
    __tablename__ = "whiteboard_sessions"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("whiteboard_sessions", 40000)
    booking_id: Mapped[int | None] = mapped_column(Integer)
    host_profile_id: Mapped[int] = mapped_column(Integer)
    host_profile_type: Mapped[str] = mapped_column(String(20))
    participant_profile_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    participant_profile_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    session_title: Mapped[str] = mapped_column(String(255))
    session_description: Mapped[str | None] = mapped_column(Text)
    scheduled_start: Mapped[datetime | None] = mapped_column(DateTime)
    scheduled_end: Mapped[datetime | None] = mapped_column(DateTime)
    actual_start: Mapped[datetime | None] = mapped_column(DateTime)
    actual_end: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    student_permissions: Mapped[dict[str, bool]] = mapped_column(JSON)
    session_notes: Mapped[str | None] = mapped_column(Text)
    is_recording: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WhiteboardPage(Base):
    __tablename__ = "whiteboard_pages"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("whiteboard_pages", 41000)
    session_id: Mapped[int] = mapped_column(ForeignKey("whiteboard_sessions.id"), index=True)
    page_number: Mapped[int] = mapped_column(Integer)
    page_title: Mapped[str] = mapped_column(String(255))
    background_color: Mapped[str] = mapped_column(String(20), default="#FFFFFF")
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)


class Stroke(Base):
    """whiteboard_canvas_data: `stroke_data` is kept verbatim as posted."""

    __tablename__ = "whiteboard_canvas_data"
    # (page_id, stroke_order) serves both "next order on this page" and reading a page in order.
    __table_args__ = (Index("ix_strokes_page_order", "page_id", "stroke_order"), _AUTO)
    id: Mapped[int] = _pk("whiteboard_canvas_data", 50000)
    page_id: Mapped[int] = mapped_column(ForeignKey("whiteboard_pages.id"))
    session_id: Mapped[int] = mapped_column(Integer, index=True)
    user_id: Mapped[int] = mapped_column(Integer)
    stroke_type: Mapped[str] = mapped_column(String(30))
    stroke_data: Mapped[Any] = mapped_column(JSON)
    stroke_order: Mapped[int] = mapped_column(Integer)


class WhiteboardChat(Base):
    __tablename__ = "whiteboard_chat_messages"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("whiteboard_chat_messages", 1)
    session_id: Mapped[int] = mapped_column(Integer, index=True)
    sender_id: Mapped[int] = mapped_column(Integer)
    message_text: Mapped[str] = mapped_column(Text)
    message_type: Mapped[str] = mapped_column(String(30), default="text")
    file_url: Mapped[str | None] = mapped_column(String(500))
    is_read: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Recording(Base):
    __tablename__ = "whiteboard_session_recordings"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("whiteboard_session_recordings", 1)
    session_id: Mapped[int] = mapped_column(Integer, index=True)
    student_id: Mapped[list[int]] = mapped_column(JSON, default=list)
    recording_title: Mapped[str] = mapped_column(String(255))
    recording_type: Mapped[str] = mapped_column(String(30), default="video")
    file_url: Mapped[str | None] = mapped_column(String(500))
    file_size_bytes: Mapped[int | None] = mapped_column(Integer)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    thumbnail_url: Mapped[str | None] = mapped_column(String(500))
    board_snapshot: Mapped[Any] = mapped_column(JSON)
    recording_metadata: Mapped[Any] = mapped_column(JSON)
    recording_date: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    is_processing: Mapped[bool] = mapped_column(Boolean, default=False)
    is_available: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MissedCall(Base):
    """A call invitation that found its callee offline (CONTRACT.md §12), told on the next connect."""

    __tablename__ = "missed_calls"
    __table_args__ = _AUTO
    id: Mapped[int] = _pk("missed_calls", 1)
    callee_key: Mapped[str] = mapped_column(String(64), index=True)  # "student_501"
    caller_key: Mapped[str] = mapped_column(String(64))
    caller_name: Mapped[str | None] = mapped_column(String(255))
    session_id: Mapped[int | None] = mapped_column(Integer)
    call_type: Mapped[str] = mapped_column(String(20), default="video")
    notified: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def create_schema(engine: Any) -> None:
    """Create every table; on SQLite, start each AUTOINCREMENT sequence at its table's id base."""
    Base.metadata.create_all(engine)
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        existing = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_sequence"))}
        for table, base in ID_BASES.items():
            if table not in existing:
                conn.execute(
                    text("INSERT INTO sqlite_sequence (name, seq) VALUES (:n, :s)"),
                    {"n": table, "s": base - 1},
                )
