"""A model of the Astegni web student (CONTRACT.md §13), for tests and for watching a lesson by hand.

It signs in as a student, listens on the student's socket (`/ws/{student profile id}/student`) and applies
what the unmodified web whiteboard does with each message, keeping the canvas it would show:
* **own-id filter**: a stroke, cursor, page change, undo or clear whose `sender_id` is strictly equal (`===`,
  so the same JSON type and value) to the student's profile id is dropped;
* **pages**: opening a lesson loads the server's pages (by `page_number`) and shows the first. Live ink goes
  to the page on screen, whatever its `page_id` or `session_id`. `whiteboard_page_change` `add` appends
  `page` as sent (with its `strokes`) and flips to it; `navigate` flips to the page whose `id` is `page.id`
  (unknown: ignored); `delete` removes it (showing the first page if it was on screen). A flip takes 600 ms,
  even to the page on screen: another flip meanwhile is ignored, and ink arriving meanwhile lands on the page
  being left;
* **undo** takes back the last stroke of the page on screen, **clear** empties it;
* **permissions**: granted turns all three on (whatever `target_id` says), revoked turns them off;
* **cursor**: the tutor's pointer, where it was last put;
* **canvas**: CSS pixels from the top left, 400×300 until the first resize, then the size of its container
  (1122×563 in a 1600×1000 browser window). Ink outside it is kept on the page but not visible.

Run it beside `astegni-desktop --demo` to watch a lesson arrive as the web student would (the README's "Try a
live lesson as the student"):
    uv run python -m tests.student_client --server http://127.0.0.1:PORT [--lesson ID] [--png out/hanna]
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from websockets.sync.client import ClientConnection, connect

from astegni_devserver.seed import DEMO_STUDENT

HANNA = 501
FIRST_CANVAS = (400, 300)  # the web canvas before its first resize
LAPTOP_CANVAS = (1122, 563)  # the web canvas in a 1600×1000 browser window
FLIP_SECONDS = 0.6  # flipToPage's animation


def js_strict_equal(a: Any, b: Any) -> bool:
    """JavaScript `===` on JSON values: numbers equal numbers (1 === 1.0), never strings or booleans."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return a is None and b is None


@dataclass
class Arrival:
    at: float  # time.perf_counter() when it arrived
    message: dict[str, Any]


@dataclass
class WebPage:
    id: Any
    page_number: Any
    strokes: list[dict[str, Any]] = field(default_factory=list)  # {"stroke_type", "stroke_data"}


