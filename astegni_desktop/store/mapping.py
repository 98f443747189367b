"""The one place that maps server payloads (validated API models) to cache rows and back."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import ValidationError

from ..api.models import Lesson, MyStudent, Schedule, SessionRequest, StudentDetails, StudentSessions

log = logging.getLogger(__name__)
R = TypeVar("R")
M = TypeVar("M")


def readable(rows: Iterable[R], make: Callable[[R], M]) -> list[tuple[R, M]]:
    """Each cached row with its model, leaving out rows the app cannot read (written by another version,
    or damaged): they come back with the next pull instead of breaking every screen that lists them."""
    kept: list[tuple[R, M]] = []
    skipped = 0
    for row in rows:
        try:
            kept.append((row, make(row)))
        except (ValidationError, TypeError, ValueError, AttributeError):
            skipped += 1
    if skipped:
        log.warning("%d cached row(s) could not be read and were left out", skipped)
    return kept


def request_row(model: SessionRequest) -> dict[str, Any]:
    return {
        "id": model.id,
        "status": model.status,
        "learner_name": model.requested_to_name,
        "package_name": model.package_name,
        "created_at": model.created_at,
        "updated_at": model.updated_at,
        "payload": model.model_dump(mode="json"),
    }


def request_model(payload: dict[str, Any]) -> SessionRequest:
    return SessionRequest.model_validate(payload)


def student_row(model: MyStudent) -> dict[str, Any]:
    return {
        "enrollment_id": model.id,
        "student_profile_id": model.student_id,
        "name": model.student_name,
        "accepted_at": model.accepted_at,
        "payload": model.model_dump(mode="json"),
    }


def student_model(payload: dict[str, Any]) -> MyStudent:
    return MyStudent.model_validate(payload)


def details_model(payload: dict[str, Any] | None) -> StudentDetails | None:
    return StudentDetails.model_validate(payload) if payload else None


def student_lessons_model(payload: dict[str, Any] | None) -> StudentSessions | None:
    return StudentSessions.model_validate(payload) if payload else None


def lesson_row(model: Lesson) -> dict[str, Any]:
    return {
        "id": model.id,
        "enrolled_courses_id": model.enrolled_courses_id,
        "session_date": model.session_date,
        "start_time": model.start_time,
        "status": model.status,
        "payload": model.model_dump(mode="json"),
    }


def schedule_row(model: Schedule) -> dict[str, Any]:
    return {
        "server_id": model.id,
        "title": model.title,
        "schedule_type": model.schedule_type,
        "payload": model.model_dump(mode="json"),
    }
