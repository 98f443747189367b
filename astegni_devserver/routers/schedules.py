"""Availability schedules, keyed by the account's user id (CONTRACT.md §5)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import ServerConfig
from ..deps import DB, Config, CurrentUser, validation_error
from ..models import Schedule, User, utcnow
from ..serialize import schedule_body
from ..timeutil import parse_time

router = APIRouter(prefix="/api/schedules", tags=["schedules"])


class ScheduleCreate(BaseModel):
    title: str
    year: int
    schedule_type: str
    months: list[str]
    days: list[str]
    start_time: str
    end_time: str
    description: str | None = None
    specific_dates: list[str] = []
    notes: str | None = None
    priority_level: str = "medium"
    status: str = "active"
    is_featured: bool = False
    alarm_enabled: bool = False
    alarm_before_minutes: int | None = None
    notification_browser: bool = False
    notification_sound: bool = False


def _apply(row: Schedule, body: ScheduleCreate, cfg: ServerConfig) -> None:
    times = {}
    for name in ("start_time", "end_time"):
        raw = getattr(body, name)
        parsed = parse_time(raw)
        if parsed is None:
            if cfg.deployed("D9"):
                raise HTTPException(500, f'Database error: invalid input syntax for type time: "{raw}"')
            raise validation_error(
                ("body", name), "Input should be a valid time (HH:MM or HH:MM:SS)", raw, kind="time_parsing"
            )
        times[name] = parsed
    for field, value in body.model_dump().items():
        if field not in times:
            setattr(row, field, value)
    row.start_time, row.end_time = times["start_time"], times["end_time"]


def _mine(db: Session, user: User, schedule_id: int) -> Schedule:
    row = db.get(Schedule, schedule_id)
    if row is None or row.scheduler_id != user.id:
        raise HTTPException(404, "Schedule not found")
    return row


@router.post("", status_code=201)
def create(db: DB, cfg: Config, user: CurrentUser, body: ScheduleCreate) -> dict[str, Any]:
    row = Schedule(
        scheduler_id=user.id, scheduler_role=user.active_role, created_at=utcnow(), updated_at=None
    )
    _apply(row, body, cfg)
    db.add(row)
    db.commit()
    return schedule_body(row)


@router.get("")
def list_schedules(
    db: DB, user: CurrentUser, role_filter: Annotated[str | None, Query()] = None
) -> list[dict[str, Any]]:
    q = select(Schedule).where(Schedule.scheduler_id == user.id)
    if role_filter:
        q = q.where(Schedule.scheduler_role == role_filter)
    return [schedule_body(s) for s in db.scalars(q.order_by(Schedule.created_at.desc(), Schedule.id.desc()))]


@router.get("/{schedule_id}")
def get_schedule(db: DB, user: CurrentUser, schedule_id: int) -> dict[str, Any]:
    return schedule_body(_mine(db, user, schedule_id))


@router.put("/{schedule_id}")
def replace(db: DB, cfg: Config, user: CurrentUser, schedule_id: int, body: ScheduleCreate) -> dict[str, Any]:
    row = _mine(db, user, schedule_id)
    _apply(row, body, cfg)
    row.updated_at = utcnow()
    db.commit()
    return schedule_body(row)


@router.delete("/{schedule_id}", status_code=204)
def delete(db: DB, user: CurrentUser, schedule_id: int) -> Response:
    db.delete(_mine(db, user, schedule_id))
    db.commit()
    return Response(status_code=204)


class NotificationToggle(BaseModel):
    notification_browser: bool


class AlarmToggle(BaseModel):
    alarm_enabled: bool


class FeaturedToggle(BaseModel):
    is_featured: bool


@router.patch("/{schedule_id}/toggle-notification")
def toggle_notification(
    db: DB, user: CurrentUser, schedule_id: int, body: NotificationToggle
) -> dict[str, Any]:
    row = _mine(db, user, schedule_id)
    row.notification_browser = body.notification_browser
    db.commit()
    return {
        "message": "Notification setting updated",
        "schedule_id": row.id,
        "notification_browser": row.notification_browser,
    }


@router.patch("/{schedule_id}/toggle-alarm")
def toggle_alarm(db: DB, user: CurrentUser, schedule_id: int, body: AlarmToggle) -> dict[str, Any]:
    row = _mine(db, user, schedule_id)
    row.alarm_enabled = body.alarm_enabled
    db.commit()
    return {"message": "Alarm setting updated", "schedule_id": row.id, "alarm_enabled": row.alarm_enabled}


@router.patch("/{schedule_id}/toggle-featured")
def toggle_featured(db: DB, user: CurrentUser, schedule_id: int, body: FeaturedToggle) -> dict[str, Any]:
    row = _mine(db, user, schedule_id)
    row.is_featured = body.is_featured
    db.commit()
    return {"message": "Featured setting updated", "schedule_id": row.id, "is_featured": row.is_featured}
