"""How each kind of outbox op is delivered, with its exactly-once rule (DESIGN.md §3, CONTRACT.md §9)."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from ..api import ApiError, Forbidden, NotFound, ServerError
from ..api.models import WEEKDAYS, Lesson, Schedule, SessionRequest
from ..calendar.model import strip_marker
from ..format import parse_server_time
from ..store import Op, Store

if TYPE_CHECKING:
    from ..api import AstegniApi


class PermanentFailure(Exception):
    """The server will never accept this op as it is: show it to the tutor with retry/discard."""


class Refused(Exception):
    """The server refuses this op for now (a deployed defect, D2): keep it and try again much later."""

    def __init__(self, message: str, retry_after: float = 1800.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class Delivered:
    """What to record locally, in the same transaction that removes the op."""

    apply: Callable[[Connection], None] | None = None
    refresh_after: bool = (
        False  # the server created things we should pull (accept creates students and lessons)
    )
    relay: dict[str, Any] | None = None  # what to send live once recorded (a stored stroke, a new page)
    sql: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # plain statements to record it (the hot path)


Handler = Callable[["AstegniApi", Store, Op], Awaitable[Delivered]]


async def respond_to_request(api: AstegniApi, store: Store, op: Op) -> Delivered:
    """PATCH accept/reject. Not retry-safe: after an unknown outcome or a 404, GET decides (CONTRACT §3.3).
    An accept is followed, in the same transaction, by a check of the lessons Astegni generated (D6)."""
    request_id: int = op.payload["request_id"]
    wanted: str = op.payload["status"]
    accepting = wanted == "accepted"
    if accepting and "lessons_before" not in op.payload:  # before the first PATCH: what the cache knew
        op = replace(op, payload={**op.payload, "lessons_before": store.calendar.newest_lesson_id()})
        store.set_op_payload(op.op_id, op.payload)

    def delivered(model: SessionRequest, course_id: int | None = None) -> Delivered:
        def record(c: Connection) -> None:
            store.request_delivered(c, request_id, model, wanted)
            if accepting:
                check = {"lessons_before": op.payload["lessons_before"], "course_id": course_id}
                store.queue_lessons_check(c, request_id, check)

        return Delivered(record, refresh_after=accepting)

    async def settle_from_server() -> Delivered | None:
        try:
            current = await api.get_request(request_id)
        except NotFound as exc:
            raise PermanentFailure("This request no longer exists on the server.") from exc
        if current.status == wanted:
            return delivered(current)
        if current.status != "pending":
            raise PermanentFailure(f"This request was already {current.status} (perhaps on the website).")
        return None

    if op.maybe_applied:
        settled = await settle_from_server()
        if settled is not None:
            return settled
    reason = op.payload.get("reason")
    try:
        result = await api.respond(request_id, wanted, reason)
    except NotFound:
        settled = await settle_from_server()
        if settled is not None:
            return settled
        raise
    except ServerError as exc:
        view = store.request(request_id)
        if _d5(exc) and accepting and view is not None and view.model.package_id is None:
            # D5: the deployed server answers 500 to every accept of a request without a package. Another
            # 5xx (a restart, a gateway) is worth retrying like any other.
            raise PermanentFailure(
                "The server cannot accept a request without a package. Reject it, or ask "
                "the student to choose a package."
            ) from exc
        raise
    view = store.request(request_id)
    if view is None:
        return Delivered(lambda c: store.request_delivered(c, request_id, None, wanted))
    answered = {"status": wanted, "responded_at": result.responded_at}
    if not accepting:
        answered.update(rejected_at=result.responded_at, rejected_reason=reason)
    return delivered(view.model.model_copy(update=answered), result.enrolled_course_id)


# -- lessons Astegni left out (D6) -------------------------------------------------------------------------

GENERATED_DAYS = 56  # the deployed server generates recurring lessons over 8 weeks from its today


def wished_weekdays(model: SessionRequest) -> list[str]:
    """The weekdays a recurring request asks for, as the wire names them, in the order asked."""
    names = {d.lower(): d for d in WEEKDAYS}
    wished = [names.get((d or "").strip().lower()) for d in model.days or []]
    return list(dict.fromkeys(d for d in wished if d is not None))


async def add_missing_lessons(api: AstegniApi, store: Store, op: Op) -> Delivered:
    """After an accept: the deployed server matches day names exactly, so a wish of "Monday, Wednesday"
    (stored as "Monday", " Wednesday") gets Monday lessons only (D6). Find which wished weekdays got none
    among the lessons the accept generated (lessons new since the cache's newest before the accept), and
    queue the missing ones as lesson creates, in the transaction that removes this op: they are queued
    exactly once, and each POST is then made exactly once by `create_lesson`. On a server without the
    defect every wished day has its lessons, and nothing is added."""
    request_id: int = op.payload["request_id"]
    view = store.request(request_id)
    m = view.model if view is not None else None
    wished = wished_weekdays(m) if m is not None else []
    if m is None or m.schedule_type != "recurring" or not wished or not m.start_time or not m.end_time:
        return Delivered()
    answered = parse_server_time(m.responded_at)
    first = answered.date() if answered else datetime.now(UTC).date()
    last = first + timedelta(days=GENERATED_DAYS - 1)
    course_id: int | None = op.payload.get("course_id")
    new = [
        lesson
        for lesson in await api.list_lessons(first.isoformat(), last.isoformat())
        if lesson.id > int(op.payload.get("lessons_before") or 0)
        and lesson.start_time[:5] == m.start_time[:5]
        and lesson.end_time[:5] == m.end_time[:5]
        and (course_id is None or lesson.enrolled_courses_id == course_id)
    ]
    if not new:
        return Delivered()  # nothing recognisably generated: no basis to add anything
    if course_id is None:
        course_id = Counter(x.enrolled_courses_id for x in new).most_common(1)[0][0]
    if course_id is None:
        return Delivered()
    created = {WEEKDAYS[date.fromisoformat(x.session_date).weekday()] for x in new}
    missing = [d for d in wished if d not in created]
    if not missing:
        return Delivered()
    days = [first + timedelta(days=i) for i in range(GENERATED_DAYS)]
    dates = [d for d in days if WEEKDAYS[d.weekday()] in missing]
    body = {
        "enrolled_courses_id": course_id,
        "start_time": m.start_time[:5],
        "end_time": m.end_time[:5],
        "topics": [m.message[:255]] if m.message else [],
        "session_mode": "online",
        "priority_level": "medium",
    }
    note = {
        "created_days": [d for d in wished if d in created],
        "added": [[d, sum(WEEKDAYS[x.weekday()] == d for x in dates)] for d in missing],
    }
    course_name, student_name = m.package_name or "Lesson", m.requested_to_name or ""

    def queue(c: Connection) -> None:
        for d in dates:
            lesson = {**body, "session_date": d.isoformat()}
            store.calendar.queue_lesson(c, lesson, course_name, student_name, {"for_request": request_id})
        store.set_request_note(c, request_id, note)

    return Delivered(queue)


def _d5(exc: ServerError) -> bool:
    """The deployed server's answer to accepting without a package (CONTRACT.md §10, D5)."""
    return exc.status == 500 and "package_id" in (exc.detail or "")


# -- availability schedules (CONTRACT.md §5) ---------------------------------------------------------------


async def _find_created_schedule(api: AstegniApi, local_id: str) -> Schedule | None:
    """After a POST whose answer was lost: our schedule carries `[cid:<local id>]` in its notes (§9)."""
    for s in await api.list_schedules():
        if strip_marker(s.notes)[1] == local_id.lower():
            return s
    return None


async def create_schedule(api: AstegniApi, store: Store, op: Op) -> Delivered:
    local_id: str = op.payload["local_id"]
    row = store.calendar.schedule_row(local_id)
    if row is None or row[0] is not None:
        return Delivered()  # removed here meanwhile, or already created
    if op.maybe_applied:
        found = await _find_created_schedule(api, local_id)
        if found is not None:
            return Delivered(lambda c: store.calendar.schedule_delivered(c, local_id, found))
    await api.ensure_role()  # the server files the schedule under its active role
    created = await api.create_schedule(row[1])
    return Delivered(lambda c: store.calendar.schedule_delivered(c, local_id, created))


async def update_schedule(api: AstegniApi, store: Store, op: Op) -> Delivered:
    """PUT the whole row as it is now (a PUT replaces every field; repeating it is safe)."""
    local_id: str = op.payload["local_id"]
    row = store.calendar.schedule_row(local_id)
    if row is None:
        return Delivered()
    server_id, body = row
    if server_id is None:
        raise PermanentFailure("This availability never reached the server; save it again as a new one.")
    await api.ensure_role()
    try:
        saved = await api.update_schedule(server_id, body)
    except NotFound as exc:
        raise PermanentFailure(
            "This availability was deleted on the server (perhaps on the website). Discard the change, "
            "or create it again."
        ) from exc
    return Delivered(lambda c: store.calendar.schedule_delivered(c, local_id, saved))


async def delete_schedule(api: AstegniApi, store: Store, op: Op) -> Delivered:
    local_id: str = op.payload["local_id"]
    row = store.calendar.schedule_row(local_id)
    if row is not None and row[0] is not None:
        with contextlib.suppress(NotFound):  # a repeated DELETE answers 404: it is gone either way
            await api.delete_schedule(row[0])
    return Delivered(lambda c: store.calendar.schedule_delivered(c, local_id, None))


# -- lessons (CONTRACT.md §6) -------------------------------------------------------------------------------


async def create_lesson(api: AstegniApi, store: Store, op: Op) -> Delivered:
    """POST is not idempotent and a lesson has no field for a client id: before the first POST, note which
    lessons of that course already sit at that date and time; after a lost answer, a new one there is ours."""
    temp_id: int = op.payload["lesson_id"]
    body: dict[str, Any] = op.payload["body"]
    local = store.calendar.lesson_payload(temp_id) or {}

    async def same_slot() -> list[Lesson]:
        return [
            lesson
            for lesson in await api.list_lessons(body["session_date"], body["session_date"])
            if lesson.enrolled_courses_id == body["enrolled_courses_id"]
            and lesson.start_time[:5] == body["start_time"][:5]
            and lesson.end_time[:5] == body["end_time"][:5]
        ]

    if op.maybe_applied and "before" in op.payload:
        ours = sorted((x for x in await same_slot() if x.id not in op.payload["before"]), key=lambda x: x.id)
        if ours:
            return Delivered(partial(store.calendar.lesson_delivered, lesson_id=temp_id, model=ours[0]))
    if "before" not in op.payload:  # first attempt (the body no longer changes after it)
        store.set_op_payload(op.op_id, {**op.payload, "before": [x.id for x in await same_slot()]})
    try:
        new_id = await api.create_lesson(body)
    except (NotFound, Forbidden) as exc:
        raise PermanentFailure("The course of this lesson is not yours on the server any more.") from exc
    # No second request here: a GET that failed now would make the op look unsent and POST it twice.
    model = Lesson.model_validate({**local, **body, "id": new_id, "status": "scheduled"})
    return Delivered(
        partial(store.calendar.lesson_delivered, lesson_id=temp_id, model=model), refresh_after=True
    )


async def update_lesson(api: AstegniApi, store: Store, op: Op) -> Delivered:
    lesson_id: int = op.payload["lesson_id"]
    if lesson_id < 0:
        raise PermanentFailure("This lesson was never created on the server.")
    try:
        await api.update_lesson(lesson_id, op.payload["changes"])
    except NotFound as exc:
        raise PermanentFailure("This lesson no longer exists on the server.") from exc
    return Delivered(lambda c: store.calendar.lesson_delivered(c, lesson_id, None))


async def delete_lesson(api: AstegniApi, store: Store, op: Op) -> Delivered:
    lesson_id: int = op.payload["lesson_id"]
    if lesson_id > 0:
        try:
            await api.delete_lesson(lesson_id)
        except NotFound:
            pass  # already gone
        except ApiError as exc:
            if exc.status == 400:
                raise PermanentFailure(
                    f"The server refused to delete this lesson: {exc.detail or exc.message}"
                ) from exc
            raise
    return Delivered(lambda c: store.calendar.lesson_delivered(c, lesson_id, None, deleted=True))


HANDLERS: dict[str, Handler] = {
    "request.respond": respond_to_request,
    "request.lessons": add_missing_lessons,
    "schedule.create": create_schedule,
    "schedule.update": update_schedule,
    "schedule.delete": delete_schedule,
    "lesson.create": create_lesson,
    "lesson.update": update_lesson,
    "lesson.delete": delete_lesson,
}
