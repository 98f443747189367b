"""Child of bench/call_shaped.py, run inside the "web" network namespace: the dev server and the web-like
student (tests/web_peer.py) on one socket, as the web has it. It answers the tutor's call, notes when each
audio and video frame of the tutor arrives (wall clock, shared with the tutor's namespace), and every stroke
message. Told "stop <session_id>" on stdin, it prints one JSON line: what arrived, and the session's strokes
as the server stored them.

Usage (by call_shaped.py): python bench/_shaped_web.py <host> <port>
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import av  # noqa: E402
import httpx  # noqa: E402
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack  # noqa: E402

from astegni_desktop.calls import jitter  # noqa: E402
from astegni_devserver.seed import DEMO_STUDENT  # noqa: E402
from tests.web_peer import WebPeer  # noqa: E402


class Ear(WebPeer):
    audio_at: list[float]
    video_at: list[tuple[float, int, int]]

    async def _consume(self, track: MediaStreamTrack) -> None:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            now = time.time()
            if isinstance(frame, av.AudioFrame):
                self.audio_at.append(now)
            elif isinstance(frame, av.VideoFrame):
                self.video_at.append((now, frame.width, frame.height))


def stored_strokes(url: str, session_id: int) -> list[str | None]:
    with httpx.Client(base_url=url, timeout=30) as http:
        r = http.post("/api/login", data={"username": DEMO_STUDENT[0], "password": DEMO_STUDENT[1]})
        r.raise_for_status()
        http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        session = http.get(f"/api/whiteboard/sessions/{session_id}").json()["session"]
        return [
            (s.get("stroke_data") or {}).get("client_id")
            for p in session.get("pages") or []
            for s in p.get("strokes") or []
        ]


async def listen(url: str) -> None:
    # A browser conceals a lost voice packet (NetEq); aiortc's own buffer would stall 320 ms on each, which
    # no web student hears: the student's model plays audio with the app's buffer (calls/jitter.py).
    jitter.install()
    peer = Ear(url.replace("http://", "ws://"), accept_after=0.5)
    peer.audio_at, peer.video_at = [], []
    await peer.connect()
    print(json.dumps({"ready": url}), flush=True)
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    session_id = int(line.split()[1])
    strokes = [
        (m.get("stroke") or {}).get("stroke_data", {}).get("client_id")
        for m in peer.received
        if m.get("type") == "whiteboard_stroke"
    ]
    stored = await asyncio.to_thread(stored_strokes, url, session_id)
    result: dict[str, Any] = {
        "audio_at": peer.audio_at,
        "video_at": peer.video_at,
        "live_strokes": strokes,
        "stored_strokes": stored,
        "voice_packets_given_up": jitter.AudioJitterBuffer.skipped,
    }
    await peer.close()
    print(json.dumps(result), flush=True)


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    url = f"http://{host}:{port}"
    with tempfile.TemporaryDirectory(prefix="astegni-shaped-") as tmp:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "astegni_devserver", "--host", host, "--port", str(port)),
                *("--db", f"sqlite:///{tmp}/shaped.db", "--seed", "demo", "--log-level", "warning"),
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(f"{url}/health", timeout=1)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            asyncio.run(listen(url))
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
