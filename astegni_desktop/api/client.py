"""AstegniApi: one async method per contract endpoint the tutor client uses, over one httpx connection pool.

Owns the bearer token: a 401 triggers one refresh (single-flight; refresh rotates the refresh token and is not
retry-safe) and one retry. After a refresh the server-side active role may have been reset by a login
elsewhere (D1), so the client switches back to the tutor role before retrying.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from .errors import ApiError, AuthExpired, BadResponse, Offline, Unauthorized, error_for_status
from .models import (
    ChatMessage,
    EnrolledStudent,
    Lesson,
    LessonCreated,
    MyStudent,
    QuickCreated,
    RespondResult,
    Schedule,
    SessionRequest,
    StrokeStored,
    StudentDetails,
    StudentSessions,
    SwitchRoleResponse,
    TokenResponse,
    TutorPackage,
    User,
    WbPage,
    WbSession,
    WbSessionSummary,
)

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)
T = TypeVar("T")
USER_AGENT = "AstegniDesktop/0.1"


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str

    def claims(self) -> dict[str, Any]:
        """The access token's payload, decoded without verification (CONTRACT.md §2.2: never verify)."""
        try:
            part = self.access.split(".")[1]
            payload = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        except (IndexError, ValueError):
            return {}
        return payload if isinstance(payload, dict) else {}


