"""A two-party call on loopback, the tutor's side measured: mouth-to-ear latency of an injected click (budget
≤ 150 ms), CPU of a call with audio and 640×360 video at 15 fps (budget ≤ 60 % of one core), and the pen's
p99 on a 50k-stroke page while the call runs (budget ≤ 2 ms), against the same page in the same process just
before the call and just after it (the machine's load changes by the minute; the comparison is what counts).

The tutor's microphone is a private PulseAudio FIFO source (ENVIRONMENT.md §11): a click written into it at a
known moment travels PortAudio → echo canceller → Opus → RTP over loopback → the web-like student (its own
process), which notes when it hears it. The tutor's camera is the moving test pattern.
Usage: python bench/call.py [--engine process|thread]   (process: as the app runs it, calls/process.py)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import aioice.ice  # noqa: E402
import numpy as np  # noqa: E402

from astegni_desktop.calls.engine import CallConfig, CallEngine, CallState  # noqa: E402
from astegni_desktop.calls.model import TEST_PATTERN  # noqa: E402
from astegni_desktop.calls.process import CallProcess  # noqa: E402
from astegni_desktop.sync.live import Identity, LiveRelay  # noqa: E402
from astegni_devserver.app import ServerOptions  # noqa: E402
from astegni_devserver.runner import DevServer  # noqa: E402
from tests.helpers.pulse import RATE, Pulse, start_pulse  # noqa: E402

aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]  # loopback only
CLICKS = 12
CPU_SECONDS = 20.0


class Listener:
    def __init__(self) -> None:
        self.state = CallState.IDLE
        self.missing: tuple[str, ...] = ()
        self.ended = ""

    def call_status(self, status: Any) -> None:
        self.state, self.missing = status.state, status.missing
        self.ended = f"{status.reason}: {status.message}" if status.state == CallState.ENDED else ""

    def call_video(self, who: str, image: Any) -> None:
        pass

    def call_quality(self, quality: Any) -> None:
        pass

    def missed_calls(self, calls: Any) -> None:
        pass


class Quiet:
    def live_state(self, state: str) -> None:
        pass

    def live_event(self, event: Any) -> None:
        pass


def wait(predicate: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def microphone(
    pulse: Pulse, stop: threading.Event, clicks: list[float], go: threading.Event
) -> threading.Thread:
    """Silence into the FIFO in real time, with a 20 ms 1 kHz click every 0.8 s from 2 s after `go` (the call
    connected: a call process still starting would miss them all)."""
    chunk = RATE // 100
    t = np.arange(chunk * 2) / RATE
    click = (np.sin(2 * np.pi * 1000 * t) * 20000).astype("<i2").tobytes()
    silence = np.zeros(chunk, dtype="<i2").tobytes()

    def run() -> None:
        with open(pulse.fifo, "wb", buffering=0) as fifo:
            start, n, next_click = time.monotonic(), 0, float("inf")
            while not stop.is_set():
                elapsed = n * chunk / RATE
                if go.is_set() and next_click == float("inf"):
                    next_click = elapsed + 2.0
                if elapsed >= next_click and len(clicks) < CLICKS:
                    clicks.append(time.monotonic())
                    fifo.write(click)
                    n += 2
                    next_click += 0.8
                else:
                    fifo.write(silence)
                    n += 1
                time.sleep(max(0.0, start + n * chunk / RATE - time.monotonic()))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU of this process and, if given, the call's child process (from /proc)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    if pid is not None:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def pen_p99(samples: list[float]) -> dict[str, float]:
    from bench.pen_latency import pct

    return {
        "events": len(samples),
        "p50_ms": round(statistics.median(samples) * 1000, 3),
        "p99_ms": round(pct(samples, 0.99) * 1000, 3),
        "max_ms": round(max(samples) * 1000, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", choices=("process", "thread"), default="process")
    parser.add_argument("--strokes", type=int, default=20, help="pen strokes (59 events each) per phase")
    args = parser.parse_args()
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from astegni_desktop.canvas.view import CanvasView
    from astegni_desktop.store import Store
    from bench._ink import page_with
    from bench.pen_latency import pen_samples
    from tests.helpers.tablet import Pen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    started = start_pulse()
    if isinstance(started, str):
        print(json.dumps({"benchmark": "call", "skipped": started}))
        return
    pulse = started
    os.environ.update(pulse.env())
    tmp = tempfile.TemporaryDirectory()
    server = DevServer(ServerOptions(db_url=f"sqlite:///{tmp.name}/bench.db", seed="demo")).start()
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    relay = LiveRelay(server.ws_url, Identity(1, 100, "Meron Alemayehu"), Quiet())
    listener = Listener()
    # the pen's page: 50k strokes, painted once, before anything of the call exists
    store = Store(Path(tmp.name) / "pen.sqlite3")
    board = store.boards.create("bench 50k")
    page = page_with(50_000)
    view = CanvasView(store.boards)
    view.resize(1280, 800)
    view.show()
    view.auto_fit = False
    app.processEvents()
    view.zoom, view.offset = 1.0, QPointF(0, 0)
    view.set_page(page)
    while view.render_pending(1.0):
        pass
    view.repaint()
    page.page_id = board.pages[0].page_id
    pen = Pen()
    before_call, _ = pen_samples(app, view, pen, args.strokes)
    engine_class = CallProcess if args.engine == "process" else CallEngine
    engine = engine_class(
        100,
        "Meron Alemayehu",
        lambda m: loop.call_soon_threadsafe(relay.send_message, m),
        listener,
        CallConfig(
            stun=(),
            camera=TEST_PATTERN,
            connect_seconds=15,
            silent_seconds=float(os.environ.get("SILENT", "10")),
            host_addresses=("127.0.0.1",),
        ),
    )
    child_pid = engine.pid if isinstance(engine, CallProcess) else None
    relay.on_call = engine.hear
    engine.follow(7, 501, "Hanna Tesfaye")
    loop.call_soon_threadsafe(relay.follow, 7, 501)
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "_call_peer_child.py"), server.ws_url, "900"],
        stdout=subprocess.PIPE,
        text=True,
    )
    heard: list[float] = []
    assert child.stdout is not None
    assert json.loads(child.stdout.readline()).get("ready")
    stdout = child.stdout

    def ears() -> None:
        for line in stdout:
            if '"click"' in line:
                heard.append(json.loads(line)["click"])

    threading.Thread(target=ears, daemon=True).start()
    stop, clicks, go = threading.Event(), list[float](), threading.Event()
    mic = microphone(pulse, stop, clicks, go)
    result: dict[str, Any] = {"benchmark": "call", "engine": args.engine}
    try:
        assert wait(lambda: relay.state == "connected", 10)
        engine.call()
        assert wait(lambda: listener.state == CallState.CONNECTED, 30), listener.state
        go.set()
        result["missing_devices"] = list(listener.missing)
        # 1. mouth to ear
        assert wait(lambda: len(clicks) >= CLICKS, 60)
        time.sleep(1.0)
        latencies = []
        for sent in clicks:
            arrived = [h for h in heard if sent <= h < sent + 0.7]
            if arrived:
                latencies.append((arrived[0] - sent) * 1000)
        result["mouth_to_ear_ms"] = {
            "clicks": len(clicks),
            "heard": len(latencies),
            "median": round(statistics.median(latencies), 1) if latencies else None,
            "max": round(max(latencies), 1) if latencies else None,
        }
        # 2. CPU of the call (the tutor's side: audio, echo cancelling, VP8 640×360 at 15 fps, the socket;
        #    with --engine process, this process and the call's child together)
        before, t0 = cpu_seconds(child_pid), time.monotonic()
        time.sleep(CPU_SECONDS)
        cpu, wall = cpu_seconds(child_pid) - before, time.monotonic() - t0
        result["cpu_percent_of_one_core"] = round(100 * cpu / wall, 1)
        # 3. the pen during the call, on the page measured before it
        during_call, _ = pen_samples(app, view, pen, args.strokes)
        result["call_still_connected"] = listener.state == CallState.CONNECTED
        result["call_ended"] = listener.ended
        result["gil_switch_interval_ms"] = sys.getswitchinterval() * 1000
        engine.close()
        after_call, _ = pen_samples(app, view, pen, args.strokes)
        result["pen_50k"] = {
            "before_call": pen_p99(before_call),
            "during_call": pen_p99(during_call),
            "after_call": pen_p99(after_call),
        }
        result["load_average"] = os.getloadavg()
    finally:
        stop.set()
        engine.close()
        view.close()
        store.close()
        child.terminate()
        child.wait(10)
        loop.call_soon_threadsafe(loop.stop)
        server.stop()
        pulse.stop()
        mic.join(2)
    lat = result.get("mouth_to_ear_ms", {}).get("max")
    result["budgets"] = {"mouth_to_ear_ms": 150, "cpu_percent_of_one_core": 60, "pen_event_ms_p99": 2.0}
    result["ok"] = bool(
        lat is not None
        and lat <= 150
        and result.get("cpu_percent_of_one_core", 999) <= 60
        and result.get("pen_50k", {}).get("during_call", {}).get("p99_ms", 99) <= 2.0
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
