"""A small stand-in for the student's browser: signs in as the demo student, listens on the student's
WebSocket, records the tutor's strokes as they arrive, and can draw (POST, then relay) like the web does.

Run it beside `astegni-desktop --demo` to watch a lesson arrive:
    uv run python -m tests.student_client --server http://127.0.0.1:PORT
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from websockets.sync.client import ClientConnection, connect

from astegni_devserver.seed import DEMO_STUDENT

HANNA = 501


@dataclass
class Arrival:
    at: float  # time.perf_counter() when it arrived
    message: dict[str, Any]


@dataclass
class StudentClient:
    server: str
    profile_id: int = HANNA
    tutor_profile_id: int = 100
    arrivals: list[Arrival] = field(default_factory=list)
    on_message: Callable[[dict[str, Any]], None] | None = None

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.server, timeout=10)
        r = self.http.post("/api/login", data={"username": DEMO_STUDENT[0], "password": DEMO_STUDENT[1]})
        r.raise_for_status()
        body = r.json()
        self.user_id: int = body["user"]["id"]
        self.http.headers["Authorization"] = f"Bearer {body['access_token']}"
        ws_url = self.server.replace("http://", "ws://", 1).replace("https://", "wss://", 1)
        self._connection = connect(f"{ws_url}/ws/{self.profile_id}/student", max_size=2**22)
        self.ws: ClientConnection = self._connection.__enter__()
        self.ws.recv(timeout=5)  # {"type": "connection", ...}
        self._changed = threading.Condition()
        self._stop = False
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop:
            try:
                raw = self.ws.recv(timeout=0.2)
            except TimeoutError:
                continue
            except Exception:
                return
            now = time.perf_counter()
            try:
                message = json.loads(raw)
            except ValueError:
                continue
            with self._changed:
                self.arrivals.append(Arrival(now, message))
                self._changed.notify_all()
            if self.on_message is not None:
                self.on_message(message)

    def strokes(self) -> list[dict[str, Any]]:
        return [a.message for a in self.arrivals if a.message.get("type") == "whiteboard_stroke"]

    def wait_for(self, predicate: Callable[[list[Arrival]], bool], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(self.arrivals):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def draw(self, session_id: int, page_id: int, stroke_type: str, data: dict[str, Any]) -> int:
        """What the web does: POST the stroke, then relay it to the tutor. Returns the server's stroke id."""
        r = self.http.post(
            "/api/whiteboard/canvas/stroke",
            json={"page_id": page_id, "stroke_type": stroke_type, "stroke_data": data},
        )
        r.raise_for_status()
        self.send(
            {
                "type": "whiteboard_stroke",
                "session_id": session_id,
                "page_id": page_id,
                "stroke": {"stroke_type": stroke_type, "stroke_data": data},
            }
        )
        return int(r.json()["stroke_id"])

    def send(self, message: dict[str, Any]) -> None:
        base = {
            "sender_id": self.user_id,
            "sender_role": "student",
            "sender_name": "Hanna Tesfaye",
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server", required=True)
    args = parser.parse_args()

    def show(message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "whiteboard_stroke":
            data = message.get("stroke_data") or {}
            page, kind = message.get("page_id"), message.get("stroke_type")
            print(f"stroke on page {page}: {kind} {data.get('client_id')}")
        else:
            print(kind)

    client = StudentClient(args.server, on_message=show)
    print(f"Listening as Hanna (student profile {client.profile_id}). Ctrl+C to stop.")
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        client.close()


if __name__ == "__main__":
    main()
