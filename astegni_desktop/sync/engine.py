"""SyncEngine: pull (refresh the cache), push (drain the outbox) and connectivity, on one asyncio loop.

The UI never waits on it: it reads the store, calls `kick()` after a local action and hears back through a
listener (plain callbacks; the Qt layer turns them into signals).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from ..api import ApiError, AuthExpired, BadResponse, Offline, ServerError, Unauthorized
from ..api.models import MyStudent, TutorPackage
from ..diagnostics import watch
from ..store import CacheError, CacheReadOnly, Op, Store
from ..sync_status import Connectivity, SyncStatus
from .lesson_ops import LESSON_HANDLERS, StrokePost, prepare_stroke, send_stroke
from .ops import HANDLERS as REQUEST_AND_CALENDAR_HANDLERS
from .ops import Delivered, PermanentFailure, Refused
from .retry import RetryPolicy

if TYPE_CHECKING:
    from ..api import AstegniApi

log = logging.getLogger(__name__)
DATASETS = ("requests", "students", "lessons", "schedules", "whiteboard")
TOPICS = {"request": "requests", "schedule": "schedules", "lesson": "lessons", "wb": "boards"}  # kind prefix
HANDLERS = {**REQUEST_AND_CALENDAR_HANDLERS, **LESSON_HANDLERS}
NOTIFY_EVERY = 0.25  # s: during a long drain, panels and the status bar hear at most this often


class _Meanwhile:
    """Work to do while a request is out (called by the API once the request is written): runs at most
    once (a 401 sends the request again); an error is kept, to be raised once the answer is in."""

    def __init__(self, work: Callable[[], tuple[Op | None, StrokePost | None]]) -> None:
        self.work = work
        self.ran = False
        self.result: tuple[Op | None, StrokePost | None] = (None, None)
        self.error: Exception | None = None

    def __call__(self) -> None:
        if self.ran:
            return
        self.ran = True
        try:
            self.result = self.work()
        except Exception as exc:
            self.error = exc


class SyncListener(Protocol):
    def status_changed(self, status: SyncStatus) -> None: ...
    def data_changed(self, what: frozenset[str]) -> None: ...
    def new_requests(self, request_ids: list[int]) -> None: ...
    def auth_expired(self) -> None: ...


class NullListener:
    def status_changed(self, status: SyncStatus) -> None: ...
    def data_changed(self, what: frozenset[str]) -> None: ...
    def new_requests(self, request_ids: list[int]) -> None: ...
    def auth_expired(self) -> None: ...


@dataclass
class EngineTiming:
    pull_interval: float = 60.0
    op_retry: RetryPolicy = field(default_factory=lambda: RetryPolicy(base=1.0, cap=60.0))
    probe: RetryPolicy = field(default_factory=lambda: RetryPolicy(base=1.0, cap=30.0))
    # While the outbox holds work, the server is probed about every 2 s: a tutor's changes go out within
    # seconds of the connection coming back, not after a 30 s back-off.
    waiting_probe: RetryPolicy = field(default_factory=lambda: RetryPolicy(base=0.5, cap=2.0))
    # After a write timed out, the server may still apply it: check for it only after this long, so a slow
    # request is not taken for a lost one and sent twice.
    settle: float = 30.0


class SyncEngine:
    def __init__(
        self,
        api: AstegniApi,
        store: Store,
        listener: SyncListener | None = None,
        timing: EngineTiming | None = None,
    ) -> None:
        self.api = api
        self.store = store
        self.listener: SyncListener = listener or NullListener()
        self.timing = timing or EngineTiming()
        self.connectivity = Connectivity.UNKNOWN
        self.syncing = False
        self.focused = True
        self.errors: list[str] = []
        self._wake = asyncio.Event()
        self._pull_wanted = True
        self._next_pull = 0.0
        self._probe_attempt = 0
        self._next_probe = 0.0
        self._task: asyncio.Task[None] | None = None
        self._cycle_lock = asyncio.Lock()
        self.relay: Callable[[dict[str, Any]], None] | None = None  # live relay of delivered strokes/pages
        self._unsaid: set[str] = set()  # data changes not yet told to the listener (coalesced)
        self._last_said = 0.0
        stamp = store.get_meta("last_sync")
        self.last_sync = datetime.fromisoformat(stamp) if stamp else None

    # -- control --------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._heard not in self.api.reach_listeners:
            self.api.reach_listeners.append(self._heard)
        if self._task is None or self._task.done():
            self._task = watch(asyncio.get_running_loop().create_task(self._run(), name="astegni-sync"))

    async def stop(self) -> None:
        with contextlib.suppress(ValueError):
            self.api.reach_listeners.remove(self._heard)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def kick(self, pull: bool = False) -> None:
        """A local action was queued (or the tutor asked to sync): try now, even if offline."""
        self._pull_wanted = self._pull_wanted or pull
        self._next_probe = 0.0
        if self.connectivity is Connectivity.OFFLINE:
            self._pull_wanted = True
        self._emit_status()
        self._wake.set()

    def set_focused(self, focused: bool) -> None:
        self.focused = focused
        if focused and time.monotonic() >= self._next_pull:
            self._wake.set()

    def signed_in_again(self) -> None:
        self.connectivity = Connectivity.UNKNOWN
        self.kick(pull=True)

    def status(self) -> SyncStatus:
        failed = len(self.store.ops(("failed",)))
        return SyncStatus(
            self.connectivity,
            self.syncing,
            self.store.pending_count(),
            failed,
            self.last_sync,
            tuple(self.errors[-20:]),
        )

    def _emit_status(self) -> None:
        self.listener.status_changed(self.status())

    # -- the loop -------------------------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            try:
                await self.sync_once()
            except Exception:  # never let one bad cycle stop syncing
                log.exception("sync cycle failed")
            await self._sleep_until_needed()

    async def _sleep_until_needed(self) -> None:
        now = time.monotonic()
        waits = []
        if self.connectivity is Connectivity.OFFLINE:
            waits.append(self._next_probe - now)
        elif self.connectivity is not Connectivity.SIGNED_OUT:
            if self.focused:
                waits.append(self._next_pull - now)
            wake = self.store.next_wakeup()
            if wake is not None:
                waits.append(wake - time.time())
        timeout = max(0.05, min(waits)) if waits else None
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    async def sync_once(self) -> bool:
        """One cycle: deliver what is queued, then pull if due. True if the server was reached."""
        async with self._cycle_lock:
            if self.connectivity is Connectivity.SIGNED_OUT:
                return False
            if self.store.read_only:  # nothing the server says could be recorded
                if not self.errors:
                    self._note(CacheReadOnly().message)
                    self._emit_status()
                return False
            if self.connectivity is Connectivity.OFFLINE and time.monotonic() < self._next_probe:
                return False
            self.syncing = True
            self._emit_status()
            try:
                reached = await self._drain()
                due = self._pull_wanted or (self.focused and time.monotonic() >= self._next_pull)
                if reached is not False and due:
                    reached = await self._pull()
                    if reached:
                        await self._drain()
                return bool(reached)
            except CacheError as exc:  # a full disk: say so, and try again on the next cycle
                log.warning("sync stopped: %s", exc.message)
                self._note(exc.message)
                return False
            finally:
                self.syncing = False
                self._emit_status()

    async def sync_now(self) -> bool:
        self._pull_wanted = True
        self._next_probe = 0.0
        return await self.sync_once()

    # -- connectivity ---------------------------------------------------------------------------------------

    def _went_online(self) -> None:
        if self.connectivity is not Connectivity.ONLINE:
            log.info("online")
        self.connectivity = Connectivity.ONLINE
        self._probe_attempt = 0

    def _heard(self, reached: bool) -> None:
        """Whether a request (any part of the app's, a panel's too) reached the server. The status turns
        Offline at the first one that fails, and queued work goes out as soon as one gets through."""
        if reached:
            if self.connectivity is Connectivity.OFFLINE:
                self._went_online()
                self.kick(pull=True)
        elif self.connectivity in (Connectivity.ONLINE, Connectivity.UNKNOWN):
            self._went_offline(Offline("Can't reach the Astegni server."))
            self._emit_status()
            self._wake.set()  # the loop sleeps until the first probe, not until the next pull

    def _went_offline(self, exc: ApiError) -> None:
        if self.connectivity is not Connectivity.OFFLINE:
            log.info("offline: %s", exc.message)
        self.connectivity = Connectivity.OFFLINE
        probe = self.timing.waiting_probe if self.store.pending_count() else self.timing.probe
        self._next_probe = time.monotonic() + probe.delay(self._probe_attempt)
        self._probe_attempt += 1
        self._pull_wanted = True

    def _signed_out(self, exc: AuthExpired) -> None:
        self.connectivity = Connectivity.SIGNED_OUT
        self._note(exc.message)
        self.listener.auth_expired()

    def _note(self, message: str) -> None:
        stamp = datetime.now().strftime("%H:%M")
        self.errors.append(f"{stamp}  {message}")

    # -- pull -----------------------------------------------------------------------------------------------

    async def _pull(self) -> bool | None:
        fetches: dict[str, Callable[[], Awaitable[Any]]] = {
            "requests": self.api.list_requests,
            "students": self._students_with_prices,
            "packages": self._packages,
            "lessons": self.api.list_lessons,
            "schedules": self.api.list_schedules,
            "whiteboard": self.api.list_whiteboard_sessions,
        }
        results = await asyncio.gather(*(f() for f in fetches.values()), return_exceptions=True)
        for problem in self.api.problems:
            self._note(problem)
        self.api.problems.clear()
        changed: set[str] = set()
        new_pending: list[int] = []
        reached = False
        late: list[tuple[str, Offline]] = []  # not answered (in time) by a server that answers the rest
        for name, result in zip(fetches, results, strict=True):
            if isinstance(result, AuthExpired):
                self._signed_out(result)
                return False
            if isinstance(result, Offline):
                late.append((name, result))
                continue
            if isinstance(result, ApiError):
                reached = True
                self._note(f"Could not refresh {name}: {result.message}")
                continue
            if isinstance(result, asyncio.CancelledError):
                raise result
            if isinstance(result, CacheError):
                raise result  # a full disk: nothing more can be stored this cycle
            reached = True
            try:
                if isinstance(result, BaseException):
                    raise result
                new_pending = self._store_dataset(name, result) or new_pending
            except CacheError:
                raise
            except Exception:  # one dataset that cannot be stored must not cost the others
                log.exception("could not store %s", name)
                self._note(f"Could not refresh {name}: the server's answer could not be stored.")
                continue
            changed.add("requests" if name == "packages" else name)  # requests show the packages' prices
        if late and not reached:
            self._went_offline(late[0][1])
            return False
        for name, exc in late:
            self._note(f"Could not refresh {name}: {exc.message}")
        self._went_online()
        self._pull_wanted = False
        self._next_pull = time.monotonic() + self.timing.pull_interval
        if changed == set(DATASETS):
            self.last_sync = datetime.now(UTC).replace(tzinfo=None)
            self.store.set_meta("last_sync", self.last_sync.isoformat())
        if changed:
            self.listener.data_changed(frozenset(changed))
        if new_pending:
            self.listener.new_requests(new_pending)
        return True

    async def _students_with_prices(self) -> tuple[list[MyStudent], dict[int, float | None] | None]:
        """My students, with the agreed price of each from the enrolled-students context (my-students has
        none). Without that context (it failed), the cached prices are kept."""
        found, enrolled = await asyncio.gather(
            self.api.my_students(), self.api.enrolled_students(), return_exceptions=True
        )
        if isinstance(found, BaseException):
            raise found
        if isinstance(enrolled, AuthExpired | Offline):
            raise enrolled
        if isinstance(enrolled, BaseException):
            log.info("agreed prices not refreshed: %s", enrolled)
            return found, None
        return found, {e.student_profile_id: e.agreed_price for e in enrolled}

    async def _packages(self) -> list[TutorPackage] | None:
        """My packages' prices; an older server without the endpoint (404) or a failure leaves them as
        they were, unnoticed: requests still show, with the package's name."""
        try:
            return await self.api.list_packages()
        except (AuthExpired, Offline):
            raise
        except ApiError as exc:
            log.info("packages not refreshed: %s", exc.message)
            return None

    def _store_dataset(self, name: str, result: Any) -> list[int]:
        """Store one pulled dataset; the ids of pending requests new to the cache."""
        if name == "requests":
            return self.store.replace_requests(result)
        if name == "students":
            self.store.replace_students(*result)
        elif name == "packages":
            if result is None:
                return []
            self.store.replace_packages(result)
        elif name == "lessons":
            self.store.calendar.replace_lessons(result)
        elif name == "whiteboard":
            self.store.lessons.replace_sessions(result)
        else:
            self.store.calendar.replace_schedules(result)
        return []

    async def fetch_student(self, student_profile_id: int) -> bool:
        """Details and lessons of one student, on demand (the panel shows the cached copy meanwhile)."""
        try:
            details, lessons = await asyncio.gather(
                self.api.student_details(student_profile_id), self.api.student_sessions(student_profile_id)
            )
        except AuthExpired as exc:
            self._signed_out(exc)
            return False
        except Offline as exc:
            self._went_offline(exc)
            self._emit_status()
            return False
        except ApiError as exc:
            self._note(f"Could not load the student's details: {exc.message}")
            self._emit_status()
            return False
        self._went_online()
        self.store.save_student_details(student_profile_id, details, lessons)
        self.listener.data_changed(frozenset({f"student:{student_profile_id}"}))
        return True

    # -- push -----------------------------------------------------------------------------------------------

    async def _drain(self) -> bool | None:
        """Deliver ready ops until none is ready. None if there was nothing to send.

        After an op is delivered, the next op of the same stream follows at once (a page's strokes, one by
        one, in order): the transaction that records one op's answer also picks the next and marks it
        sending, so the outbox is not rescanned per op."""
        reached: bool | None = None
        try:
            while True:
                ready = self.store.ready_ops(time.time())
                if not ready:
                    return reached
                for head in ready:
                    self.store.mark_sending(head)
                    op: Op | None = head
                    while op is not None:
                        if op.kind == "wb.stroke" and not op.maybe_applied:
                            ok, op = await self._stroke_run(op)
                        else:
                            ok, op = await self._deliver(op)
                        if not ok:
                            return False
                        reached = True
        finally:
            self._say(force=True)

    async def _deliver(self, op: Op) -> tuple[bool, Op | None]:
        """Send one op (already marked sending). While it is out (until its outcome is recorded), a local
        edit of the same thing queues a new op instead of changing this one, so no edit is lost to a send
        already under way. Answers whether to go on, and the next op of its stream if that may go now."""
        handler = HANDLERS.get(op.kind)
        if handler is None:
            self.store.fail(op, f"This version of the app cannot send '{op.kind}'.")
            return True, None
        self.store.in_flight.add(op.op_id)
        try:
            ok, delivered = await self._attempt(op, handler(self.api, self.store, op))
        finally:
            self.store.in_flight.discard(op.op_id)
        if delivered is None:
            return ok, None
        following = self._record(op, delivered, follow=True)
        self._answered(op, delivered)  # after recording: a relay may read what was recorded
        return True, following

    async def _stroke_run(self, op: Op) -> tuple[bool, Op | None]:
        """A page's queued strokes, pipelined. Once stroke N's request is written, and while its answer is
        on its way, the answer to N-1 is recorded and N+1 is read, encoded and marked sending: no database
        work sits between two POSTs (in a plain loop it was a third of the time per stroke). Marking N+1
        sending early is safe: after a crash it only makes the app check the server for it. A stroke that
        needs more than a plain POST (an earlier outcome unknown, gone, undone meanwhile) leaves the
        pipeline for `_deliver`."""
        boards = self.store.boards
        post = self._prepare(op)
        behind: tuple[Op, Delivered] | None = None
        while True:
            if post is None:  # nothing plain to POST: the generic path decides
                self._flush(behind)
                return await self._deliver(op)
            removals = boards.removals
            ahead = _Meanwhile(functools.partial(self._behind_and_ahead, behind, op))
            self.store.in_flight.add(op.op_id)
            try:
                ok, delivered = await self._attempt(op, send_stroke(self.api, self.store, post, ahead))
            except BaseException:  # cancelled (sign-out, quit): record what is known
                self._flush(behind)
                raise
            finally:
                self.store.in_flight.discard(op.op_id)
            if not ahead.ran:  # the request never went out in full (or the transport has no trace hook)
                if delivered is None:
                    self._flush(behind)
                    return ok, None
                ahead()
            if ahead.error is not None:
                self._flush(behind)
                if delivered is not None:
                    self._answered(op, delivered)
                    self._record(op, delivered, follow=False)
                raise ahead.error
            nxt, post = ahead.result
            if delivered is None:  # postponed, parked or failed: the stream waits
                if nxt is not None:
                    self.store.mark_sending(nxt, False)
                return ok, None
            self._answered(op, delivered)
            if nxt is None:
                return True, self._record(op, delivered, follow=True)
            if boards.removals != removals:  # an undo or erase meanwhile: read it again
                post = self._prepare(nxt)
            behind, op = (op, delivered), nxt

    def _prepare(self, op: Op) -> StrokePost | None:
        """A plain POST for this stroke op, or None if the generic path must decide."""
        if op.kind != "wb.stroke" or op.maybe_applied:
            return None
        try:
            post = prepare_stroke(self.store, op)
        except PermanentFailure:
            return None
        return post if isinstance(post, StrokePost) else None

    def _behind_and_ahead(
        self, behind: tuple[Op, Delivered] | None, current: Op
    ) -> tuple[Op | None, StrokePost | None]:
        """Record the last answer; find, mark and prepare the next stroke (while a request is out)."""
        if behind is not None:
            self.store.complete(behind[0], behind[1].apply, behind[1].sql)
        nxt = self.store.following(current, time.time())
        return nxt, None if nxt is None else self._prepare(nxt)

    def _flush(self, behind: tuple[Op, Delivered] | None) -> None:
        """Record an answer that may not be recorded yet (recording twice changes nothing)."""
        if behind is not None:
            self._record(*behind, follow=False)

    async def _attempt(self, op: Op, sending: Awaitable[Delivered]) -> tuple[bool, Delivered | None]:
        """Await one delivery and deal with its failure. Answers whether to go on with other ops, and what
        was delivered (None if the op stays in the outbox: postponed, parked or failed)."""
        touched = frozenset({"outbox", TOPICS.get(op.kind.split(".")[0], "requests")})
        try:
            delivered: Delivered = await sending
        except AuthExpired as exc:
            self.store.postpone(op, exc.message, 0.0, exc.maybe_applied)
            self._signed_out(exc)
            return False, None
        except Offline as exc:
            wait = self.timing.settle if exc.maybe_applied and exc.still_running else 0.0
            self.store.postpone(op, exc.message, wait, exc.maybe_applied)
            self._went_offline(exc)
            return False, None
        except (ServerError, BadResponse, Unauthorized) as exc:
            self._went_online()
            delay = self.timing.op_retry.delay(op.attempts)
            self.store.postpone(op, exc.message, delay, exc.maybe_applied)
            return True, None
        except Refused as exc:
            self._went_online()
            self.store.park(op, str(exc), exc.retry_after)
            self._changed(touched)
            return True, None
        except PermanentFailure as exc:
            self._went_online()
            self.store.fail(op, str(exc))
            self._note(str(exc))
            self._changed(touched)
            return True, None
        except ApiError as exc:
            self._went_online()
            message = f"{exc.message} ({exc.detail})" if exc.detail else exc.message
            self.store.fail(op, message)
            self._note(message)
            self._changed(touched)
            return True, None
        except (KeyError, TypeError):  # a queued action whose payload is damaged: it will never go
            log.exception("queued action %s cannot be sent", op.kind)
            message = "This queued action is damaged on this computer and cannot be sent. Discard it."
            self.store.fail(op, message)
            self._note(message)
            self._changed(touched)
            return True, None
        except BaseException:
            self.store.postpone(op, "An unexpected error; the app will try again.", 5.0, True)
            raise
        self._went_online()
        return True, delivered

    def _answered(self, op: Op, delivered: Delivered) -> None:
        """The server has it: relay it live and tell the panels. (A stroke's relay carries all it needs, so
        the pipeline relays it before its answer is recorded, with the next request.)"""
        if delivered.refresh_after:
            self._pull_wanted = True
        if delivered.relay is not None and self.relay is not None:
            try:
                self.relay(delivered.relay)
            except Exception:  # the live relay is best effort; the stroke is stored
                log.exception("live relay failed")
        self._changed(frozenset({"outbox", TOPICS.get(op.kind.split(".")[0], "requests")}))

    def _changed(self, touched: frozenset[str]) -> None:
        self._unsaid |= touched
        self._say()

    def _say(self, force: bool = False) -> None:
        """Tell the listener what changed, at most every NOTIFY_EVERY seconds unless forced."""
        now = time.monotonic()
        if not force and now - self._last_said < NOTIFY_EVERY:
            return
        self._last_said = now
        if self._unsaid:
            what, self._unsaid = frozenset(self._unsaid), set()
            self.listener.data_changed(what)
        self._emit_status()

    def _record(self, op: Op, delivered: Delivered, follow: bool) -> Op | None:
        """Remove the op and record its answer; with `follow`, the next op of its stream (marked sending)."""
        try:
            nxt = self.store.complete(op, delivered.apply, delivered.sql, time.time() if follow else None)
        except BaseException:
            # It reached the server: never send it blindly again. If even this fails, the sending mark
            # makes the next start check the server before sending.
            with contextlib.suppress(Exception):
                self.store.postpone(op, "The app could not record the server's answer.", 5.0, True)
            raise
        # `_answered` told the panels before this was recorded (the stroke pipeline): they hear again with the
        # next notice, at the latest the drain's last, or a lesson bar keeps counting a stroke as waiting.
        self._unsaid |= {"outbox", TOPICS.get(op.kind.split(".")[0], "requests")}
        return nxt

    # -- failed ops -----------------------------------------------------------------------------------------

    def retry_failed(self, op_id: str) -> None:
        self.store.retry(op_id)
        self.listener.data_changed(frozenset({"requests", "outbox", "lessons", "schedules"}))
        self.kick()

    def discard_failed(self, op_id: str) -> None:
        self.store.discard(op_id)
        self.listener.data_changed(frozenset({"requests", "outbox", "lessons", "schedules"}))
        self.kick(pull=True)