@dataclass
class StudentClient:
    """The web student: a socket, a signed-in HTTP client, and the canvas the web would show."""

    server: str
    profile_id: int = HANNA
    tutor_profile_id: int = 100
    login: tuple[str, str] = DEMO_STUDENT
    arrivals: list[Arrival] = field(default_factory=list)
    on_message: Callable[[dict[str, Any]], None] | None = None

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.server, timeout=10)
        r = self.http.post("/api/login", data={"username": self.login[0], "password": self.login[1]})
        r.raise_for_status()
        body = r.json()
        self.user_id: int = body["user"]["id"]
        self.name = " ".join(filter(None, (body["user"].get("first_name"), body["user"].get("father_name"))))
        self.http.headers["Authorization"] = f"Bearer {body['access_token']}"
        self.pages: list[WebPage] = []
        self.current: WebPage | None = None
        self.session_id: int | None = None
        self.canvas_size = FIRST_CANVAS
        self.permissions = {"can_draw": False, "can_write": False, "can_erase": False}
        self.tutor_cursor: tuple[float, float] | None = None
        self.dropped_own = 0  # messages the own-id filter dropped
        self._flip_until = 0.0
        self._flip_to: int | None = None
        self._changed = threading.Condition()
        ws_url = self.server.replace("http://", "ws://", 1).replace("https://", "wss://", 1)
        self._connection = connect(f"{ws_url}/ws/{self.profile_id}/student", max_size=2**24)
        self.ws: ClientConnection = self._connection.__enter__()
        self.ws.recv(timeout=5)  # {"type": "connection", ...}
        self._stop = False
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    # -- the lesson, as the web loads it ----------------------------------------------------------------

    def open_lesson(self, session_id: int, canvas: tuple[int, int] | None = LAPTOP_CANVAS) -> None:
        """Open the session as the web does (`loadSession`): the server's pages, the first on screen."""
        r = self.http.get(f"/api/whiteboard/sessions/{session_id}")
        r.raise_for_status()
        session = r.json()["session"]
        pages = [
            WebPage(
                p["id"],
                p["page_number"],
                [
                    {"stroke_type": s["stroke_type"], "stroke_data": s["stroke_data"]}
                    for s in sorted(p["strokes"], key=lambda s: (s["stroke_order"], s["id"]))
                ],
            )
            for p in session.get("pages") or []
        ]
        with self._changed:
            self.session_id = session_id
            self.pages = pages
            self.current = pages[0] if pages else None
            self.permissions = dict(session.get("student_permissions") or self.permissions)
            self._flip_to, self._flip_until = None, 0.0
            if canvas is not None:
                self.canvas_size = canvas
            self._changed.notify_all()

    # -- what the web does with each message --------------------------------------------------------------

    def _listen(self) -> None:
        while not self._stop:
            try:
                raw = self.ws.recv(timeout=0.1)
            except TimeoutError:
                with self._changed:
                    self._settle_flip()
                continue
            except Exception:
                return
            now = time.perf_counter()
            try:
                message = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(message, dict):
                continue
            with self._changed:
                self.arrivals.append(Arrival(now, message))
                self._apply(message)
                self._changed.notify_all()
            if self.on_message is not None:
                self.on_message(message)

    def _own(self, message: dict[str, Any]) -> bool:
        if js_strict_equal(message.get("sender_id"), self.profile_id):
            self.dropped_own += 1
            return True
        return False

    def _settle_flip(self) -> None:
        if self._flip_to is not None and time.monotonic() >= self._flip_until:
            index, self._flip_to = self._flip_to, None
            if 0 <= index < len(self.pages):
                self.current = self.pages[index]  # loadPage

    def _flip(self, index: int) -> None:
        self._settle_flip()
        if self._flip_to is not None:
            return  # isFlipping: ignored
        self._flip_to, self._flip_until = index, time.monotonic() + FLIP_SECONDS

    def _apply(self, m: dict[str, Any]) -> None:
        self._settle_flip()
        kind = m.get("type")
        if kind == "whiteboard_stroke":
            if self._own(m):
                return
            stroke = m.get("stroke")
            if self.current is not None and isinstance(stroke, dict):
                self.current.strokes.append(
                    {"stroke_type": stroke.get("stroke_type"), "stroke_data": stroke.get("stroke_data")}
                )
        elif kind == "whiteboard_cursor":
            if not self._own(m):
                self.tutor_cursor = (m.get("x"), m.get("y"))  # type: ignore[assignment]
        elif kind == "whiteboard_page_change":
            if self._own(m):
                return
            page = m.get("page") or {}
            action = m.get("action")
            if action == "add":
                self.pages.append(
                    WebPage(page.get("id"), page.get("page_number"), list(page.get("strokes") or []))
                )
                self._flip(len(self.pages) - 1)
            elif action == "navigate":
                found = [i for i, p in enumerate(self.pages) if js_strict_equal(p.id, page.get("id"))]
                if found:
                    self._flip(found[0])
            elif action == "delete":
                gone = [p for p in self.pages if js_strict_equal(p.id, page.get("id"))]
                self.pages = [p for p in self.pages if p not in gone]
                if self.current in gone and self.pages:
                    self._flip(0)
        elif kind == "whiteboard_undo":
            if not self._own(m) and self.current is not None and self.current.strokes:
                self.current.strokes.pop()
        elif kind == "whiteboard_clear":
            if not self._own(m) and self.current is not None:
                self.current.strokes = []
        elif kind == "whiteboard_permission_granted":
            self.permissions = {"can_draw": True, "can_write": True, "can_erase": True}
        elif kind == "whiteboard_permission_revoked":
            self.permissions = {"can_draw": False, "can_write": False, "can_erase": False}

    # -- reading the model --------------------------------------------------------------------------------

    def strokes(self) -> list[dict[str, Any]]:
        """Every stroke message that arrived (before the web's filters)."""
        return [a.message for a in self.arrivals if a.message.get("type") == "whiteboard_stroke"]

    def shown_page(self) -> WebPage | None:
        with self._changed:
            self._settle_flip()
            return self.current

    def page_client_ids(self) -> list[list[str | None]]:
        """Each page the web holds, in its order: the `client_id`s of its strokes (None for the web's own)."""
        with self._changed:
            self._settle_flip()
            return [[(s.get("stroke_data") or {}).get("client_id") for s in p.strokes] for p in self.pages]

    def visible_client_ids(self) -> list[str | None]:
        """Strokes of the page on screen with at least one point inside the canvas."""
        page = self.shown_page()
        w, h = self.canvas_size
        out = []
        for s in page.strokes if page else []:
            data = s.get("stroke_data") or {}
            points = data.get("points") or ([[data.get("x"), data.get("y")]] if "x" in data else [])
            if any(isinstance(p, list) and len(p) >= 2 and 0 <= p[0] <= w and 0 <= p[1] <= h for p in points):
                out.append(data.get("client_id"))
        return out

    def wait_for(self, predicate: Callable[[list[Arrival]], bool], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(self.arrivals):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(min(left, 0.1))
                self._settle_flip()
        return True

    # -- what the student does ------------------------------------------------------------------------------

    def draw(self, session_id: int, page_id: int, stroke_type: str, data: dict[str, Any]) -> int | None:
        """What the web does: POST the stroke (403 on the tutor's session where permissions cannot be
        stored, D2), then relay it to the tutor. Returns the server's stroke id, if it stored it."""
        r = self.http.post(
            "/api/whiteboard/canvas/stroke",
            json={"page_id": page_id, "stroke_type": stroke_type, "stroke_data": data},
        )
        self.send(
            {
                "type": "whiteboard_stroke",
                "session_id": session_id,
                "page_id": page_id,
                "stroke": {"stroke_type": stroke_type, "stroke_data": data},
            }
        )
        with self._changed:
            if self.current is not None:
                self.current.strokes.append({"stroke_type": stroke_type, "stroke_data": data})
        return int(r.json()["stroke_id"]) if r.status_code == 200 else None

    def ask_to_draw(self) -> None:
        """ "Request permission", as a student in a lesson does (the tutor's first sign that the lesson is
        open in this browser: opening it sends nothing)."""
        self.send(
            {
                "type": "whiteboard_permission_request",
                "session_id": self.session_id,
                "requester_id": self.profile_id,
                "requester_name": self.name or "Student",
                "requester_avatar": None,
                "requester_profile_type": "student",
            }
        )

    def send(self, message: dict[str, Any]) -> None:
        """A message as the web sends it: its profile id as `sender_id`, routed to the tutor."""
        base = {
            "sender_id": self.profile_id,
            "sender_role": "student",
            "sender_name": self.name or "Student",
            "from_profile_id": self.profile_id,
            "from_profile_type": "student",
            "to_profile_id": self.tutor_profile_id,
            "to_profile_type": "tutor",
        }
        self.ws.send(json.dumps({**base, **message}))

    def send_raw(self, raw: str | bytes) -> None:
        self.ws.send(raw)

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        self._connection.__exit__(None, None, None)
        self.http.close()


def add_student(server: Any, profile_id: int, first_name: str = "Selam") -> tuple[str, str]:
    """A student account whose student profile id is `profile_id` (for id collisions such as a tutor's user
    id equal to a student's profile id); returns its login. `server` is a running `DevServer`."""
    from astegni_devserver.models import StudentProfile, User
    from astegni_devserver.security import hash_password

    email, password = f"student{profile_id}@collide.example.et", "collide-student"
    with server.state.db.session() as s:
        user = User(
            email=email, password_hash=hash_password(password), first_name=first_name, father_name="Bekele",
            roles=["student"], active_role="student",
        )  # fmt: skip
        s.add(user)
        s.flush()
        s.add(StudentProfile(id=profile_id, user_id=user.id, grade_level="Grade 10"))
    return email, password


def render_page(page: WebPage, size: tuple[int, int], path: str) -> None:
    """Save what the web's canvas shows of `page` (its size, from the top left) as a PNG: pen polylines and
    text, as the web draws them; ink beyond the canvas is cut off, as in the browser."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    if QGuiApplication.instance() is None:
        QGuiApplication(["student_client", "-platform", "offscreen"])
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for stroke in page.strokes:
        data = stroke.get("stroke_data") or {}
        colour = QColor(str(data.get("color") or "#000000"))
        if stroke.get("stroke_type") == "pen" and isinstance(data.get("points"), list):
            pen = QPen(colour, float(data.get("width") or 3))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            points = [QPointF(float(p[0]), float(p[1])) for p in data["points"] if isinstance(p, list)]
            painter.drawPolyline(points)
        elif stroke.get("stroke_type") == "text":
            painter.setPen(colour)
            font = QFont("Arial")
            font.setPixelSize(int(data.get("fontSize") or 18))
            painter.setFont(font)
            painter.drawText(
                QPointF(float(data.get("x") or 0), float(data.get("y") or 0)), str(data.get("text"))
            )
    painter.end()
    image.save(path)


def describe(client: StudentClient) -> str:
    """What the model's canvas holds, page by page (the page on screen marked)."""
    shown = client.shown_page()
    w, h = client.canvas_size
    lines = [f"Web student (profile {client.profile_id}), lesson {client.session_id}, canvas {w}x{h}:"]
    with client._changed:
        pages = list(client.pages)
    for n, page in enumerate(pages, 1):
        ids = [str((s.get("stroke_data") or {}).get("client_id") or "web")[:8] for s in page.strokes]
        mark = "  <- on screen" if page is shown else ""
        lines.append(f"  page {n} (id {page.id}): {len(ids)} strokes {' '.join(ids)}{mark}")
    visible = len(client.visible_client_ids())
    lines.append(f"  visible on screen now: {visible} strokes; dropped as its own: {client.dropped_own}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server", required=True, help="e.g. the URL `astegni-desktop --demo` prints")
    parser.add_argument(
        "--lesson", "--session", dest="session", type=int,
        help="open this whiteboard session (default: the next one a tutor starts with this student)",
    )  # fmt: skip
    parser.add_argument("--email", default=DEMO_STUDENT[0])
    parser.add_argument("--password", default=DEMO_STUDENT[1])
    parser.add_argument("--profile-id", type=int, help="the student profile id (default: from signing in)")
    parser.add_argument(
        "--canvas", default="1122x563", help="the web canvas, WIDTHxHEIGHT (default 1122x563)"
    )
    parser.add_argument("--ask-to-draw", action="store_true", help="ask to draw once the lesson is open")
    parser.add_argument("--seconds", type=float, help="stop after this long (default: at Ctrl+C)")
    parser.add_argument("--png", metavar="PREFIX", help="at the end, save each page as PREFIX-pageN.png")
    parser.add_argument("--json", metavar="FILE", help="at the end, write each page's stroke client ids")
    args = parser.parse_args()
    width, height = (int(v) for v in args.canvas.lower().split("x"))
    profile_id = args.profile_id
    if profile_id is None:
        with httpx.Client(base_url=args.server, timeout=10) as http:
            r = http.post("/api/login", data={"username": args.email, "password": args.password})
            r.raise_for_status()
            profile_id = int((r.json()["user"].get("role_ids") or {})["student"])
    client = StudentClient(args.server, profile_id=profile_id, login=(args.email, args.password))
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # `kill` ends it as Ctrl+C does: PNGs, JSON
    deadline = time.monotonic() + args.seconds if args.seconds else None
    try:
        session = args.session

        def listed() -> set[int]:
            return {x["id"] for x in client.http.get("/api/whiteboard/sessions").json().get("sessions") or []}

        before = listed() if session is None else set()
        if session is None:
            print("Waiting for the tutor to start a lesson with this student…", flush=True)
        while session is None and (deadline is None or time.monotonic() < deadline):
            time.sleep(1)
            session = max(listed() - before, default=None)
        if session is not None:
            client.open_lesson(session, (width, height))
            if args.ask_to_draw:
                client.ask_to_draw()
        last = ""
        while deadline is None or time.monotonic() < deadline:
            time.sleep(1)
            now = describe(client)
            if now != last:
                print(now, flush=True)
                last = now
    except KeyboardInterrupt:
        pass
    finally:
        print("Final:\n" + describe(client), flush=True)
        if args.png:
            for n, page in enumerate(client.pages, 1):
                render_page(page, client.canvas_size, f"{args.png}-page{n}.png")
        if args.json:
            with open(args.json, "w", encoding="utf-8") as out:
                json.dump({"profile_id": client.profile_id, "pages": client.page_client_ids()}, out)
        client.close()


if __name__ == "__main__":
    main()
