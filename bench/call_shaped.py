"""A call over a shaped link between two network namespaces.

The link: a TAP device in each namespace, joined by bench/_link.py, which applies netem's model each way
(150 ms delay, 3 % random loss, 1 Mbit/s with a 1000-packet FIFO). `tc netem` itself is tried first and used
when the kernel has it; this container's kernel has no `sch_netem` ("Specified qdisc kind is unknown"), so
the user-space link is what the numbers below come from (the JSON says which one ran).

The tutor (this app's lesson service, its call in a child process as the app runs it, the real canvas
drawn on with synthesized pen input) lives in one namespace; the dev server and the web-like student in the
other, so the tutor's media, its lesson socket and its stroke uploads all cross the shaped link.

Phases (each a fresh server, student and tutor):
* shaped: a call with audio and video; 15 s on the clean link, then 60 s with netem on both ends: 150 ms
  delay each way (300 ms RTT), 3 % loss, 1 Mbit/s. The tutor draws a stroke every 0.5 s throughout. Checks:
  no gap in the tutor's audio at the student over 500 ms during the shaped minute; every stroke arrives live
  exactly once and is stored exactly once; how the video's size and frame rate at the student change when
  the link is shaped.
* cap 300: Settings' 300 kbit/s cap with video, clean link, 25 s: bits on the wire out of the tutor's
  namespace.
* cap 32: Settings' 32 kbit/s cap, audio only, clean link, 25 s: the same.

Needs root (ip netns, tc). Prints one JSON line. Usage: sudo python bench/call_shaped.py
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._link import Link, Shape, open_tap  # noqa: E402

TUTOR_NS, WEB_NS = "astegni-tutor", "astegni-web"
TUTOR_IF, WEB_IF = "astegni-t0", "astegni-w0"
TUTOR_IP, WEB_IP = "10.199.0.1", "10.199.0.2"
PORT = 8765
NETEM = ("delay", "150ms", "loss", "3%", "rate", "1mbit")
CLEAN_SECONDS, SHAPED_SECONDS = 15.0, 60.0


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, check=check, capture_output=True, text=True)


class Wire:
    """netem on a veth pair when the kernel has it, else the user-space link over TAP devices."""

    def __init__(self) -> None:
        self.kind = ""
        self.link: Link | None = None

    def shape(self, on: bool) -> None:
        if self.link is not None:
            self.link.shape = Shape() if on else None
            return
        for ns, dev in ((TUTOR_NS, TUTOR_IF), (WEB_NS, WEB_IF)):
            sh("tc", "-n", ns, "qdisc", "del", "dev", dev, "root", check=False)
            if on:
                sh("tc", "-n", ns, "qdisc", "add", "dev", dev, "root", "netem", *NETEM)


def netem_available() -> bool:
    sh("ip", "netns", "add", "astegni-probe")
    try:
        return sh("tc", "-n", "astegni-probe", "qdisc", "add", "dev", "lo", "root", "netem", "delay",
                  "1ms", check=False).returncode == 0  # fmt: skip
    finally:
        sh("ip", "netns", "del", "astegni-probe", check=False)


@contextlib.contextmanager
def namespaces() -> Iterator[Wire]:
    wire = Wire()
    for ns in (TUTOR_NS, WEB_NS):
        sh("ip", "netns", "del", ns, check=False)
    fds: list[int] = []
    try:
        sh("ip", "netns", "add", TUTOR_NS)
        sh("ip", "netns", "add", WEB_NS)
        if netem_available():
            wire.kind = f"veth pair, tc netem on both ends: {' '.join(NETEM)}"
            sh("ip", "link", "add", TUTOR_IF, "type", "veth", "peer", "name", WEB_IF)
        else:
            wire.kind = (
                "TAP device in each namespace, joined in user space by bench/_link.py (no sch_netem in this "
                "kernel): 150 ms delay, 3 % loss, 1 Mbit/s, 1000-packet FIFO, each way"
            )
            fds = [open_tap(TUTOR_IF), open_tap(WEB_IF)]
            wire.link = Link(*fds)
        sh("ip", "link", "set", TUTOR_IF, "netns", TUTOR_NS)
        sh("ip", "link", "set", WEB_IF, "netns", WEB_NS)
        for ns, dev, ip in ((TUTOR_NS, TUTOR_IF, TUTOR_IP), (WEB_NS, WEB_IF, WEB_IP)):
            sh("ip", "-n", ns, "addr", "add", f"{ip}/24", "dev", dev)
            sh("ip", "-n", ns, "link", "set", dev, "up")
            sh("ip", "-n", ns, "link", "set", "lo", "up")
        yield wire
    finally:
        if wire.link is not None:
            wire.link.stop()
        for fd in fds:
            os.close(fd)
        for ns in (TUTOR_NS, WEB_NS):
            sh("ip", "netns", "del", ns, check=False)


def in_ns(ns: str, *args: str) -> list[str]:
    return ["ip", "netns", "exec", ns, *args]


def phase(
    wire: Wire, seconds: float, cap: int, audio_only: bool, strokes: bool, shaped_after: float | None
) -> dict[str, Any]:
    """One call: the student's side in WEB_NS, the tutor's in TUTOR_NS; netem switched on `shaped_after` s
    after the call connects (None: never)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    web = subprocess.Popen(
        in_ns(WEB_NS, sys.executable, str(ROOT / "bench" / "_shaped_web.py"), WEB_IP, str(PORT)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert web.stdin is not None and web.stdout is not None
    tutor: subprocess.Popen[str] | None = None
    try:
        url = json.loads(web.stdout.readline())["ready"]
        tutor_args = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--tutor",
            url,
            "--seconds",
            str(seconds),
        ]
        tutor_args += ["--cap", str(cap)] + (["--audio-only"] if audio_only else [])
        tutor_args += ["--strokes"] if strokes else []
        tutor = subprocess.Popen(in_ns(TUTOR_NS, *tutor_args), stdout=subprocess.PIPE, text=True, env=env)
        assert tutor.stdout is not None
        connected = json.loads(tutor.stdout.readline())
        shaped_at = None
        if "connected" in connected and shaped_after is not None:
            time.sleep(max(0.0, connected["connected"] + shaped_after - time.time()))
            wire.shape(True)
            shaped_at = time.time()
        report = json.loads(tutor.stdout.readline())
        tutor.wait(30)
        wire.shape(False)
        web.stdin.write(f"stop {report.get('session_id') or 0}\n")
        web.stdin.flush()
        heard = json.loads(web.stdout.readline())
        web.wait(30)
    finally:
        for proc in (tutor, web):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(10)
    return {"connected": connected.get("connected"), "shaped_at": shaped_at, "tutor": report, "web": heard}


def windows(times: list[float], start: float, end: float) -> list[float]:
    return [t for t in times if start <= t < end]


def longest_gap(times: list[float], start: float, end: float) -> float:
    inside = [start, *windows(times, start, end), end]
    return max(b - a for a, b in itertools.pairwise(inside))


def video_summary(frames: list[list[float]], start: float, end: float) -> dict[str, Any]:
    inside = [f for f in frames if start <= f[0] < end]
    span = max(end - start, 1e-3)
    sizes = sorted({f"{int(f[1])}x{int(f[2])}" for f in inside})
    return {
        "fps": round(len(inside) / span, 1),
        "sizes": sizes,
        "median_height": statistics.median([f[2] for f in inside]) if inside else None,
    }


def exactly_once(sent: list[str], got: list[str | None]) -> dict[str, Any]:
    counts = {cid: got.count(cid) for cid in sent}
    return {
        "sent": len(sent),
        "once": sum(1 for c in counts.values() if c == 1),
        "missing": sum(1 for c in counts.values() if c == 0),
        "duplicated": sum(1 for c in counts.values() if c > 1),
    }


def main() -> None:
    if os.geteuid() != 0:
        print(json.dumps({"benchmark": "call_shaped", "skipped": "needs root for ip netns and tc"}))
        return
    try:
        sh("ip", "netns", "add", "astegni-probe")
        sh("ip", "netns", "del", "astegni-probe")
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        print(json.dumps({"benchmark": "call_shaped", "skipped": f"network namespaces not permitted: {exc}"}))
        return
    result: dict[str, Any] = {"benchmark": "call_shaped"}
    with namespaces() as wire:
        result["link"] = wire.kind
        # 1. the shaped minute
        run = phase(wire, CLEAN_SECONDS + SHAPED_SECONDS, 0, False, True, CLEAN_SECONDS)
        t0, shaped = run["connected"], run["shaped_at"]
        end = shaped + SHAPED_SECONDS - 1.0
        audio, video = run["web"]["audio_at"], run["web"]["video_at"]
        gap = longest_gap(audio, shaped, end)
        sent = run["tutor"]["client_ids"]
        result["shaped"] = {
            "tutor": {k: v for k, v in run["tutor"].items() if k != "client_ids"},
            "audio_longest_gap_ms": round(gap * 1000, 1),
            "audio_frames_per_s_shaped": round(len(windows(audio, shaped, end)) / (end - shaped), 1),
            "video_clean": video_summary(video, t0 + 3, shaped),
            "video_shaped_first_20s": video_summary(video, shaped, shaped + 20),
            "video_shaped_last_20s": video_summary(video, end - 20, end),
            "strokes_live": exactly_once(sent, run["web"]["live_strokes"]),
            "strokes_stored": exactly_once(sent, run["web"]["stored_strokes"]),
        }
        # 2. and 3. the caps of Settings, on a clean link
        for name, cap, audio_only in (("cap_300_video", 300, False), ("cap_32_audio_only", 32, True)):
            run = phase(wire, 25.0, cap, audio_only, False, None)
            result[name] = {k: v for k, v in run["tutor"].items() if k != "client_ids"}
            result[name]["video_at_student"] = video_summary(
                run["web"]["video_at"], run["connected"] + 5, time.time()
            )
    s = result["shaped"]
    result["budgets"] = {"audio_longest_gap_ms": 500, "strokes": "each exactly once, live and stored"}
    result["ok"] = bool(
        s["audio_longest_gap_ms"] <= 500
        and s["strokes_live"]["once"] == s["strokes_live"]["sent"]
        and s["strokes_stored"]["once"] == s["strokes_stored"]["sent"]
        and result["cap_300_video"]["wire_kbps_out"] <= 300
        and result["cap_32_audio_only"]["wire_kbps_out"] <= 32
    )
    print(json.dumps(result))


# -- the tutor's side (run by phase() inside TUTOR_NS) ---------------------------------------------------


def tx_bytes() -> int:
    return int(Path(f"/sys/class/net/{TUTOR_IF}/statistics/tx_bytes").read_text())


async def tutor(args: argparse.Namespace, cache: Path) -> dict[str, Any]:
    from astegni_desktop.api import AstegniApi
    from astegni_desktop.calls.engine import CallState
    from astegni_desktop.calls.model import TEST_PATTERN, CallConfig
    from astegni_desktop.canvas.view import CanvasView
    from astegni_desktop.lesson_service import LessonService
    from astegni_desktop.session import Account
    from astegni_desktop.store import Store
    from astegni_desktop.sync import EngineTiming, SyncEngine
    from astegni_devserver.seed import DEMO_TUTOR
    from bench._shaped_media import ToneMedia
    from tests.helpers.ink import HANNA
    from tests.helpers.tablet import Pen

    store = Store(cache)
    board = store.boards.create("shaped")
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "shaped")
    api = AstegniApi(args.tutor)
    await api.login(*DEMO_TUTOR)
    engine = SyncEngine(api, store, None, EngineTiming(pull_interval=3600))
    while store.pending_count():
        await engine.sync_once()
    engine.start()
    info = store.lessons.lesson(board.board_id)
    assert info is not None and info.session_id is not None
    account = Account("bench", args.tutor, DEMO_TUTOR[0], api.user_id or 0, 100, "Meron Alemayehu")
    service = LessonService(store, engine, account)
    calls = service.calls
    calls.devices = ToneMedia()
    calls.configure(
        CallConfig(
            stun=(),
            camera=TEST_PATTERN,
            bandwidth_kbps=args.cap,
            audio_only=args.audio_only,
            connect_seconds=30,
            host_addresses=(TUTOR_IP,),
        )
    )
    qualities: list[dict[str, Any]] = []
    calls.qualityChanged.connect(
        lambda q: qualities.append(
            {
                "at": round(time.time(), 2),
                "rtt_ms": q.rtt_ms,
                "loss": q.loss_percent,
                "kbps_out": round(q.kbps_out, 1),
            }
        )
    )
    service.follow(board.board_id)
    while service.live.state != "connected":  # noqa: ASYNC110 (set by the relay's task)
        await asyncio.sleep(0.05)
    canvas = CanvasView(store.boards)
    canvas.resize(1000, 700)
    canvas.show()
    loaded = store.boards.load(board.board_id)
    assert loaded is not None
    canvas.set_page(loaded.pages[0])
    canvas.changed.connect(engine.kick)
    calls.call(args.audio_only)
    deadline = time.monotonic() + 60
    connected = CallState.CONNECTED
    while (calls.status is None or calls.status.state != connected) and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.05)
    connected_at = time.time()
    print(json.dumps({"connected": connected_at}), flush=True)
    pen = Pen()
    window: tuple[float, int] | None = None
    wire_kbps: float | None = None
    n = 0
    while time.time() < connected_at + args.seconds:
        if window is None and time.time() > connected_at + 5:
            window = (time.time(), tx_bytes())
        if args.strokes:
            x, y = 60 + (n % 20) * 40, 80 + (n // 20 % 12) * 50
            pen.stroke(canvas, [(x, y, 0.3), (x + 10, y + 8, 0.6), (x + 20, y + 2, 0.8)])
            n += 1
        await asyncio.sleep(0.5)
    if window is not None:
        wire_kbps = (tx_bytes() - window[1]) * 8 / (time.time() - window[0]) / 1000
    state = calls.status.state if calls.status else "none"
    missing = list(calls.status.missing) if calls.status else []
    calls.hang_up()
    drained = time.monotonic() + 120
    while store.pending_count() and time.monotonic() < drained:  # noqa: ASYNC110 (the sync engine's work)
        await asyncio.sleep(0.2)
    pending = store.pending_count()
    final = store.boards.load(board.board_id)
    assert final is not None
    client_ids = [s.client_id for p in final.pages for s in p]
    await service.stop()
    await engine.stop()
    await api.aclose()
    return {
        "session_id": info.session_id,
        "client_ids": client_ids,
        "state_at_end": str(state),
        "missing_devices": missing,
        "wire_kbps_out": round(wire_kbps, 1) if wire_kbps is not None else None,
        "app_kbps_out_median": statistics.median([q["kbps_out"] for q in qualities[1:]])
        if len(qualities) > 1
        else None,
        "rtt_ms_max": max((q["rtt_ms"] or 0 for q in qualities), default=None),
        "qualities": qualities,
        "outbox_left": pending,
    }


def tutor_main(args: argparse.Namespace) -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        report = loop.run_until_complete(tutor(args, Path(tmp) / "c.sqlite3"))
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--tutor", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=60.0, help=argparse.SUPPRESS)
    parser.add_argument("--cap", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--audio-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--strokes", action="store_true", help=argparse.SUPPRESS)
    parsed = parser.parse_args()
    if parsed.tutor:
        tutor_main(parsed)
    else:
        main()
