"""Store: the cache and the outbox of one signed-in account.

Every tutor action is ONE transaction that changes the domain row and appends its outbox op, so a crash can
never keep one without the other."""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from ..api.models import MyStudent, SessionRequest, StudentDetails, StudentSessions, TutorPackage
from . import mapping
from .calendar import CalendarStore
from .db import OpenReport, now_iso, open_cache, raw_cursor
from .schema import lessons, meta, outbox, schedules, session_requests, student_details, students

if TYPE_CHECKING:
    from .boards import BoardStore
    from .lessons import LessonStore

log = logging.getLogger(__name__)
REQUEST_STATUSES = ("pending", "accepted", "rejected")


@dataclass(frozen=True)
class Op:
    """One queued action. `stream` orders ops: the ops of a stream go out strictly one after another."""

    seq: int
    op_id: str
    stream: str
    kind: str
    payload: dict[str, Any]
    depends_on: str | None
    state: str
    attempts: int
    next_attempt_at: float
    maybe_applied: bool
    last_error: str | None
    created_at: str
    parked: bool = False


@dataclass(frozen=True)
class RequestView:
    model: SessionRequest
    status: str  # what the tutor sees: their queued decision, else the server's
    sync_state: str
    sync_error: str | None
    seen: bool
    queued_reason: str | None = None

    @property
    def id(self) -> int:
        return self.model.id


