"""Availability schedules, lessons and reminders in the cache, and the outbox ops that carry the tutor's
changes to the server (CONTRACT.md §5, §6). Each change is one transaction: the row and its op together."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, Select, delete, func, insert, select, update

from ..api.models import Lesson, Schedule
from ..calendar.model import Availability, LessonItem, clock, strip_marker
from . import mapping
from .db import now_iso
from .schema import lessons, outbox, reminders_fired, schedules

Append = Callable[[Connection, str, str, dict[str, Any]], str]
HIDDEN_LESSON_STATES = ("deleting",)


class CalendarStore:
    def __init__(self, engine: Engine, append: Append, in_flight: set[str]) -> None:
        self.engine = engine
        self._append = append
        self.in_flight = in_flight  # ops being sent right now (the Store's set): they cannot change any more

    # -- availability ---------------------------------------------------------------------------------------

    def availability(self) -> list[Availability]:
        with self.engine.connect() as c:
            rows = c.execute(select(schedules).where(schedules.c.deleted.is_(False))).all()
        found = []
        for r in rows:
            try:
                found.append(
                    Availability.from_payload(dict(r.payload), r.local_id, r.sync_state, r.sync_error)
                )
            except ValueError:
                continue  # a row the model cannot read (never written by this app): skip it
        return found

    def availability_one(self, local_id: str) -> Availability | None:
        with self.engine.connect() as c:
            r = c.execute(select(schedules).where(schedules.c.local_id == local_id)).first()
        if r is None or r.deleted:
            return None
        return Availability.from_payload(dict(r.payload), r.local_id, r.sync_state, r.sync_error)

    def new_local_id(self) -> str:
        return str(uuid.uuid4())

    def save_availability(self, a: Availability) -> Availability:
        """Create or replace a schedule locally and queue it; the UI shows it at once."""
        problems = a.validate()
        if problems:
            raise ValueError(" ".join(problems))
        stream = f"schedule:{a.local_id}"
        with self.engine.begin() as c:
            row = c.execute(select(schedules).where(schedules.c.local_id == a.local_id)).first()
            saved = replace(a, sync_state="queued", sync_error=None)
            if row is None:
                saved = replace(saved, server_id=None)
                c.execute(
                    insert(schedules),
                    {
                        "local_id": a.local_id,
                        "server_id": None,
                        "title": a.title,
                        "schedule_type": a.schedule_type,
                        "payload": saved.to_payload(),
                        "sync_state": "queued",
                        "deleted": False,
                    },
                )
                self._append(c, stream, "schedule.create", {"local_id": a.local_id})
            else:
                saved = replace(saved, server_id=row.server_id)
                c.execute(
                    update(schedules)
                    .where(schedules.c.local_id == a.local_id)
                    .values(
                        title=a.title,
                        schedule_type=a.schedule_type,
                        payload=saved.to_payload(),
                        sync_state="queued",
                        sync_error=None,
                    )
                )
                untried_put = self._untried(stream).where(outbox.c.kind == "schedule.update")
                if c.execute(untried_put).first() is None:  # else that PUT will send the latest row anyway
                    self._append(c, stream, "schedule.update", {"local_id": a.local_id})
        return saved

    def delete_availability(self, local_id: str) -> None:
        stream = f"schedule:{local_id}"
        with self.engine.begin() as c:
            row = c.execute(select(schedules).where(schedules.c.local_id == local_id)).first()
            if row is None:
                return
            if row.server_id is None and self._unsent_create(c, stream, "schedule.create"):
                # it never left this computer: forget it here, nothing to tell the server
                c.execute(delete(outbox).where(outbox.c.stream == stream))
                c.execute(delete(schedules).where(schedules.c.local_id == local_id))
                return
            c.execute(delete(outbox).where(outbox.c.stream == stream, outbox.c.kind == "schedule.update"))
            c.execute(
                update(schedules)
                .where(schedules.c.local_id == local_id)
                .values(deleted=True, sync_state="queued", sync_error=None)
            )
            self._append(c, stream, "schedule.delete", {"local_id": local_id})

    def schedule_row(self, local_id: str) -> tuple[int | None, dict[str, Any]] | None:
        """(server id, full body to send) of a schedule, for delivery."""
        with self.engine.connect() as c:
            r = c.execute(select(schedules).where(schedules.c.local_id == local_id)).first()
        if r is None:
            return None
        a = Availability.from_payload(dict(r.payload), r.local_id, r.sync_state)
        return r.server_id, a.body()

    def schedule_delivered(self, c: Connection, local_id: str, model: Schedule | None) -> None:
        """Record the server's copy after a create or update (None after a delete)."""
        if model is None:
            c.execute(delete(schedules).where(schedules.c.local_id == local_id))
            return
        values: dict[str, Any] = {"server_id": model.id}
        if not _stream_busy(c, f"schedule:{local_id}"):
            values.update(mapping.schedule_row(model), sync_state="synced", sync_error=None)
        c.execute(update(schedules).where(schedules.c.local_id == local_id).values(**values))

    def replace_schedules(self, models: Sequence[Schedule]) -> None:
        """A full list from the server: it replaces every synced row; rows with local changes stay."""
        with self.engine.begin() as c:
            known = c.execute(
                select(schedules.c.server_id, schedules.c.local_id, schedules.c.sync_state)
            ).all()
            local = {r.server_id: r.local_id for r in known if r.server_id is not None}
            keep = {r.local_id for r in known if r.sync_state != "synced"}
            c.execute(delete(schedules).where(schedules.c.sync_state == "synced"))
            rows = []
            for m in models:
                _, cid = strip_marker(m.notes)
                # our own create whose answer was lost: the op will adopt it; don't show it twice meanwhile
                local_id = local.get(m.id) or cid or str(uuid.uuid4())
                if local_id in keep:
                    continue
                keep.add(local_id)
                rows.append(
                    {
                        **mapping.schedule_row(m),
                        "local_id": local_id,
                        "sync_state": "synced",
                        "deleted": False,
                    }
                )
            if rows:
                c.execute(insert(schedules), rows)

    # -- lessons --------------------------------------------------------------------------------------------

    def lessons(self, first: date | None = None, last: date | None = None) -> list[LessonItem]:
        q = select(lessons).where(lessons.c.sync_state.not_in(HIDDEN_LESSON_STATES))
        if first is not None:
            q = q.where(lessons.c.session_date >= first.isoformat())
        if last is not None:
            q = q.where(lessons.c.session_date <= last.isoformat())
        with self.engine.connect() as c:
            rows = c.execute(q.order_by(lessons.c.session_date, lessons.c.start_time)).all()
        return [item for _r, item in mapping.readable(rows, _lesson)]

    def lesson(self, lesson_id: int) -> LessonItem | None:
        with self.engine.connect() as c:
            r = c.execute(select(lessons).where(lessons.c.id == lesson_id)).first()
        return None if r is None or r.sync_state in HIDDEN_LESSON_STATES else _lesson(r)

    def enrolled_courses(self) -> list[tuple[int, str, str]]:
        """(enrolled course id, package name, student name) of every course the cache knows a lesson of."""
        with self.engine.connect() as c:
            rows = c.execute(
                select(lessons.c.enrolled_courses_id, lessons.c.payload).where(lessons.c.id > 0)
            ).all()
        seen: dict[int, tuple[int, str, str]] = {}
        for r in rows:
            if r.enrolled_courses_id is not None and r.enrolled_courses_id not in seen:
                p = r.payload
                seen[r.enrolled_courses_id] = (
                    r.enrolled_courses_id,
                    str(p.get("course_name") or "Course"),
                    str(p.get("student_name") or ""),
                )
        return sorted(seen.values(), key=lambda t: (t[2], t[1]))

    def update_lesson(self, lesson_id: int, changes: dict[str, Any]) -> LessonItem:
        """Change a lesson locally and queue a partial PUT (the server accepts any subset of fields)."""
        changes = _lesson_changes(changes)
        with self.engine.begin() as c:
            r = c.execute(select(lessons).where(lessons.c.id == lesson_id)).first()
            if r is None:
                raise KeyError(lesson_id)
            payload = {**dict(r.payload), **changes}
            payload["duration"] = _duration(payload)
            c.execute(
                update(lessons)
                .where(lessons.c.id == lesson_id)
                .values(
                    payload=payload,
                    session_date=payload["session_date"],
                    start_time=payload["start_time"],
                    status=payload.get("status"),
                    sync_state="queued",
                    sync_error=None,
                )
            )
            stream = f"lesson:{lesson_id}"
            pending = c.execute(self._untried(stream).order_by(outbox.c.seq.desc())).first()
            if pending is not None and pending.kind == "lesson.update":  # fold into the op not yet sent
                merged = {**pending.payload, "changes": {**pending.payload["changes"], **changes}}
                c.execute(update(outbox).where(outbox.c.op_id == pending.op_id).values(payload=merged))
            elif pending is not None and pending.kind == "lesson.create":
                merged = {**pending.payload, "body": {**pending.payload["body"], **_create_fields(changes)}}
                c.execute(update(outbox).where(outbox.c.op_id == pending.op_id).values(payload=merged))
                if set(changes) - set(_create_fields(changes)):
                    self._append(c, stream, "lesson.update", {"lesson_id": lesson_id, "changes": changes})
            else:
                self._append(c, stream, "lesson.update", {"lesson_id": lesson_id, "changes": changes})
        item = self.lesson(lesson_id)
        assert item is not None
        return item

    def create_lesson(self, body: dict[str, Any], course_name: str, student_name: str) -> LessonItem:
        """A new lesson for an enrolled course, shown at once under a temporary (negative) id."""
        with self.engine.begin() as c:
            temp_id = self.queue_lesson(c, body, course_name, student_name)
        item = self.lesson(temp_id)
        assert item is not None
        return item

    def queue_lesson(
        self,
        c: Connection,
        body: dict[str, Any],
        course_name: str,
        student_name: str,
        origin: dict[str, Any] | None = None,
    ) -> int:
        """Insert a lesson under a temporary id and queue its POST, in the caller's transaction. `origin`
        goes into the op's payload (the request a lesson was added for)."""
        body = {**_lesson_changes(body), "enrolled_courses_id": int(body["enrolled_courses_id"])}
        lowest = c.execute(select(func.min(lessons.c.id))).scalar() or 0
        temp_id = min(lowest, 0) - 1
        payload = {
            "id": temp_id,
            "course_name": course_name,
            "student_name": student_name,
            "status": "scheduled",
            "topics": [],
            "topics_covered": [],
            "session_mode": "online",
            "alarm_enabled": False,
            "alarm_before_minutes": 15,
            **body,
        }
        payload["duration"] = _duration(payload)
        c.execute(
            insert(lessons),
            {
                "id": temp_id,
                "enrolled_courses_id": body["enrolled_courses_id"],
                "session_date": payload["session_date"],
                "start_time": payload["start_time"],
                "status": "scheduled",
                "payload": payload,
                "sync_state": "queued",
            },
        )
        self._append(
            c,
            f"lesson:{temp_id}",
            "lesson.create",
            {**(origin or {}), "lesson_id": temp_id, "body": _create_fields(body)},
        )
        return temp_id

    def newest_lesson_id(self) -> int:
        """The highest server id of a lesson in the cache: lessons above it are new to this computer."""
        with self.engine.connect() as c:
            return int(c.execute(select(func.max(lessons.c.id))).scalar() or 0)

    def delete_lesson(self, lesson_id: int) -> None:
        stream = f"lesson:{lesson_id}"
        with self.engine.begin() as c:
            r = c.execute(select(lessons).where(lessons.c.id == lesson_id)).first()
            if r is None:
                return
            if (r.status or "").lower() == "completed":
                raise ValueError("A completed lesson cannot be deleted.")
            if lesson_id < 0 and self._unsent_create(c, stream, "lesson.create"):
                c.execute(delete(outbox).where(outbox.c.stream == stream))
                c.execute(delete(lessons).where(lessons.c.id == lesson_id))
                return
            c.execute(delete(outbox).where(outbox.c.stream == stream, outbox.c.kind == "lesson.update"))
            c.execute(update(lessons).where(lessons.c.id == lesson_id).values(sync_state="deleting"))
            self._append(c, stream, "lesson.delete", {"lesson_id": lesson_id})

    def lesson_payload(self, lesson_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            r = c.execute(select(lessons.c.payload).where(lessons.c.id == lesson_id)).first()
        return dict(r.payload) if r else None

    def lesson_delivered(
        self, c: Connection, lesson_id: int, model: Lesson | None, deleted: bool = False
    ) -> None:
        if deleted:
            c.execute(delete(lessons).where(lessons.c.id == lesson_id))
            return
        busy = _stream_busy(c, f"lesson:{lesson_id}")
        if model is None:
            if not busy:
                c.execute(update(lessons).where(lessons.c.id == lesson_id).values(sync_state="synced"))
            return
        if model.id != lesson_id:  # a lesson created here got its server id: later ops follow it
            c.execute(delete(lessons).where(lessons.c.id == lesson_id))
            c.execute(delete(lessons).where(lessons.c.id == model.id))
            c.execute(
                insert(lessons), {**mapping.lesson_row(model), "sync_state": "queued" if busy else "synced"}
            )
            for op in c.execute(select(outbox).where(outbox.c.stream == f"lesson:{lesson_id}")).all():
                c.execute(
                    update(outbox)
                    .where(outbox.c.op_id == op.op_id)
                    .values(stream=f"lesson:{model.id}", payload={**op.payload, "lesson_id": model.id})
                )
            return
        if not busy:
            c.execute(
                update(lessons)
                .where(lessons.c.id == lesson_id)
                .values(**mapping.lesson_row(model), sync_state="synced", sync_error=None)
            )

    def replace_lessons(self, models: Sequence[Lesson]) -> None:
        """A full list from the server replaces every synced row; rows with local changes stay. A lesson in
        the slot of one created here and not yet confirmed is left to that op, so it is never shown twice."""
        with self.engine.begin() as c:
            queued = set(c.execute(select(lessons.c.id).where(lessons.c.sync_state != "synced")).scalars())
            creating = {
                _slot(r.payload)
                for r in c.execute(
                    select(lessons.c.payload).where(lessons.c.id < 0, lessons.c.sync_state != "synced")
                )
            }
            c.execute(delete(lessons).where(lessons.c.sync_state == "synced"))
            rows = [
                {**mapping.lesson_row(m), "sync_state": "synced"}
                for m in models
                if m.id not in queued and _slot(m.model_dump()) not in creating
            ]
            if rows:
                c.execute(insert(lessons), rows)

    # -- failures (called from the outbox, inside its transaction) ------------------------------------------

    def op_state(self, c: Connection, kind: str, payload: dict[str, Any], error: str | None) -> None:
        """Show an op's state on its row: failed with `error`, or queued again (error None, on retry)."""
        state = "failed" if error is not None else "queued"
        if kind.startswith("schedule."):
            c.execute(
                update(schedules)
                .where(schedules.c.local_id == payload["local_id"])
                .values(sync_state=state, sync_error=error)
            )
        elif kind.startswith("lesson."):
            q = update(lessons).where(lessons.c.id == payload["lesson_id"])
            if kind == "lesson.delete":
                c.execute(q.values(sync_error=error))
            else:
                c.execute(q.values(sync_state=state, sync_error=error))

    def op_discarded(self, c: Connection, kind: str, payload: dict[str, Any]) -> None:
        """Undo locally what a refused op changed; the next pull brings back the server's copy."""
        if kind == "schedule.create":
            c.execute(delete(schedules).where(schedules.c.local_id == payload["local_id"]))
        elif kind.startswith("schedule."):
            c.execute(
                update(schedules)
                .where(schedules.c.local_id == payload["local_id"])
                .values(sync_state="synced", deleted=False, sync_error=None)
            )
        elif kind == "lesson.create":
            c.execute(delete(lessons).where(lessons.c.id == payload["lesson_id"]))
        elif kind.startswith("lesson."):
            c.execute(
                update(lessons)
                .where(lessons.c.id == payload["lesson_id"])
                .values(sync_state="synced", sync_error=None)
            )

    # -- ops not yet sent ------------------------------------------------------------------------------

    def _untried(self, stream: str) -> Select[Any]:
        """Ops of the stream never tried and not being sent now: they may still be changed or dropped."""
        return select(outbox).where(
            outbox.c.stream == stream,
            outbox.c.state == "pending",
            outbox.c.attempts == 0,
            outbox.c.op_id.not_in(self.in_flight),
        )

    def _unsent_create(self, c: Connection, stream: str, kind: str) -> bool:
        """The stream starts with a create that never left: the server cannot know this entity."""
        head = c.execute(
            select(outbox).where(outbox.c.stream == stream, outbox.c.state != "done").order_by(outbox.c.seq)
        ).first()
        return (
            head is not None
            and head.kind == kind
            and not head.maybe_applied
            and c.execute(self._untried(stream).where(outbox.c.op_id == head.op_id)).first() is not None
        )

    # -- reminders ------------------------------------------------------------------------------------------

    def fired(self, keys: Iterable[str]) -> set[str]:
        wanted = list(keys)
        if not wanted:
            return set()
        with self.engine.connect() as c:
            return set(
                c.execute(select(reminders_fired.c.key).where(reminders_fired.c.key.in_(wanted))).scalars()
            )

    def mark_fired(self, keys: Iterable[str]) -> None:
        rows = [{"key": k, "fired_at": now_iso()} for k in keys]
        if rows:
            with self.engine.begin() as c:
                c.execute(insert(reminders_fired).prefix_with("OR IGNORE"), rows)

    def forget_fired_before(self, cutoff_iso: str) -> None:
        with self.engine.begin() as c:
            c.execute(delete(reminders_fired).where(reminders_fired.c.fired_at < cutoff_iso))


def _stream_busy(c: Connection, stream: str) -> bool:
    return (
        c.execute(select(outbox.c.op_id).where(outbox.c.stream == stream, outbox.c.state != "done")).first()
        is not None
    )


def _slot(p: dict[str, Any]) -> tuple[Any, ...]:
    return (p.get("enrolled_courses_id"), p.get("session_date"), str(p.get("start_time"))[:5])


def _lesson(r: Any) -> LessonItem:
    return LessonItem(Lesson.model_validate(r.payload), r.sync_state, r.sync_error)


LESSON_FIELDS = (
    "session_date",
    "start_time",
    "end_time",
    "topics",
    "topics_covered",
    "session_mode",
    "location",
    "status",
    "tutor_attendance_status",
    "student_attendance_status",
    "priority_level",
)
CREATE_FIELDS = (
    "enrolled_courses_id",
    "session_date",
    "start_time",
    "end_time",
    "topics",
    "session_mode",
    "location",
    "priority_level",
    "alarm_enabled",
    "alarm_before_minutes",
)


def _lesson_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Checked and normalised lesson fields (D9: a bad date or time would be a 500 on the deployed server)."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "session_date":
            out[key] = date.fromisoformat(str(value)).isoformat()
        elif key in ("start_time", "end_time"):
            out[key] = clock(str(value))
        elif key in ("topics", "topics_covered"):
            out[key] = [str(t).strip() for t in value if str(t).strip()]
        elif key in LESSON_FIELDS or key in CREATE_FIELDS:
            out[key] = value
    if "start_time" in out and "end_time" in out and out["end_time"] <= out["start_time"]:
        raise ValueError("The lesson must end after it starts.")
    return out


def _create_fields(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k in CREATE_FIELDS}


def _duration(payload: dict[str, Any]) -> int | None:
    try:
        h1, m1, _ = (int(x) for x in clock(payload["start_time"]).split(":"))
        h2, m2, _ = (int(x) for x in clock(payload["end_time"]).split(":"))
    except (KeyError, ValueError):
        return payload.get("duration")
    return (h2 * 60 + m2) - (h1 * 60 + m1)
