"""`astegni-devserver` as a newcomer runs it: start-up output, health, and one-line errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

CMD = [sys.executable, "-m", "astegni_devserver"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serves_the_demo_world_and_prints_the_credentials(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [
            *CMD,
            "--port",
            str(port),
            "--db",
            f"sqlite:///{tmp_path / 'd.db'}",
            "--deployed-defects",
            "D1,D2",
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert r.json() == {"status": "ok", "defects": ["D1", "D2"]}
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert "tutor@demo.astegni.et / demo-tutor" in out
    assert "student@demo.astegni.et / demo-student" in out
    assert "Reproducing deployed defects: D1, D2" in out


def test_a_busy_port_is_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = subprocess.run(
            [*CMD, "--port", str(port), "--db", f"sqlite:///{tmp_path / 'x.db'}"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0
    assert f"cannot listen on 127.0.0.1:{port}" in r.stderr


def test_bad_database_urls_are_one_line_errors(tmp_path: Path) -> None:
    for url, expect in (
        ("mysql://nobody@nowhere/db", "unsupported database"),
        ("not a url", "not a database URL"),
        (f"sqlite:///{tmp_path}/missing/dir/x.db", "cannot open database"),
    ):
        r = subprocess.run(
            [*CMD, "--port", "0", "--db", url], capture_output=True, text=True, timeout=30, check=False
        )
        assert r.returncode == 2, r.stderr
        assert r.stderr.strip().count("\n") == 0, r.stderr
        assert expect in r.stderr


def test_bad_defect_ids_are_refused() -> None:
    r = subprocess.run(
        [*CMD, "--port", "0", "--deployed-defects", "D42"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert r.returncode == 2 and "D42" in r.stderr