def _on_request_sent(callback: Callable[[], None]) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """An httpcore trace hook that calls `callback` when the request body has been written."""

    async def trace(event: str, _info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            callback()

    return trace


DEADLINE = 45.0  # s for a whole request: past it the server counts as unreachable, and sync retries later
MAX_ANSWER = 8 * 1024 * 1024  # bytes of one answer (the demo's largest list answer is ~0.2 MB)
MAX_CANVAS_FACTOR = 8  # a whole whiteboard session (every stroke of every page) may be 64 MB
MAX_DEPTH = 64  # JSON nesting kept; deeper parts are dropped (no answer of the contract nests past 6)
_BODY_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


async def _read_bounded(response: httpx.Response, limit: int) -> bytes | None:
    """The decoded body, or None as soon as it passes `limit` bytes (compressed answers count unpacked)."""
    if int(response.headers.get("content-length") or 0) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _cleaned(payload: Any) -> Any:
    """Decoded JSON made safe to keep: lone surrogates (which no file or database can store) become U+FFFD,
    and anything nested deeper than MAX_DEPTH becomes null. Iterative: a deep answer cannot overflow."""
    root = [payload]
    stack: list[tuple[list[Any] | dict[str, Any], int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        keys = range(len(node)) if isinstance(node, list) else list(node)
        for key in keys:
            value = node[key]  # type: ignore[index]
            if isinstance(value, str):
                node[key] = _text(value)  # type: ignore[index]
            elif isinstance(value, list | dict):
                if depth >= MAX_DEPTH:
                    node[key] = None  # type: ignore[index]
                else:
                    stack.append((value, depth + 1))
            if isinstance(node, dict) and isinstance(key, str) and _text(key) is not key:
                node[_text(key)] = node.pop(key)
    return root[0]


def _text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # one U+FFFD each
    return value


class AstegniApi:
    def __init__(
        self,
        base_url: str,
        *,
        tokens: TokenPair | None = None,
        on_tokens: Callable[[TokenPair | None], None] | None = None,
        required_role: str = "tutor",
        timeout: float = 15.0,
        deadline: float = DEADLINE,
        max_answer: int = MAX_ANSWER,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.on_tokens = on_tokens
        self.required_role = required_role
        self._refresh_lock = asyncio.Lock()
        self._timeout = timeout  # per read or write on the connection
        self.deadline = deadline  # for a whole request, answer included (a server can drip an answer)
        self.max_answer = max_answer  # bytes; a whole canvas may be up to MAX_CANVAS_FACTOR times that
        # Items of a list answer the app could not read and skipped ("2 requests could not be read"): the
        # sync engine shows them to the tutor.
        self.problems: list[str] = []
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        # Told whether each request reached the server (True) or not (False), so the app's status follows
        # the first failed request of any part of the app, not the next sync cycle.
        self.reach_listeners: list[Callable[[bool], None]] = []

    @property
    def user_id(self) -> int | None:
        """The signed-in user's id, from the token's `sub` (a string, CONTRACT.md §2.2)."""
        sub = self.tokens.claims().get("sub") if self.tokens else None
        try:
            return int(sub) if sub is not None else None
        except (TypeError, ValueError):
            return None

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool, made on first use: httpx is imported after the first window paint."""
        if self._client is None:
            import httpx  # noqa: PLC0415

            self._client = httpx.AsyncClient(
                base_url=self.base_url,
                timeout=httpx.Timeout(self._timeout, connect=min(self._timeout, 8.0)),
                headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
                transport=self._transport,
                verify=True,
                follow_redirects=False,
                trust_env=False,
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _set_tokens(self, tokens: TokenPair | None) -> None:
        self.tokens = tokens
        if self.on_tokens is not None:
            self.on_tokens(tokens)

    # -- transport ---------------------------------------------------------------------------------------

    async def _send(
        self, method: str, path: str, *, authed: bool, limit: int | None = None, **kwargs: Any
    ) -> httpx.Response:
        """One request within the deadline, its answer read in full up to `limit` bytes."""
        headers: dict[str, str] = {}
        if authed:
            if self.tokens is None:
                raise AuthExpired("You are signed out. Please sign in again.")
            headers["Authorization"] = f"Bearer {self.tokens.access}"
        http = self._http
        import httpx  # noqa: PLC0415 (loaded by the line above)

        writes = method != "GET"
        try:
            async with asyncio.timeout(self.deadline):
                request = http.build_request(method, path, headers=headers, **kwargs)
                response = await http.send(request, stream=True)
                try:
                    body = await _read_bounded(response, limit or self.max_answer)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            self._reached(False)
            error = Offline("The Astegni server is not answering in time.", maybe_applied=writes)
            error.still_running = True
            raise error from exc
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            self._reached(False)
            raise Offline("Can't reach the Astegni server. Check your internet connection.") from exc
        except httpx.TransportError as exc:
            # The request may have been sent in full before the connection broke or the answer timed out.
            error = Offline("The connection to the Astegni server was interrupted.", maybe_applied=writes)
            error.still_running = isinstance(exc, httpx.TimeoutException)
            self._reached(False)
            raise error from exc
        self._reached(True)
        if body is None:
            raise BadResponse(
                "The server sent an answer too large for the app to read.",
                status=response.status_code,
                maybe_applied=writes,
            )
        return httpx.Response(
            response.status_code,
            headers=[(k, v) for k, v in response.headers.multi_items() if k.lower() not in _BODY_HEADERS],
            content=body,
            request=request,
        )

    def _reached(self, reached: bool) -> None:
        for listener in self.reach_listeners:
            listener(reached)

    async def _call(
        self, method: str, path: str, *, authed: bool = True, renew: bool = True, **kwargs: Any
    ) -> Any:
        """Send, renewing the session once on a 401 (unless `renew` is off: a call made while renewing)."""
        used = self.tokens
        response = await self._send(method, path, authed=authed, **kwargs)
        if response.status_code == 401 and authed and renew:
            await self._refresh_after_401(used)
            response = await self._send(method, path, authed=authed, **kwargs)
            if response.status_code == 401:
                # The renewal worked, so the session is alive: a 401 on the fresh token is worth a retry.
                raise Unauthorized(
                    "The server refused the renewed session; the app will try again.",
                    status=401,
                    detail=_detail(response),
                )
        return self._decode(method, response)

    def _decode(self, method: str, response: httpx.Response) -> Any:
        writes = method != "GET"
        if 300 <= response.status_code < 400:
            # A redirect is never an answer of this API (a captive portal, a moved server): not data.
            raise BadResponse(
                "The server answered with a redirect instead of data (a Wi-Fi sign-in page, or a wrong "
                "server address?).",
                status=response.status_code,
                detail=response.headers.get("location", "")[:200],
                maybe_applied=writes,
            )
        if response.status_code >= 400:
            raise error_for_status(response.status_code, _detail(response), maybe_applied=False)
        if response.status_code == 204 or not response.content:
            return None
        if "json" not in response.headers.get("content-type", ""):
            raise BadResponse(
                "The server sent an answer the app could not read.",
                status=response.status_code,
                detail=f"content-type: {response.headers.get('content-type', '')[:80]}",
                maybe_applied=writes,
            )
        try:
            return _cleaned(json.loads(response.content))
        except (ValueError, RecursionError) as exc:
            raise BadResponse(
                "The server sent an answer the app could not read.",
                status=response.status_code,
                maybe_applied=writes,
            ) from exc

    @staticmethod
    def _parse(adapter: TypeAdapter[T], payload: Any, *, applied: bool = False) -> T:
        try:
            return adapter.validate_python(payload)
        except ValidationError as exc:
            log.warning("unexpected payload shape: %s", exc.errors(include_input=False)[:3])
            raise BadResponse("The server sent data in an unexpected shape.", maybe_applied=applied) from exc

    def _parse_list(self, adapter: TypeAdapter[T], payload: Any, what: str) -> list[T]:
        """A list answer item by item: an item the app cannot read is skipped and counted, not the whole list
        (the other items, and the other datasets of the same sync, are still stored)."""
        if not isinstance(payload, list):
            raise BadResponse("The server sent data in an unexpected shape.")
        items: list[T] = []
        for raw in payload:
            try:
                items.append(adapter.validate_python(raw))
            except ValidationError as exc:
                log.warning("skipped one of %s: %s", what, exc.errors(include_input=False)[:2])
        skipped = len(payload) - len(items)
        if skipped and not items:  # nothing readable: the answer is wrong, not some of its items
            raise BadResponse("The server sent data in an unexpected shape.")
        if skipped:
            self.problems.append(
                f"{skipped} of the {what} from the server could not be read and "
                f"{'is' if skipped == 1 else 'are'} not shown."
            )
        return items

    # -- authentication ----------------------------------------------------------------------------------

    async def login(self, email: str, password: str) -> TokenResponse:
        """Form-encoded login (a JSON body gets 422), then switch to the tutor role if needed."""
        payload = await self._call(
            "POST", "/api/login", authed=False, data={"username": email.strip(), "password": password}
        )
        result = self._parse(_TOKEN, payload)
        self._set_tokens(TokenPair(result.access_token, result.refresh_token))
        if self.required_role in result.user.roles and result.user.active_role != self.required_role:
            await self.switch_role(self.required_role)
        return result

    async def switch_role(self, role: str, *, renew: bool = True) -> SwitchRoleResponse:
        payload = await self._call("POST", "/api/switch-role", renew=renew, json={"role": role})
        result = self._parse(_SWITCH, payload)
        self._set_tokens(TokenPair(result.access_token, result.refresh_token))
        return result

    async def _refresh_after_401(self, used: TokenPair | None) -> None:
        async with self._refresh_lock:
            if self.tokens is not None and used is not None and self.tokens.access != used.access:
                return  # another call refreshed while we waited
            await self.refresh()

    async def refresh(self) -> TokenResponse:
        if self.tokens is None:
            raise AuthExpired("You are signed out. Please sign in again.")
        response = await self._send(
            "POST", "/api/refresh", authed=False, json={"refresh_token": self.tokens.refresh}
        )
        if response.status_code in (401, 404):
            self._set_tokens(None)
            raise AuthExpired(
                "Your session has ended. Please sign in again.",
                status=response.status_code,
                detail=_detail(response),
            )
        result = self._parse(_TOKEN, self._decode("POST", response))
        self._set_tokens(TokenPair(result.access_token, result.refresh_token))
        if result.user.active_role != self.required_role and self.required_role in result.user.roles:
            # Inside the renewal (its lock is held): a 401 here must not start another renewal.
            await self.switch_role(self.required_role, renew=False)
        return result

    async def logout(self) -> None:
        try:
            await self._call("POST", "/api/logout")
        finally:
            self._set_tokens(None)

    async def me(self) -> User:
        return self._parse(_USER, await self._call("GET", "/api/me"))

    async def ensure_role(self) -> None:
        """Before a schedule write: the server stores its active role as `scheduler_role` (CONTRACT §2.6)."""
        me = await self.me()
        if me.active_role != self.required_role:
            await self.switch_role(self.required_role)

    # -- session requests and students --------------------------------------------------------------------

    async def list_requests(self, status: str | None = None) -> list[SessionRequest]:
        params = {"status": status} if status else None
        payload = await self._call("GET", "/api/session-requests/tutor", params=params)
        return self._parse_list(_REQUEST, payload, "requests")

    async def get_request(self, request_id: int) -> SessionRequest:
        return self._parse(_REQUEST, await self._call("GET", f"/api/session-requests/tutor/{request_id}"))

    async def respond(self, request_id: int, status: str, reason: str | None = None) -> RespondResult:
        body: dict[str, Any] = {"status": status}
        if reason:
            body["rejected_reason"] = reason
        payload = await self._call("PATCH", f"/api/session-requests/tutor/{request_id}", json=body)
        return self._parse(_RESPOND, payload, applied=True)

    async def my_students(self) -> list[MyStudent]:
        payload = await self._call("GET", "/api/session-requests/tutor/my-students")
        return self._parse_list(_STUDENT, payload, "students")

    async def student_details(self, student_profile_id: int) -> StudentDetails:
        return self._parse(
            _DETAILS, await self._call("GET", f"/api/tutor/student-details/{student_profile_id}")
        )

    async def student_sessions(self, student_profile_id: int) -> StudentSessions:
        path = f"/api/tutor/student-sessions/{student_profile_id}"
        return self._parse(_STUDENT_SESSIONS, await self._call("GET", path))

    async def enrolled_students(self) -> list[EnrolledStudent]:
        """Active enrollments with their agreed price. A whiteboard context call: failures come back as 200
        `{"success": false}` (CONTRACT.md §1.4), raised here as a bad response."""
        payload = await self._call("GET", "/api/whiteboard/context/enrolled-students")
        if not isinstance(payload, dict) or not payload.get("success"):
            error = payload.get("error") if isinstance(payload, dict) else None
            raise BadResponse("The server could not list the enrolled students.", detail=str(error or ""))
        return self._parse(_ENROLLED, payload.get("students"))

    async def list_packages(self) -> list[TutorPackage]:
        """My packages with their hourly rates (the request list names a package but not its price)."""
        return self._parse(_PACKAGES, await self._call("GET", "/api/tutor/packages"))

    # -- schedules and lessons ----------------------------------------------------------------------------

    async def list_schedules(self) -> list[Schedule]:
        payload = await self._call("GET", "/api/schedules", params={"role_filter": self.required_role})
        return self._parse_list(_SCHEDULE, payload, "availability schedules")

    async def create_schedule(self, body: Mapping[str, Any]) -> Schedule:
        return self._parse(
            _SCHEDULE, await self._call("POST", "/api/schedules", json=dict(body)), applied=True
        )

    async def update_schedule(self, schedule_id: int, body: Mapping[str, Any]) -> Schedule:
        payload = await self._call("PUT", f"/api/schedules/{schedule_id}", json=dict(body))
        return self._parse(_SCHEDULE, payload, applied=True)

    async def delete_schedule(self, schedule_id: int) -> None:
        await self._call("DELETE", f"/api/schedules/{schedule_id}")

    async def get_schedule(self, schedule_id: int) -> Schedule:
        return self._parse(_SCHEDULE, await self._call("GET", f"/api/schedules/{schedule_id}"))

    async def list_lessons(self, date_from: str | None = None, date_to: str | None = None) -> list[Lesson]:
        params = {k: v for k, v in (("date_from", date_from), ("date_to", date_to)) if v}
        payload = await self._call("GET", "/api/tutor/sessions", params=params or None)
        return self._parse_list(_LESSON, payload, "lessons")

    async def get_lesson(self, lesson_id: int) -> Lesson:
        return self._parse(_LESSON, await self._call("GET", f"/api/tutor/sessions/{lesson_id}"))

    async def create_lesson(self, body: Mapping[str, Any]) -> int:
        """POST a lesson (not idempotent, CONTRACT.md §6); the new lesson's id."""
        payload = await self._call("POST", "/api/tutor/sessions", json=dict(body))
        return self._parse(_LESSON_CREATED, payload, applied=True).session_id

    async def update_lesson(self, lesson_id: int, changes: Mapping[str, Any]) -> None:
        """Partial PUT: status, attendance, topics, date and times (safe to repeat)."""
        await self._call("PUT", f"/api/tutor/sessions/{lesson_id}", json=dict(changes))

    async def delete_lesson(self, lesson_id: int) -> None:
        await self._call("DELETE", f"/api/tutor/sessions/{lesson_id}")

    # -- whiteboard (CONTRACT.md §7) ------------------------------------------------------------------------

    async def list_whiteboard_sessions(self) -> list[WbSessionSummary]:
        """Every session I host or join, unfiltered: the server's filters are unreliable (D3)."""
        payload = await self._call("GET", "/api/whiteboard/sessions")
        rows = payload.get("sessions") if isinstance(payload, dict) else None
        return self._parse_list(_WB_SUMMARY, rows, "whiteboard lessons")

    async def get_whiteboard_session(self, session_id: int) -> WbSession:
        # A whole canvas, every page and stroke (there is no per-page read): allowed to be larger.
        limit = self.max_answer * MAX_CANVAS_FACTOR
        payload = await self._call("GET", f"/api/whiteboard/sessions/{session_id}", limit=limit)
        return self._parse(_WB_SESSION, payload.get("session") if isinstance(payload, dict) else None)

    async def quick_create(self, participant_profile_id: int, title: str) -> QuickCreated:
        """Always a new session (not idempotent): after a lost answer, look in `list_whiteboard_sessions`."""
        body = {
            "participant_profile_id": participant_profile_id,
            "participant_profile_type": "student",
            "session_title": title,
            "host_profile_type": "tutor",
        }
        payload = await self._call("POST", "/api/whiteboard/sessions/quick-create", json=body)
        return self._parse(_QUICK, payload, applied=True)

    async def post_stroke(
        self,
        page_id: int,
        stroke_type: str,
        stroke_data: Mapping[str, Any],
        on_sent: Callable[[], None] | None = None,
    ) -> StrokeStored:
        """Not idempotent (§7.5): `stroke_data.client_id` lets a reload find a stroke whose answer is lost.

        `on_sent` is called once the request has been written to the connection, while the answer is still
        to come: the drain does its bookkeeping there instead of between two requests."""
        body = {"page_id": page_id, "stroke_type": stroke_type, "stroke_data": dict(stroke_data)}
        extensions = None if on_sent is None else {"trace": _on_request_sent(on_sent)}
        payload = await self._call("POST", "/api/whiteboard/canvas/stroke", json=body, extensions=extensions)
        return self._parse(_STROKE_STORED, payload, applied=True)

    async def create_page(self, session_id: int, title: str) -> WbPage | None:
        """Query parameters, no body (§7.8); 403 on the deployed server. The dev server answers the page."""
        payload = await self._call(
            "POST", "/api/whiteboard/pages/create", params={"session_id": session_id, "page_title": title}
        )
        page = payload.get("page") if isinstance(payload, dict) else None
        return self._parse(_WB_PAGE, page, applied=True) if isinstance(page, dict) else None

    async def activate_page(self, page_id: int) -> None:
        await self._call("PATCH", f"/api/whiteboard/pages/{page_id}/activate")

    async def end_session(self, session_id: int, notes: str | None = None) -> None:
        params = {"notes": notes} if notes else None
        await self._call("PATCH", f"/api/whiteboard/sessions/{session_id}/end", params=params)

    async def set_permissions(self, session_id: int, permissions: Mapping[str, bool]) -> None:
        body = {k: bool(permissions.get(k)) for k in ("can_draw", "can_write", "can_erase")}
        await self._call("PATCH", f"/api/whiteboard/sessions/{session_id}/permissions", json=body)

    async def chat_messages(self, session_id: int, limit: int = 50) -> list[ChatMessage]:
        payload = await self._call("GET", f"/api/whiteboard/chat/{session_id}", params={"limit": limit})
        rows = payload.get("messages") if isinstance(payload, dict) else None
        return self._parse_list(_CHAT, rows, "chat messages")

    async def send_chat(self, session_id: int, text: str) -> ChatMessage | None:
        body = {"session_id": session_id, "message_text": text, "message_type": "text"}
        payload = await self._call("POST", "/api/whiteboard/chat/send", json=body)
        message = payload.get("message") if isinstance(payload, dict) else None
        return self._parse(_CHAT, message, applied=True) if isinstance(message, dict) else None


def _detail(response: httpx.Response) -> str:
    """What the server said about an error, bounded: its JSON `detail`, or plain text (never a page of HTML
    from a proxy or a portal)."""
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        plain = response.headers.get("content-type", "").startswith("text/plain")
        return _text(response.text[:200]) if plain else ""
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        return _text(detail[:200])
    if isinstance(detail, dict):
        return _text(str(detail.get("message") or detail)[:200])
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        return str(detail[0].get("msg", detail[0]))[:200]
    return ""


_TOKEN = TypeAdapter(TokenResponse)
_SWITCH = TypeAdapter(SwitchRoleResponse)
_USER = TypeAdapter(User)
_REQUEST = TypeAdapter(SessionRequest)
_LESSON = TypeAdapter(Lesson)
_LESSON_CREATED = TypeAdapter(LessonCreated)
_RESPOND = TypeAdapter(RespondResult)
_STUDENT = TypeAdapter(MyStudent)
_DETAILS = TypeAdapter(StudentDetails)
_STUDENT_SESSIONS = TypeAdapter(StudentSessions)
_SCHEDULE = TypeAdapter(Schedule)
_WB_SUMMARY = TypeAdapter(WbSessionSummary)
_WB_SESSION = TypeAdapter(WbSession)
_WB_PAGE = TypeAdapter(WbPage)
_QUICK = TypeAdapter(QuickCreated)
_STROKE_STORED = TypeAdapter(StrokeStored)
_CHAT = TypeAdapter(ChatMessage)
_CHAT_LIST = TypeAdapter(list[ChatMessage])
_ENROLLED = TypeAdapter(list[EnrolledStudent])
_PACKAGES = TypeAdapter(list[TutorPackage])

__all__ = ["ApiError", "AstegniApi", "TokenPair", "Unauthorized"]
