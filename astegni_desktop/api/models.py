"""Response models: validated, tolerant of the deployed server's quirks (CONTRACT.md), never trusted blindly.

Unknown keys are ignored and nullable fields default to None, so a newer server does not break the app; a
field of the wrong type fails validation and the whole answer is refused (the cache stays as it was).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

INT64 = (-(2**63), 2**63 - 1)  # what SQLite (and so the cache) can hold


def _fits(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return INT64[0] <= value <= INT64[1]
    if isinstance(value, list | tuple):
        return all(_fits(v) for v in value)
    if isinstance(value, dict):
        return all(_fits(v) for v in value.values())
    return True


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    @model_validator(mode="after")
    def _ints_fit_the_cache(self) -> Any:
        # An id above 2^63 would raise OverflowError inside SQLite: refuse the item here, where it is skipped.
        fields = type(self).model_fields
        for name, value in self.__dict__.items():
            typed_int = name in fields and "int" in str(
                fields[name].annotation
            )  # not free JSON (stroke_data)
            if typed_int and not _fits(value):
                raise ValueError(f"{name} is out of range")
        return self


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # the wire's names


def _strip_days(value: Any) -> Any:
    # Deployed splits "Monday, Wednesday" and keeps the leading space (D6).
    if isinstance(value, list):
        return [v.strip() if isinstance(v, str) else v for v in value]
    return value


class User(_Model):
    id: int
    first_name: str | None = None
    father_name: str | None = None
    grandfather_name: str | None = None
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    roles: list[str] = Field(default_factory=list)
    active_role: str | None = None
    role_ids: dict[str, int | None] = Field(default_factory=dict)
    profile_picture: str | None = None

    @property
    def display_name(self) -> str:
        parts = [p for p in (self.first_name, self.father_name) if p]
        return " ".join(parts) or self.name or self.email or f"User {self.id}"


class TokenResponse(_Model):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    user: User


class SwitchRoleResponse(_Model):
    access_token: str
    refresh_token: str
    active_role: str
    user_roles: list[str] = Field(default_factory=list)


class SessionRequest(_Model):
    id: int
    tutor_id: int | None = None
    requester_id: int | None = None
    requester_type: str | None = None
    requested_to_id: int | None = None
    requested_to_name: str | None = None
    requester_name: str | None = None  # unreliable on deployed (D4): not shown
    package_id: int | None = None
    package_name: str | None = None
    status: str
    message: str | None = None
    preferred_schedule: str | None = None
    schedule_type: str | None = None
    year_range: list[int] | None = None
    months: list[str] | None = None
    days: list[str] | None = None
    specific_dates: list[str] | None = None
    start_time: str | None = None
    end_time: str | None = None
    counter_offer_price: float | None = None
    num_students: int | None = None
    created_at: str | None = None
    updated_at: str | None = None
    responded_at: str | None = None
    rejected_at: str | None = None
    rejected_reason: str | None = None

    _days = field_validator("days", mode="before")(_strip_days)


class RespondResult(_Model):
    success: bool = True
    request_id: int | None = None
    status: str | None = None
    responded_at: str | None = None
    agreed_price: float | None = None
    sessions_created: int | None = None
    enrolled_course_id: int | None = None


class MyStudent(_Model):
    id: int
    student_id: int
    student_user_id: int | None = None
    student_name: str | None = None
    student_grade: str | None = None
    profile_picture: str | None = None
    package_name: str | None = None
    course_names: list[str] = Field(default_factory=list)
    contact_phone: str | None = None
    contact_email: str | None = None
    accepted_at: str | None = None
    # Not in my-students itself: merged in from the enrolled-students context at the pull (the price after
    # a counter-offer; the package's rate is only what was asked).
    agreed_price: float | None = None


class TutorPackage(_Model):
    """One of my packages (`GET /api/tutor/packages`): request lists name a package but carry no price."""

    id: int
    name: str | None = None
    hourly_rate: float | None = None
    schedule_days: str | None = None
    start_time: str | None = None
    end_time: str | None = None


class EnrolledStudent(_Model):
    """`GET /api/whiteboard/context/enrolled-students`: the one place the agreed price is given (§7.9)."""

    enrollment_id: int | None = None
    student_profile_id: int
    agreed_price: float | None = None
    enrolled_at: str | None = None


class StudentDetails(_Model):
    """Only what the app shows; the server sends more (CONTRACT.md §4.2)."""

    id: int | None = None
    student_profile_id: int
    student_name: str | None = None
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    student_grade: str | None = None
    studying_at: str | None = None
    location: str | None = None
    about: str | None = None
    career_aspirations: str | None = None
    languages: list[str] | None = None
    hobbies: list[str] | None = None
    enrollment_status: str | None = None
    enrolled_at: str | None = None
    package_name: str | None = None
    package_description: str | None = None
    hourly_rate: float | None = None
    days_per_week: int | None = None
    schedule_days: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    course_names: list[str] = Field(default_factory=list)
    overall_progress: float | None = None
    attendance_rate: float | None = None
    parent_name: str | None = None
    parent_phone: str | None = None
    parent_email: str | None = None
    parent_relationship: str | None = None


class StudentLesson(_Model):
    id: int
    session_date: str
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    session_mode: str | None = None
    status: str | None = None
    topics: list[str] = Field(default_factory=list)
    topics_covered: list[str] = Field(default_factory=list)
    tutor_attendance: str | None = None
    student_attendance: str | None = None
    enrolled_course_id: int | None = None
    package_name: str | None = None


class StudentLessonStats(_Model):
    total: int = 0
    completed: int = 0
    scheduled: int = 0
    in_progress: int = 0
    cancelled: int = 0
    total_hours: float = 0.0


class StudentSessions(_Model):
    sessions: list[StudentLesson]
    stats: StudentLessonStats = Field(default_factory=StudentLessonStats)


class Schedule(_Model):
    id: int
    scheduler_id: int | None = None
    scheduler_role: str | None = None
    title: str
    description: str | None = None
    year: int
    schedule_type: str
    months: list[str] = Field(default_factory=list)
    days: list[str] = Field(default_factory=list)
    specific_dates: list[str] = Field(default_factory=list)
    start_time: str
    end_time: str
    notes: str | None = None
    priority_level: str | None = None
    status: str | None = None
    alarm_enabled: bool = False
    alarm_before_minutes: int | None = None
    notification_browser: bool = False
    notification_sound: bool = False
    created_at: str | None = None
    updated_at: str | None = None

    _days = field_validator("days", mode="before")(_strip_days)

    @field_validator("months", "days", "specific_dates", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value


class LessonCreated(_Model):
    session_id: int


class Lesson(_Model):
    id: int
    enrolled_courses_id: int | None = None
    student_name: str | None = None
    course_name: str | None = None
    topics: list[str] = Field(default_factory=list)
    topics_covered: list[str] = Field(default_factory=list)
    session_date: str
    start_time: str
    end_time: str
    duration: int | None = None
    session_mode: str | None = None
    location: str | None = None
    tutor_attendance_status: str | None = None
    student_attendance_status: str | None = None
    priority_level: str | None = None
    notification_enabled: bool = False
    alarm_enabled: bool = False
    alarm_before_minutes: int | None = None
    is_featured: bool = False
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @field_validator("topics", "topics_covered", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value


# -- whiteboard (CONTRACT.md §7) ---------------------------------------------------------------------------


class WbSessionSummary(_Model):
    """One row of `GET /api/whiteboard/sessions` (filtered on the client: D3)."""

    id: int
    session_title: str | None = None
    status: str | None = None
    scheduled_start: str | None = None
    scheduled_end: str | None = None
    actual_start: str | None = None
    actual_end: str | None = None
    created_at: str | None = None
    participant_ids: list[int] = Field(default_factory=list)
    duration_minutes: int | None = None

    @field_validator("participant_ids", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value


class WbStroke(_Model):
    """A stored stroke. `stroke_data` is whatever its author posted: the ink codec validates it."""

    id: int
    user_id: int | None = None
    stroke_type: Any = None
    stroke_data: Any = None
    stroke_order: int | None = None


class WbPage(_Model):
    id: int
    page_number: int = 0
    page_title: str | None = None
    background_color: str | None = None
    is_active: bool = False
    strokes: list[WbStroke] = Field(default_factory=list)
    unreadable: int = 0  # strokes left out: one bad stroke must not cost the rest of the page

    @model_validator(mode="before")
    @classmethod
    def _readable_strokes(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        raw = value.get("strokes")
        if not isinstance(raw, list):
            return {**value, "strokes": []}
        kept = []
        for item in raw:
            try:
                kept.append(WbStroke.model_validate(item))
            except ValidationError:
                continue
        return {**value, "strokes": kept, "unreadable": len(raw) - len(kept)}


class WbSession(_Model):
    """`GET /api/whiteboard/sessions/{id}`: the only way to read a canvas (every page, every stroke)."""

    id: int
    host_profile_id: int | None = None
    host_profile_type: str | None = None
    participant_profile_ids: list[int] = Field(default_factory=list)
    participant_profile_types: list[str] = Field(default_factory=list)
    session_title: str | None = None
    status: str | None = None
    scheduled_start: str | None = None
    student_permissions: dict[str, bool] = Field(default_factory=dict)
    participant_name: str | None = None
    student_name: str | None = None
    pages: list[WbPage] = Field(default_factory=list)

    @field_validator("participant_profile_ids", "participant_profile_types", "pages", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    @field_validator("student_permissions", mode="before")
    @classmethod
    def _permissions(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else {}


class QuickCreated(_Model):
    session_id: int
    page_id: int


class StrokeStored(_Model):
    stroke_id: int
    stroke_order: int | None = None


class ChatMessage(_Model):
    id: int
    session_id: int | None = None
    sender_id: int | None = None
    message_text: str = ""
    message_type: str | None = None
    created_at: str | None = None