@dataclass(frozen=True)
class StudentView:
    model: MyStudent
    details: StudentDetails | None
    lessons: StudentSessions | None
    fetched_at: float | None


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine: Engine
        # Looked at before opening, which makes a new WAL: a marker left but no WAL (see _recover_sending).
        wal_lost = self._open_marker.exists() and not path.with_name(path.name + "-wal").exists()
        self.engine, self.open_report = open_cache(path)
        self.in_flight: set[str] = set()  # op ids the sync engine is sending now (see SyncEngine._deliver)
        self.calendar = CalendarStore(self.engine, self._append, self.in_flight)
        if not self.read_only:
            self._recover_sending(wal_lost)

    @property
    def read_only(self) -> bool:
        """The cache could only be opened for reading: show it, sync nothing (nothing could be recorded)."""
        return self.open_report.read_only

    def _recover_sending(self, wal_lost: bool) -> None:
        """Ops that were on the wire when the app died may have reached the server: check before resending.

        If the last run did not close the cache and its WAL is gone (deleted, or lost with a disk), the cache
        fell back to an older state: an action it holds as queued may have been delivered since. Every queued
        action is then checked on the server before it is sent again."""
        with self.engine.begin() as c:
            sending = outbox.c.sending.is_(True) | wal_lost
            c.execute(update(outbox).where(sending).values(sending=False, maybe_applied=True))
        if wal_lost:  # or the last run ended without closing the store: checking costs a read, no more
            log.warning("the cache was not closed and has no WAL; queued actions are checked before sending")
        with contextlib.suppress(OSError):
            self._open_marker.touch()

    @property
    def _open_marker(self) -> Path:
        """Present while the cache is open (outside the database, so it survives the loss of the WAL)."""
        return self.path.with_name(self.path.name + "-open")

    @cached_property
    def boards(self) -> BoardStore:
        """Local whiteboards; imported on first use (the ink model brings numpy: ~0.2 s of start-up)."""
        from .boards import BoardStore  # noqa: PLC0415

        return BoardStore(self.engine, self._append)

    @cached_property
    def lessons(self) -> LessonStore:
        """Whiteboard lessons: binding boards to server sessions, merging canvases, sync state."""
        from .lessons import LessonStore  # noqa: PLC0415

        return LessonStore(self.engine, self._append)

    def close(self) -> None:
        self.engine.dispose()
        if not self.read_only:
            with contextlib.suppress(OSError):
                self._open_marker.unlink(missing_ok=True)

    # -- meta -----------------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as c:
            return c.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as c:
            c.execute(insert(meta).prefix_with("OR REPLACE"), {"key": key, "value": value})

    # -- requests -------------------------------------------------------------------------------------------

    def replace_requests(self, models: Sequence[SessionRequest]) -> list[int]:
        """Reconcile with the server's complete list; return the ids of pending requests new to the cache."""
        with self.engine.begin() as c:
            existing = {
                r.id: r for r in c.execute(select(session_requests.c.id, session_requests.c.sync_state))
            }
            first_fill = not existing
            new_pending: list[int] = []
            for model in models:
                row = mapping.request_row(model)
                old = existing.pop(model.id, None)
                if old is None:
                    c.execute(
                        insert(session_requests),
                        {**row, "sync_state": "synced", "local_status": None, "seen_at": None},
                    )
                    if model.status == "pending" and not first_fill:
                        new_pending.append(model.id)
                elif old.sync_state == "synced":
                    c.execute(
                        update(session_requests)
                        .where(session_requests.c.id == model.id)
                        .values(**row, local_status=None, sync_error=None)
                    )
                else:  # a decision of the tutor's is still queued: keep it visible
                    c.execute(update(session_requests).where(session_requests.c.id == model.id).values(**row))
            gone = [rid for rid, r in existing.items() if r.sync_state == "synced"]
            if gone:
                c.execute(delete(session_requests).where(session_requests.c.id.in_(gone)))
        return new_pending

    def requests(self, request_id: int | None = None) -> list[RequestView]:
        """Every cached request, newest first (or just the one asked for)."""
        query = select(session_requests).order_by(session_requests.c.created_at.desc())
        reasons_q = select(outbox.c.payload).where(outbox.c.kind == "request.respond")
        if request_id is not None:
            query = query.where(session_requests.c.id == request_id)
            reasons_q = reasons_q.where(outbox.c.stream == f"request:{request_id}")
        with self.engine.connect() as c:
            rows = c.execute(query).all()
            reasons = {o.payload.get("request_id"): o.payload.get("reason") for o in c.execute(reasons_q)}
        return [
            RequestView(
                model=model,
                status=r.local_status or r.status,
                sync_state=r.sync_state,
                sync_error=r.sync_error,
                seen=r.seen_at is not None,
                queued_reason=reasons.get(r.id),
            )
            for r, model in mapping.readable(rows, lambda r: mapping.request_model(r.payload))
        ]

    def request(self, request_id: int) -> RequestView | None:
        found = self.requests(request_id)
        return found[0] if found else None

    def unseen_pending(self) -> int:
        with self.engine.connect() as c:
            q = select(func.count()).where(
                session_requests.c.status == "pending",
                session_requests.c.local_status.is_(None),
                session_requests.c.seen_at.is_(None),
            )
            return int(c.execute(q).scalar() or 0)

    def mark_seen(self, request_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(session_requests)
                .where(session_requests.c.id == request_id, session_requests.c.seen_at.is_(None))
                .values(seen_at=now_iso())
            )

    def queue_response(self, request_id: int, status: str, reason: str | None = None) -> str:
        """Accept or reject: the row shows the decision at once, and the op goes out when it can."""
        if status not in ("accepted", "rejected"):
            raise ValueError(f"cannot respond with {status!r}")
        with self.engine.begin() as c:
            row = c.execute(select(session_requests).where(session_requests.c.id == request_id)).first()
            if row is None:
                raise KeyError(request_id)
            if (row.local_status or row.status) != "pending":
                raise ValueError("This request has already been answered.")
            c.execute(
                update(session_requests)
                .where(session_requests.c.id == request_id)
                .values(
                    local_status=status,
                    sync_state="queued",
                    sync_error=None,
                    seen_at=row.seen_at or now_iso(),
                )
            )
            return self._append(
                c,
                f"request:{request_id}",
                "request.respond",
                {"request_id": request_id, "status": status, "reason": reason},
            )

    def request_delivered(
        self, c: Connection, request_id: int, model: SessionRequest | None, status: str
    ) -> None:
        values: dict[str, Any] = {"local_status": None, "sync_state": "synced", "sync_error": None}
        values.update(mapping.request_row(model) if model else {"status": status})
        c.execute(update(session_requests).where(session_requests.c.id == request_id).values(**values))

    # -- students -------------------------------------------------------------------------------------------

    def replace_students(
        self, models: Sequence[MyStudent], prices: dict[int, float | None] | None = None
    ) -> None:
        """The server's complete list. `prices` (student profile id -> agreed price) comes from another
        endpoint; when it could not be read (None), the prices already cached are kept."""
        with self.engine.begin() as c:
            if prices is None:
                prices = {
                    r.student_profile_id: r.payload.get("agreed_price")
                    for r in c.execute(select(students.c.student_profile_id, students.c.payload))
                }
            c.execute(delete(students))
            if models:
                rows = [
                    mapping.student_row(m.model_copy(update={"agreed_price": prices.get(m.student_id)}))
                    for m in models
                ]
                c.execute(insert(students), rows)

    # -- packages (a short list, kept whole in `meta`) -------------------------------------------------

    def replace_packages(self, models: Sequence[TutorPackage]) -> None:
        self.set_meta("packages", json.dumps([m.model_dump(mode="json") for m in models]))

    def packages(self) -> dict[int, TutorPackage]:
        """My packages by id, as last fetched (empty before the first fetch)."""
        stored = self.get_meta("packages")
        models = [TutorPackage.model_validate(p) for p in json.loads(stored)] if stored else []
        return {m.id: m for m in models}

    # -- what the app did for a request beyond answering it (D6) ------------------------------------------

    def request_note(self, request_id: int) -> dict[str, Any] | None:
        stored = self.get_meta(f"request-note:{request_id}")
        return dict(json.loads(stored)) if stored else None

    def set_request_note(self, c: Connection, request_id: int, note: dict[str, Any]) -> None:
        c.execute(
            insert(meta).prefix_with("OR REPLACE"),
            {"key": f"request-note:{request_id}", "value": json.dumps(note)},
        )

    def queue_lessons_check(self, c: Connection, request_id: int, payload: dict[str, Any]) -> None:
        """After an accept: compare the lessons Astegni generated with the wished days (D6), as the next op
        of the request's stream, so it runs once the accept is recorded and is itself recorded once."""
        self._append(c, f"request:{request_id}", "request.lessons", {**payload, "request_id": request_id})

    def lessons_adding(self, request_id: int) -> int:
        """Lessons this app added for a request that have not reached the server yet."""
        query = select(func.count()).where(
            outbox.c.kind == "lesson.create",
            outbox.c.state.in_(("pending", "failed")),
            outbox.c.payload["for_request"].as_integer() == request_id,
        )
        with self.engine.connect() as c:
            return int(c.execute(query).scalar() or 0)

    def students(self, student_profile_id: int | None = None) -> list[StudentView]:
        """Enrolled students with any cached details, newest enrolment first (or just the one asked for)."""
        with self.engine.connect() as c:
            query = (
                select(
                    students,
                    student_details.c.details,
                    student_details.c.lessons,
                    student_details.c.fetched_at,
                )
                .outerjoin(
                    student_details, student_details.c.student_profile_id == students.c.student_profile_id
                )
                .order_by(students.c.accepted_at.desc())
            )
            if student_profile_id is not None:
                query = query.where(students.c.student_profile_id == student_profile_id)
            rows = c.execute(query).all()
        return [
            view
            for _r, view in mapping.readable(
                rows,
                lambda r: StudentView(
                    mapping.student_model(r.payload),
                    mapping.details_model(r.details),
                    mapping.student_lessons_model(r.lessons),
                    r.fetched_at,
                ),
            )
        ]

    def accepted_wishes(self, package_name: str) -> list[dict[str, Any]]:
        """Who asked for which schedule, among the accepted requests of a package: the learner's student
        profile id and the schedule fields, not the messages (one may be megabytes)."""
        p = session_requests.c.payload
        fields = ("requested_to_id", "schedule_type", "days", "specific_dates", "start_time")
        query = select(*(p[f].label(f) for f in fields)).where(
            func.coalesce(session_requests.c.local_status, session_requests.c.status) == "accepted",
            session_requests.c.package_name == package_name,
        )
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(query)]

    def student(self, student_profile_id: int) -> StudentView | None:
        found = self.students(student_profile_id)
        return found[0] if found else None

    def save_student_details(
        self, student_profile_id: int, details: StudentDetails | None, lessons_: StudentSessions | None
    ) -> None:
        values = {
            "student_profile_id": student_profile_id,
            "details": details.model_dump(mode="json") if details else None,
            "lessons": lessons_.model_dump(mode="json") if lessons_ else None,
            "fetched_at": time.time(),
        }
        with self.engine.begin() as c:
            c.execute(insert(student_details).prefix_with("OR REPLACE"), values)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            return {
                name: int(c.execute(select(func.count()).select_from(table)).scalar() or 0)
                for name, table in (
                    ("requests", session_requests),
                    ("students", students),
                    ("lessons", lessons),
                    ("schedules", schedules),
                )
            }

    # -- outbox ---------------------------------------------------------------------------------------------

    def _append(
        self, c: Connection, stream: str, kind: str, payload: dict[str, Any], depends_on: str | None = None
    ) -> str:
        op_id = str(uuid.uuid4())
        c.execute(
            insert(outbox),
            {
                "op_id": op_id,
                "stream": stream,
                "kind": kind,
                "payload": payload,
                "depends_on": depends_on,
                "state": "pending",
                "attempts": 0,
                "next_attempt_at": 0.0,
                "maybe_applied": False,
                "created_at": now_iso(),
            },
        )
        return op_id

    def ready_ops(self, now: float) -> list[Op]:
        """The head op of each stream that may go now: not failed, not in backoff, no dependency waiting."""
        heads = (
            select(func.min(outbox.c.seq))
            .where(outbox.c.state != "done")
            .group_by(outbox.c.stream)
            .scalar_subquery()
        )
        with self.engine.connect() as c:
            rows = c.execute(select(outbox).where(outbox.c.seq.in_(heads)).order_by(outbox.c.seq)).all()
            waiting = set(c.execute(select(outbox.c.op_id).where(outbox.c.state != "done")).scalars())
        ops = [_op(r) for r in rows]
        return [
            o
            for o in ops
            if o.state == "pending"
            and o.next_attempt_at <= now
            and (o.depends_on is None or o.depends_on not in waiting)
        ]

    def mark_sending(self, op: Op, sending: bool = True) -> None:
        """Written before the request goes out: if the app dies before the answer is recorded, the op is
        treated as maybe applied on the next start, and checked on the server before it is sent again."""
        with raw_cursor(self.engine) as cur:
            cur.execute("UPDATE outbox SET sending = ? WHERE op_id = ?", (int(sending), op.op_id))

    def following(self, op: Op, now: float) -> Op | None:
        """The op after `op` in its stream, if it may go now, marked sending."""
        with raw_cursor(self.engine) as cur:
            return _next_in_stream(cur, op, now)

    def next_wakeup(self) -> float | None:
        with self.engine.connect() as c:
            return c.execute(
                select(func.min(outbox.c.next_attempt_at)).where(outbox.c.state == "pending")
            ).scalar()

    def ops(self, states: Iterable[str] = ("pending", "failed")) -> list[Op]:
        with self.engine.connect() as c:
            rows = c.execute(
                select(outbox).where(outbox.c.state.in_(tuple(states))).order_by(outbox.c.seq)
            ).all()
        return [_op(r) for r in rows]

    def checked_after(self, op: Op) -> None:
        """The server was just read and holds none of the later ops of `op`'s stream that are not yet
        recorded: they need no check of their own (after a restart or a repair, every op may be in doubt)."""
        with raw_cursor(self.engine) as cur:
            cur.execute(
                "UPDATE outbox SET maybe_applied = 0 WHERE stream = ? AND seq > ? AND kind = ? "
                "AND state = 'pending' AND sending = 0",
                (op.stream, op.seq, op.kind),
            )

    def set_op_payload(self, op_id: str, payload: dict[str, Any]) -> None:
        """Remember something about a queued op before sending it (what the server held beforehand)."""
        with self.engine.begin() as c:
            c.execute(update(outbox).where(outbox.c.op_id == op_id).values(payload=payload))

    def pending_count(self) -> int:
        """Ops waiting to go, not counting those the server refuses for now and what waits behind them."""
        return self._count_pending(parked=False)

    def parked_count(self) -> int:
        return self._count_pending(parked=True)

    def _count_pending(self, parked: bool) -> int:
        parked_streams = select(outbox.c.stream).where(outbox.c.parked.is_(True))
        in_parked = outbox.c.stream.in_(parked_streams)
        with self.engine.connect() as c:
            query = select(func.count()).where(
                outbox.c.state == "pending", in_parked if parked else ~in_parked
            )
            return int(c.execute(query).scalar() or 0)

    def park(self, op: Op, error: str, delay: float) -> None:
        """The server refuses this op for now (a deployed defect): keep it, try again much later."""
        self._put_off(op, error, delay, parked=True)

    def complete(
        self,
        op: Op,
        apply: Callable[[Connection], None] | None = None,
        sql: Sequence[tuple[str, tuple[Any, ...]]] = (),
        follow: float | None = None,
    ) -> Op | None:
        """The op reached the server: remove it and record the answer (`apply`, or plain `sql` statements),
        in one transaction.

        With `follow` (the time now), the same transaction also finds the next op of the stream, if it may go
        now, and marks it sending: a page's strokes go out one after another with one commit each."""
        if apply is not None:
            with self.engine.begin() as c:
                c.exec_driver_sql("DELETE FROM outbox WHERE op_id = ?", (op.op_id,))
                apply(c)
                for statement, params in sql:
                    c.exec_driver_sql(statement, params)
            if follow is None:
                return None
            with raw_cursor(self.engine) as cur:
                return _next_in_stream(cur, op, follow)
        with raw_cursor(self.engine) as cur:
            cur.execute("DELETE FROM outbox WHERE op_id = ?", (op.op_id,))
            for statement, params in sql:
                cur.execute(statement, params)
            return None if follow is None else _next_in_stream(cur, op, follow)

    def postpone(self, op: Op, error: str, delay: float, maybe_applied: bool) -> None:
        self._put_off(op, error, delay, maybe_applied=outbox.c.maybe_applied | maybe_applied)

    def _put_off(self, op: Op, error: str, delay: float, **values: Any) -> None:
        """Count the attempt and try again after `delay`; the op is no longer being sent."""
        with self.engine.begin() as c:
            c.execute(
                update(outbox)
                .where(outbox.c.op_id == op.op_id)
                .values(
                    attempts=outbox.c.attempts + 1,
                    next_attempt_at=time.time() + delay,
                    last_error=error,
                    sending=False,
                    **values,
                )
            )

    def fail(self, op: Op, error: str) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(outbox)
                .where(outbox.c.op_id == op.op_id)
                .values(state="failed", last_error=error, attempts=outbox.c.attempts + 1, sending=False)
            )
            self.calendar.op_state(c, op.kind, op.payload, error)
            if op.kind == "request.respond":
                c.execute(
                    update(session_requests)
                    .where(session_requests.c.id == op.payload["request_id"])
                    .values(sync_state="failed", sync_error=error)
                )

    def retry(self, op_id: str) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(outbox)
                .where(outbox.c.op_id == op_id)
                .values(state="pending", next_attempt_at=0.0, last_error=None)
            )
            op = c.execute(select(outbox).where(outbox.c.op_id == op_id)).first()
            if op is not None:
                self.calendar.op_state(c, op.kind, dict(op.payload), None)
            if op is not None and op.kind == "request.respond":
                c.execute(
                    update(session_requests)
                    .where(session_requests.c.id == op.payload["request_id"])
                    .values(sync_state="queued", sync_error=None)
                )

    def discard(self, op_id: str) -> None:
        """Drop a failed action and undo what it changed locally; the next pull shows the server's truth."""
        with self.engine.begin() as c:
            op = c.execute(select(outbox).where(outbox.c.op_id == op_id)).first()
            if op is None:
                return
            c.execute(delete(outbox).where(outbox.c.op_id == op_id))
            self.calendar.op_discarded(c, op.kind, dict(op.payload))
            if op.kind == "request.respond":
                c.execute(
                    update(session_requests)
                    .where(session_requests.c.id == op.payload["request_id"])
                    .values(local_status=None, sync_state="synced", sync_error=None)
                )


