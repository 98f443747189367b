"""A private PulseAudio daemon with a virtual speaker and a FIFO microphone (ENVIRONMENT.md §11).

`vspeaker` is a null sink (what the app plays goes nowhere but can be recorded from `vspeaker.monitor`);
`fifomic` is a pipe source: what a test writes into its FIFO, paced in real time, is what the app's microphone
hears. The daemon is ours alone (its own runtime dir and socket) and is stopped by its PID.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 48_000


@dataclass
class Pulse:
    runtime: Path
    server: str
    pid: int

    @property
    def fifo(self) -> Path:
        return self.runtime / "mic.fifo"

    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": self.server, "PULSE_SOURCE": "fifomic", "PULSE_SINK": "vspeaker"}

    def speak(self, samples: np.ndarray, stop: threading.Event) -> threading.Thread:
        """Write int16 samples into the microphone's FIFO in real time (20 ms chunks), on a thread."""

        def run() -> None:
            with open(self.fifo, "wb", buffering=0) as fifo:
                start, chunk = time.monotonic(), RATE // 50
                for i in range(0, len(samples), chunk):
                    if stop.is_set():
                        return
                    fifo.write(samples[i : i + chunk].astype("<i2").tobytes())
                    time.sleep(max(0.0, start + (i + chunk) / RATE - time.monotonic()))

        thread = threading.Thread(target=run, daemon=True, name="test-fifo-mic")
        thread.start()
        return thread

    def record_speaker(self, seconds: float) -> np.ndarray:
        """What the app played in the next `seconds`, from the null sink's monitor."""
        return _record(self.server, seconds)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        shutil.rmtree(self.runtime, ignore_errors=True)


def _record(server: str, seconds: float) -> np.ndarray:
    """`seconds` of what the null sink plays, counted once parec records (slow to start on a busy machine)."""
    proc = subprocess.Popen(
        ["parec", "-d", "vspeaker.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1", "--raw"],
        env={**os.environ, "PULSE_SERVER": server},
        stdout=subprocess.PIPE,
    )
    assert proc.stdout is not None
    wanted, data, deadline = int(seconds * RATE) * 2, b"", time.monotonic() + seconds + 10
    try:
        while len(data) < wanted and time.monotonic() < deadline:
            chunk = proc.stdout.read1(65536)  # type: ignore[attr-defined]
            if not chunk:
                break
            data += chunk
    finally:
        proc.terminate()
        proc.wait(timeout=5)
    return np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")


def start_pulse() -> Pulse | str:
    """A running daemon, or the reason it cannot run here."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        return "pulseaudio is not installed (.ci/run installs it)"
    runtime = Path(tempfile.mkdtemp(prefix="astegni-pulse-"))
    runtime.chmod(0o700)
    sock = runtime / "pulse.sock"
    env = {**os.environ, "PULSE_RUNTIME_PATH": str(runtime), "HOME": str(runtime)}
    result = subprocess.run(
        [
            "pulseaudio",
            "-D",
            "-n",
            "--exit-idle-time=-1",
            "--use-pid-file=yes",
            f"--load=module-native-protocol-unix socket={sock} auth-anonymous=1",
        ],
        env=env,
        capture_output=True,
        timeout=20,
        check=False,
    )
    server = f"unix:{sock}"
    ctl = {**env, "PULSE_SERVER": server}
    deadline = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], env=ctl, capture_output=True, check=False).returncode != 0:
        if time.monotonic() > deadline:
            shutil.rmtree(runtime, ignore_errors=True)
            return f"pulseaudio did not start: {result.stderr.decode(errors='replace')[-300:]}"
        time.sleep(0.1)
    pid = int((runtime / "pid").read_text().strip())
    for args in (
        ["load-module", "module-null-sink", "sink_name=vspeaker", f"rate={RATE}", "channels=1"],
        [
            "load-module",
            "module-pipe-source",
            "source_name=fifomic",
            f"file={runtime / 'mic.fifo'}",
            "format=s16le",
            f"rate={RATE}",
            "channels=1",
        ],
        ["set-default-sink", "vspeaker"],
        ["set-default-source", "fifomic"],
    ):
        subprocess.run(["pactl", *args], env=ctl, capture_output=True, check=True, timeout=10)
    return Pulse(runtime, server, pid)