def _next_in_stream(cur: sqlite3.Cursor, op: Op, now: float) -> Op | None:
    """The op after `op` in its stream if it may go now, marked sending (the caller commits)."""
    row = cur.execute(
        "SELECT * FROM outbox WHERE state IN ('pending', 'failed') AND stream = ? AND seq > ? "
        "ORDER BY seq LIMIT 1",
        (op.stream, op.seq),
    ).fetchone()
    if row is None:
        return None
    nxt = _op(row)
    if nxt.state != "pending" or nxt.next_attempt_at > now:
        return None
    if nxt.depends_on is not None:
        waiting = "SELECT 1 FROM outbox WHERE op_id = ? AND state != 'done'"
        if cur.execute(waiting, (nxt.depends_on,)).fetchone():
            return None
    cur.execute("UPDATE outbox SET sending = 1 WHERE op_id = ?", (nxt.op_id,))
    return nxt


def _op(r: Any) -> Op:
    return Op(
        seq=r.seq,
        op_id=r.op_id,
        stream=r.stream,
        kind=r.kind,
        payload=json.loads(r.payload) if isinstance(r.payload, str) else dict(r.payload),
        depends_on=r.depends_on,
        state=r.state,
        attempts=r.attempts,
        next_attempt_at=r.next_attempt_at,
        maybe_applied=bool(r.maybe_applied),
        last_error=r.last_error,
        created_at=r.created_at,
        parked=bool(r.parked),
    )


__all__ = ["REQUEST_STATUSES", "Op", "OpenReport", "RequestView", "Store", "StudentView"]
